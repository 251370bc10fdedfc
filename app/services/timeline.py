"""One client's story, newest first: visits, case events, activities and referrals."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.models import Activity, ActivityParticipant, Case, CaseEvent, Referral, Visit
from app.store.database import Database


@dataclass(frozen=True)
class TimelineItem:
    kind: str  # "visit", "case_event", "activity", "referral"
    date: dt.date
    record_id: str
    code: str | None  # visit mode, new case stage, activity kind, referral agency
    text: str  # observations, note, title, reason
    extra: str | None = None  # visit's highest need, activity place, referral status
    # A visit's needs as found: (dimension, level, notes) for each level above none.
    needs: tuple[tuple[str, str, str | None], ...] = ()


def client_timeline(db: Database, client_id: str, limit: int = 500) -> list[TimelineItem]:
    items: list[TimelineItem] = []
    with db.read() as s:
        for v in s.scalars(select(Visit).where(Visit.client_id == client_id,
                                               Visit.void_reason.is_(None))
                           .order_by(Visit.visit_date.desc()).limit(limit)):
            levels = [v.material_level, v.emotional_level, v.social_level]
            top = max(levels, key=lambda x: ("none", "low", "medium", "high").index(x or "none"))
            needs = tuple((dim, level, notes) for dim, level, notes in (
                ("material", v.material_level, v.material_notes),
                ("emotional", v.emotional_level, v.emotional_notes),
                ("social", v.social_level, v.social_notes)) if level and level != "none")
            items.append(TimelineItem("visit", v.visit_date or dt.date.min, v.id, v.mode,
                                      v.observations or "", top, needs))
        for e in s.scalars(select(CaseEvent).join(Case, Case.id == CaseEvent.case_id)
                           .where(Case.client_id == client_id,
                                  CaseEvent.void_reason.is_(None))):
            items.append(TimelineItem("case_event", e.event_date or dt.date.min, e.case_id or "",
                                      e.to_stage, e.note or "", e.from_stage))
        for a in s.scalars(select(Activity).join(
                ActivityParticipant, ActivityParticipant.activity_id == Activity.id)
                .where(ActivityParticipant.client_id == client_id,
                       ActivityParticipant.void_reason.is_(None),
                       Activity.void_reason.is_(None))):
            items.append(TimelineItem("activity", a.activity_date or dt.date.min, a.id, a.kind,
                                      a.title or "", a.place))
        for r in s.scalars(select(Referral).where(Referral.client_id == client_id,
                                                  Referral.void_reason.is_(None))):
            items.append(TimelineItem("referral", r.referred_on or dt.date.min, r.id, r.agency,
                                      r.reason or "", r.status))
    items.sort(key=lambda i: (i.date, i.kind == "visit", i.record_id), reverse=True)
    return items[:limit]
