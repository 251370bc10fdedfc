"""Home visits (走访记录) and the workers present at each."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced
from app.models.columns import code, codes, ref, text
from app.models.vocab import NEED_LEVEL, SERVICE_TYPE, VISIT_MODE


class Visit(Synced, Base):
    __tablename__ = "visit"
    # A client's visits by date: the timeline, and the latest visit for Today.
    # By date with the void flag, station and client, so counting a month's live visits,
    # per station at a county, reads the index only.
    # With void_reason, the report counts the people served from this index alone.
    __table_args__ = (Index("ix_visit_client_date", "client_id", "visit_date", "void_reason"),
                      Index("ix_visit_date_live", "visit_date", "void_reason", "sync_station",
                            "client_id"),
                      # A worker's visits of a month, newest first (the Visits list).
                      Index("ix_visit_worker_date", "worker_id", "void_reason", "visit_date"),
                      {"sqlite_with_rowid": False})

    client_id: Mapped[str | None] = ref("client", index=False)
    case_id: Mapped[str | None] = ref("case_record", index=False)
    visit_date: Mapped[dt.date | None] = mapped_column()
    duration_min: Mapped[int | None] = mapped_column()
    mode: Mapped[str | None] = code(VISIT_MODE)
    people_met: Mapped[str | None] = text(200)
    observations: Mapped[str | None] = text(4000)
    material_level: Mapped[str | None] = code(NEED_LEVEL)
    material_notes: Mapped[str | None] = text(1000)
    emotional_level: Mapped[str | None] = code(NEED_LEVEL)
    emotional_notes: Mapped[str | None] = text(1000)
    social_level: Mapped[str | None] = code(NEED_LEVEL)
    social_notes: Mapped[str | None] = text(1000)
    services: Mapped[list[str] | None] = codes(SERVICE_TYPE)
    risks: Mapped[str | None] = text(1000)
    next_followup: Mapped[dt.date | None] = mapped_column()
    # The worker who led the visit (主访社工); workers who came along are VisitWorker rows.
    worker_id: Mapped[str | None] = ref("worker", index=False)


class VisitWorker(Synced, Base):
    """Another worker present at a visit (陪同社工), besides the one who led it."""

    __tablename__ = "visit_worker"

    visit_id: Mapped[str | None] = ref("visit")
    worker_id: Mapped[str | None] = ref("worker", index=False)


class VisitHelper(Synced, Base):
    """A volunteer or village cadre of the station's register who came along on a visit
    (their hours there are the visit's duration)."""

    __tablename__ = "visit_helper"

    visit_id: Mapped[str | None] = ref("visit")
    helper_id: Mapped[str | None] = ref("helper", index=False)
