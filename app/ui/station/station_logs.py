"""The Station page's logs: supervision sessions and training records of one year, the
dialogs that add one, and voiding.

Both logs of the chosen year are read in one job off the UI thread (a year holds a few
hundred rows at most). The add and void dialogs are window-modal (`open()`, not `exec()`),
so the page keeps painting behind them; a saved record notifies its table and every page
showing it reloads, this one included.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.vocab import DELIVERY_MODE, HELPER_KIND
from app.services.helpers import HelperInput, HelperRow, add_helper, helpers
from app.services.station import (
    SESSION_HOURS_A_DAY,
    SUPERVISION_HOURS,
    GroupTrainingInput,
    SupervisionInput,
    SupervisionRow,
    TrainingInput,
    TrainingRow,
    record_group_training,
    record_supervision,
    station_workers,
    supervision_input,
    supervision_log,
    supervisors,
    training_input,
    training_log,
    update_supervision,
    update_training,
)
from app.services.voids import void_record
from app.ui.kit.context import AppContext
from app.ui.kit.form_kit import AutoRefresh, Column, Loader, RecordTableModel, record_view, row_of
from app.ui.kit.history import HistoryDialog
from app.ui.kit.i18n import arg, format_date, one_line
from app.ui.kit.record_dialogs import RecordDialog, VoidDialog
from app.ui.kit.widgets import Checklist, DateField, VocabCombo, text_box

TRAINING_HOURS_DEFAULT = 8.0  # one training day
YEARS_SHOWN = 5  # the year selector: this year and the four before


def hours_box(value: float) -> QDoubleSpinBox:
    """Hours in half-hour steps, at least half an hour (a session of no time is no
    session). The top is a month's worth: the services refuse more for a supervision,
    with a sentence next to the field."""
    box = QDoubleSpinBox()
    box.setRange(0.5, 24 * 31)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    box.setValue(value)
    return box


# -- the add dialogs -------------------------------------------------------------------------
class SupervisionDialog(RecordDialog):
    """A supervision session of this station. The supervisor is chosen or typed: a new
    name is registered as a supervisor when the session is saved."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 session_id: str | None = None) -> None:
        title = self.tr("Correct a supervision") if session_id else self.tr("Add supervision")
        super().__init__(ctx.lang, title, self.tr("&Save"), parent)
        self.ctx = ctx
        self.session_id = session_id
        self.say(arg(self.tr("The station is supervised at least once a month, at least %1 "
                             "hours in all. Record one session a day (at most %2 hours): a "
                             "supervision over two days is two sessions."),
                     f"{SUPERVISION_HOURS:g}", f"{SESSION_HOURS_A_DAY:g}"))
        self.known = {p.name: p.id for p in supervisors(ctx.db)}
        self.session_date = DateField(ctx.lang)
        self.supervisor = QComboBox()
        self.supervisor.setEditable(True)
        self.supervisor.addItems(list(self.known))
        self.supervisor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.supervisor.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Choose, or type a new supervisor's name"))
        self.hours = hours_box(SUPERVISION_HOURS / 2)  # a day of the seed's two
        self.form_mode = VocabCombo(DELIVERY_MODE, ctx.lang)
        self.topics = text_box(4, self.tr("e.g. case supervision, writing service records"))
        self.cases = text_box(4, self.tr("Which cases were discussed"))
        self.follow_ups = text_box(4, self.tr("What the workers will do before the next "
                                              "session"))
        self.add_row(self.tr("Session &date"), self.session_date, "session_date")
        self.add_row(self.tr("Su&pervisor"), self.supervisor, "supervisor", "supervisor_id")
        self.add_row(self.tr("&Hours"), self.hours, "hours")
        self.add_row(self.tr("&Form"), self.form_mode, "form")
        self.add_row(self.tr("&Topics"), self.topics, "topics")
        self.add_row(self.tr("&Cases discussed"), self.cases, "cases_discussed")
        self.add_row(self.tr("F&ollow-ups agreed"), self.follow_ups, "follow_ups")
        if session_id:
            self._fill(supervision_input(ctx.db, session_id))
        self.session_date.setFocus()

    def _fill(self, data: SupervisionInput) -> None:
        if isinstance(data.session_date, dt.date):
            self.session_date.set_value(data.session_date)
        self.supervisor.setCurrentText(data.supervisor_name or "")
        self.hours.setValue(data.hours)
        self.form_mode.set_code(data.form)
        self.topics.setPlainText(data.topics or "")
        self.cases.setPlainText(data.cases_discussed or "")
        self.follow_ups.setPlainText(data.follow_ups or "")

    def submit(self) -> str:
        db, name = self.ctx.db, self.supervisor.currentText().strip()
        supervisor_id = self.known.get(name)  # None: registered with the session
        data = SupervisionInput(
            session_date=self.session_date.value(), hours=self.hours.value(),
            supervisor_id=supervisor_id, supervisor_name=name,
            form=self.form_mode.code() or "offline",
            topics=self.topics.toPlainText(), cases_discussed=self.cases.toPlainText(),
            follow_ups=self.follow_ups.toPlainText())
        if self.session_id is None:
            return record_supervision(db, data)
        update_supervision(db, self.session_id, data)
        return self.session_id


class TrainingDialog(RecordDialog):
    """A training some of the station's workers attended, entered once: one record is kept
    for each worker ticked. A certificate number is one worker's, so it is asked for only
    when one worker is ticked."""

    def __init__(self, ctx: AppContext, worker_id: str | None = None,
                 parent: QWidget | None = None, record_id: str | None = None) -> None:
        title = self.tr("Correct a training record") if record_id else self.tr("Add training")
        super().__init__(ctx.lang, title, self.tr("&Save"), parent)
        self.ctx = ctx
        self.record_id = record_id
        self.say(self.tr("Every resident social worker needs at least 48 hours of training "
                         "a year. Tick everyone who attended: the training counts for each."))
        people = station_workers(ctx.db)
        self.workers = Checklist([(p.id, p.name) for p in people], columns=4,
                                 prefix="trainee_")
        self.workers.set_ids([worker_id] if worker_id else [])  # the one behind, if any
        self.training_date = DateField(ctx.lang)
        self.hours = hours_box(TRAINING_HOURS_DEFAULT)
        self.mode = VocabCombo(DELIVERY_MODE, ctx.lang)
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("e.g. child protection policy"))
        self.provider = QLineEdit()
        self.provider.setPlaceholderText(self.tr("e.g. county civil affairs bureau"))
        self.certificate = QLineEdit()
        self.add_row(self.tr("Social &workers"), self.workers, "workers", "worker",
                     "worker_id")
        if not people:
            self.errors.error("workers").say(self.tr(
                "No active worker of this station yet: add the station's people first."))
        self.add_row(self.tr("Training &date"), self.training_date, "training_date")
        self.add_row(self.tr("&Hours"), self.hours, "hours")
        self.add_row(self.tr("&Form"), self.mode, "mode")
        self.add_row(self.tr("&Topic"), self.topic, "topic")
        self.add_row(self.tr("&Provider"), self.provider, "provider")
        self.add_row(self.tr("&Certificate"), self.certificate, "certificate")
        self.workers.changed.connect(self._one_certificate)
        if record_id:
            self._fill(training_input(ctx.db, record_id))
        self._one_certificate()
        self.workers.setFocus()

    def _fill(self, data: TrainingInput) -> None:
        """A recorded training is one worker's: shown, not changed (void it instead)."""
        self.workers.set_ids([data.worker_id])
        self.workers.setEnabled(False)
        if isinstance(data.training_date, dt.date):
            self.training_date.set_value(data.training_date)
        self.hours.setValue(data.hours)
        self.mode.set_code(data.mode)
        self.topic.setText(data.topic or "")
        self.provider.setText(data.provider or "")
        self.certificate.setText(data.certificate or "")

    def _one_certificate(self) -> None:
        one = len(self.workers.ids()) <= 1
        self.certificate.setEnabled(one)
        self.certificate.setPlaceholderText(
            self.tr("Certificate number, if one was given") if one else
            self.tr("Several workers: each one's certificate is not entered here"))

    def submit(self) -> list[str]:
        certificate = self.certificate.text() if self.certificate.isEnabled() else None
        if self.record_id is not None:
            update_training(self.ctx.db, self.record_id, TrainingInput(
                worker_id="", training_date=self.training_date.value(),
                hours=self.hours.value(), mode=self.mode.code() or "offline",
                provider=self.provider.text(), topic=self.topic.text(),
                certificate=certificate))
            return [self.record_id]
        return record_group_training(self.ctx.db, GroupTrainingInput(
            worker_ids=tuple(self.workers.ids()), training_date=self.training_date.value(),
            hours=self.hours.value(), mode=self.mode.code() or "offline",
            provider=self.provider.text(), topic=self.topic.text(), certificate=certificate))


class HelperDialog(RecordDialog):
    """A volunteer or village cadre added to the station's register."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx.lang, self.tr("Add to the register"), self.tr("&Save"), parent)
        self.ctx = ctx
        self.say(self.tr("Volunteers and village cadres who help at activities: registered "
                         "once, chosen by name on each activity, their hours added up here. "
                         "A volunteer typed on an activity is registered by itself."))
        self.name = QLineEdit()
        self.kind = VocabCombo(HELPER_KIND, ctx.lang)
        self.village = QLineEdit()
        self.phone = QLineEdit()
        self.add_row(self.tr("&Name"), self.name, "name")
        self.add_row(self.tr("&Kind"), self.kind, "kind")
        self.add_row(self.tr("&Village"), self.village, "village")
        self.add_row(self.tr("&Phone"), self.phone, "phone")
        self.name.setFocus()

    def submit(self) -> str:
        return add_helper(self.ctx.db, HelperInput(
            self.name.text(), self.kind.code() or "volunteer", self.village.text(),
            self.phone.text()))


# -- one log: a table with its add and void buttons -------------------------------------------
@dataclass(frozen=True)
class LogKind:
    table: str  # the synced table, for voiding
    add_text: str
    describe: Callable[[Any], str]  # a row as the void dialog names it
    total: Callable[[list[Any]], str]  # the line under the table


class LogTab(QWidget):
    """One log's table, the totals under it, and Add / Void buttons."""

    add_requested = Signal()
    void_requested = Signal(object)  # the row
    open_requested = Signal(object)  # the row, to correct it
    history_requested = Signal(object)

    def __init__(self, kind: LogKind, columns: list[Column],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.model = RecordTableModel(columns, self)
        self.view: QTableView = record_view(self.model)  # the last column stretches
        self.view.setMinimumHeight(220)
        self.add_button = QPushButton(kind.add_text)
        self.add_button.clicked.connect(self.add_requested)
        self.void_button = QPushButton(self.tr("V&oid…"))
        self.void_button.setToolTip(self.tr("Void the chosen record, with a reason"))
        self.void_button.setEnabled(False)
        self.void_button.clicked.connect(self._void)
        self.history_button = QPushButton(self.tr("&History…"))
        self.history_button.setToolTip(self.tr("Who recorded and changed the chosen record, "
                                               "when"))
        self.history_button.setEnabled(False)
        self.history_button.clicked.connect(self._history)
        self.view.activated.connect(self._open)
        self.view.selectionModel().selectionChanged.connect(self._selection)
        self.model.modelReset.connect(self._selection)
        self.total = QLabel()
        self.total.setObjectName("logTotal")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.void_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    def set_rows(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        self.total.setText(self.kind.total(rows))

    def _selection(self, *_: object) -> None:
        chosen = row_of(self.view) is not None and self.view.selectionModel().hasSelection()
        self.void_button.setEnabled(chosen)
        self.history_button.setEnabled(chosen)

    def _open(self, *_: object) -> None:
        row = row_of(self.view)
        if row is not None:
            self.open_requested.emit(row)

    def _history(self) -> None:
        row = row_of(self.view)
        if row is not None:
            self.history_requested.emit(row)

    def _void(self) -> None:
        row = row_of(self.view)
        if row is not None:
            self.void_requested.emit(row)


LOG_TABLES = {"supervision_session", "training_record", "worker", "helper", "activity",
              "activity_volunteer"}


class StationLogs(QWidget):
    """The supervision and training logs of a chosen year, in two tabs."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QDialog | None = None  # the add or void dialog open now
        lang = ctx.lang
        this_year = dt.date.today().year
        self.year = QComboBox()
        for year in range(this_year, this_year - YEARS_SHOWN, -1):
            self.year.addItem(str(year), year)
        self.year.currentIndexChanged.connect(lambda *_: self.refresh())
        year_label = QLabel(self.tr("&Logs of year"))
        year_label.setBuddy(self.year)
        self.status = QLabel()

        self._build_logs(lang)
        self._build_helpers(lang)
        # The logs follow their own tables: a visit saved does not read them again.
        self.auto = AutoRefresh(self, ctx, LOG_TABLES, self.refresh)
        self._arrange_logs()

        self.tabs = QTabWidget()
        self.tabs.addTab(self.supervision, self.tr("Supervision log"))
        self.tabs.addTab(self.training, self.tr("Training log"))
        self.tabs.addTab(self.helpers, self.tr("Volunteers and cadres"))
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addSpacing(16)
        top.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.loader = Loader(self)
        self.loader.loaded.connect(self._show)
        self.loader.failed.connect(self._failed)
        self.loader.busy_changed.connect(
            lambda busy: self.status.setText(self.tr("Loading…") if busy else ""))

    def _build_logs(self, lang: str) -> None:
        """The supervision and the training log: their columns and add buttons."""
        date = lambda day: format_date(day, lang)  # noqa: E731
        iso = lambda day: day.isoformat() if day else ""  # noqa: E731
        hours = lambda h: f"{h:g}"  # noqa: E731
        form = lambda code: DELIVERY_MODE.label(code, lang) if code else ""  # noqa: E731
        self.supervision = LogTab(LogKind(
            "supervision_session", self.tr("Add su&pervision…"), self._describe_session,
            self._session_total), [
            Column(self.tr("Date"), lambda r: date(r.session_date), lambda r: iso(r.session_date)),
            Column(self.tr("Supervisor"), lambda r: r.supervisor),
            Column(self.tr("Hours"), lambda r: hours(r.hours), lambda r: r.hours, numeric=True),
            Column(self.tr("Form"), lambda r: form(r.form)),
            Column(self.tr("Topics"), lambda r: one_line(r.topics)),
            Column(self.tr("Cases discussed"), lambda r: one_line(r.cases_discussed)),
            Column(self.tr("Follow-ups agreed"), lambda r: one_line(r.follow_ups))])
        self.training = LogTab(LogKind(
            "training_record", self.tr("Add trainin&g…"), self._describe_training,
            self._training_total), [
            Column(self.tr("Date"), lambda r: date(r.training_date),
                   lambda r: iso(r.training_date)),
            Column(self.tr("Worker"), lambda r: r.worker),
            Column(self.tr("Hours"), lambda r: hours(r.hours), lambda r: r.hours, numeric=True),
            Column(self.tr("Form"), lambda r: form(r.mode)),
            Column(self.tr("Topic"), lambda r: r.topic),
            Column(self.tr("Provider"), lambda r: r.provider),
            Column(self.tr("Certificate"), lambda r: r.certificate)])

    def _build_helpers(self, lang: str) -> None:
        """The register of volunteers and cadres, with each one's hours in the year."""
        self.helpers = LogTab(LogKind(
            "helper", self.tr("Add to the re&gister…"), lambda r: r.name,
            self._helpers_total), [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Kind"), lambda r: HELPER_KIND.label(r.kind, lang)),
            Column(self.tr("Village"), lambda r: r.village),
            Column(self.tr("Phone"), lambda r: r.phone),
            Column(self.tr("Hours"), lambda r: f"{r.hours:g}", lambda r: r.hours, numeric=True),
            Column(self.tr("Activities"), lambda r: str(r.activities),
                   lambda r: float(r.activities), numeric=True),
            Column(self.tr("Visits"), lambda r: str(r.visits), lambda r: float(r.visits),
                   numeric=True)])
        self.helpers.add_requested.connect(self.add_helper)
        self.helpers.void_requested.connect(lambda row: self.void(self.helpers.kind, row))
        self.helpers.history_requested.connect(
            lambda row: self.history(self.helpers.kind, row))

    def _arrange_logs(self) -> None:
        """Column widths, and the logs' add and void requests."""
        for tab in (self.supervision, self.training):
            for column, width in ((0, 130), (1, 90), (2, 96), (3, 60)):
                tab.view.setColumnWidth(column, width)
            tab.void_requested.connect(lambda row, kind=tab.kind: self.void(kind, row))
        for column, width in ((4, 260), (5, 220)):
            self.supervision.view.setColumnWidth(column, width)
        for column, width in ((4, 260), (5, 200)):
            self.training.view.setColumnWidth(column, width)
        self.supervision.add_requested.connect(self.add_supervision)
        self.training.add_requested.connect(lambda: self.add_training())
        self.supervision.open_requested.connect(self.correct_supervision)
        self.training.open_requested.connect(self.correct_training)
        for tab in (self.supervision, self.training):
            tab.history_requested.connect(lambda row, kind=tab.kind: self.history(kind, row))

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        db, year = self.ctx.db, int(self.year.currentData())
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        self.loader.load(lambda: (supervision_log(db, start, end), training_log(db, start, end),
                                  helpers(db, year)))

    def _show(self, logs: tuple[list[SupervisionRow], list[TrainingRow],
                                list[HelperRow]]) -> None:
        self.supervision.set_rows(logs[0])
        self.training.set_rows(logs[1])
        self.helpers.set_rows(logs[2])
        self.loaded.emit()

    def _failed(self, exc: object) -> None:
        self.status.setText(self.tr("The logs could not be loaded; the log file has the "
                                    "details."))

    # -- adding and voiding ---------------------------------------------------------------
    def add_supervision(self) -> None:
        self.tabs.setCurrentWidget(self.supervision)
        self._open(SupervisionDialog(self.ctx, self))

    def add_training(self, worker_id: str | None = None) -> None:
        self.tabs.setCurrentWidget(self.training)
        self._open(TrainingDialog(self.ctx, worker_id, self))

    def add_helper(self) -> None:
        self.tabs.setCurrentWidget(self.helpers)
        self._open(HelperDialog(self.ctx, self))

    def correct_supervision(self, row: SupervisionRow) -> None:
        self._open(SupervisionDialog(self.ctx, self, session_id=row.id))

    def correct_training(self, row: TrainingRow) -> None:
        self._open(TrainingDialog(self.ctx, None, self, record_id=row.id))

    def history(self, kind: LogKind, row: Any) -> None:
        HistoryDialog(self.ctx, kind.table, row.id, kind.describe(row), self._labels(kind),
                      self).exec()

    def _labels(self, kind: LogKind) -> dict[str, str]:
        """The forms' names of the fields, for a record's history."""
        common = {"hours": self.tr("Hours"), "void_reason": self.tr("Voided")}
        if kind.table == "supervision_session":
            return {**common, "session_date": self.tr("Session date"),
                    "supervisor_id": self.tr("Supervisor"), "form": self.tr("Form"),
                    "topics": self.tr("Topics"), "cases_discussed": self.tr("Cases discussed"),
                    "follow_ups": self.tr("Follow-ups agreed")}
        return {**common, "training_date": self.tr("Training date"), "mode": self.tr("Form"),
                "topic": self.tr("Topic"), "provider": self.tr("Provider"),
                "certificate": self.tr("Certificate"), "worker_id": self.tr("Worker")}

    def void(self, kind: LogKind, row: Any) -> None:
        db = self.ctx.db

        def submit(reason: str) -> None:
            void_record(db, kind.table, row.id, reason)

        self._open(VoidDialog(self.ctx.lang, kind.describe(row), submit, self))

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(lambda *_: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    # -- texts ----------------------------------------------------------------------------
    def _describe_session(self, row: SupervisionRow) -> str:
        return arg(self.tr("the supervision of %1"), format_date(row.session_date, self.ctx.lang))

    def _describe_training(self, row: TrainingRow) -> str:
        return arg(self.tr("%1's training of %2: %3"), row.worker,
                   format_date(row.training_date, self.ctx.lang), row.topic)

    def _session_total(self, rows: list[SupervisionRow]) -> str:
        return arg(self.tr("%1 sessions, %2 hours in all"), len(rows),
                   f"{sum(r.hours for r in rows):g}")

    def _helpers_total(self, rows: list[HelperRow]) -> str:
        return arg(self.tr("%1 people, %2 hours in the year"), len(rows),
                   f"{sum(r.hours for r in rows):g}")

    def _training_total(self, rows: list[TrainingRow]) -> str:
        return arg(self.tr("%1 trainings, %2 hours in all"), len(rows),
                   f"{sum(r.hours for r in rows):g}")


