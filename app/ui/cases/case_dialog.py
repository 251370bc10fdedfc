"""One case (个案): its stage, the assessment, the service plan's goals and the history.

Non-modal, so a worker can keep the client's page open beside it. A closed case is shown
read-only; only the explicit "Reopen case" (with a reason) makes it editable again.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShegongError, ValidationError
from app.models.vocab import CASE_STAGE, CLOSURE_REASON, GOAL_STATUS
from app.reports.case_file import ASSESSMENT
from app.services.cases import (
    CaseDetail,
    CaseEventRow,
    advance_case,
    get_case,
    set_goal_status,
    set_goals,
    update_case,
)
from app.services.client_list import workers
from app.services.closures import PLAN, ClosureState, approval_needed, closure_state
from app.ui.cases.case_assessment import AssessmentForm
from app.ui.cases.case_stage import (
    CloseCaseDialog,
    PlanApprovalDialog,
    ReopenCaseDialog,
    StagePath,
)
from app.ui.kit.context import AppContext
from app.ui.kit.form_kit import (
    Column,
    RecordTableModel,
    on_enter,
    record_view,
    row_of,
)
from app.ui.kit.history import HistoryDialog
from app.ui.kit.i18n import arg, format_date, one_line
from app.ui.kit.style import set_role
from app.ui.kit.widgets import FieldError, FieldErrors, VocabCombo

TABLES = {"case_record", "case_event", "case_goal", "closure_request", "closure_decision",
          "station"}



class CaseDialog(QDialog):
    def __init__(self, ctx: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.case_id = case_id
        self.lang = ctx.lang
        self.detail: CaseDetail | None = None
        self.stage_dialog: QDialog | None = None
        self._discard = False
        staff = workers(ctx.db)
        self.worker_names = {w.id: w.name for w in staff}

        head = self._build_header()

        # -- tabs ------------------------------------------------------------------------------
        self.save_error = FieldError()
        self.form = AssessmentForm(self.lang, staff, self.save_error)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._assessment_tab(), self.tr("Problem and assessment"))
        self.tabs.addTab(self._plan_tab(), self.tr("Service plan"))
        self.tabs.addTab(self._history_tab(), self.tr("Stage history"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # Escape closes; Enter never does: it is pressed in fields while typing.
        closer = buttons.button(QDialogButtonBox.StandardButton.Close)
        closer.setAutoDefault(False)
        closer.setDefault(False)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.path)
        layout.addWidget(self.banner)
        layout.addWidget(self.approval)
        layout.addWidget(self.stage_error)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(1120, 700)  # fits a 1366x768 screen with the taskbar

        ctx.data_changed.connect(self._changed)
        self.reload(texts=True)
        self.form.problem.setFocus()  # not a stage button: Space there would move the case

    def _build_header(self) -> QHBoxLayout:
        """Who, since when, the stage path and the stage acts."""
        self.client = QLabel()
        set_role(self.client, "dialog-title")
        self.facts = QLabel()
        set_role(self.facts, "muted")
        self.path = StagePath(self.lang)
        self.next_button = QPushButton(self.tr("Next sta&ge"))
        self.next_button.setObjectName("next_stage")
        self.close_button = QPushButton(self.tr("&Close case…"))
        self.close_button.setObjectName("close_case")
        self.reopen_button = QPushButton(self.tr("Reope&n case…"))
        self.reopen_button.setObjectName("reopen_case")
        for button in (self.next_button, self.close_button, self.reopen_button):
            button.setAutoDefault(False)
        self.next_button.clicked.connect(self._advance)
        self.close_button.clicked.connect(self._close_case)
        self.reopen_button.clicked.connect(self._reopen)
        self.banner = QLabel()
        self.banner.setObjectName("closedBanner")
        self.banner.setWordWrap(True)
        set_role(self.banner, "notice")
        self.approval = QLabel()  # where the station approves closures: the request's state
        self.approval.setObjectName("closureApproval")
        self.approval.setWordWrap(True)
        set_role(self.approval, "notice")
        self.approval.hide()
        self.closure: ClosureState | None = None
        self.asking = False  # closing here means asking for approval first
        self.asking_plan = False  # so does leaving the plan stage
        self.stage_error = FieldError()
        head = QHBoxLayout()
        who = QVBoxLayout()
        who.addWidget(self.client)
        who.addWidget(self.facts)
        head.addLayout(who, 1)
        self.history_button = QPushButton(self.tr("Histor&y"))
        self.history_button.setAutoDefault(False)
        self.history_button.setToolTip(self.tr("Who changed this case, when, from what to what"))
        self.history_button.clicked.connect(self.show_history)
        for button in (self.history_button, self.next_button, self.close_button,
                       self.reopen_button):
            head.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        return head

    def show_history(self) -> HistoryDialog:
        labels = {field: zh if self.lang == "zh" else en for field, en, zh in ASSESSMENT}
        labels.update({
            "stage": self.tr("Stage"), "presenting_problem": self.tr("Presenting problem"),
            "worker_id": self.tr("Worker"), "opened_on": self.tr("Opened on"),
            "closed_on": self.tr("Closed on"), "closure_reason": self.tr("Closure reason"),
            "next_followup": self.tr("Next follow-up"), "assessed_by": self.tr("Assessed by"),
            "assessed_on": self.tr("Assessed on")})
        dialog = HistoryDialog(self.ctx, "case_record", self.case_id, self.windowTitle(),
                               labels, self)
        dialog.show()
        return dialog

    # -- building the tabs -------------------------------------------------------------------
    def _assessment_tab(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.save_button = QPushButton(self.tr("&Save assessment"))
        self.save_button.setObjectName("save_assessment")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.saved_note = QLabel()
        set_role(self.saved_note, "ok")
        row = QHBoxLayout()
        row.addWidget(self.save_error, 1)
        row.addStretch(1)
        row.addWidget(self.saved_note)
        row.addWidget(self.save_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)
        return page

    def _plan_tab(self) -> QWidget:
        lang = self.lang
        self.goals = RecordTableModel([
            Column(self.tr("Goal"), lambda g: g.description),
            Column(self.tr("Status"), lambda g: GOAL_STATUS.label(g.status, lang)),
        ], self)
        self.goal_view = record_view(self.goals, sortable=False)
        self.goal_view.setObjectName("goals")
        self.goal_view.setColumnWidth(0, 640)
        self.goal_view.selectionModel().currentRowChanged.connect(self._goal_chosen)

        self.new_goal = QLineEdit()
        self.new_goal.setObjectName("new_goal")
        self.new_goal.setPlaceholderText(self.tr("e.g. The family applies for the minimum "
                                                 "living allowance within a month"))
        on_enter(self.new_goal, self._add_goal)
        new_label = QLabel(self.tr("New goa&l"))
        new_label.setBuddy(self.new_goal)
        self.add_goal_button = QPushButton(self.tr("Add goal"))
        self.add_goal_button.setObjectName("add_goal")
        self.add_goal_button.setAutoDefault(False)
        self.add_goal_button.clicked.connect(self._add_goal)

        self.goal_status = VocabCombo(GOAL_STATUS, lang)
        self.goal_status.setObjectName("goal_status")
        status_label = QLabel(self.tr("S&tatus of the chosen goal"))
        status_label.setBuddy(self.goal_status)
        self.status_button = QPushButton(self.tr("Change stat&us"))
        self.status_button.setObjectName("change_status")
        self.status_button.setAutoDefault(False)
        self.status_button.clicked.connect(self._change_status)

        self.goal_error = FieldError()
        self.goal_errors = FieldErrors(lang, self.goal_error)
        add_row = QHBoxLayout()
        add_row.addWidget(new_label)
        add_row.addWidget(self.new_goal, 1)
        add_row.addWidget(self.add_goal_button)
        status_row = QHBoxLayout()
        status_row.addWidget(status_label)
        status_row.addWidget(self.goal_status)
        status_row.addWidget(self.status_button)
        status_row.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.goal_view, 1)
        layout.addLayout(add_row)
        layout.addLayout(status_row)
        layout.addWidget(self.goal_error)
        return page

    def _history_tab(self) -> QWidget:
        lang = self.lang
        self.events = RecordTableModel([
            Column(self.tr("Date"), lambda e: format_date(e.date, lang)),
            Column(self.tr("Stage move"), self._move_text),
            Column(self.tr("Note"), self._note_text),
        ], self)
        view = record_view(self.events, sortable=False)
        view.setObjectName("history")
        view.setColumnWidth(0, 140)
        view.setColumnWidth(1, 200)
        return view

    def _move_text(self, event: CaseEventRow) -> str:
        to = CASE_STAGE.label(event.to_stage, self.lang)
        if event.from_stage is None:
            return arg(self.tr("Case opened (%1)"), to)
        return arg(self.tr("%1 → %2"), CASE_STAGE.label(event.from_stage, self.lang), to)

    @staticmethod
    def _note_text(event: CaseEventRow) -> str:
        # open_case records the marker "opened" as the note; the move column says it.
        if event.from_stage is None and event.note == "opened":
            return ""
        return one_line(event.note)

    # -- loading -------------------------------------------------------------------------------
    def reload(self, texts: bool = False) -> None:
        """Show the case as stored. The assessment's fields are reloaded when asked
        (`texts`) or when nothing is typed in them, so a goal added or a stage moved
        never wipes what is being typed."""
        try:
            detail = get_case(self.ctx.db, self.case_id)
        except ShegongError as err:
            self.stage_error.say(err.text(self.lang))
            return
        self.detail = detail
        row = detail.row
        closed = row.stage == "closed"
        self.setWindowTitle(arg(self.tr("Case: %1"), row.client_name))
        self.client.setText(row.client_name)
        worker = self.worker_names.get(detail.worker_id or "", "")
        self.facts.setText(arg(self.tr("Opened %1 · Worker: %2 · Stage: %3"),
                               format_date(row.opened_on, self.lang), worker or "—",
                               CASE_STAGE.label(row.stage, self.lang)))
        self.path.set_stage(row.stage)
        self.banner.setText(arg(self.tr("This case was closed on %1 (%2). It is read-only; "
                                        "reopen it if work on it continues."),
                                format_date(row.closed_on, self.lang),
                                CLOSURE_REASON.label(detail.closure_reason, self.lang)))
        self.banner.setVisible(closed)
        self._show_approval(closed)
        self.next_button.setVisible(not closed)
        self.close_button.setVisible(not closed)
        self.reopen_button.setVisible(closed)
        self.next_button.setEnabled(row.stage not in ("evaluation", "closed"))
        self.next_button.setToolTip(self.tr("At evaluation the next step is closing the case "
                                            "with a reason.")
                                    if row.stage == "evaluation" else "")
        self._show_plan_approval(row.stage)
        self.goals.set_rows(detail.goals)
        self.tabs.setTabText(1, arg(self.tr("Service plan (%1)"), len(detail.goals)))
        self.events.set_rows(detail.events)
        if texts or not self.form.is_dirty():  # nothing typed to lose: show what is stored
            self.form.load(detail)
        self.form.set_read_only(closed)
        self.save_button.setEnabled(not closed)
        for widget in (self.new_goal, self.add_goal_button, self.goal_status):
            widget.setEnabled(not closed)
        self._goal_chosen()

    def _changed(self, tables: set[str]) -> None:
        if TABLES & set(tables):
            self.reload()

    # -- the assessment ------------------------------------------------------------------
    def save(self) -> bool:
        self.form.errors.clear()
        self.saved_note.clear()
        values = self.form.values()
        # Stored by the write, whose reload (through _changed) then finds nothing typed
        # to keep and refills the texts as stored.
        previous, self.form.snapshot = self.form.snapshot, values
        try:
            update_case(self.ctx.db, self.case_id, **values)
        except BaseException as err:
            self.form.snapshot = previous  # not stored: what was typed is still unsaved
            if not isinstance(err, ValidationError):
                raise
            self.tabs.setCurrentIndex(0)  # first, so the refused field can take the cursor
            self.form.errors.show(err)
            return False
        self.saved_note.setText(self.tr("Saved."))
        return True

    def _save_if_dirty(self) -> bool:
        """Stage moves save typed assessment text first: no typed word is lost."""
        return not self.form.is_dirty() or self.save()

    # -- stage acts -----------------------------------------------------------------------
    def _advance(self) -> None:
        self.stage_error.clear_error()
        if not self._save_if_dirty():
            return
        if self.asking_plan:  # window-modal, not blocking: the dialog writes itself
            self.stage_dialog = PlanApprovalDialog(self.ctx, self.case_id, self)
            self.stage_dialog.open()
            return
        try:
            advance_case(self.ctx.db, self.case_id)
        except ValidationError as err:
            self.stage_error.say(err.text(self.lang))
            return

    def _close_case(self) -> None:
        self.stage_error.clear_error()
        if self._save_if_dirty():  # window-modal, not blocking: the dialog writes itself
            approved = self.closure if self.closure and self.closure.decision == "approved" \
                else None
            self.stage_dialog = CloseCaseDialog(self.ctx, self.case_id, self,
                                                request=self.asking, approved=approved)
            self.stage_dialog.open()

    def _show_approval(self, closed: bool) -> None:
        """Where closures are approved: the newest request's state, and whether the close
        button asks or closes."""
        db, lang = self.ctx.db, self.lang
        state = None if closed else closure_state(db, self.case_id)
        self.closure = state
        approved = state is not None and state.decision == "approved"
        self.asking = not closed and not approved and approval_needed(db)
        self.close_button.setText(self.tr("Request &closing…") if self.asking
                                  else self.tr("&Close case…"))
        waiting = state is not None and state.decision is None
        self.close_button.setEnabled(not waiting)
        text = ""
        if waiting and state is not None:
            text = arg(self.tr("The request to close this case, sent on %1, waits for the "
                               "head's or the supervisor's answer."),
                       format_date(state.requested_on, lang))
        elif approved and state is not None:
            text = arg(self.tr("%1 approved closing this case on %2: it can be closed now."),
                       state.decided_by, format_date(state.decided_on, lang))
        elif state is not None:
            text = arg(self.tr("%1 sent the request to close this case back on %2: %3"),
                       state.decided_by, format_date(state.decided_on, lang), state.comment)
        self.approval.setText(text)
        self.approval.setVisible(bool(text))

    def _show_plan_approval(self, stage: str) -> None:
        """Where plans are approved: at the plan stage the next step asks first, and the
        request's state is said."""
        self.asking_plan = False
        self.next_button.setText(self.tr("Next sta&ge"))
        if stage != "plan":
            return
        db, lang = self.ctx.db, self.lang
        state = closure_state(db, self.case_id, PLAN)
        approved = state is not None and state.decision == "approved"
        self.asking_plan = not approved and approval_needed(db, PLAN)
        if self.asking_plan:
            self.next_button.setText(self.tr("Request approval of the &plan…"))
        waiting = state is not None and state.decision is None
        self.next_button.setEnabled(not waiting)
        if state is None:
            return
        if waiting:
            text = arg(self.tr("The plan was sent for approval on %1; it waits for the "
                               "head's or the supervisor's answer."),
                       format_date(state.requested_on, lang))
        elif approved:
            text = arg(self.tr("%1 approved the plan on %2: the work can start."),
                       state.decided_by, format_date(state.decided_on, lang))
        else:
            text = arg(self.tr("%1 sent the plan back on %2: %3"), state.decided_by,
                       format_date(state.decided_on, lang), state.comment)
        self.approval.setText(text)
        self.approval.setVisible(True)

    def _reopen(self) -> None:
        self.stage_error.clear_error()
        self.stage_dialog = ReopenCaseDialog(self.ctx, self.case_id, self)
        self.stage_dialog.open()

    # -- goals --------------------------------------------------------------------------------
    def _chosen_goal_id(self) -> str | None:
        goal = row_of(self.goal_view)
        return goal.id if goal is not None else None

    def _goal_chosen(self, *_: QModelIndex) -> None:
        goal = row_of(self.goal_view)
        if goal is not None:
            self.goal_status.set_code(goal.status)
        closed = self.detail is not None and self.detail.row.stage == "closed"
        self.status_button.setEnabled(goal is not None and not closed)

    def _add_goal(self) -> None:
        self.goal_errors.clear()
        try:
            set_goals(self.ctx.db, self.case_id, [(self.new_goal.text(), "open")])
        except ValidationError as err:
            self.goal_errors.show(err)
            return
        self.new_goal.clear()
        self.goal_view.selectRow(self.goals.rowCount() - 1)

    def _change_status(self) -> None:
        self.goal_errors.clear()
        goal_id = self._chosen_goal_id()
        if goal_id is None:
            return
        row = self.goal_view.currentIndex().row()
        try:
            set_goal_status(self.ctx.db, goal_id, self.goal_status.code() or "")
        except ValidationError as err:
            self.goal_errors.show(err)
            return
        self.goal_view.selectRow(row)  # the write reloaded the goals

    # -- closing the window ---------------------------------------------------------------
    def _may_close(self) -> bool:
        """Ask before throwing away typed assessment text."""
        if self._discard or not self.form.is_dirty():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved assessment"),
            self.tr("The assessment has changes that are not saved yet. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        self._discard = answer == QMessageBox.StandardButton.Discard
        return self._discard

    def reject(self) -> None:
        if self._may_close():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close():
            event.accept()
        else:
            event.ignore()
