"""Counts the monthly report shares with the Station screen (app.services.station):
every worker's name, and the live visits per week for the visits-per-week chart."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Visit, Worker


def worker_names(s: Session) -> dict[str, str]:
    """Every worker's name by id (voided ones too: old records still name them)."""
    return {wid: name or "" for wid, name in s.execute(select(Worker.id, Worker.name))}


@dataclass(frozen=True)
class WeekCount:
    start: dt.date  # the Monday
    visits: int


def visits_per_week(s: Session, end: dt.date, weeks: int = 13) -> tuple[WeekCount, ...]:
    """Live visits per Monday-to-Sunday week, the `weeks` weeks ending with `end`'s week."""
    last_monday = end - dt.timedelta(days=end.weekday())
    first = last_monday - dt.timedelta(weeks=weeks - 1)
    counts = dict(s.execute(
        select(Visit.visit_date, func.count()).where(
            Visit.void_reason.is_(None), Visit.visit_date >= first, Visit.visit_date <= end)
        .group_by(Visit.visit_date)).tuples().all())
    per_week = [0] * weeks
    for day, n in counts.items():
        if day is not None:  # never: the range excludes NULL dates
            per_week[(day - first).days // 7] += n
    return tuple(WeekCount(first + dt.timedelta(weeks=i), n) for i, n in enumerate(per_week))
