"""The Station page's people (人员): the station's social workers, its head and its
supervisors, active or not, and what the head does with them: add, edit, deactivate and
reactivate.

The list is read off the UI thread and read again whenever the `worker` table changes
(here, on another laptop's bundle, or from the command line). A person who left is
deactivated, never deleted: the row stays, greyed and marked inactive, and Reactivate
brings them back. Writing one person is a blink, so the dialog and the buttons call the
services directly; a refusal is shown as a sentence next to the field or under the table.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShegongError
from app.models.vocab import CERTIFICATION, ROLE
from app.services.devices import this_device
from app.services.people import (
    STATION_ROLES,
    PersonInput,
    PersonRow,
    add_person,
    edit_person,
    set_active,
    station_people,
)
from app.ui.kit.context import AppContext
from app.ui.kit.form_kit import AutoRefresh, Column, Loader, RecordTableModel, record_view, row_of
from app.ui.kit.i18n import arg
from app.ui.kit.palette import GREY
from app.ui.kit.record_dialogs import RecordDialog
from app.ui.kit.style import set_role
from app.ui.kit.widgets import FieldError, VocabCombo, done_label

PEOPLE_TABLES = {"worker", "local_setting"}  # local_setting: which person this laptop is
ROWS_SHOWN = 12  # more people than that scroll inside the table


class PersonDialog(RecordDialog):
    """Adds a person to the station, or edits one (`person` given)."""

    def __init__(self, ctx: AppContext, person: PersonRow | None = None,
                 parent: QWidget | None = None) -> None:
        title = arg(self.tr("Edit %1"), person.name) if person else self.tr("Add a person")
        super().__init__(ctx.lang, title, self.tr("&Save"), parent)
        self.ctx = ctx
        self.person = person
        self.say(self.tr("The station's social workers, its head and the supervisors who "
                         "come to it. Someone who left is deactivated, not deleted."))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Full name, e.g. 黄海燕"))
        self.role = VocabCombo(ROLE, ctx.lang)
        for code in ROLE.codes():
            if code not in STATION_ROLES:  # the county office is nobody's colleague
                self.role.removeItem(self.role.findData(code))
        self.certification = VocabCombo(CERTIFICATION, ctx.lang)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("Optional, e.g. 13812345678"))
        self.add_row(self.tr("&Name"), self.name, "name")
        self.add_row(self.tr("&Role"), self.role, "role")
        self.add_row(self.tr("&Certification"), self.certification, "certification")
        self.add_row(self.tr("&Phone"), self.phone, "phone")
        if person is not None:
            self.name.setText(person.name)
            self.role.set_code(person.role)
            self.certification.set_code(person.certification)
            self.phone.setText(person.phone or "")
            if person.is_me:
                self.role.setEnabled(False)
                self.role.setToolTip(self.tr("This laptop records as this person; their "
                                             "role is changed on the head's laptop."))
        self.name.setFocus()

    def submit(self) -> str:
        data = PersonInput(self.name.text(), self.role.code() or "",
                           self.certification.code() or "", self.phone.text())
        if self.person is None:
            return add_person(self.ctx.db, data)
        edit_person(self.ctx.db, self.person.id, data)
        return self.person.id


class StationPeople(QWidget):
    """The people table with Add, Edit and Deactivate / Reactivate."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QDialog | None = None  # the add or edit dialog open now
        self.chosen_id: str | None = None  # kept across reloads
        self.manages = False  # this laptop is the station head's: it manages the people
        self.model = RecordTableModel(self._columns(), self)
        self.view: QTableView = record_view(self.model)
        for column, width in ((0, 150), (1, 110), (2, 170), (3, 150)):
            self.view.setColumnWidth(column, width)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.view.doubleClicked.connect(lambda *_: self.edit())
        self.view.selectionModel().selectionChanged.connect(self._selection)
        self.model.modelReset.connect(self._selection)
        self.add_button = QPushButton(self.tr("&Add person…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.active_button.clicked.connect(self.toggle_active)
        self.total = QLabel()
        self.total.setObjectName("peopleTotal")
        self.error = FieldError()
        self.done = done_label()
        self.done.hide()
        self.heads_only = QLabel(self.tr(
            "Only the station head's laptop adds, edits and deactivates the station's people."))
        set_role(self.heads_only, "muted")
        self.heads_only.hide()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.heads_only)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.done)
        self.loader = Loader(self)
        self.loader.loaded.connect(self._show)
        self.loader.failed.connect(self._failed)
        self.auto = AutoRefresh(self, ctx, PEOPLE_TABLES, self.refresh)
        self._selection()
        self._fit(0)

    def _columns(self) -> list[Column]:
        lang = self.ctx.lang
        grey = lambda r: None if r.active else GREY  # noqa: E731
        return [
            Column(self.tr("Name"), lambda r: r.name, color=grey),
            Column(self.tr("Role"), lambda r: ROLE.label(r.role, lang) if r.role else "",
                   color=grey),
            Column(self.tr("Certification"), lambda r: CERTIFICATION.label(
                r.certification, lang) if r.certification else "", color=grey),
            Column(self.tr("Phone"), lambda r: r.phone or "", color=grey),
            Column(self.tr("State"), self._state, color=grey)]

    def _state(self, row: PersonRow) -> str:
        state = self.tr("Active") if row.active else self.tr("Inactive")
        return arg(self.tr("%1 (this laptop)"), state) if row.is_me else state

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        db = self.ctx.db
        self.loader.load(lambda: (station_people(db), this_device(db).role == "head"))

    def _show(self, loaded: tuple[list[PersonRow], bool]) -> None:
        rows, self.manages = loaded
        self.heads_only.setVisible(not self.manages)
        keep = self.chosen_id
        self.model.set_rows(rows)
        self._fit(len(rows))
        active = sum(1 for r in rows if r.active)
        self.total.setText(arg(self.tr("%1 active, %2 inactive"), active, len(rows) - active))
        if keep is not None:
            self._choose(keep)
        self.loaded.emit()

    def _fit(self, count: int) -> None:
        """Tall enough for everyone (a station has a handful of people; the page scrolls),
        and for three rows at least, so an empty list still reads as a table."""
        shown = max(3, min(count, ROWS_SHOWN))
        header = self.view.horizontalHeader().sizeHint().height()
        rows = self.view.verticalHeader().defaultSectionSize() * shown
        self.view.setFixedHeight(header + rows + 2 * self.view.frameWidth() + 2)

    def _failed(self, exc: object) -> None:
        self.error.say(self.tr("The station's people could not be loaded; the log file has "
                               "the details."))

    def _choose(self, person_id: str) -> None:
        """Selects the row of this person again (after a reload, or once added)."""
        model = self.view.model()
        for r in range(model.rowCount()):
            row = row_of(self.view, model.index(r, 0))
            if row is not None and row.id == person_id:
                self.view.selectRow(r)
                return

    def chosen(self) -> PersonRow | None:
        if not self.view.selectionModel().hasSelection():
            return None
        row = row_of(self.view)
        return row if isinstance(row, PersonRow) else None

    def _selection(self, *_: object) -> None:
        row = self.chosen()
        self.chosen_id = row.id if row else self.chosen_id
        self.add_button.setEnabled(self.manages)
        self.edit_button.setEnabled(self.manages and row is not None)
        self.active_button.setEnabled(self.manages and row is not None
                                      and not (row.is_me and row.active))
        reactivate = row is not None and not row.active
        self.active_button.setText(self.tr("&Reactivate") if reactivate
                                   else self.tr("&Deactivate"))

    # -- acting ---------------------------------------------------------------------------
    def add(self) -> None:
        self._open(PersonDialog(self.ctx, None, self))

    def edit(self) -> None:
        row = self.chosen()
        if row is not None and self.manages:
            self._open(PersonDialog(self.ctx, row, self))

    def toggle_active(self) -> None:
        row = self.chosen()
        if row is None:
            return
        self.error.clear_error()
        try:
            set_active(self.ctx.db, row.id, not row.active)
        except ShegongError as err:
            self.error.say(err.text(self.ctx.lang))
            return
        self._say_done(arg(self.tr("%1 is inactive now; Reactivate brings them back."),
                           row.name) if row.active else
                       arg(self.tr("%1 is active again."), row.name))

    def _open(self, dialog: PersonDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        self._say_done("")
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.destroyed.connect(lambda *_: self._closed(dialog))
        dialog.open()

    def _saved(self, dialog: PersonDialog) -> None:
        self.chosen_id = dialog.value  # chosen again once the list has it
        self._say_done(arg(self.tr("%1 is saved."), dialog.name.text().strip()))

    def _say_done(self, text: str) -> None:
        self.done.setText(text)
        self.done.setVisible(bool(text))

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
