"""The first two tabs of the Sync page: this device's card with the trusted devices, and
export and import of sync files. The page loads the data; a tab shows it and acts.

Mnemonics avoid the navigation rail's letters (T C E V A Y R S).
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShegongError
from app.models.vocab import ROLE
from app.services.devices import DeviceCard, KnownDevice, export_card, revoke
from app.services.sync_ui_support import preview_card
from app.ui.kit.context import AppContext
from app.ui.kit.files import ask_save_path, fill_months, safe_file_name
from app.ui.kit.form_kit import Column, RecordTableModel, busy_bar, record_view, row_of
from app.ui.kit.i18n import arg, format_date, names_list
from app.ui.kit.jobs import run_job
from app.ui.kit.palette import DARK_GREEN, GREY, RED
from app.ui.kit.style import set_role
from app.ui.kit.widgets import FieldError, done_label
from app.ui.sync.qr import QrLabel, card_qr_text
from app.ui.sync.sync_dialogs import (
    TrustCardDialog,
    confirm,
    dotted,
    empty_note,
    file_size,
    fingerprint_label,
)

if TYPE_CHECKING:
    from app.services.sync import ExportSummary


def receivers(devices: list[KnownDevice]) -> list[KnownDevice]:
    """The devices a bundle can be encrypted to."""
    return [d for d in devices if d.trusted and not d.revoked_at and not d.is_self]


# -- this device and the trusted devices ---------------------------------------------------
class DevicesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.folder = Path.home()
        self.me: DeviceCard | None = None
        self.trust_dialog: TrustCardDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._card_box())
        layout.addWidget(self._trusted_box(), 1)

    def _card_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This device's card"))
        self.device_name = QLabel()
        set_role(self.device_name, "card-title")
        self.device_station = QLabel()
        self.device_id = QLabel()
        self.device_id.setObjectName("device_id")
        set_role(self.device_id, "muted")
        self.device_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = fingerprint_label("", 28)
        how = QLabel(self.tr("Send the card file to the station head or the county office, "
                             "then read them this fingerprint over the phone."))
        how.setWordWrap(True)
        set_role(how, "muted")
        self.export_card_button = QPushButton(self.tr("E&xport card…"))
        self.export_card_button.setObjectName("export_card")
        self.export_card_button.clicked.connect(self.export_card)
        self.card_done = done_label()
        self.card_error = FieldError()
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_card_button)
        buttons.addWidget(self.card_done, 1)
        info = QVBoxLayout()
        info.addWidget(self.device_name)
        info.addWidget(self.device_station)
        info.addWidget(self.device_id)
        info.addSpacing(6)
        info.addWidget(QLabel(self.tr("Fingerprint:")))
        info.addWidget(self.fingerprint)
        info.addWidget(how)
        info.addStretch(1)
        info.addLayout(buttons)
        info.addWidget(self.card_error)
        self.qr = QrLabel(170)
        self.qr.setObjectName("card_qr")
        row = QHBoxLayout(box)
        row.addLayout(info, 1)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        return box

    def _trusted_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Trusted devices"))
        lang = self.ctx.lang
        self.model = RecordTableModel([
            Column(self.tr("Device"), lambda d: d.name),
            Column(self.tr("Station"), lambda d: d.station_name),
            Column(self.tr("Role"), lambda d: ROLE.label(d.role, lang)),
            Column(self.tr("Fingerprint"), lambda d: d.fingerprint),
            Column(self.tr("Status"), self._status),
        ], self)
        self.view = record_view(self.model)
        self.view.setObjectName("devices")
        for column, width in enumerate((170, 150, 90, 340)):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().currentRowChanged.connect(self._selected)
        self.trust_button = QPushButton(self.tr("Trust a car&d…"))
        self.trust_button.setObjectName("trust_card")
        self.trust_button.clicked.connect(self.choose_card)
        self.revoke_button = QPushButton(self.tr("Revo&ke…"))
        self.revoke_button.setObjectName("revoke")
        self.revoke_button.setEnabled(False)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.done = done_label()
        self.error = FieldError()
        self.error.setObjectName("devices_error")
        self.empty = empty_note(self.tr(
            "No other device is trusted yet. Trust the card of the station head or of a "
            "worker's laptop to exchange files with it."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.trust_button)
        buttons.addWidget(self.revoke_button)
        buttons.addWidget(self.done, 1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        return box

    def _status(self, d: KnownDevice) -> str:
        if d.revoked_at:
            return arg(self.tr("Revoked on %1"),
                       format_date(dt.date.fromisoformat(d.revoked_at[:10]), self.ctx.lang))
        return self.tr("Trusted") if d.trusted else self.tr("Not trusted")

    def show_snapshot(self, me: DeviceCard, devices: list[KnownDevice]) -> None:
        self.me = me
        self.device_name.setText(me.name)
        self.device_station.setText(dotted(me.station_name, ROLE.label(me.role, self.ctx.lang)))
        self.device_id.setText(arg(self.tr("Device ID %1"), me.device_id))
        groups = me.fingerprint.split()
        self.fingerprint.setText("\n".join(" ".join(groups[i:i + 4])
                                           for i in range(0, len(groups), 4)))
        text = card_qr_text(me.device_id, me.fingerprint)
        if text != self.qr.text_shown:
            self.qr.set_text(text)
        self.model.set_rows([d for d in devices if not d.is_self])
        self.empty.setVisible(not self.model.rows)
        self._selected()

    def selected(self) -> KnownDevice | None:
        return row_of(self.view)

    def _selected(self, *_: object) -> None:
        device = self.selected()
        self.revoke_button.setEnabled(device is not None and not device.revoked_at)

    def export_card(self) -> None:
        if self.me is None:
            return
        self.card_error.clear_error()
        self.card_done.clear()
        path = ask_save_path(
            self, self.tr("Export this device's card"),
            self.folder / f"{safe_file_name(self.me.station_name, self.me.name)}.card",
            self.tr("Device cards (*.card);;All files (*)"), ".card")
        if path is None:
            return
        self.folder = path.parent
        try:
            export_card(self.ctx.db, path)
        except (OSError, ShegongError) as err:
            self.card_error.say(err.text(self.ctx.lang) if isinstance(err, ShegongError) else
                                arg(self.tr("The card could not be saved: %1"), err))
            return
        self.card_done.setText(arg(self.tr("The card was saved to %1."), path))

    def choose_card(self) -> None:
        self.error.clear_error()
        self.done.clear()
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Trust a device card"), str(self.folder),
            self.tr("Device cards (*.card *.json);;All files (*)"))
        if name:
            self.folder = Path(name).parent
            self.trust_file(Path(name))

    def trust_file(self, path: Path) -> None:
        """Show the card's fingerprint for the phone check; trusting happens in the dialog."""
        try:
            card = preview_card(path)
        except ShegongError as err:
            self.error.say(err.text(self.ctx.lang))
            return
        dialog = TrustCardDialog(self.ctx, path, card, self)
        dialog.accepted.connect(lambda: self._trusted(dialog))
        self.trust_dialog = dialog
        dialog.open()

    def _trusted(self, dialog: TrustCardDialog) -> None:
        known = dialog.trusted
        if known is None:
            return
        if known.admitted:
            self.done.setText(arg(self.tr(
                "The device “%1” is trusted now, and admitted into its role: the admission "
                "travels with this laptop's next sync file, so every device of the station "
                "accepts its records."), known.name))
        else:
            self.done.setText(arg(self.tr(
                "The device “%1” is trusted on this laptop. Only the station head (or the "
                "county office) admits a laptop into a role for every device."), known.name))

    def revoke_selected(self) -> None:
        device = self.selected()
        if device is None or device.revoked_at:
            return
        self.error.clear_error()
        self.done.clear()
        if not confirm(self, self.tr("Revoke the device?"), arg(self.tr(
                "Every later sync file from “%1” will be refused, and this device cannot be "
                "trusted again. Do this when the laptop was lost, stolen or given away. "
                "Revoke it?"), device.name)):
            return
        try:
            done = revoke(self.ctx.db, device.device_id)
        except ShegongError as err:
            self.error.say(err.text(self.ctx.lang))
            return
        self.done.setText(arg(self.tr(
            "The device “%1” was revoked everywhere: the revocation travels with this "
            "laptop's next sync file.") if done.admitted else self.tr(
            "The device “%1” was revoked on this laptop. Only its station head (or the "
            "county office) revokes it for every device."), device.name))


# -- export and import ---------------------------------------------------------------------
class ExchangeTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.folder = Path.home()
        self.me: DeviceCard | None = None
        self.names: dict[str, str] = {}  # device id -> name, for the sentences
        self.exporting = False
        layout = QHBoxLayout(self)
        layout.addWidget(self._export_box(), 1)
        layout.addWidget(self._import_box(), 1)

    # -- export ------------------------------------------------------------------------------
    def _export_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Export"))
        kinds = self._export_kinds()
        hint = QLabel(self.tr("A month's file holds every change that reached this laptop in "
                              "that month, from here or imported: the station's monthly file "
                              "for the county."))
        hint.setWordWrap(True)
        set_role(hint, "hint")
        self.recipients = QListWidget()
        self.recipients.setObjectName("recipients")
        recipients_label = QLabel(self.tr("Who can read the file (recipie&nts):"))
        recipients_label.setBuddy(self.recipients)
        self.export_button = QPushButton(self.tr("Ex&port sync file…"))
        self.export_button.setObjectName("export_bundle")
        self.export_button.clicked.connect(self.export)
        self.export_busy = busy_bar(width=160)  # shown while exporting
        self.export_done = done_label()
        self.export_done.setObjectName("export_done")
        self.export_done.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_error = FieldError()
        self.export_error.setObjectName("export_error")
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.export_busy)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(kinds)
        layout.addWidget(hint)
        layout.addWidget(recipients_label)
        layout.addWidget(self.recipients, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.export_done)
        layout.addWidget(self.export_error)
        # Once every widget is in the box: tab order only links widgets of one window.
        chain = (self.kind_all, self.kind_month, self.month, self.kind_delta,
                 self.for_device, self.recipients, self.export_button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)  # each choice followed by its own field
        return box

    def _export_kinds(self) -> QGridLayout:
        """All data, one month, or what one device has not received yet."""
        self.kinds = QButtonGroup(self)
        self.kind_all = QRadioButton(self.tr("A&ll data"))
        self.kind_month = QRadioButton(self.tr("One &month:"))
        self.kind_delta = QRadioButton(self.tr("What one device has not received yet, &for:"))
        for index, (button, code) in enumerate(((self.kind_all, "all"),
                                                (self.kind_month, "month"),
                                                (self.kind_delta, "delta"))):
            button.setObjectName(f"kind_{code}")
            self.kinds.addButton(button, index)
        self.kind_month.setChecked(True)
        self.month = QComboBox()
        self.month.setObjectName("month")
        fill_months(self.month, self.ctx.lang)  # labelled as the monthly report's
        self.for_device = QComboBox()
        self.for_device.setObjectName("for_device")
        self._auto_ticked: str | None = None  # ticked only because it was the target
        self.for_device.currentIndexChanged.connect(self._kind_changed)
        self.kinds.idToggled.connect(self._kind_changed)
        kinds = QGridLayout()
        kinds.addWidget(self.kind_all, 0, 0)
        kinds.addWidget(self.kind_month, 1, 0)
        kinds.addWidget(self.month, 1, 1)
        kinds.addWidget(self.kind_delta, 2, 0)
        kinds.addWidget(self.for_device, 2, 1)
        kinds.setColumnStretch(1, 1)
        return kinds

    def show_devices(self, me: DeviceCard, devices: list[KnownDevice]) -> None:
        """Fill the device choices, keeping what was chosen."""
        self.me = me
        self.names = {d.device_id: d.name or d.device_id for d in devices}
        ticked = set(self.ticked())
        chosen = self.for_device.currentData()
        targets = receivers(devices)
        self.for_device.blockSignals(True)
        self.for_device.clear()
        self.recipients.clear()
        for d in targets:
            label = dotted(d.name, d.station_name or "—", ROLE.label(d.role, self.ctx.lang))
            self.for_device.addItem(label, d.device_id)
            item = QListWidgetItem(label, self.recipients)
            item.setData(Qt.ItemDataRole.UserRole, d.device_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = d.device_id in ticked or len(targets) == 1
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        if not targets:
            QListWidgetItem(self.tr("No trusted device yet: trust the card of the station "
                                    "head or the county office first."), self.recipients)
        self.for_device.setCurrentIndex(max(self.for_device.findData(chosen), 0))
        self.for_device.blockSignals(False)
        self.kind_delta.setEnabled(bool(targets))
        if not targets and self.kind_delta.isChecked():
            self.kind_month.setChecked(True)
        self._kind_changed()

    def ticked(self) -> list[str]:
        out = []
        for row in range(self.recipients.count()):
            item = self.recipients.item(row)
            device_id = item.data(Qt.ItemDataRole.UserRole)
            if device_id and item.checkState() == Qt.CheckState.Checked:
                out.append(device_id)
        return out

    def set_ticked(self, device_ids: set[str]) -> None:
        for row in range(self.recipients.count()):
            item = self.recipients.item(row)
            if item.data(Qt.ItemDataRole.UserRole):
                item.setCheckState(Qt.CheckState.Checked if item.data(
                    Qt.ItemDataRole.UserRole) in device_ids else Qt.CheckState.Unchecked)

    def kind(self) -> str:
        return ("all", "month", "delta")[max(self.kinds.checkedId(), 0)]

    def _kind_changed(self, *_: object) -> None:
        """A file "for a device" is always readable by that device: tick it, fixed."""
        delta = self.kind() == "delta"
        self.month.setEnabled(self.kind() == "month")
        self.for_device.setEnabled(delta)
        target = self.for_device.currentData() if delta else None
        # Another target: the former one goes back to unticked, or the file would also
        # be readable by a device nobody chose.
        untick, self._auto_ticked = (self._auto_ticked, None) \
            if self._auto_ticked != target else (None, self._auto_ticked)
        for row in range(self.recipients.count()):
            item = self.recipients.item(row)
            device_id = item.data(Qt.ItemDataRole.UserRole)
            if not device_id:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setForeground(QColor(GREY))
                continue
            flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            if device_id == untick:
                item.setCheckState(Qt.CheckState.Unchecked)
            if device_id == target:
                if item.checkState() != Qt.CheckState.Checked:
                    self._auto_ticked = device_id
                item.setCheckState(Qt.CheckState.Checked)
            else:
                flags |= Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)

    def default_name(self, kind: str) -> str:
        station = self.me.station_name if self.me else ""
        today = dt.date.today().isoformat()
        if kind == "month":
            return safe_file_name(station, self.month.currentData()) + ".shegong"
        if kind == "delta":
            target = self.names.get(self.for_device.currentData(), "")
            return safe_file_name(arg(self.tr("%1-for-%2-%3"), station, target,
                                      today)) + ".shegong"
        return safe_file_name(arg(self.tr("%1-all-%2"), station, today)) + ".shegong"

    def export(self) -> None:
        if self.exporting:
            return
        self.export_error.clear_error()
        self.export_done.clear()
        kind = self.kind()
        month = self.month.currentData() if kind == "month" else None
        for_device = self.for_device.currentData() if kind == "delta" else None
        to = self.ticked()
        if for_device and for_device not in to:
            to.append(for_device)
        if not to:
            self.export_error.say(self.tr("Tick at least one device that will read the file. "
                                          "Trust its card first if it is not listed."))
            return
        path = ask_save_path(
            self, self.tr("Export a sync file"), self.folder / self.default_name(kind),
            self.tr("Sync files (*.shegong);;All files (*)"), ".shegong")
        if path is None:
            return
        self.folder = path.parent
        self.exporting = True
        self.export_button.setEnabled(False)
        self.export_busy.show()
        db = self.ctx.db
        from app.services.sync import export_bundle  # imported when first used (see sync_dialogs)

        def work() -> ExportSummary | ShegongError | OSError:
            try:
                return export_bundle(db, path, kind=kind, month=month, for_device=for_device,
                                     to=to)
            except (ShegongError, OSError) as err:  # expected: a sentence, not a log entry
                return err

        run_job(work, self._exported, self._export_failed)

    def _export_finished(self) -> None:
        self.exporting = False
        self.export_button.setEnabled(True)
        self.export_busy.hide()

    def _exported(self, summary: ExportSummary | ShegongError | OSError) -> None:
        if isinstance(summary, Exception):
            self._export_failed(summary)
            return
        self._export_finished()
        readers = [self.names.get(d, d) for d in summary.recipients
                   if not self.me or d != self.me.device_id]
        self.export_done.setText(arg(
            self.tr("Exported %1 changes to %2 (%3). It can be read by: %4."), summary.ops,
            summary.path, file_size(summary.size), names_list(readers, self.ctx.lang)))

    def _export_failed(self, exc: object) -> None:
        self._export_finished()
        if isinstance(exc, ShegongError):
            self.export_error.say(exc.text(self.ctx.lang))
        elif isinstance(exc, OSError):
            self.export_error.say(arg(self.tr("The file could not be written: %1"),
                                      exc.strerror or exc))
        else:
            self.export_error.say(arg(self.tr("The export failed (%1); the log file has the "
                                              "details."), type(exc).__name__))

    # -- import ------------------------------------------------------------------------------
    def _import_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Import"))
        self.import_button = QPushButton(self.tr("&Import sync files…"))
        self.import_button.setObjectName("import_bundles")
        hint = QLabel(self.tr("You can also drag sync files from a USB stick or a download "
                              "folder onto this page. A file that is damaged, not meant for "
                              "this device or from a device you do not trust is refused, and "
                              "nothing changes."))
        hint.setWordWrap(True)
        set_role(hint, "hint")
        self.results = QListWidget()
        self.results.setObjectName("import_results")
        self.results.setWordWrap(True)
        results_label = QLabel(self.tr("Results of the last import:"))
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(results_label)
        layout.addWidget(self.results, 1)
        return box

    def add_result(self, text: str, ok: bool) -> None:
        item = QListWidgetItem(text, self.results)
        item.setForeground(QColor(DARK_GREEN if ok else RED))

    def result_lines(self) -> list[str]:
        return [self.results.item(i).text() for i in range(self.results.count())]
