"""Stations, the people who work in them, and their supervision and training."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Float
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced
from app.models.columns import code, ref, text
from app.models.vocab import CERTIFICATION, DELIVERY_MODE, ROLE


class Station(Synced, Base):
    __tablename__ = "station"

    code: Mapped[str | None] = text(32)
    name: Mapped[str | None] = text(100)
    county: Mapped[str | None] = text(100)
    township: Mapped[str | None] = text(100)
    # Closing a case needs the head's or the supervisor's approval (set by the head).
    closure_approval: Mapped[bool | None] = mapped_column()
    # A case's service plan needs that approval before the work starts (set by the head).
    plan_approval: Mapped[bool | None] = mapped_column()


class Worker(Synced, Base):
    __tablename__ = "worker"

    station_id: Mapped[str | None] = ref("station")
    name: Mapped[str | None] = text(50)
    role: Mapped[str | None] = code(ROLE)
    certification: Mapped[str | None] = code(CERTIFICATION)
    phone: Mapped[str | None] = text(32)
    active: Mapped[bool | None] = mapped_column()


class SupervisionSession(Synced, Base):
    __tablename__ = "supervision_session"

    station_id: Mapped[str | None] = ref("station")
    supervisor_id: Mapped[str | None] = ref("worker")
    session_date: Mapped[dt.date | None] = mapped_column(index=True)
    hours: Mapped[float | None] = mapped_column(Float)
    form: Mapped[str | None] = code(DELIVERY_MODE)
    topics: Mapped[str | None] = text(1000)
    cases_discussed: Mapped[str | None] = text(1000)
    follow_ups: Mapped[str | None] = text(1000)


class TrainingRecord(Synced, Base):
    __tablename__ = "training_record"

    worker_id: Mapped[str | None] = ref("worker")
    training_date: Mapped[dt.date | None] = mapped_column(index=True)
    hours: Mapped[float | None] = mapped_column(Float)
    mode: Mapped[str | None] = code(DELIVERY_MODE)
    provider: Mapped[str | None] = text(200)
    topic: Mapped[str | None] = text(200)
    certificate: Mapped[str | None] = text(200)
