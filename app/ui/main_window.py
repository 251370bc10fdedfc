"""The main window shell: a navigation rail and one page per area of work.

The pages' real screens arrive with the next issues; this shell paints at once and
loads its figures off the UI thread.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import Database
from app.services.overview import Overview, overview
from app.ui.i18n import arg
from app.ui.jobs import run_job

PAGES = ("today", "clients", "cases", "visits", "activities", "sync", "reports", "settings")

RAIL_STYLE = """
#rail { background: #1f4e5f; }
#rail QPushButton { color: #e8f1f2; border: none; padding: 10px 18px; font-size: 15px;
                    text-align: left; }
#rail QPushButton:checked { background: #2f6f85; font-weight: bold; }
#rail QPushButton:hover:!checked { background: #2a6275; }
#railTitle { color: white; font-size: 17px; font-weight: bold; padding: 16px 14px; }
"""


def plain(text: str) -> str:
    """A button's text without its mnemonic: "&Today" -> "Today", "今日待办(&T)" -> "今日待办"."""
    return re.sub(r"&(&?)", r"\1", re.sub(r"\(&\w\)$", "", text))


class Page(QWidget):
    """A page with a title, a short description of what lives there, and its content."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.body = QLabel(description)
        self.body.setWordWrap(True)
        self.body.setStyleSheet("font-size: 15px; color: #333;")
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.content = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(self.title)
        layout.addSpacing(8)
        layout.addWidget(self.body)
        layout.addSpacing(20)
        layout.addLayout(self.content)
        layout.addStretch(1)

    def add_note(self, text: str) -> QLabel:
        note = QLabel(text)
        note.setWordWrap(True)
        note.setStyleSheet("font-size: 14px; color: #777;")
        self.content.addWidget(note)
        return note


class Figure(QFrame):
    """One headline number with its caption, e.g. "300" over "Clients"."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figure")
        self.setStyleSheet("#figure { background: #eef4f6; border-radius: 6px; }")
        self.setMinimumWidth(170)
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 30px; font-weight: bold; color: #1f4e5f;")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("font-size: 15px; color: #333;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


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
            "reports": self.tr("&Reports"), "settings": self.tr("&Settings"),
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
        self.buttons: dict[str, QPushButton] = {}
        self.pages: dict[str, Page] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        for index, key in enumerate(PAGES):
            button = QPushButton()
            button.setText(titles[key])
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(150)
            button.setObjectName(f"nav_{key}")
            group.addButton(button, index)
            rail_layout.addWidget(button)
            self.buttons[key] = button
            page = Page(plain(titles[key]), descriptions[key])
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
        self.figures = {"clients": Figure(self.tr("Clients")),
                        "open_cases": Figure(self.tr("Open cases")),
                        "visits_this_month": Figure(self.tr("Visits this month"))}
        row = QHBoxLayout()
        row.setSpacing(16)
        for figure in self.figures.values():
            row.addWidget(figure)
        row.addStretch(1)
        self.pages["today"].content.addLayout(row)
        coming = self.tr("This screen is still being built; it arrives in the next version.")
        for key in PAGES:
            self.pages[key].add_note(coming)

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
        self.statusBar().showMessage(arg(
            self.tr("%1 · %2 %3 · %4 clients · %5 open cases · %6 visits this month"),
            data.station_name, data.county, data.township, data.clients, data.open_cases,
            data.visits_this_month))
        for key, figure in self.figures.items():
            figure.value.setText(str(getattr(data, key)))
        self.overview_loaded.emit(data)
