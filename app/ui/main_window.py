"""The main window shell: a navigation rail and one page per area of work.

The pages' real screens arrive with the next issues; this shell paints at once and
loads its figures off the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services import Database
from app.services.overview import Overview, overview
from app.ui.jobs import run_job

PAGES = ("today", "clients", "cases", "visits", "activities", "sync", "reports", "settings")

RAIL_STYLE = """
#rail { background: #1f4e5f; }
#rail QToolButton { color: #e8f1f2; border: none; padding: 10px 6px; font-size: 15px;
                    text-align: left; }
#rail QToolButton:checked { background: #2f6f85; font-weight: bold; }
#rail QToolButton:hover { background: #2a6275; }
#railTitle { color: white; font-size: 17px; font-weight: bold; padding: 14px 10px; }
"""


class Page(QWidget):
    """A page with a title and a short description of what will live there."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.body = QLabel(description)
        self.body.setWordWrap(True)
        self.body.setStyleSheet("font-size: 15px; color: #333;")
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(self.title)
        layout.addSpacing(8)
        layout.addWidget(self.body)
        layout.addStretch(1)


class MainWindow(QMainWindow):
    overview_loaded = Signal(object)

    def __init__(self, db: Database, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.lang = lang
        self.setWindowTitle(self.tr("Shegong — social-work station assistant"))
        self.resize(1280, 720)

        titles = {
            "today": self.tr("&Today"), "clients": self.tr("&Clients"),
            "cases": self.tr("Cas&es"), "visits": self.tr("&Visits"),
            "activities": self.tr("&Activities"), "sync": self.tr("S&ync"),
            "reports": self.tr("&Reports"), "settings": self.tr("Se&ttings"),
        }
        descriptions = {
            "today": self.tr("Follow-ups due today and overdue, clients waiting for a visit "
                             "and unfinished visit records will be listed here."),
            "clients": self.tr("Everyone the station serves: search by name, pinyin, ID "
                               "number, phone or village."),
            "cases": self.tr("Cases by stage, from intake to closing, with their assessment "
                             "and service plan."),
            "visits": self.tr("Home visits with the material, emotional and social needs "
                              "found, and the next follow-up."),
            "activities": self.tr("Group work and community activities, with participants "
                                  "and volunteers."),
            "sync": self.tr("Exchange encrypted bundle files with the station and the county."),
            "reports": self.tr("The monthly report for the county, in Excel and PDF."),
            "settings": self.tr("Language, visit intervals, and where the data is kept:"),
        }

        rail = QFrame()
        rail.setObjectName("rail")
        rail.setFixedWidth(150)
        rail.setStyleSheet(RAIL_STYLE)
        rail_layout = QVBoxLayout(rail)
        rail_layout.setContentsMargins(0, 0, 0, 0)
        rail_layout.setSpacing(0)
        rail_title = QLabel(self.tr("Shegong"))
        rail_title.setObjectName("railTitle")
        rail_layout.addWidget(rail_title)

        self.stack = QStackedWidget()
        self.buttons: dict[str, QToolButton] = {}
        self.pages: dict[str, Page] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        for index, key in enumerate(PAGES):
            button = QToolButton()
            button.setText(titles[key])
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(button.sizePolicy().horizontalPolicy().Expanding,
                                 button.sizePolicy().verticalPolicy())
            button.setMinimumWidth(150)
            button.setObjectName(f"nav_{key}")
            group.addButton(button, index)
            rail_layout.addWidget(button)
            self.buttons[key] = button
            page = Page(titles[key].replace("&", ""), descriptions[key])
            page.setObjectName(f"page_{key}")
            self.stack.addWidget(page)
            self.pages[key] = page
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(button.click)
        rail_layout.addStretch(1)
        group.idClicked.connect(self.stack.setCurrentIndex)
        self.buttons["today"].setChecked(True)

        self.pages["settings"].body.setText(
            descriptions["settings"] + "\n" + str(db.paths.database))

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(rail)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Loading…"))

    def show_page(self, key: str) -> None:
        self.buttons[key].click()

    def load_overview(self) -> None:
        """Count the headline figures on a worker thread; paint them when they arrive."""
        run_job(lambda: overview(self.db), self._show_overview)

    def _show_overview(self, data: Overview) -> None:
        self.statusBar().showMessage(
            self.tr("%1 · %2 %3 · %4 clients · %5 open cases · %6 visits this month")
            .replace("%1", data.station_name).replace("%2", data.county)
            .replace("%3", data.township).replace("%4", str(data.clients))
            .replace("%5", str(data.open_cases)).replace("%6", str(data.visits_this_month)))
        self.overview_loaded.emit(data)
