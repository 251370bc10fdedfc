"""Use cases for group work and community activities (小组/社区活动)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.models import Activity, ActivityParticipant, ActivityVolunteer, Client
from app.models.validation import check_code, require_text
from app.models.vocab import ACTIVITY_KIND, SERVICE_DOMAIN
from app.services.common import (
    checked,
    checked_text,
    get_live,
    local_setting,
    required_date,
)
from app.store.database import Database


@dataclass(frozen=True)
class VolunteerInput:
    name: str
    hours: float
    phone: str | None = None


@dataclass(frozen=True)
class ActivityInput:
    title: str
    activity_date: dt.date | str
    kind: str = "community"
    domain: str | None = None
    place: str | None = None
    duration_min: int | None = None
    summary: str | None = None
    participant_ids: tuple[str, ...] = ()
    volunteers: tuple[VolunteerInput, ...] = ()


def record_activity(db: Database, data: ActivityInput) -> str:
    title = require_text(data.title, "title", "activity title", "活动名称", 200)
    day = checked("activity", "activity_date", required_date(
        data.activity_date, "activity_date", "activity date", "活动日期"))
    checked("activity", "duration_min", data.duration_min)
    place = checked_text("activity", "place", data.place)
    summary = checked_text("activity", "summary", data.summary)
    check_code(data.kind, ACTIVITY_KIND.codes(), "kind", "activity type", "活动类型")
    if data.domain is not None:
        check_code(data.domain, SERVICE_DOMAIN.codes(), "domain", "service domain", "服务领域")
    volunteers = [
        (require_text(v.name, "volunteers", "volunteer's name", "志愿者姓名", 50),
         checked("activity_volunteer", "hours", v.hours),
         checked("activity_volunteer", "phone", (v.phone or "").strip() or None))
        for v in data.volunteers
    ]
    with db.write() as s:
        for client_id in data.participant_ids:
            get_live(s, Client, client_id, "client", "服务对象")
        activity = Activity(
            station_id=local_setting(s, "station_id"), kind=data.kind, domain=data.domain,
            title=title, activity_date=day, duration_min=data.duration_min,
            place=place, summary=summary,
            organiser_id=local_setting(s, "worker_id"),
        )
        s.add(activity)
        s.flush()
        for client_id in dict.fromkeys(data.participant_ids):
            s.add(ActivityParticipant(activity_id=activity.id, client_id=client_id))
        for name, hours, phone in volunteers:
            s.add(ActivityVolunteer(activity_id=activity.id, name=name, hours=hours, phone=phone))
        return activity.id


@dataclass(frozen=True)
class ActivityRow:
    id: str
    title: str
    activity_date: dt.date | None
    kind: str | None
    domain: str | None
    place: str | None
    participants: int
    volunteer_hours: float


def list_activities(db: Database, limit: int = 300) -> list[ActivityRow]:
    from sqlalchemy import func, select

    participants = (select(func.count()).where(
        ActivityParticipant.activity_id == Activity.id,
        ActivityParticipant.void_reason.is_(None)).scalar_subquery())
    hours = (select(func.coalesce(func.sum(ActivityVolunteer.hours), 0.0)).where(
        ActivityVolunteer.activity_id == Activity.id,
        ActivityVolunteer.void_reason.is_(None)).scalar_subquery())
    with db.read() as s:
        rows = s.execute(select(Activity, participants, hours)
                         .where(Activity.void_reason.is_(None))
                         .order_by(Activity.activity_date.desc(), Activity.id.desc())
                         .limit(limit))
        return [ActivityRow(a.id, a.title or "", a.activity_date, a.kind, a.domain, a.place,
                            n or 0, float(h or 0)) for a, n, h in rows]


@dataclass(frozen=True)
class ActivityDetail:
    row: ActivityRow
    summary: str | None
    duration_min: int | None
    participant_ids: tuple[str, ...]
    volunteers: tuple[VolunteerInput, ...]


def get_activity(db: Database, activity_id: str) -> ActivityDetail:
    from sqlalchemy import select

    with db.read() as s:
        a = get_live(s, Activity, activity_id, "activity", "活动")
        people = tuple(s.scalars(select(ActivityParticipant.client_id).where(
            ActivityParticipant.activity_id == activity_id,
            ActivityParticipant.void_reason.is_(None))))
        volunteers = tuple(VolunteerInput(v.name or "", v.hours or 0.0, v.phone)
                           for v in s.scalars(select(ActivityVolunteer).where(
                               ActivityVolunteer.activity_id == activity_id,
                               ActivityVolunteer.void_reason.is_(None))))
    hours = sum(v.hours for v in volunteers)
    return ActivityDetail(
        ActivityRow(a.id, a.title or "", a.activity_date, a.kind, a.domain, a.place,
                    len(people), hours),
        a.summary, a.duration_min, tuple(p for p in people if p), volunteers)
