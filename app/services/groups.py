"""Support groups (支持小组) that meet several times with the same members: a group is a
name in the station; each meeting is an activity naming it; its members are the people
at its latest meeting, offered again for the next one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Activity, ActivityParticipant, SupportGroup
from app.models.validation import require_text
from app.services.common import local_setting
from app.store.database import Database


@dataclass(frozen=True)
class GroupRow:
    id: str
    name: str
    meetings: int
    last_met: dt.date | None


def support_groups(db: Database) -> list[GroupRow]:
    """The station's live groups by name, with how often and when they last met."""
    with db.read() as s:
        station_id = local_setting(s, "station_id")
        met = {g: (n, last) for g, n, last in s.execute(
            select(Activity.group_id, func.count(), func.max(Activity.activity_date))
            .where(Activity.void_reason.is_(None), Activity.group_id.is_not(None))
            .group_by(Activity.group_id))}
        return [GroupRow(g.id, g.name or "", *met.get(g.id, (0, None)))
                for g in s.scalars(select(SupportGroup).where(
                    SupportGroup.void_reason.is_(None), SupportGroup.station_id == station_id)
                    .order_by(SupportGroup.name))]


def group_members(db: Database, group_id: str) -> list[str]:
    """The people at the group's latest live meeting: its members for the next one."""
    with db.read() as s:
        latest = s.scalar(select(Activity.id).where(
            Activity.group_id == group_id, Activity.void_reason.is_(None))
            .order_by(Activity.activity_date.desc(), Activity.id.desc()).limit(1))
        if latest is None:
            return []
        return [c for c in s.scalars(select(ActivityParticipant.client_id).where(
            ActivityParticipant.activity_id == latest,
            ActivityParticipant.void_reason.is_(None))) if c]


def check_group_name(name: str | None) -> str | None:
    """A group's name as typed, or None for an activity of no group."""
    if name is None or not name.strip():
        return None
    return require_text(name, "group", "group's name", "小组名称", 100)


def group_named(s: Session, name: str | None) -> str | None:
    """Inside an activity's save: the station's group of that name, made when new."""
    if name is None:
        return None
    station_id = local_setting(s, "station_id")
    found = s.scalar(select(SupportGroup.id).where(
        SupportGroup.void_reason.is_(None), SupportGroup.station_id == station_id,
        SupportGroup.name == name))
    if found is not None:
        return found
    group = SupportGroup(station_id=station_id, name=name)
    s.add(group)
    s.flush()
    return group.id
