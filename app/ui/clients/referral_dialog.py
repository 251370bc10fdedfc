"""A referral followed to the end: the agency's answer (status) and what came of it
(outcome), corrected like any record, voided with a reason, with its history."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from app.models.vocab import REFERRAL_AGENCY, REFERRAL_STATUS
from app.services.referrals import get_referral, set_referral_status
from app.services.voids import void_record
from app.ui.kit.context import AppContext
from app.ui.kit.history import HistoryDialog
from app.ui.kit.i18n import arg, format_date
from app.ui.kit.record_dialogs import RecordDialog, ask_void
from app.ui.kit.widgets import VocabCombo, text_box


class ReferralDialog(RecordDialog):
    def __init__(self, ctx: AppContext, referral_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx.lang, self.tr("Referral"), self.tr("&Save"), parent)
        self.ctx, self.referral_id = ctx, referral_id
        r = get_referral(ctx.db, referral_id)
        agency = REFERRAL_AGENCY.label(r.agency, ctx.lang)
        self.setWindowTitle(arg(self.tr("Referral of %1 to %2"), r.client_name, agency))
        self.say(arg(self.tr("Referred on %1: %2"), format_date(r.referred_on, ctx.lang),
                     r.reason))
        self.status = VocabCombo(REFERRAL_STATUS, ctx.lang)
        self.status.setObjectName("status")
        self.status.set_code(r.status)
        self.outcome = text_box(4, self.tr("What the agency did, and what it means for the "
                                           "client"))
        self.outcome.setObjectName("outcome")
        self.outcome.setPlainText(r.outcome)
        self.add_row(self.tr("S&tatus"), self.status, "status")
        self.add_row(self.tr("&Outcome"), self.outcome, "outcome")
        self.history_button = QPushButton(self.tr("&History…"))
        self.void_button = QPushButton(self.tr("&Void…"))
        buttons = self.findChild(QDialogButtonBox)
        assert buttons is not None
        for button in (self.history_button, self.void_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ResetRole)
        self.history_button.clicked.connect(self.show_history)
        self.void_button.clicked.connect(self.void)
        self.what = arg(self.tr("the referral of %1 to %2"), r.client_name, agency)

    def submit(self) -> Any:
        set_referral_status(self.ctx.db, self.referral_id, self.status.code() or "pending",
                            self.outcome.toPlainText())

    def show_history(self) -> None:
        labels = {"status": self.tr("Status"), "outcome": self.tr("Outcome"),
                  "reason": self.tr("Reason"), "agency": self.tr("Agency"),
                  "referred_on": self.tr("Referred on")}
        HistoryDialog(self.ctx, "referral", self.referral_id, self.windowTitle(), labels,
                      self).exec()

    def void(self) -> None:
        if ask_void(self.ctx.lang, self.what, lambda reason: void_record(
                self.ctx.db, "referral", self.referral_id, reason), self):
            self.accept()
