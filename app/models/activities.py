"""Group work and community activities (小组/社区活动)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Float
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced
from app.models.columns import code, ref, text
from app.models.vocab import ACTIVITY_KIND, HELPER_KIND, SERVICE_DOMAIN


class Activity(Synced, Base):
    __tablename__ = "activity"

    station_id: Mapped[str | None] = ref("station")
    kind: Mapped[str | None] = code(ACTIVITY_KIND)
    domain: Mapped[str | None] = code(SERVICE_DOMAIN)
    title: Mapped[str | None] = text(200)
    activity_date: Mapped[dt.date | None] = mapped_column(index=True)
    duration_min: Mapped[int | None] = mapped_column()
    place: Mapped[str | None] = text(200)
    summary: Mapped[str | None] = text(4000)
    organiser_id: Mapped[str | None] = ref("worker", index=False)
    # People who took part without being registered clients (a village meeting of 60):
    # counted in the report's participations (人次), never as people served.
    unregistered_count: Mapped[int | None] = mapped_column()
    # A meeting of a support group (小组) that meets several times with the same members.
    group_id: Mapped[str | None] = ref("support_group")


class ActivityParticipant(Synced, Base):
    __tablename__ = "activity_participant"

    activity_id: Mapped[str | None] = ref("activity")
    client_id: Mapped[str | None] = ref("client")


class ActivityVolunteer(Synced, Base):
    __tablename__ = "activity_volunteer"

    activity_id: Mapped[str | None] = ref("activity")
    name: Mapped[str | None] = text(50)
    phone: Mapped[str | None] = text(32)
    hours: Mapped[float | None] = mapped_column(Float)


class Helper(Synced, Base):
    """The station's register of volunteers and village cadres (志愿者、村干部), reused
    across activities: an activity's volunteer of the same name is this person, and
    their hours add up here."""

    __tablename__ = "helper"

    station_id: Mapped[str | None] = ref("station")
    name: Mapped[str | None] = text(50)
    kind: Mapped[str | None] = code(HELPER_KIND)
    village: Mapped[str | None] = text(100)
    phone: Mapped[str | None] = text(32)


class SupportGroup(Synced, Base):
    """A support group (支持小组) of the station that meets several times: its meetings
    are activities naming it, its members the people at its latest meeting."""

    __tablename__ = "support_group"

    station_id: Mapped[str | None] = ref("station")
    name: Mapped[str | None] = text(100)
