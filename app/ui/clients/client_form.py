"""The client form (服务对象登记表): register a new client or edit one.

Every field of a client in two columns inside a scroll area (it fits 1366x740). A valid ID
number fills in the birth date and gender; a wrong one says what is wrong as the worker
leaves the field. Saving validates everything first, so a refused form writes nothing;
a new client is checked against possible duplicates before it is registered.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShegongError, ValidationError
from app.models.validation import parse_id_number
from app.models.vocab import (
    CLIENT_CATEGORY,
    CLIENT_STATUS,
    DISABILITY_GRADE,
    DISABILITY_TYPE,
    GENDER,
    RISK_LEVEL,
)
from app.services import client_list, clients, duplicates, workers
from app.services.clients import CategoryInput, ClientInput, client_input
from app.ui.clients.household_editor import HouseholdEditor
from app.ui.kit.context import AppContext
from app.ui.kit.jobs import run_job
from app.ui.kit.record_dialogs import OPEN, REGISTER, DuplicateDialog
from app.ui.kit.widgets import (
    DateField,
    FieldError,
    FieldErrors,
    VocabChecklist,
    VocabCombo,
    buddy_label,
    text_box,
)


def _date(value: object) -> dt.date | None:
    return value if isinstance(value, dt.date) else None


class OptionalDate(QWidget):
    """A date that may not be known: a date field with a "not known" box beside it."""

    def __init__(self, lang: str, unknown_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = DateField(lang)
        self.unknown = QCheckBox(unknown_text)
        self._locked = False
        self.unknown.toggled.connect(self._sync)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date, 1)
        layout.addWidget(self.unknown)
        self.setFocusProxy(self.date)

    def value(self) -> dt.date | None:
        return None if self.unknown.isChecked() else self.date.value()

    def set_value(self, value: dt.date | None) -> None:
        if value is not None:
            self.date.set_value(value)
        self.unknown.setChecked(value is None)
        self._sync()

    def set_locked(self, locked: bool) -> None:
        """Locked: the value comes from elsewhere (the ID number) and cannot be edited."""
        self._locked = locked
        self._sync()

    def _sync(self) -> None:
        self.date.setEnabled(not self._locked and not self.unknown.isChecked())
        self.unknown.setEnabled(not self._locked)


class ClientFormDialog(QDialog):
    """`ClientFormDialog(ctx, None)` registers, `ClientFormDialog(ctx, id)` edits; after a
    successful save `saved_id` names the client and the dialog is accepted."""

    def __init__(self, ctx: AppContext, client_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.saved_id: str | None = None
        self._stored: ClientInput | None = None
        self.setWindowTitle(self.tr("Edit client") if client_id else self.tr("New client"))
        self.resize(1180, 700)

        self.general = FieldError()
        self.errors = FieldErrors(ctx.lang, self.general)
        columns = QHBoxLayout()
        columns.addLayout(self._left_column(), 1)
        columns.addLayout(self._right_column(), 1)
        body = QWidget()
        body.setLayout(columns)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field

        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.general)
        layout.addWidget(buttons)

        self._load()
        self._snapshot = self.collect()  # what "unchanged" means when Escape is pressed
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building -----------------------------------------------------------------------
    def _row(self, form: QFormLayout, text: str, widget: QWidget, *names: str,
             focus: QWidget | None = None) -> FieldError:
        """A labelled field with its error line under it; `names` are the error fields
        (ValidationError.field) that belong here, `focus` the part to focus on error."""
        target = focus or widget
        form.addRow(buddy_label(text, target), widget)
        error = self.errors.add(*names, focus=target)
        form.addRow("", error)
        return error

    def _group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return box, form

    def _left_column(self) -> QVBoxLayout:
        lang = self.ctx.lang
        person, form = self._group(self.tr("The person"))
        self.name = QLineEdit()
        self.name.setMaxLength(50)
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(24)  # room for the spaces people group digits with
        self.id_number.setPlaceholderText(self.tr("18 digits; birth date and gender follow"))
        self.id_number.textEdited.connect(self._id_typed)
        self.id_number.editingFinished.connect(self._id_left)
        self.gender = VocabCombo(GENDER, lang, empty=self.tr("Not known"))
        self.birth = OptionalDate(lang, self.tr("Not &known"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("e.g. 13812345678 or 0771-5551234"))
        self._row(form, self.tr("&Name"), self.name, "name")
        self._row(form, self.tr("&ID number"), self.id_number, "id_number")
        self._row(form, self.tr("&Gender"), self.gender, "gender")
        self._row(form, self.tr("&Birth date"), self.birth, "birth_date", focus=self.birth.date)
        self._row(form, self.tr("&Phone"), self.phone, "phone")

        place, form = self._group(self.tr("Where the person lives"))
        self.village = QComboBox()
        self.village.setEditable(True)
        self.village.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.village.setCurrentIndex(-1)
        # The list of villages scans every client (0.2 s on 100,000): it arrives later.
        db = self.ctx.db
        run_job(lambda: client_list.villages(db), self._villages_loaded)
        editor = self.village.lineEdit()  # an editable combo always has its line edit
        if editor is not None:
            editor.setPlaceholderText(self.tr("e.g. Nalong Village"))
        self.village_group = QLineEdit()
        self.village_group.setPlaceholderText(self.tr("e.g. Group 3"))
        self.address = QLineEdit()
        self._row(form, self.tr("&Village"), self.village, "village")
        self._row(form, self.tr("Village gro&up"), self.village_group, "village_group")
        self._row(form, self.tr("&Address"), self.address, "address")

        service, form = self._group(self.tr("Service"))
        self.risk = VocabCombo(RISK_LEVEL, lang)
        self.status = VocabCombo(CLIENT_STATUS, lang)
        self.worker = QComboBox()
        self.consent = QCheckBox(self.tr("The person (or the guardian) signed the "
                                         "informed consent form"))
        self.consent_date = OptionalDate(lang, self.tr("Not known"))
        self.consent_date.setEnabled(False)
        self.consent.toggled.connect(self.consent_date.setEnabled)
        self._row(form, self.tr("&Risk level"), self.risk, "risk_level")
        self._row(form, self.tr("S&tatus"), self.status, "status")
        self._row(form, self.tr("Assigned &worker"), self.worker, "assigned_worker_id")
        self._row(form, self.tr("&Consent given"), self.consent, "consent_given")
        self._row(form, self.tr("Consent &date"), self.consent_date, "consent_date",
                  focus=self.consent_date.date)

        column = QVBoxLayout()
        for box in (person, place, service):
            column.addWidget(box)
        column.addStretch(1)
        return column

    def _keep_to_be_assessed_alone(self, checked: bool) -> None:
        """"To be assessed" means no category is known: ticking a real one unticks it,
        and ticking it unticks the others."""
        if not checked:
            return
        boxes = self.categories.boxes
        alone = boxes[clients.TO_BE_ASSESSED]
        others = [b for code, b in boxes.items() if code != clients.TO_BE_ASSESSED]
        for box in others if self.sender() is alone else [alone]:
            box.setChecked(False)

    def _right_column(self) -> QVBoxLayout:
        lang = self.ctx.lang
        cats, form = self._group(self.tr("Categories"))
        self.categories = VocabChecklist(CLIENT_CATEGORY, lang, columns=2)
        self._row(form, self.tr("Cat&egories"), self.categories, "categories",
                  focus=next(iter(self.categories.boxes.values())))
        # Type and grade belong to the disability category only: shown when it is ticked.
        self.disability_box = QWidget()
        sub = QFormLayout(self.disability_box)
        sub.setContentsMargins(0, 0, 0, 0)
        self.disability_type = VocabCombo(DISABILITY_TYPE, lang, empty=self.tr("Not known"))
        self.disability_grade = VocabCombo(DISABILITY_GRADE, lang, empty=self.tr("Not known"))
        self._row(sub, self.tr("Disabilit&y type"), self.disability_type, "disability_type")
        self._row(sub, self.tr("Disability &level"), self.disability_grade,
                  "disability_grade")
        form.addRow(self.disability_box)
        self.disability_box.setVisible(False)
        self.categories.boxes["disabled"].toggled.connect(self.disability_box.setVisible)
        for check in self.categories.boxes.values():
            check.toggled.connect(self._keep_to_be_assessed_alone)

        family, form = self._group(self.tr("Household and guardians"))
        self.household = HouseholdEditor(lang)
        self._row(form, self.tr("&Household"), self.household, "household")

        notes, form = self._group(self.tr("Notes"))
        self.notes = text_box(4)
        self._row(form, self.tr("N&otes"), self.notes, "notes")

        column = QVBoxLayout()
        for box in (cats, family, notes):
            column.addWidget(box)
        column.addStretch(1)
        return column

    # -- loading ------------------------------------------------------------------------
    def _load(self) -> None:
        data = client_input(self.ctx.db, self.client_id) if self.client_id else None
        self._stored = data
        assigned = data.assigned_worker_id if data else workers.current_worker_id(self.ctx.db)
        for w in client_list.workers(self.ctx.db):
            if w.active or w.id == assigned:
                self.worker.addItem(w.name, w.id)
        self.worker.setCurrentIndex(max(self.worker.findData(assigned), 0))
        self.consent_date.set_value(dt.date.today())  # what ticking "consent" proposes
        if data is None:
            self.birth.set_value(None)
            return
        self.name.setText(data.name)
        self.id_number.setText(data.id_number or "")
        self.gender.set_code(data.gender)
        self.birth.set_value(_date(data.birth_date))
        self.phone.setText(data.phone or "")
        self.village.setEditText(data.village or "")
        self.village_group.setText(data.village_group or "")
        self.address.setText(data.address or "")
        self.risk.set_code(data.risk_level)
        self.status.set_code(data.status)
        self.consent.setChecked(data.consent_given)
        if data.consent_given:  # a client registered with consent but no date stays so
            self.consent_date.set_value(_date(data.consent_date))
        self.notes.setPlainText(data.notes or "")
        self.categories.set_codes({c.category for c in data.categories})
        for c in data.categories:
            if c.category == "disabled":
                self.disability_type.set_code(c.disability_type)
                self.disability_grade.set_code(c.disability_grade)
        self.household.set_members(data.household)
        self._id_typed(self.id_number.text())

    def _villages_loaded(self, names: list[str]) -> None:
        typed = self.village.currentText()  # the worker may have typed one already
        self.village.addItems(names)
        self.village.setEditText(typed)

    # -- the ID number ------------------------------------------------------------------
    def _id_typed(self, text: str) -> None:
        """A complete, valid number fills in (and locks) the birth date and gender."""
        try:
            info = parse_id_number(text)
        except ValidationError:
            self._lock_from_id(False)
            return
        self.errors.error("id_number").clear_error()
        self.gender.set_code(info.gender)
        self.birth.set_value(info.birth_date)
        self._lock_from_id(True)

    def _lock_from_id(self, locked: bool) -> None:
        tip = self.tr("Read from the ID number") if locked else ""
        self.gender.setEnabled(not locked)
        self.birth.set_locked(locked)
        for widget in (self.gender, self.birth.date):
            widget.setToolTip(tip)

    def _id_left(self) -> None:
        """Leaving the field with a wrong number says what is wrong with it."""
        text = self.id_number.text()
        error = self.errors.error("id_number")
        if not text.strip():
            error.clear_error()
            return
        try:
            parse_id_number(text)
        except ValidationError as err:
            error.say(err.text(self.ctx.lang))
        else:
            error.clear_error()

    # -- reading the form ---------------------------------------------------------------
    def collect(self) -> ClientInput:
        """The form as typed (not yet validated)."""
        categories = tuple(
            CategoryInput(code, self.disability_type.code(), self.disability_grade.code())
            if code == "disabled" else CategoryInput(code)
            for code in self.categories.codes())
        return ClientInput(
            name=self.name.text(), gender=self.gender.code(),
            birth_date=self.birth.value(),
            id_number=self.id_number.text().strip() or None,
            phone=self.phone.text().strip() or None,
            village=self.village.currentText().strip() or None,
            village_group=self.village_group.text(), address=self.address.text(),
            risk_level=self.risk.code() or "low", assigned_worker_id=self.worker.currentData(),
            status=self.status.code() or "active", consent_given=self.consent.isChecked(),
            consent_date=self.consent_date.value() if self.consent.isChecked() else None,
            notes=self.notes.toPlainText(), categories=categories,
            household=self.household.members(),
        )

    def is_dirty(self) -> bool:
        return self.collect() != self._snapshot

    # -- saving -------------------------------------------------------------------------
    def save(self) -> None:
        self.errors.clear()
        data = self.collect()
        try:
            if self.client_id is None:
                saved = self._register(data)
                if saved is None:
                    return
            else:
                saved = self._update(data)
        except ShegongError as err:
            self.errors.show(err)
            return
        self.saved_id = saved
        super().accept()

    def _register(self, data: ClientInput) -> str | None:
        """The new client's id, or None when the worker chose not to register."""
        found = duplicates.possible_duplicates(self.ctx.db, data)  # validates the input
        if found:
            dialog = DuplicateDialog(self.ctx.lang, found, self)
            if not dialog.exec():
                return None  # back to the form, as typed
            if dialog.choice == OPEN and dialog.chosen_id:
                super().reject()  # nothing saved: the existing record is the person
                self.ctx.open_client(dialog.chosen_id)
                return None
            assert dialog.choice == REGISTER
        return clients.register_client(self.ctx.db, data)

    def _update(self, data: ClientInput) -> str:
        """One transaction; the service writes only what changed."""
        assert self.client_id is not None and self._stored is not None
        clients.save_client(self.ctx.db, self.client_id, data)
        return self.client_id

    # -- leaving ------------------------------------------------------------------------
    def reject(self) -> None:
        """Escape, Cancel and the close button: ask before typed changes are thrown away."""
        if self.is_dirty() and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Discard the changes?"),
            self.tr("What you typed in this form has not been saved. Discard it?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard
