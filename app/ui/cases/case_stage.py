"""A case's stage: the path intake → … → closed, and the two explicit acts on it that
need a sentence from the worker: closing (with a reason) and reopening (with a reason).

Both dialogs do their own write and stay open with the sentence next to the field when
the service refuses; the case dialog reloads when the store reports the case written.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.models.vocab import CASE_STAGE, CASE_STAGE_ORDER, CLOSURE_REASON
from app.services.cases import close_case, reopen_case
from app.services.closures import ClosureState, request_closure, request_plan_approval
from app.ui.kit.context import AppContext
from app.ui.kit.record_dialogs import RecordDialog
from app.ui.kit.style import set_role
from app.ui.kit.widgets import DateField, VocabCombo, text_box


class StagePath(QWidget):
    """接案 → 预估 → 计划 → 介入 → 评估 → 结案, the current stage highlighted."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.chips: dict[str, QLabel] = {}
        for index, code in enumerate(CASE_STAGE_ORDER):
            if index:
                layout.addWidget(QLabel("→"))
            chip = QLabel(CASE_STAGE.label(code, lang))
            chip.setObjectName(f"chip_{code}")
            layout.addWidget(chip)
            self.chips[code] = chip
        layout.addStretch(1)
        self.current: str | None = None

    def set_stage(self, stage: str) -> None:
        self.current = stage
        reached = CASE_STAGE_ORDER.index(stage) if stage in CASE_STAGE_ORDER else -1
        for index, (code, chip) in enumerate(self.chips.items()):
            look = "current" if code == stage else "done" if index < reached else "ahead"
            set_role(chip, "chip", stage=look)


class CloseCaseDialog(RecordDialog):
    """Closing a case; where the station approves closures, asking to (`request`), and
    once approved, closing with the approved reason and day filled in (`approved`)."""

    def __init__(self, ctx: AppContext, case_id: str, parent: QWidget | None = None,
                 request: bool = False, approved: ClosureState | None = None) -> None:
        if request:
            super().__init__(ctx.lang, self.tr("Request to close the case"),
                             self.tr("&Send the request"), parent)
        else:
            super().__init__(ctx.lang, self.tr("Close the case"), self.tr("&Close the case"),
                             parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.case_id = case_id
        self.request = request
        self.say(self.tr("This station closes cases after the head's or the supervisor's "
                         "approval: they see the request on Today and approve it or send "
                         "it back with a comment.") if request else
                 self.tr("A closed case can no longer be edited. If work on it "
                         "continues later, it has to be reopened with a reason."))
        self.reason = VocabCombo(CLOSURE_REASON, ctx.lang, self.tr("— choose a reason —"))
        self.reason.setObjectName("reason")
        self.closed_on = DateField(ctx.lang)
        self.note = text_box(4, self.tr("What was achieved, what remains, who takes "
                                        "over …"))
        self.add_row(self.tr("&Reason"), self.reason, "closure_reason")
        self.add_row(self.tr("Closed &on"), self.closed_on, "closed_on")
        self.add_row(self.tr("&Note"), self.note, "note")
        if approved is not None:
            self.reason.set_code(approved.reason)
            if approved.closed_on:
                self.closed_on.set_value(approved.closed_on)
            self.note.setPlainText(approved.note)
        self.reason.setFocus()

    def submit(self) -> None:
        act = request_closure if self.request else close_case
        act(self.ctx.db, self.case_id, self.reason.code() or "",
            self.note.toPlainText().strip() or None, self.closed_on.value())


class ReopenCaseDialog(RecordDialog):
    def __init__(self, ctx: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx.lang, self.tr("Reopen the case"), self.tr("&Reopen"), parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.case_id = case_id
        self.say(self.tr("Reopening puts the case back at the intervention stage so "
                         "it can be edited again. The reason is kept in the case's "
                         "history."))
        self.note = text_box(4)
        self.add_row(self.tr("Reason for reo&pening"), self.note, "note")
        self.note.setFocus()

    def submit(self) -> None:
        reopen_case(self.ctx.db, self.case_id, self.note.toPlainText())


class PlanApprovalDialog(RecordDialog):
    """Asking the head or the supervisor to approve the service plan (its goals) before
    the work starts, where the station wants plans approved."""

    def __init__(self, ctx: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx.lang, self.tr("Request approval of the plan"),
                         self.tr("&Send the request"), parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.case_id = case_id
        self.say(self.tr("This station starts a case's work once the head or the supervisor "
                         "approved its plan: they see the goals and answer on Today."))
        self.note = text_box(3, self.tr("Anything the approver should know"))
        self.add_row(self.tr("&Note"), self.note, "note")
        self.note.setFocus()

    def submit(self) -> None:
        request_plan_approval(self.ctx.db, self.case_id, self.note.toPlainText())
