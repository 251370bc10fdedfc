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
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
)

from app.errors import ShegongError
from app.services import Database
from app.services.clocks import HeldChanges, RepairResult, held_changes, repair_clock
from app.services.devices import DeviceCard, KnownDevice, known_devices, this_device
from app.services.sync_review import (
    DAY_MS,
    BundleHistoryRow,
    ConflictRow,
    DuplicatePair,
    EquivocationRow,
    bundle_history,
    duplicate_clients,
    equivocations,
    open_conflicts,
    this_clock_behind_ms,
)
from app.ui.kit.context import AppContext
from app.ui.kit.form_kit import LoadingPage, grow_content
from app.ui.kit.i18n import arg
from app.ui.kit.jobs import run_job
from app.ui.kit.style import set_role
from app.ui.sync.sync_dialogs import ImportDialog, confirm
from app.ui.sync.sync_review_tabs import HistoryTab, ReviewTab
from app.ui.sync.sync_tabs import DevicesTab, ExchangeTab

# What the snapshot reads. Not every synced table: a visit or case saved elsewhere would
# reload it all (the duplicate-clients GROUP BY included) for nothing it shows. Imports,
# conflict resolutions, merges, trust and exports each write one of these.
SYNC_PAGE_TABLES = {"device", "station", "client", "sync_conflict", "bundle_ledger",
                    "clock_warning", "held_op", "equivocation"}


@dataclass(frozen=True)
class SyncSnapshot:
    me: DeviceCard
    devices: list[KnownDevice]
    conflicts: list[ConflictRow]
    duplicates: list[DuplicatePair]
    held: list[HeldChanges]  # ops kept aside: dated more than 24 h ahead of this clock
    behind_ms: int  # this computer's clock behind its newest record
    history: list[BundleHistoryRow]
    forks: list[EquivocationRow]  # devices seen signing two histories


def load_snapshot(db: Database) -> SyncSnapshot:
    """Runs on a worker thread: everything the page shows."""
    return SyncSnapshot(this_device(db), known_devices(db), open_conflicts(db),
                        duplicate_clients(db), held_changes(db), this_clock_behind_ms(db),
                        bundle_history(db), equivocations(db))


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
        self.repair_button = QPushButton(self.tr("Repair cl&ock"))
        self.repair_button.setObjectName("repair_clock_button")
        self.repair_button.setToolTip(self.tr(
            "Write again, with today's date, what this laptop wrote while its clock was "
            "ahead, so other devices can apply it"))
        self.repair_button.clicked.connect(self.repair_clock)
        self.repair_button.hide()
        repair_row = QHBoxLayout()
        repair_row.addWidget(self.repair_button)
        repair_row.addStretch(1)
        self.content.addLayout(self.banners)
        self.content.addLayout(repair_row)
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
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        texts = [arg(self.tr("%1 changes from “%2” are dated %3 days ahead of this "
                             "computer's clock and are kept aside, not applied: ask its user "
                             "to set the computer's date and time right, then use ‘Repair "
                             "clock’ on that laptop."), h.count, h.device_name, h.days_ahead)
                 for h in snap.held]
        # This laptop's own records run more than a day past its clock: its date is wrong
        # now, or was wrong while they were written (then the repair is the way out).
        own_ahead = snap.behind_ms > DAY_MS
        if own_ahead:
            texts.append(arg(self.tr("This computer's clock is %1 days behind the newest "
                                     "record on it; check the computer's date. If the date "
                                     "is right now, the records written while it was wrong "
                                     "are dated ahead and other devices keep them aside: use "
                                     "‘Repair clock’."), snap.behind_ms // DAY_MS))
        self.repair_button.setVisible(own_ahead)
        texts += [self._fork_text(f) for f in snap.forks if not f.revoked]
        for text in texts:
            banner = QLabel(text)
            banner.setObjectName("clock_banner")
            banner.setWordWrap(True)
            set_role(banner, "warning")
            self.banners.addWidget(banner)

    def _fork_text(self, fork: EquivocationRow) -> str:
        if fork.of_bundles:
            return arg(self.tr("“%1” signed two different sync files with the same number "
                               "%2 (seen on %3 in %4): its key may be stolen, or its data "
                               "folder copied to a second laptop. Ask its user; the station "
                               "head can revoke it under ‘This device and trusted "
                               "devices’."), fork.device_name, fork.seq,
                       fork.detected_at[:10], Path(fork.bundle_file).name)
        return arg(self.tr("“%1” signed two different versions of its change number %2 "
                           "(seen on %3 in %4): its key may be stolen, or its data folder "
                           "copied to a second laptop. Bundles that carry the other version "
                           "are refused. Ask its user; the station head can revoke it under "
                           "‘This device and trusted devices’."), fork.device_name,
                   fork.seq, fork.detected_at[:10], Path(fork.bundle_file).name)

    def banner_texts(self) -> list[str]:
        items = (self.banners.itemAt(i) for i in range(self.banners.count()))
        return [w.text() for item in items
                if item is not None and isinstance(w := item.widget(), QLabel)]

    # -- the clock repair -----------------------------------------------------------------
    def repair_clock(self) -> None:
        """After a question (the repair trusts today's date), off the UI thread."""
        if not confirm(self, self.tr("Repair clock"), self.tr(
                "Is this computer's date and time right now? The records this laptop wrote "
                "while its clock was ahead are written again with today's date, so the other "
                "devices apply them.")):
            return
        db = self.ctx.db
        self.repair_button.setEnabled(False)
        run_job(lambda: repair_clock(db), self._repaired, self._repair_failed)

    def _repaired(self, result: RepairResult) -> None:
        self.repair_button.setEnabled(True)
        self.refresh()  # the banner goes: the clock is what changed
        self.status.setText(arg(self.tr("Clock repaired: %1 records written again with "
                                        "today's date."), result.records))
        self.status.show()

    def _repair_failed(self, exc: object) -> None:
        self.repair_button.setEnabled(True)
        self.status.setText(exc.text(self.ctx.lang) if isinstance(exc, ShegongError) else
                            self.tr("The clock could not be repaired; the log file has the "
                                    "details."))
        self.status.show()

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
