"""Counts the monthly report shares with the Station screen (app.services.station):
every worker's name, and the live visits per week for the visits-per-week chart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Visit, Worker
from app.models.ids import id_to_bytes


def worker_names(s: Session) -> dict[str, str]:
    """Every worker's name by id (voided ones too: old records still name them)."""
    return {wid: name or "" for wid, name in s.execute(select(Worker.id, Worker.name))}


@dataclass(frozen=True)
class WeekCount:
    start: dt.date  # the Monday
    visits: int


def visits_per_week(s: Session, end: dt.date, weeks: int = 13) -> tuple[WeekCount, ...]:
    """Live visits per Monday-to-Sunday week, the `weeks` weeks ending with `end`'s week
    (every station's here together)."""
    first = _first_monday(end, weeks)
    counts = s.execute(
        select(Visit.visit_date, func.count()).where(
            Visit.void_reason.is_(None), Visit.visit_date >= first, Visit.visit_date <= end)
        .group_by(Visit.visit_date)).tuples().all()
    return _weeks(first, weeks, counts)


def visits_per_week_by_station(s: Session, end: dt.date, weeks: int = 13
                               ) -> dict[bytes, tuple[WeekCount, ...]]:
    """The same per station (its 16-byte id; b"" for visits of no station)."""
    first = _first_monday(end, weeks)
    per_station: dict[bytes, list[tuple[dt.date | None, int]]] = {}
    for station, day, n in s.execute(
            select(Visit.sync_station, Visit.visit_date, func.count()).where(
                Visit.void_reason.is_(None), Visit.visit_date >= first,
                Visit.visit_date <= end)
            .group_by(Visit.sync_station, Visit.visit_date)).tuples():
        key = id_to_bytes(station) if station else b""
        per_station.setdefault(key, []).append((day, n))
    return {k: _weeks(first, weeks, v) for k, v in per_station.items()}


def empty_weeks(end: dt.date, weeks: int = 13) -> tuple[WeekCount, ...]:
    return _weeks(_first_monday(end, weeks), weeks, [])


def _first_monday(end: dt.date, weeks: int) -> dt.date:
    return end - dt.timedelta(days=end.weekday()) - dt.timedelta(weeks=weeks - 1)


def _weeks(first: dt.date, weeks: int, counts: Iterable[tuple[dt.date | None, int]]
           ) -> tuple[WeekCount, ...]:
    per_week = [0] * weeks
    for day, n in counts:
        if day is not None:  # never: the range excludes NULL dates
            per_week[(day - first).days // 7] += n
    return tuple(WeekCount(first + dt.timedelta(weeks=i), n) for i, n in enumerate(per_week))
