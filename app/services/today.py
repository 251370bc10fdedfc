"""Today (今日待办): what a worker must not forget this morning.

- follow-ups promised at the latest visit (or on an open case) that are due or overdue;
- clients whose last visit is older than their category's interval (or never visited);
- cases in intervention with no visit for 30 days;
- visit forms left unfinished.
Each list is ordered most urgent first and cut at `limit` lines, with the full count.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, case, exists, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from app.models import Case, ClientCategory, ClientIndex, Referral
from app.services.closures import ClosureState, may_decide, waiting_requests
from app.services.drafts import DraftRow, list_drafts
from app.services.referrals import overdue_condition as referral_overdue
from app.services.settings import NO_CATEGORY_INTERVAL, visit_intervals
from app.store.database import Database

STALE_CASE_DAYS = 30
NEVER = 10**6  # days_late of a client never visited: before everyone else


@dataclass(frozen=True)
class TodayItem:
    client_id: str
    client_name: str
    village: str | None
    # Follow-ups: the day it fell due. Overdue visits and stale cases: the last visit
    # (None: never visited).
    date: dt.date | None
    days: int  # days late, or days since the last visit; NEVER for never visited
    case_id: str | None = None
    referral_id: str | None = None  # overdue referrals: the referral
    agency: str | None = None


@dataclass
class TodayLists:
    on: dt.date
    followups: list[TodayItem] = field(default_factory=list)
    followups_total: int = 0
    overdue_visits: list[TodayItem] = field(default_factory=list)
    overdue_visits_total: int = 0
    stale_cases: list[TodayItem] = field(default_factory=list)
    stale_cases_total: int = 0
    referrals: list[TodayItem] = field(default_factory=list)  # overdue, oldest first
    referrals_total: int = 0
    drafts: list[DraftRow] = field(default_factory=list)
    # Requests to close a case waiting for this laptop's answer (head or supervisor).
    closures: list[ClosureState] = field(default_factory=list)
    decides_closures: bool = False


def today_lists(db: Database, on: dt.date | None = None, limit: int = 500) -> TodayLists:
    day = on or dt.date.today()
    out = TodayLists(on=day)
    with db.read() as s:
        _followups(s, day, limit, out)
        _overdue_visits(s, day, visit_intervals(db), limit, out)
        _stale_cases(s, day, limit, out)
        _overdue_referrals(s, day, limit, out)
    out.drafts = list_drafts(db)
    with db.read() as s:
        out.decides_closures = may_decide(s)
    if out.decides_closures:
        out.closures = waiting_requests(db)
    return out


def _live_active() -> Any:
    return ClientIndex.active.is_(True)


def _followups(s: Session, day: dt.date, limit: int, out: TodayLists) -> None:
    """Promised at the latest visit, or on an open case; most overdue first."""
    ci = ClientIndex
    due_visits = (select(ci.client_id, ci.name, ci.village, ci.next_followup,
                         literal(None).label("case_id"))
                  .where(_live_active(), ci.next_followup <= day))
    due_cases = (select(Case.client_id, ci.name, ci.village, Case.next_followup, Case.id)
                 .join(ci, ci.client_id == Case.client_id)
                 .where(Case.void_reason.is_(None), Case.stage != "closed",
                        Case.next_followup <= day, _live_active(),
                        or_(ci.next_followup.is_(None), ci.next_followup > day)))
    both = union_all(due_visits, due_cases).subquery()
    rows, out.followups_total = _first_rows(
        s, select(both).order_by(both.c.next_followup, both.c.name), limit)
    out.followups = [TodayItem(c, n or "", v, due, (day - due).days, case_id)
                     for c, n, v, due, case_id in rows]


def _overdue_visits(s: Session, day: dt.date, intervals: dict[str, int], limit: int,
                    out: TodayLists) -> None:
    """Not visited within the strictest interval of their categories; longest wait first.

    A client is overdue when any one of its categories' intervals has passed, so the
    test is an EXISTS per client, and the cheap "older than the shortest interval" test
    runs first.
    """
    ci = ClientIndex
    rows, out.overdue_visits_total = _first_rows(
        s, select(ci.client_id, ci.name, ci.village, ci.last_visit)
        .where(overdue_condition(day, intervals))
        .order_by(ci.last_visit.nulls_first(), ci.sort_key), limit)
    out.overdue_visits = [TodayItem(c, n or "", v, last, (day - last).days if last else NEVER)
                          for c, n, v, last in rows]


def overdue_condition(day: dt.date, intervals: dict[str, int]) -> Any:
    """The WHERE clause over the client index: live, active clients overdue for a visit."""
    ci = ClientIndex
    days_since = func.julianday(day.isoformat()) - func.julianday(ci.last_visit)
    cc = ClientCategory
    by_category = exists().where(cc.client_id == ci.client_id, cc.void_reason.is_(None),
                                 days_since > case(intervals, value=cc.category,
                                                   else_=NO_CATEGORY_INTERVAL))
    no_category = and_(~exists().where(cc.client_id == ci.client_id, cc.void_reason.is_(None)),
                       days_since > NO_CATEGORY_INTERVAL)
    followup_pending = and_(ci.next_followup.is_not(None), ci.next_followup <= day)
    return and_(
        _live_active(), ~followup_pending,
        or_(ci.last_visit.is_(None),
            and_(days_since > min(intervals.values(), default=NO_CATEGORY_INTERVAL),
                 or_(by_category, no_category))))


def _stale_cases(s: Session, day: dt.date, limit: int, out: TodayLists) -> None:
    """Cases in intervention with no visit for 30 days."""
    ci = ClientIndex
    rows, out.stale_cases_total = _first_rows(
        s, select(Case.client_id, ci.name, ci.village, ci.last_visit, Case.id)
        .join(ci, ci.client_id == Case.client_id)
        .where(stale_case_condition(day, Case.stage == "intervention"))
        .order_by(ci.last_visit.nulls_first()), limit)
    out.stale_cases = [
        TodayItem(c, n or "", v, last, (day - last).days if last else NEVER, case_id)
        for c, n, v, last, case_id in rows]


def _overdue_referrals(s: Session, day: dt.date, limit: int, out: TodayLists) -> None:
    """Referrals with no answer or no result for ANSWER_DAYS, oldest first."""
    ci = ClientIndex
    rows, out.referrals_total = _first_rows(
        s, select(Referral.client_id, ci.name, ci.village, Referral.referred_on, Referral.id,
                  Referral.agency)
        .join(ci, ci.client_id == Referral.client_id)
        .where(referral_overdue(day), ci.live.is_(True))
        .order_by(Referral.referred_on, Referral.id), limit)
    out.referrals = [
        TodayItem(c, n or "", v, on, (day - on).days if on else 0, referral_id=rid,
                  agency=agency)
        for c, n, v, on, rid, agency in rows]


def stale_case_condition(day: dt.date, stages: Any) -> Any:
    """Live cases in `stages` (a condition on Case.stage) whose client, live, had no
    visit for 30 days; over Case joined to the client index."""
    ci = ClientIndex
    cutoff = day - dt.timedelta(days=STALE_CASE_DAYS)
    return and_(Case.void_reason.is_(None), stages, ci.live.is_(True),
                or_(ci.last_visit.is_(None), ci.last_visit < cutoff))


def _first_rows(s: Session, stmt: Any, limit: int) -> tuple[list[Any], int]:
    """The first `limit` rows and how many there are in all, the condition evaluated
    once (the count is a window over the rows, computed before the LIMIT)."""
    rows = s.execute(stmt.add_columns(func.count().over()).limit(limit)).all()
    return [row[:-1] for row in rows], (rows[0][-1] if rows else 0)
