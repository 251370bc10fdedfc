"""The referrals list (转介): every live referral, newest first, by status (pending,
accepted, completed, declined, or overdue: still open `ANSWER_DAYS` after it was made,
the rule Today uses) and agency, with a search of the client; ids first, then rows for
the window a view shows (as the visits list)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import LargeBinary, func, select, type_coerce

from app.models import Client, Referral
from app.services.client_list import ClientIds, client_search, ordered_ids
from app.services.referrals import overdue_condition
from app.store.database import Database

OVERDUE = "overdue"  # a status filter of its own: open too long


@dataclass(frozen=True)
class ReferralQuery:
    search: str = ""  # the client's name, pinyin initials, village or phone
    status: str | None = None  # a REFERRAL_STATUS code, or OVERDUE
    agency: str | None = None


@dataclass(frozen=True)
class ReferralListRow:
    id: str
    client_name: str
    village: str
    referred_on: dt.date | None
    agency: str | None
    reason: str
    status: str | None
    outcome: str
    overdue: bool


def referral_ids(db: Database, q: ReferralQuery, day: dt.date | None = None) -> ClientIds:
    """Ids of the live referrals that match, newest first."""
    day = day or dt.date.today()
    stmt: Any = select(type_coerce(Referral.id, LargeBinary)).where(
        Referral.void_reason.is_(None))
    if q.status == OVERDUE:
        stmt = stmt.where(overdue_condition(day))
    elif q.status:
        stmt = stmt.where(Referral.status == q.status)
    if q.agency:
        stmt = stmt.where(Referral.agency == q.agency)
    text = q.search.strip().lower()
    if text:
        stmt = stmt.where(client_search(Referral.client_id, text))
    return ordered_ids(db, stmt.order_by(Referral.referred_on.desc(), Referral.id.desc()))


def referral_rows(db: Database, ids: Sequence[str],
                  day: dt.date | None = None) -> dict[str, ReferralListRow]:
    if not ids:
        return {}
    day = day or dt.date.today()
    with db.read() as s:
        late = set(s.scalars(select(Referral.id).where(Referral.id.in_(list(ids)),
                                                       overdue_condition(day))))
        rows = s.execute(
            select(Referral, Client.name, Client.village)
            .outerjoin(Client, Client.id == Referral.client_id)
            .where(Referral.id.in_(list(ids))))
        return {r.id: ReferralListRow(r.id, name or "", village or "", r.referred_on, r.agency,
                                      r.reason or "", r.status, r.outcome or "", r.id in late)
                for r, name, village in rows}


def referral_counts(db: Database, day: dt.date | None = None) -> dict[str, int]:
    """Live referrals by status, and how many are overdue (for the filter's labels)."""
    day = day or dt.date.today()
    with db.read() as s:
        counts = {status or "": n for status, n in s.execute(
            select(Referral.status, func.count()).where(Referral.void_reason.is_(None))
            .group_by(Referral.status))}
        counts[OVERDUE] = s.scalar(select(func.count()).select_from(Referral)
                                   .where(overdue_condition(day))) or 0
    return counts
