"""The activities list (活动): every live activity, newest first, by type, domain and month,
with a search of its title, place or a participant (name, pinyin initials, village); ids
first, then rows for the window a view shows (as the visits list)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import LargeBinary, func, or_, select, type_coerce

from app.models import Activity, ActivityParticipant, ActivityVolunteer
from app.models.validation import parse_month
from app.services.activities import ActivityRow
from app.services.client_list import ClientIds, client_search, like_pattern, ordered_ids
from app.services.visit_list import live_months
from app.store.database import Database


@dataclass(frozen=True)
class ActivityQuery:
    search: str = ""  # the title, the place, or a participant's name, initials, village
    kind: str | None = None
    domain: str | None = None
    month: str | None = None  # YYYY-MM


def activity_ids(db: Database, q: ActivityQuery) -> ClientIds:
    """Ids of the live activities that match, newest first."""
    stmt: Any = select(type_coerce(Activity.id, LargeBinary)).where(
        Activity.void_reason.is_(None))
    if q.kind:
        stmt = stmt.where(Activity.kind == q.kind)
    if q.domain:
        stmt = stmt.where(Activity.domain == q.domain)
    if q.month:
        first, last = parse_month(q.month)
        stmt = stmt.where(Activity.activity_date.between(first, last))
    text = q.search.strip().lower()
    if text:
        pattern = like_pattern(text)
        people = select(ActivityParticipant.activity_id).where(
            ActivityParticipant.void_reason.is_(None),
            client_search(ActivityParticipant.client_id, text))
        stmt = stmt.where(or_(func.lower(Activity.title).like(pattern, escape="\\"),
                              func.lower(Activity.place).like(pattern, escape="\\"),
                              Activity.id.in_(people)))
    return ordered_ids(db, stmt.order_by(Activity.activity_date.desc(), Activity.id.desc()))


def activity_rows(db: Database, ids: Sequence[str]) -> dict[str, ActivityRow]:
    if not ids:
        return {}
    wanted = list(ids)
    with db.read() as s:
        people = {a: n for a, n in s.execute(
            select(ActivityParticipant.activity_id, func.count())
            .where(ActivityParticipant.activity_id.in_(wanted),
                   ActivityParticipant.void_reason.is_(None))
            .group_by(ActivityParticipant.activity_id))}
        hours = {a: h for a, h in s.execute(
            select(ActivityVolunteer.activity_id, func.sum(ActivityVolunteer.hours))
            .where(ActivityVolunteer.activity_id.in_(wanted),
                   ActivityVolunteer.void_reason.is_(None))
            .group_by(ActivityVolunteer.activity_id))}
        return {a.id: ActivityRow(a.id, a.title or "", a.activity_date, a.kind, a.domain,
                                  a.place, people.get(a.id, 0), float(hours.get(a.id) or 0),
                                  a.unregistered_count or 0)
                for a in s.scalars(select(Activity).where(Activity.id.in_(wanted)))}


def activity_months(db: Database) -> list[str]:
    """The months from the newest activity back to the oldest, newest first."""
    return live_months(db, Activity.activity_date, Activity.void_reason)
