"""The Settings page (设置): language, visit intervals by client category, this worker's
profile, where the data lives, and this device.

Loaded when first shown (every read here is small); each group saves on its own button.
Page mnemonics avoid the letters of the navigation rail (T C E V A Y R S).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.config import load_config, save_config
from app.errors import ShegongError
from app.models.vocab import CERTIFICATION, CLIENT_CATEGORY, ROLE
from app.services.attachments import MAX_EDGE_RANGE, max_edge, set_max_edge
from app.services.client_list import workers
from app.services.closures import (
    CLOSURE,
    PLAN,
    set_closure_approval,
    station_closure_approval,
)
from app.services.devices import this_device
from app.services.settings import (
    DEFAULT_INTERVALS,
    database_location,
    set_visit_intervals,
    visit_intervals,
)
from app.services.workers import current_worker_id, update_worker
from app.ui.kit.context import AppContext
from app.ui.kit.form_kit import AutoRefresh, grow_content
from app.ui.kit.i18n import arg
from app.ui.kit.pages import Page
from app.ui.kit.widgets import FieldError, FieldErrors, VocabCombo, done_label, field_row
from app.ui.settings.password_box import PasswordBox


class SettingsPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(self.tr("Settings"), self.tr(
            "The language of the window, how often each group of clients is visited, your "
            "profile, what needs the head's approval, and where this laptop keeps its data."))
        self.ctx = ctx
        self.worker_id: str | None = None

        left = QVBoxLayout()
        left.addWidget(self._profile_box())
        left.addWidget(PasswordBox(ctx))
        left.addWidget(self._data_box())
        left.addWidget(self._device_box())
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._language_box())
        right.addWidget(self._intervals_box())
        right.addWidget(self._approval_box())
        right.addWidget(self._photos_box())
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        inner = QWidget()
        inner.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        self.content.addWidget(scroll, 1)
        grow_content(self)
        # Loaded when first shown, not on every write: a reload would drop values being
        # edited in another group of this page.
        self.auto = AutoRefresh(self, ctx, set(), self.refresh)

    # -- language -----------------------------------------------------------------------------
    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language"))
        self.zh = QRadioButton(self.tr("C&hinese (中文)"))
        self.zh.setObjectName("lang_zh")
        self.en = QRadioButton(self.tr("E&nglish"))
        self.en.setObjectName("lang_en")
        (self.zh if self.ctx.lang == "zh" else self.en).setChecked(True)
        self.language_button = QPushButton(self.tr("Use this &language"))
        self.language_button.setObjectName("apply_language")
        self.language_button.clicked.connect(self.apply_language)
        self.language_note = done_label()
        self.language_error = FieldError()
        row = QHBoxLayout()
        for widget in (self.zh, self.en):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.language_note)
        row.addWidget(self.language_button)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.language_error)
        return box

    def apply_language(self) -> None:
        lang = "zh" if self.zh.isChecked() else "en"
        self.language_error.clear_error()
        config = load_config(self.ctx.paths)
        config.language = lang
        try:
            save_config(self.ctx.paths, config)
        except OSError as err:
            self.language_error.say(arg(self.tr("The setting could not be saved: %1"), err))
            return
        if lang == self.ctx.lang:
            self.language_note.setText(self.tr("Saved."))
        else:
            self.ctx.language_changed.emit(lang)  # the shell rebuilds the window

    # -- visit intervals ------------------------------------------------------------------
    def _intervals_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Visit intervals"))
        intro = QLabel(self.tr("How many days may pass between two visits to a client of "
                               "each category. A client in several categories is visited as "
                               "often as the strictest one asks."))
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.spins: dict[str, QSpinBox] = {}
        for index, term in enumerate(CLIENT_CATEGORY):
            spin = QSpinBox()
            spin.setObjectName(f"interval_{term.code}")
            spin.setRange(1, 366)
            spin.setSuffix(self.tr(" days"))
            label = QLabel(term.label(self.ctx.lang))
            label.setBuddy(spin)
            grid.addWidget(label, index, 0)
            grid.addWidget(spin, index, 1)
            self.spins[term.code] = spin
        grid.setColumnStretch(2, 1)
        self.intervals_button = QPushButton(self.tr("Save &intervals"))
        self.intervals_button.setObjectName("save_intervals")
        self.intervals_button.clicked.connect(self.save_intervals)
        self.defaults_button = QPushButton(self.tr("Restore &defaults"))
        self.defaults_button.clicked.connect(self._defaults)
        self.intervals_note = done_label()
        self.intervals_error = FieldError()
        buttons = QHBoxLayout()
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        buttons.addWidget(self.intervals_note)
        buttons.addWidget(self.intervals_button)
        layout = QVBoxLayout(box)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.intervals_error)
        layout.addLayout(buttons)
        return box

    def _defaults(self) -> None:
        for code, spin in self.spins.items():
            spin.setValue(DEFAULT_INTERVALS[code])

    def save_intervals(self) -> None:
        self.intervals_error.clear_error()
        self.intervals_note.clear()
        try:
            set_visit_intervals(self.ctx.db, {c: s.value() for c, s in self.spins.items()})
        except ShegongError as err:
            self.intervals_error.say(err.text(self.ctx.lang))
            return
        self.intervals_note.setText(self.tr("Saved."))

    # -- closure approvals (the head's choice for the station) ---------------------------
    def _approval_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Approvals"))
        self.approval_check = QCheckBox(self.tr(
            "Closing a case needs the &head's or the supervisor's approval"))
        self.approval_check.setObjectName("closure_approval")
        self.plan_check = QCheckBox(self.tr(
            "A case's service &plan needs that approval before the work starts"))
        self.plan_check.setObjectName("plan_approval")
        self.plan_check.clicked.connect(self.save_plan_approval)
        note = QLabel(self.tr("Workers then send a request; you see it on Today and approve "
                              "it or send it back with a comment. Your own laptop closes "
                              "without asking."))
        note.setWordWrap(True)
        self.approval_error = FieldError()
        self.approval_check.clicked.connect(self.save_approval)
        layout = QVBoxLayout(box)
        layout.addWidget(self.approval_check)
        layout.addWidget(self.plan_check)
        layout.addWidget(note)
        layout.addWidget(self.approval_error)
        self.approval_box = box
        box.hide()  # the head's laptop only
        return box

    def save_approval(self, required: bool) -> None:
        self._set_approval(self.approval_check, required, CLOSURE)

    def save_plan_approval(self, required: bool) -> None:
        self._set_approval(self.plan_check, required, PLAN)

    def _set_approval(self, check: QCheckBox, required: bool, kind: str) -> None:
        self.approval_error.clear_error()
        try:
            set_closure_approval(self.ctx.db, required, kind)
        except ShegongError as err:
            self.approval_error.say(err.text(self.ctx.lang))
            check.setChecked(not required)

    # -- attached photos (this laptop) -----------------------------------------------------
    def _photos_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Attached photos"))
        intro = QLabel(self.tr("A photo is made smaller when it is attached, so that bundles "
                               "stay small enough for a USB stick or a messaging app. An ID "
                               "card or a form stays readable at 1,600 pixels."))
        intro.setWordWrap(True)
        self.edge = QSpinBox()
        self.edge.setObjectName("photo_edge")
        low, high = MAX_EDGE_RANGE
        self.edge.setRange(low, high)
        self.edge.setSingleStep(100)
        self.edge.setSuffix(self.tr(" pixels"))
        label = QLabel(self.tr("&Longest edge"))
        label.setBuddy(self.edge)
        self.edge_button = QPushButton(self.tr("Save photo si&ze"))
        self.edge_button.clicked.connect(self.save_edge)
        self.edge_note = done_label()
        self.edge_error = FieldError()
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.edge)
        row.addStretch(1)
        row.addWidget(self.edge_note)
        row.addWidget(self.edge_button)
        layout = QVBoxLayout(box)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.edge_error)
        return box

    def save_edge(self) -> None:
        self.edge_error.clear_error()
        self.edge_note.clear()
        try:
            set_max_edge(self.ctx.db, self.edge.value())
        except ShegongError as err:
            self.edge_error.say(err.text(self.ctx.lang))
            return
        self.edge_note.setText(self.tr("Saved."))

    # -- this worker's profile ------------------------------------------------------------
    def _profile_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("My profile"))
        self.name = QLineEdit()
        self.name.setObjectName("worker_name")
        self.phone = QLineEdit()
        self.phone.setObjectName("worker_phone")
        self.certification = VocabCombo(CERTIFICATION, self.ctx.lang)
        self.certification.setObjectName("worker_certification")
        self.role = QLabel()
        self.profile_general = FieldError()
        self.profile_errors = FieldErrors(self.ctx.lang, self.profile_general)
        form = QFormLayout()
        for text, field, key in ((self.tr("Na&me"), self.name, "name"),
                                 (self.tr("&Phone"), self.phone, "phone"),
                                 (self.tr("Certi&fication"), self.certification,
                                  "certification")):
            field_row(form, text, field, self.profile_errors, key)
        form.addRow(self.tr("Role"), self.role)
        self.profile_button = QPushButton(self.tr("&Update my profile"))
        self.profile_button.setObjectName("save_profile")
        self.profile_button.clicked.connect(self.save_profile)
        self.profile_note = done_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.profile_general, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.profile_note)
        buttons.addWidget(self.profile_button)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.profile_box = box
        return box

    def save_profile(self) -> None:
        self.profile_errors.clear()
        self.profile_note.clear()
        if self.worker_id is None:
            return
        try:
            update_worker(self.ctx.db, self.worker_id, self.name.text(), self.phone.text(),
                          self.certification.code() or "")
        except ShegongError as err:
            self.profile_errors.show(err)
            return
        self.profile_note.setText(self.tr("Saved."))

    # -- where the data lives -------------------------------------------------------------
    def _data_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Where the data lives"))
        paths = self.ctx.paths
        grid = QGridLayout(box)
        self.folder_buttons: dict[str, QPushButton] = {}
        for index, (key, text, shown, folder) in enumerate((
                ("data", self.tr("Data folder"), paths.data, paths.data),
                ("database", self.tr("Database file"), database_location(self.ctx.db),
                 paths.data),
                ("backups", self.tr("Backups"), paths.backups, paths.backups),
                ("logs", self.tr("Log files"), paths.logs, paths.logs))):
            field = QLineEdit(str(shown))
            field.setReadOnly(True)
            field.setObjectName(f"path_{key}")
            button = QPushButton(self.tr("Open folder"))
            button.setObjectName(f"open_{key}")
            button.clicked.connect(lambda _=False, f=folder: self.open_folder(f))
            grid.addWidget(QLabel(text), index, 0)
            grid.addWidget(field, index, 1)
            grid.addWidget(button, index, 2)
            self.folder_buttons[key] = button
        return box

    def open_folder(self, folder: Path) -> bool:
        folder.mkdir(parents=True, exist_ok=True)  # backups appear with the first backup
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- this device ------------------------------------------------------------------------
    def _device_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This device"))
        self.device_form = QFormLayout(box)
        self.device_labels: dict[str, QLabel] = {}
        for key, text in (("id", self.tr("Device ID")), ("name", self.tr("Device name")),
                          ("station", self.tr("Station")), ("role", self.tr("Role")),
                          ("fingerprint", self.tr("Key fingerprint"))):
            label = QLabel()
            label.setObjectName(f"device_{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.device_form.addRow(text, label)
            self.device_labels[key] = label
        return box

    # -- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the current values (small reads, on the UI thread)."""
        db, lang = self.ctx.db, self.ctx.lang
        for code, days in visit_intervals(db).items():
            self.spins[code].setValue(days)
        self.edge.setValue(max_edge(db))
        self.worker_id = current_worker_id(db)
        me = next((w for w in workers(db) if w.id == self.worker_id), None)
        self.profile_box.setEnabled(me is not None)
        if me is not None:
            self.name.setText(me.name)
            self.phone.setText(me.phone or "")
            self.certification.set_code(me.certification or "none")
            self.role.setText(ROLE.label(me.role, lang))
        else:
            self.role.setText(self.tr("This laptop has no worker profile."))
        try:
            card = this_device(db)
        except ShegongError as err:
            self.device_labels["id"].setText(err.text(lang))
            return
        self.approval_box.setVisible(card.role == "head")
        self.approval_check.setChecked(station_closure_approval(db))
        self.plan_check.setChecked(station_closure_approval(db, PLAN))
        values = {"id": card.device_id, "name": card.name, "station": card.station_name,
                  "role": ROLE.label(card.role, lang), "fingerprint": card.fingerprint}
        for key, value in values.items():
            self.device_labels[key].setText(value)
