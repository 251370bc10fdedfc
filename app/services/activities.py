"""Use cases for group work and community activities (小组/社区活动)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Activity, ActivityParticipant, ActivityVolunteer, Client, SupportGroup
from app.models.rules import HEAD_COUNT_MAX as HEAD_COUNT_MAX  # the form's spin box's top
from app.models.validation import check_code, require_text
from app.models.vocab import ACTIVITY_KIND, SERVICE_DOMAIN
from app.services.common import (
    checked,
    checked_text,
    get_live,
    local_setting,
    required_date,
    set_changed,
    set_links,
)
from app.services.groups import check_group_name, group_named
from app.services.helpers import register_volunteers
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
    unregistered_count: int = 0  # people there who are not registered clients
    group_name: str | None = None  # a meeting of this support group (made when new)


@dataclass(frozen=True)
class _Checked:
    """An activity's input, checked: the record's fields and its volunteers."""

    fields: dict[str, object]
    volunteers: tuple[tuple[str, float, str | None], ...]
    group: str | None


def _check(data: ActivityInput) -> _Checked:
    title = require_text(data.title, "title", "activity title", "活动名称", 200)
    day = checked("activity", "activity_date", required_date(
        data.activity_date, "activity_date", "activity date", "活动日期"))
    checked("activity", "duration_min", data.duration_min)
    place = checked_text("activity", "place", data.place)
    summary = checked_text("activity", "summary", data.summary)
    check_code(data.kind, ACTIVITY_KIND.codes(), "kind", "activity type", "活动类型")
    if data.domain is not None:
        check_code(data.domain, SERVICE_DOMAIN.codes(), "domain", "service domain", "服务领域")
    volunteers = tuple(
        (require_text(v.name, "volunteers", "volunteer's name", "志愿者姓名", 50),
         checked("activity_volunteer", "hours", v.hours),
         checked("activity_volunteer", "phone", (v.phone or "").strip() or None))
        for v in data.volunteers)
    unregistered = checked("activity", "unregistered_count", data.unregistered_count)
    return _Checked({"kind": data.kind, "domain": data.domain, "title": title,
                     "activity_date": day, "duration_min": data.duration_min,
                     "place": place, "summary": summary,
                     "unregistered_count": unregistered or None}, volunteers,
                    check_group_name(data.group_name))


def record_activity(db: Database, data: ActivityInput) -> str:
    checked_input = _check(data)
    with db.write() as s:
        activity = Activity(station_id=local_setting(s, "station_id"),
                            organiser_id=local_setting(s, "worker_id"),
                            group_id=group_named(s, checked_input.group),
                            **checked_input.fields)
        s.add(activity)
        s.flush()
        _set_people(s, activity.id, data.participant_ids, checked_input.volunteers)
        return activity.id


def update_activity(db: Database, activity_id: str, data: ActivityInput) -> None:
    """Correct a recorded activity: the fields that changed, the participants and the
    volunteers added or taken off (voided with a reason); it syncs like any edit."""
    checked_input = _check(data)
    with db.write() as s:
        activity = get_live(s, Activity, activity_id, "activity", "活动")
        set_changed(activity, {**checked_input.fields,
                               "group_id": group_named(s, checked_input.group)})
        _set_people(s, activity_id, data.participant_ids, checked_input.volunteers)


def _set_people(s: Session, activity_id: str, participant_ids: tuple[str, ...],
                volunteers: tuple[tuple[str, float, str | None], ...]) -> None:
    """The participants and volunteers as given: new ones added, ones left out voided."""
    wanted = list(dict.fromkeys(participant_ids))
    for client_id in wanted:
        get_live(s, Client, client_id, "client", "服务对象")
    held = list(s.scalars(select(ActivityParticipant).where(
        ActivityParticipant.activity_id == activity_id,
        ActivityParticipant.void_reason.is_(None))))
    set_links(s, held, lambda row: row.client_id, wanted,
              lambda client_id: ActivityParticipant(activity_id=activity_id,
                                                    client_id=client_id),
              "not a participant (corrected)")
    kept = list(volunteers)
    for helper in s.scalars(select(ActivityVolunteer).where(
            ActivityVolunteer.activity_id == activity_id,
            ActivityVolunteer.void_reason.is_(None))):
        same = (helper.name or "", helper.hours or 0.0, helper.phone)
        if same in kept:
            kept.remove(same)
        else:
            helper.void_reason = "not a volunteer of it (corrected)"
    for name, hours, phone in kept:
        s.add(ActivityVolunteer(activity_id=activity_id, name=name, hours=hours, phone=phone))
    register_volunteers(s, [(name, phone) for name, _, phone in volunteers])


@dataclass(frozen=True)
class ActivityRow:
    id: str
    title: str
    activity_date: dt.date | None
    kind: str | None
    domain: str | None
    place: str | None
    participants: int  # registered clients
    volunteer_hours: float
    unregistered: int = 0  # and people not registered


def list_activities(db: Database, limit: int = 300) -> list[ActivityRow]:
    from sqlalchemy import func

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
                            n or 0, float(h or 0), a.unregistered_count or 0)
                for a, n, h in rows]


@dataclass(frozen=True)
class ActivityDetail:
    row: ActivityRow
    summary: str | None
    duration_min: int | None
    participant_ids: tuple[str, ...]
    volunteers: tuple[VolunteerInput, ...]
    group_name: str | None = None


def get_activity(db: Database, activity_id: str) -> ActivityDetail:
    with db.read() as s:
        a = get_live(s, Activity, activity_id, "activity", "活动")
        people = tuple(s.scalars(select(ActivityParticipant.client_id).where(
            ActivityParticipant.activity_id == activity_id,
            ActivityParticipant.void_reason.is_(None))))
        volunteers = tuple(VolunteerInput(v.name or "", v.hours or 0.0, v.phone)
                           for v in s.scalars(select(ActivityVolunteer).where(
                               ActivityVolunteer.activity_id == activity_id,
                               ActivityVolunteer.void_reason.is_(None))))
        group = s.scalar(select(SupportGroup.name).where(SupportGroup.id == a.group_id)) \
            if a.group_id else None
    hours = sum(v.hours for v in volunteers)
    return ActivityDetail(
        ActivityRow(a.id, a.title or "", a.activity_date, a.kind, a.domain, a.place,
                    len(people), hours, a.unregistered_count or 0),
        a.summary, a.duration_min, tuple(p for p in people if p), volunteers, group)
