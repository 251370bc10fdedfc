"""Headline numbers for the main window: small, fast counts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from app.models import Case, ClientIndex, Visit
from app.reports.station import this_station
from app.store.database import Database


@dataclass(frozen=True)
class Overview:
    station_name: str
    county: str
    township: str
    clients: int
    open_cases: int
    visits_this_month: int


def overview(db: Database, today: dt.date | None = None) -> Overview:
    day = today or dt.date.today()
    month_start = day.replace(day=1)
    with db.read() as s:
        station = this_station(s)
        # The narrow client index counts faster than the wide client table.
        clients = s.scalar(select(func.count()).select_from(ClientIndex)
                           .where(ClientIndex.live.is_(True))) or 0
        open_cases = s.scalar(select(func.count()).select_from(Case).where(
            Case.void_reason.is_(None), Case.stage != "closed")) or 0
        visits = s.scalar(select(func.count()).select_from(Visit).where(
            Visit.void_reason.is_(None), Visit.visit_date >= month_start,
            Visit.visit_date <= day)) or 0
        return Overview(station.name, station.county, station.township, clients, open_cases,
                        visits)
