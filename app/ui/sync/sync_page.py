"""The Sync page (同步): this device's card, trusted devices, export and import of bundle
files, conflicts and duplicates to review, and the history of bundles.

Everything shown is read in one job off the UI thread (`load_snapshot`) and reloaded
when a write touched a table it reads (`SYNC_PAGE_TABLES`). Exports and imports run on
the thread pool; one record's write (resolve a conflict, trust, revoke, merge) runs here.
Every write, here or in another process, reaches the page as the tables it touched.
Page mnemonics avoid the letters of the navigation rail (T C E V A Y R S).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QTabWidget,
    QVBoxLayout,
)

from app.services import Database
from app.services.devices import DeviceCard, KnownDevice, known_devices, this_device
from app.services.sync_review import (
    DAY_MS,
    BundleHistoryRow,
    ClockProblem,
    ConflictRow,
    DuplicatePair,
    bundle_history,
    clock_problems,
    duplicate_clients,
    open_conflicts,
    this_clock_behind_ms,
)
from app.ui.kit.context import AppContext
from app.ui.kit.form_kit import LoadingPage, grow_content
from app.ui.kit.i18n import arg
from app.ui.kit.style import set_role
from app.ui.sync.sync_dialogs import ImportDialog
from app.ui.sync.sync_review_tabs import HistoryTab, ReviewTab
from app.ui.sync.sync_tabs import DevicesTab, ExchangeTab

# What the snapshot reads. Not every synced table: a visit or case saved elsewhere would
# reload it all (the duplicate-clients GROUP BY included) for nothing it shows. Imports,
# conflict resolutions, merges, trust and exports each write one of these.
SYNC_PAGE_TABLES = {"device", "station", "client", "sync_conflict", "bundle_ledger",
                    "clock_warning"}


@dataclass(frozen=True)
class SyncSnapshot:
    me: DeviceCard
    devices: list[KnownDevice]
    conflicts: list[ConflictRow]
    duplicates: list[DuplicatePair]
    clocks: list[ClockProblem]
    behind_ms: int
    history: list[BundleHistoryRow]


def load_snapshot(db: Database) -> SyncSnapshot:
    """Runs on a worker thread: everything the page shows."""
    return SyncSnapshot(this_device(db), known_devices(db), open_conflicts(db),
                        duplicate_clients(db), clock_problems(db), this_clock_behind_ms(db),
                        bundle_history(db))


class SyncPage(LoadingPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, SYNC_PAGE_TABLES, self.tr("Sync"), self.tr(
            "Exchange encrypted sync files with the station and the county: on a USB stick "
            "or through a messaging app. Only devices whose card you trusted can read them."))
        self.snapshot: SyncSnapshot | None = None
        self.importer: ImportDialog | None = None
        self.setAcceptDrops(True)

        self.banners = QVBoxLayout()
        self.banners.setSpacing(4)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sync_tabs")
        self.devices_tab = DevicesTab(ctx, self)
        self.exchange_tab = ExchangeTab(ctx, self)
        self.review_tab = ReviewTab(ctx, self)
        self.history_tab = HistoryTab(ctx, self)
        self.tabs.addTab(self.devices_tab, self.tr("This device and trusted devices"))
        self.tabs.addTab(self.exchange_tab, self.tr("Export and import"))
        self.tabs.addTab(self.review_tab, self.tr("Conflicts and duplicates"))
        self.tabs.addTab(self.history_tab, self.tr("History"))
        self.exchange_tab.import_button.clicked.connect(self.choose_imports)
        self.content.addLayout(self.banners)
        self.content.addWidget(self.status)
        self.content.addWidget(self.tabs, 1)
        grow_content(self)
        self.loader.busy_changed.connect(self._busy)

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        db = self.ctx.db
        self.loader.load(lambda: load_snapshot(db))

    def _busy(self, busy: bool) -> None:
        if busy and self.snapshot is None:
            self.status.setText(self.tr("Loading…"))

    def _failed(self, exc: object) -> None:
        self.status.setText(self.tr("The sync information could not be loaded; the log file "
                                    "has the details."))
        self.status.show()

    def _loaded(self, snap: SyncSnapshot) -> None:
        self.snapshot = snap
        self.status.hide()
        self._show_banners(snap)
        self.devices_tab.show_snapshot(snap.me, snap.devices)
        self.exchange_tab.show_devices(snap.me, snap.devices)
        self.review_tab.show_rows(snap.conflicts, snap.duplicates)
        self.history_tab.show_rows(snap.history, snap.devices)
        review = self.tabs.indexOf(self.review_tab)
        waiting = len(snap.conflicts) + len(snap.duplicates)
        self.tabs.setTabText(review, arg(self.tr("Conflicts and duplicates (%1)"), waiting)
                             if waiting else self.tr("Conflicts and duplicates"))

    def _show_banners(self, snap: SyncSnapshot) -> None:
        while self.banners.count():
            item = self.banners.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        texts = [arg(self.tr("The clock of the device “%1” is %2 hours fast; remind its user "
                             "to correct the computer's date and time."),
                     p.device_name, p.hours_ahead) for p in snap.clocks]
        if not texts and snap.behind_ms > DAY_MS:
            texts.append(arg(self.tr("This computer's clock is %1 days behind the time found "
                                     "in the synced data; check the computer's date."),
                             snap.behind_ms // DAY_MS))
        for text in texts:
            banner = QLabel(text)
            banner.setObjectName("clock_banner")
            banner.setWordWrap(True)
            set_role(banner, "warning")
            self.banners.addWidget(banner)

    def banner_texts(self) -> list[str]:
        return [w.text() for i in range(self.banners.count())
                if isinstance(w := self.banners.itemAt(i).widget(), QLabel)]

    # -- importing ------------------------------------------------------------------------
    def choose_imports(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import sync files"), str(self.exchange_tab.folder),
            self.tr("Sync files (*.shegong *.bundle);;All files (*)"))
        if names:
            self.exchange_tab.folder = Path(names[0]).parent
            self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path]) -> None:
        """Import the files one after the other, each in its own transaction."""
        if self.importer is not None and self.importer.running:
            return
        self.tabs.setCurrentWidget(self.exchange_tab)
        self.exchange_tab.results.clear()
        if self.importer is not None:
            self.importer.deleteLater()  # the last import's dialog, finished and hidden
        self.importer = ImportDialog(self.ctx, paths, self)
        self.importer.line_ready.connect(self.exchange_tab.add_result)
        self.importer.all_done.connect(self._imported)
        self.exchange_tab.import_button.setEnabled(False)
        self.importer.start()

    def importing(self) -> bool:
        return self.importer is not None and self.importer.running

    def _imported(self, changed: bool) -> None:
        self.exchange_tab.import_button.setEnabled(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        files = [p for p in paths if p.is_file()]
        if files:
            event.acceptProposedAction()
            self.import_files(files)
