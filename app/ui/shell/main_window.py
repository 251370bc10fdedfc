"""The main window shell: a navigation rail and one page per area of work.

The pages' real screens arrive with the next issues; this shell paints at once and
loads its figures off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from app.errors import ShegongError
from app.services import Database
from app.services.county import is_county_office
from app.services.overview import Overview, overview
from app.ui.kit.context import AppContext
from app.ui.kit.i18n import arg
from app.ui.kit.jobs import run_job
from app.ui.kit.pages import Page, plain
from app.ui.kit.restore_offer import offer_restore
from app.ui.shell.features import make_context
from app.ui.shell.lock import WindowLock
from app.ui.shell.rail import PAGES, Rail


class MainWindow(QMainWindow):
    overview_loaded = Signal(object)
    restart_wanted = Signal()  # the database was replaced (a restore): open it again

    def __init__(self, db: Database, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.lang = lang
        self.setWindowTitle(self.tr("Shegong — social-work station assistant"))
        self.resize(1280, 720)

        descriptions = {
            "sync": self.tr("Exchange encrypted bundle files with the station and the county."),
            "reports": self.tr("The monthly report for the county, in Excel and PDF."),
            "station": self.tr("Training, supervision and the plan's rules for this station."),
        }
        self.ctx = make_context(db, lang, self)
        # A county office reads its stations, not their clients: its rail keeps County (in
        # the Station slot), Sync and Settings.
        self.county = is_county_office(db)
        rail = Rail()
        titles = rail.titles
        self.buttons = rail.buttons
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for index, key in enumerate(PAGES):
            button = self.buttons[key]
            page = self._make_page(key, plain(titles[key]), descriptions.get(key, ""))
            page.setObjectName(f"page_{key}")
            self.stack.addWidget(page)
            self.pages[key] = page
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(button.click)
        rail.group.idClicked.connect(self._show_index)
        navigate = getattr(self.pages["station"], "navigate", None)
        if navigate is not None:  # its warnings lead to the page where the work is done
            navigate.connect(self.show_work)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(rail)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Loading…"))
        self.window_lock = WindowLock(self, self.ctx)
        lock_button = QPushButton(self.tr("Lock (Ctrl+L)"))
        lock_button.setObjectName("lock")
        lock_button.setFlat(True)
        lock_button.clicked.connect(self.window_lock.lock)
        self.statusBar().addPermanentWidget(lock_button)
        QShortcut(QKeySequence("Ctrl+L"), self).activated.connect(self.window_lock.lock)
        if self.county:
            self._county_rail()

    def _county_rail(self) -> None:
        for key in ("today", "clients", "cases", "visits", "activities", "reports"):
            self.buttons[key].hide()
        self.buttons["station"].setText(self.tr("Cou&nty"))
        self.show_page("station")

    def _make_page(self, key: str, title: str, description: str) -> QWidget:
        if key == "station" and self.county:
            from app.ui.county.county_page import CountyPage

            return CountyPage(self.ctx)
        factory = page_factories().get(key)
        if factory is not None:
            return factory(self.ctx)
        page = Page(title, description)
        page.add_note(self.tr("This screen is still being built; it arrives in the next "
                              "version."))
        return page

    def _show_index(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        shown = getattr(self.stack.currentWidget(), "shown", None)
        if shown is not None:  # a page that loads lazily loads now
            shown()

    def show_page(self, key: str) -> None:
        self.buttons[key].click()

    def show_work(self, key: str) -> None:
        """The page where a warning's work is done; for sync, its review tab."""
        self.show_page(key)
        if key == "sync":
            page = self.pages["sync"]
            review = getattr(page, "review_tab", None)
            if review is not None:
                page.tabs.setCurrentWidget(review)  # type: ignore[attr-defined]

    def show_damage(self, found: object) -> None:
        """The daily check's finding: a damaged database, said in one sentence, with the
        newest good backup offered; restored, the window starts again on it."""
        if isinstance(found, ShegongError) and offer_restore(
                self, found, self.db.paths, self.ctx.lang, self.db.close):
            self.restart_wanted.emit()

    def warm_up(self) -> None:
        """Import the record windows once the shell is on screen and idle, so the first
        client opened does not wait for Python to load their modules."""
        import importlib

        for name in ("clients.client_detail", "clients.client_form", "visits.visit_form"):
            importlib.import_module(f"app.ui.{name}")

    def load_overview(self) -> None:
        """Count the headline figures on a worker thread; paint them when they arrive."""
        run_job(lambda: overview(self.db), self._show_overview)

    def _show_overview(self, data: Overview) -> None:
        if self.county:  # an office's figures are its stations', on the County page
            self.statusBar().showMessage(arg(
                self.tr("%1 · county office · %2 visits this month in all stations"),
                data.station_name, data.visits_this_month))
            self.overview_loaded.emit(data)
            return
        self.statusBar().showMessage(arg(
            self.tr("%1 · %2 %3 · %4 clients · %5 open cases · %6 visits this month"),
            data.station_name, data.county, data.township, data.clients, data.open_cases,
            data.visits_this_month))
        self.overview_loaded.emit(data)


def page_factories() -> dict[str, Callable[[AppContext], QWidget]]:
    """The real screens; imported here, when the window is built, not at start-up."""
    from app.ui.activities.activities_page import ActivitiesPage
    from app.ui.cases.cases_page import CasesPage
    from app.ui.clients.clients_page import ClientsPage
    from app.ui.reports.reports_page import ReportsPage
    from app.ui.settings.settings_page import SettingsPage
    from app.ui.station.station_page import StationPage
    from app.ui.sync.sync_page import SyncPage
    from app.ui.today.today_page import TodayPage
    from app.ui.visits.visits_page import VisitsPage

    return {"today": TodayPage, "clients": ClientsPage, "cases": CasesPage,
            "visits": VisitsPage, "activities": ActivitiesPage, "settings": SettingsPage,
            "sync": SyncPage, "station": StationPage, "reports": ReportsPage}
