"""Clients (服务对象), their categories and their households."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import LOCAL, Base, Synced
from app.models.columns import code, ref, text
from app.models.vocab import (
    CLIENT_CATEGORY,
    CLIENT_STATUS,
    DISABILITY_GRADE,
    DISABILITY_TYPE,
    GENDER,
    RELATIONSHIP,
    RISK_LEVEL,
)


class Client(Synced, Base):
    __tablename__ = "client"
    __table_args__ = (
        Index("ix_client_id_number", "id_number"),
        Index("ix_client_village", "village"),
        Index("ix_client_name_pinyin", "name_pinyin"),
        {"sqlite_with_rowid": False},
    )

    station_id: Mapped[str | None] = ref("station")
    name: Mapped[str | None] = text(50)
    gender: Mapped[str | None] = code(GENDER)
    birth_date: Mapped[dt.date | None] = mapped_column()
    id_number: Mapped[str | None] = text(18)
    phone: Mapped[str | None] = text(32)
    village: Mapped[str | None] = text(100)
    village_group: Mapped[str | None] = text(100)
    address: Mapped[str | None] = text(200)
    risk_level: Mapped[str | None] = code(RISK_LEVEL)
    assigned_worker_id: Mapped[str | None] = ref("worker")
    status: Mapped[str | None] = code(CLIENT_STATUS)
    consent_given: Mapped[bool | None] = mapped_column()
    consent_date: Mapped[dt.date | None] = mapped_column()
    notes: Mapped[str | None] = text(2000)
    # Derived from the name on this device for search ("zxm" finds 张晓明); never synced.
    name_pinyin: Mapped[str | None] = text(200, info=LOCAL)
    name_initials: Mapped[str | None] = text(50, info=LOCAL)


class ClientCategory(Synced, Base):
    """One category of one client: a row of its own so two devices can add different ones."""

    __tablename__ = "client_category"

    client_id: Mapped[str | None] = ref("client")
    category: Mapped[str | None] = code(CLIENT_CATEGORY, index=True)
    disability_type: Mapped[str | None] = code(DISABILITY_TYPE)
    disability_grade: Mapped[str | None] = code(DISABILITY_GRADE)


class HouseholdMember(Synced, Base):
    __tablename__ = "household_member"

    client_id: Mapped[str | None] = ref("client")
    name: Mapped[str | None] = text(50)
    relationship: Mapped[str | None] = code(RELATIONSHIP)
    gender: Mapped[str | None] = code(GENDER)
    birth_date: Mapped[dt.date | None] = mapped_column()
    is_guardian: Mapped[bool | None] = mapped_column()
    lives_with_client: Mapped[bool | None] = mapped_column()
    phone: Mapped[str | None] = text(32)
    notes: Mapped[str | None] = text(200)
