"""Recording a group or community activity (小组/社区活动): what, when, where, who took
part (found by search as you type) and the volunteers with their hours.

An activity already recorded opens in the same dialog, to correct (an ordinary edit that
syncs), to void with a reason, or to read its history.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShegongError
from app.models.vocab import ACTIVITY_KIND, GENDER, SERVICE_DOMAIN
from app.services import helpers as helper_register
from app.services.activities import (
    HEAD_COUNT_MAX,
    ActivityInput,
    VolunteerInput,
    get_activity,
    record_activity,
    update_activity,
)
from app.services.client_list import ClientListRow
from app.services.groups import group_members, support_groups
from app.services.helpers import HelperRow
from app.services.voids import void_record
from app.ui.kit.client_picker import ClientPicker
from app.ui.kit.context import AppContext
from app.ui.kit.form_kit import (
    Column,
    RecordTableModel,
    on_enter,
    record_view,
    row_of,
)
from app.ui.kit.history import HistoryDialog
from app.ui.kit.i18n import arg, format_date
from app.ui.kit.record_dialogs import ask_void
from app.ui.kit.widgets import (
    DateField,
    FieldError,
    FieldErrors,
    VocabCombo,
    field_row,
    minutes_box,
    text_box,
)

ID_ROLE = Qt.ItemDataRole.UserRole


def describe(row: ClientListRow, lang: str) -> str:
    """张晓明 · 男 · 2014年5月6日 · 那龙村: enough to tell two namesakes apart."""
    parts = (row.name, GENDER.label(row.gender, lang), format_date(row.birth_date, lang),
             row.village or "")
    return " · ".join(p for p in parts if p)


class ParticipantPicker(QWidget):
    """The shared client picker (search as you type, tick) beside the list of who took
    part, where a person ticked by mistake can be removed again."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.picker = ClientPicker(ctx, multi=True)
        self.picker.chosen_label.hide()  # the list beside it says who is chosen
        self.picker.selection_changed.connect(self._show_chosen)
        self.search_label = QLabel(self.tr("&Find people"))
        self.search_label.setBuddy(self.picker.search)
        self.chosen_label = QLabel()
        self.chosen = QListWidget()
        self.chosen.setObjectName("chosen")
        self.remove_button = QPushButton(self.tr("Re&move from the list"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self._remove)

        # The picker's table gets the full width; who is taking part is listed below it.
        chosen_box = QVBoxLayout()
        chosen_box.addWidget(self.chosen_label)
        chosen_box.addWidget(self.chosen)
        below = QHBoxLayout()
        below.addLayout(chosen_box, 1)
        below.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_label)
        layout.addWidget(self.picker, 2)
        layout.addLayout(below, 1)
        self._show_chosen()

    def selected_ids(self) -> list[str]:
        return self.picker.selected_ids()

    def set_selected_ids(self, ids: list[str] | tuple[str, ...]) -> None:
        self.picker.set_selected_ids(ids)

    def _remove(self) -> None:
        gone = {item.data(ID_ROLE) for item in self.chosen.selectedItems()}
        self.picker.set_selected_ids([i for i in self.selected_ids() if i not in gone])

    def _show_chosen(self) -> None:
        self.chosen.clear()
        for client_id in self.selected_ids():
            row = self.picker.model.row_of(client_id)
            if row is not None:
                item = QListWidgetItem(describe(row, self.ctx.lang))
                item.setData(ID_ROLE, client_id)
                self.chosen.addItem(item)
        self.chosen_label.setText(arg(self.tr("Taking part: %1"), self.chosen.count()))
        self.remove_button.setEnabled(self.chosen.count() > 0)


class VolunteerEditor(QWidget):
    """Volunteers and their hours: a row to fill in and add, and the list so far."""

    def __init__(self, lang: str, error: FieldError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error
        self.name = QLineEdit()
        self.name.setObjectName("volunteer_name")
        self.name.setPlaceholderText(self.tr("Name"))
        name_label = QLabel(self.tr("&Volunteer"))
        name_label.setBuddy(self.name)
        self.phone = QLineEdit()
        self.phone.setObjectName("volunteer_phone")
        self.phone.setPlaceholderText(self.tr("Phone (optional)"))
        self.hours = QDoubleSpinBox()
        self.hours.setObjectName("volunteer_hours")
        self.hours.setRange(0, 24 * 31)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setValue(2)
        self.hours.setSuffix(self.tr(" h"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setObjectName("add_volunteer")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        for field in (self.name, self.phone, self.hours):
            on_enter(field, self.add)

        self.model = RecordTableModel([
            Column(self.tr("Name"), lambda v: v.name),
            Column(self.tr("Phone"), lambda v: v.phone or ""),
            Column(self.tr("Hours"), lambda v: f"{v.hours:g}", lambda v: float(v.hours),
                   numeric=True),
        ], self)
        self.view = record_view(self.model, sortable=False, stretch=0)
        self.view.setObjectName("volunteers")
        self.view.setColumnWidth(1, 150)
        self.view.setColumnWidth(2, 110)
        self.remove_button = QPushButton(self.tr("Remove volunteer"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self._remove)
        self.total = QLabel()

        self.entry = QWidget()
        row = QHBoxLayout(self.entry)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(name_label)
        row.addWidget(self.name, 2)
        row.addWidget(self.phone, 2)
        row.addWidget(self.hours, 1)
        row.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entry)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self._changed()
        self._known: dict[str, HelperRow] = {}

    def set_known(self, people: list[HelperRow]) -> None:
        """The station's register: its names offered as the name is typed; choosing one
        fills the phone in."""
        self._known = {p.name: p for p in people}
        completer = QCompleter(list(self._known), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._chosen)
        self.name.setCompleter(completer)

    def _chosen(self, name: str) -> None:
        known = self._known.get(name)
        if known is not None and not self.phone.text().strip():
            self.phone.setText(known.phone)

    def volunteers(self) -> tuple[VolunteerInput, ...]:
        return tuple(self.model.rows)

    def set_volunteers(self, volunteers: tuple[VolunteerInput, ...]) -> None:
        self.model.set_rows(volunteers)
        self._changed()

    def add(self) -> None:
        self.error.clear_error()
        if not self.name.text().strip():
            self.error.say(self.tr("Enter the volunteer's name first."))
            self.name.setFocus()
            return
        volunteer = VolunteerInput(self.name.text().strip(), self.hours.value(),
                                   self.phone.text().strip() or None)
        self.model.set_rows([*self.model.rows, volunteer])
        self.name.clear()
        self.phone.clear()
        self.name.setFocus()
        self._changed()

    def _remove(self) -> None:
        chosen = row_of(self.view)
        if chosen is not None:
            self.model.set_rows([v for v in self.model.rows if v is not chosen])
            self._changed()

    def _changed(self) -> None:
        rows = self.model.rows
        self.total.setText(arg(self.tr("%1 volunteers, %2 hours in all"), len(rows),
                               f"{sum(v.hours for v in rows):g}"))
        self.remove_button.setEnabled(bool(rows))


class ActivityFormDialog(QDialog):
    def __init__(self, ctx: AppContext, activity_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_id: str | None = None
        self.activity_id = activity_id
        self.general = FieldError()
        self.errors = FieldErrors(ctx.lang, self.general)
        self.setWindowTitle(self.tr("New activity"))
        form = self._build_form(ctx.lang)
        people, helpers = self._build_people(ctx)
        self._build_buttons()

        right = QVBoxLayout()
        right.addWidget(people, 2)
        right.addWidget(helpers, 1)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.resize(1120, 680)
        if activity_id is not None:
            self._show_recorded(activity_id)

    def _build_form(self, lang: str) -> QFormLayout:
        """Title, date, type, domain, place, duration and summary, each with its error."""
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("e.g. Summer reading group for left-behind "
                                              "children"))
        self.date = DateField(lang)
        self.date.setObjectName("activity_date")
        self.kind = VocabCombo(ACTIVITY_KIND, lang)
        self.kind.setObjectName("kind")
        # A meeting of a support group: one known, or a new name (the group is made).
        self.group = QComboBox()
        self.group.setObjectName("group")
        self.group.setEditable(True)
        self.group.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        group_line = self.group.lineEdit()
        assert group_line is not None
        group_line.setPlaceholderText(self.tr("None, or a group that meets several times"))
        self.group.addItem("", None)
        for row in support_groups(self.ctx.db):
            self.group.addItem(row.name, row.id)
        self.group.activated.connect(self._group_chosen)
        self.domain = VocabCombo(SERVICE_DOMAIN, lang, self.tr("— not given —"))
        self.domain.setObjectName("domain")
        self.place = QLineEdit()
        self.place.setObjectName("place")
        self.duration = minutes_box(15)
        self.duration.setObjectName("duration")
        # Not a fixed height like the short boxes: the summary keeps its natural, taller size.
        self.summary = text_box(4, self.tr("What was done, how people took part, what "
                                           "to follow up"), grow=True)
        self.summary.setObjectName("summary")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, field, key in (
                (self.tr("&Title"), self.title, "title"),
                (self.tr("&Date"), self.date, "activity_date"),
                (self.tr("T&ype"), self.kind, "kind"),
                (self.tr("Support &group"), self.group, "group"),
                (self.tr("Service d&omain"), self.domain, "domain"),
                (self.tr("&Place"), self.place, "place"),
                (self.tr("Activity d&uration"), self.duration, "duration_min"),
                (self.tr("&Summary"), self.summary, "summary")):
            field_row(form, text, field, self.errors, key)
        return form

    def _build_people(self, ctx: AppContext) -> tuple[QGroupBox, QGroupBox]:
        """The participants (a client picker) and the volunteers with their hours."""
        self.picker = ParticipantPicker(ctx)
        people = QGroupBox(self.tr("Participants"))
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.picker)
        people_layout.addWidget(self.errors.add("client", focus=self.picker.picker.search))
        # A village meeting is mostly people who are not registered: counted, not named.
        self.unregistered = QSpinBox()
        self.unregistered.setObjectName("unregistered_count")
        self.unregistered.setRange(0, HEAD_COUNT_MAX)
        self.unregistered.setSuffix(self.tr(" people"))
        head = QHBoxLayout()
        label = QLabel(self.tr("Also taking part, not registered:"))
        label.setBuddy(self.unregistered)
        head.addWidget(label)
        head.addWidget(self.unregistered)
        head.addStretch(1)
        people_layout.addLayout(head)
        people_layout.addWidget(self.errors.add("unregistered_count", focus=self.unregistered))
        self.volunteers = VolunteerEditor(ctx.lang, FieldError())
        self.volunteers.set_known(helper_register.helpers(ctx.db))
        self.errors.add("volunteers", error=self.volunteers.error, focus=self.volunteers.name)
        helpers = QGroupBox(self.tr("Volunteers"))
        helpers_layout = QVBoxLayout(helpers)
        helpers_layout.addWidget(self.volunteers)
        helpers_layout.addWidget(self.errors.fields["volunteers"])
        return people, helpers

    def _build_buttons(self) -> None:
        """Save and Cancel; for a recorded activity also History and Void."""
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.history_button = QPushButton(self.tr("&History…"))
        self.void_button = QPushButton(self.tr("&Void…"))
        self.void_button.setToolTip(self.tr("Take this activity out of every list, count and "
                                            "report; it stays in the records with the reason"))
        if self.activity_id is not None:
            self.save_button.setText(self.tr("&Save changes"))
            for button in (self.history_button, self.void_button):
                self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ResetRole)
            self.history_button.clicked.connect(self.show_history)
            self.void_button.clicked.connect(self.void)

    def _group_chosen(self, index: int) -> None:
        """A known group: its members of the last meeting are ticked for this one, unless
        people are ticked already."""
        group_id = self.group.itemData(index)
        if group_id and not self.picker.selected_ids():
            self.picker.set_selected_ids(group_members(self.ctx.db, group_id))
            self.kind.set_code("group")

    def _show_recorded(self, activity_id: str) -> None:
        """A recorded activity, to correct, void or read the history of."""
        detail = get_activity(self.ctx.db, activity_id)
        row = detail.row
        self.setWindowTitle(arg(self.tr("Activity: %1"), row.title))
        self.title.setText(row.title)
        if row.activity_date:
            self.date.set_value(row.activity_date)
        self.kind.set_code(row.kind)
        self.domain.set_code(row.domain)
        self.place.setText(row.place or "")
        self.duration.setValue(detail.duration_min or 0)
        self.summary.setPlainText(detail.summary or "")
        self.picker.set_selected_ids(detail.participant_ids)
        self.unregistered.setValue(row.unregistered)
        self.group.setCurrentText(detail.group_name or "")
        self.volunteers.set_volunteers(detail.volunteers)

    def show_history(self) -> None:
        assert self.activity_id is not None
        labels = {"title": self.tr("Title"), "activity_date": self.tr("Date"),
                  "kind": self.tr("Type"), "domain": self.tr("Service domain"),
                  "place": self.tr("Place"), "duration_min": self.tr("Activity duration"),
                  "summary": self.tr("Summary"),
                  "unregistered_count": self.tr("People not registered"),
                  "group_id": self.tr("Support group")}
        HistoryDialog(self.ctx, "activity", self.activity_id, self.windowTitle(), labels,
                      self).exec()

    def void(self) -> None:
        activity_id = self.activity_id
        assert activity_id is not None
        if ask_void(self.ctx.lang, self.title.text(), lambda reason: void_record(
                self.ctx.db, "activity", activity_id, reason), self):
            self.accept()

    def data(self) -> ActivityInput:
        return ActivityInput(
            title=self.title.text(), activity_date=self.date.value(),
            kind=self.kind.code() or "", domain=self.domain.code(),
            place=self.place.text(), duration_min=self.duration.value() or None,
            summary=self.summary.toPlainText(),
            participant_ids=tuple(self.picker.selected_ids()),
            volunteers=self.volunteers.volunteers(),
            unregistered_count=self.unregistered.value(),
            group_name=self.group.currentText().strip() or None)

    def save(self) -> None:
        self.errors.clear()
        try:
            if self.activity_id is not None:
                update_activity(self.ctx.db, self.activity_id, self.data())
                self.saved_id = self.activity_id
            else:
                self.saved_id = record_activity(self.ctx.db, self.data())
        except ShegongError as err:  # also a participant voided on another laptop
            self.errors.show(err)
            return
        self.accept()
