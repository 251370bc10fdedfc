"""The head's or the supervisor's answer to a request to close a case (结案审批): approve,
or return it with a comment the worker reads. Opened from Today's list of requests."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.models.vocab import APPROVAL_DECISION, CLOSURE_REASON
from app.services.closures import PLAN, ClosureState, decide_closure
from app.ui.kit.context import AppContext
from app.ui.kit.i18n import arg, format_date
from app.ui.kit.record_dialogs import RecordDialog
from app.ui.kit.widgets import VocabCombo, text_box


class ClosureDecisionDialog(RecordDialog):
    def __init__(self, ctx: AppContext, state: ClosureState,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx.lang, self.tr("A request to approve"),
                         self.tr("&Give the answer"), parent)
        self.ctx = ctx
        self.state = state
        lang = ctx.lang
        if state.kind == PLAN:
            text = arg(self.tr("%1 asks, on %2, to approve the service plan of %3's case "
                               "(open the case from Today to read its goals)."),
                       state.requested_by, format_date(state.requested_on, lang),
                       state.client_name)
        else:
            text = arg(self.tr("%1 asks, on %2, to close the case of %3 on %4: %5."),
                       state.requested_by, format_date(state.requested_on, lang),
                       state.client_name, format_date(state.closed_on, lang),
                       CLOSURE_REASON.label(state.reason, lang))
        if state.note:
            text += "\n" + arg(self.tr("Why: %1"), state.note)
        self.say(text)
        self.decision = VocabCombo(APPROVAL_DECISION, lang)
        self.decision.setObjectName("decision")
        self.comment = text_box(3, self.tr("What the worker should know; required when "
                                           "the request goes back"))
        self.add_row(self.tr("&Decision"), self.decision, "decision")
        self.add_row(self.tr("&Comment"), self.comment, "comment")
        self.decision.setFocus()

    def submit(self) -> None:
        decide_closure(self.ctx.db, self.state.request_id,
                       self.decision.code() == "approved", self.comment.toPlainText())
