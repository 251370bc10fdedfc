"""Referrals (转介) to other agencies, followed until the agency answered and acted."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, select

from app.models import Case, Client, Referral
from app.models.validation import check_code, require_text
from app.models.vocab import REFERRAL_AGENCY, REFERRAL_STATUS
from app.services.common import checked, checked_text, get_live, parse_date, today
from app.store.database import Database


def refer(db: Database, client_id: str, agency: str, reason: str,
          case_id: str | None = None, referred_on: dt.date | str | None = None) -> str:
    check_code(agency, REFERRAL_AGENCY.codes(), "agency", "agency", "转介机构")
    text = require_text(reason, "reason", "reason for the referral", "转介原因", 1000)
    day = checked("referral", "referred_on", parse_date(
        referred_on, "referred_on", "referral date", "转介日期") or today())
    with db.write() as s:
        get_live(s, Client, client_id, "client", "服务对象")
        if case_id:
            get_live(s, Case, case_id, "case", "个案")
        referral = Referral(client_id=client_id, case_id=case_id, agency=agency, reason=text,
                            referred_on=day, status="pending")
        s.add(referral)
        s.flush()
        return referral.id


def set_referral_status(db: Database, referral_id: str, status: str,
                        outcome: str | None = None) -> None:
    check_code(status, REFERRAL_STATUS.codes(), "status", "referral status", "转介状态")
    with db.write() as s:
        referral = get_live(s, Referral, referral_id, "referral", "转介")
        if referral.status != status:
            referral.status = status
        if outcome is not None:  # None: the outcome stays as it is; "": cleared
            text = checked_text("referral", "outcome", outcome) or None
            if referral.outcome != text:
                referral.outcome = text


# A referral with no answer (pending) or no result (accepted) this many days after it was
# made is overdue: Today lists it for the worker to call the agency.
ANSWER_DAYS = 30
OPEN_STATUSES = ("pending", "accepted")


@dataclass(frozen=True)
class ReferralDetail:
    id: str
    client_id: str
    client_name: str
    agency: str
    reason: str
    referred_on: dt.date | None
    status: str
    outcome: str


def get_referral(db: Database, referral_id: str) -> ReferralDetail:
    with db.read() as s:
        r = get_live(s, Referral, referral_id, "referral", "转介")
        name = s.scalar(select(Client.name).where(Client.id == r.client_id)) or ""
        return ReferralDetail(r.id, r.client_id or "", name, r.agency or "", r.reason or "",
                              r.referred_on, r.status or "pending", r.outcome or "")


def overdue_condition(day: dt.date) -> Any:
    """Live referrals still open ANSWER_DAYS after they were made."""
    return and_(Referral.void_reason.is_(None), Referral.status.in_(OPEN_STATUSES),
                Referral.referred_on <= day - dt.timedelta(days=ANSWER_DAYS))
