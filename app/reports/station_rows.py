"""What the monthly figures are counted from, read once for every station.

Plain SQL with raw 16-byte ids and ISO date text: 100,000 clients' ids are compared,
never shown, and converting each to text would cost more than the queries. Every row
is filed under its record's station (`sync_station`), so a county's hundreds of stations
cost one pass, not one pass each.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Client, SupervisionSession, TrainingRecord
from app.models.ids import id_to_bytes
from app.reports.visit_months import NO_STATION
from app.store.database import raw_rows
from app.sync.hlc import hlc_from_ms

Activity = tuple[bytes, str, str | None, str | None]  # id, date, kind, domain
Case = tuple[bytes, str | None, str | None, str | None, str | None]  # id, opened, closed,
# closure reason, stage


@dataclass
class StationRows:
    """One station's live rows of the report's span."""

    voided: set[bytes] = field(default_factory=set)  # clients (of every station)
    categories: dict[bytes, list[str]] = field(default_factory=dict)  # (every station)
    # Per month "YYYY-MM": the people who took part, and how many times people did.
    participants: dict[str, set[bytes]] = field(default_factory=dict)
    participations: Counter[str] = field(default_factory=Counter)
    activities: list[Activity] = field(default_factory=list)
    volunteer_hours: list[tuple[bytes, float | None]] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)
    stages: list[tuple[bytes, str, str | None]] = field(default_factory=list)  # in order
    referrals: list[tuple[str, str | None, str | None]] = field(default_factory=list)

    @classmethod
    def read(cls, s: Session, first: dt.date, end: dt.date) -> ByStation:
        """Every station's rows from `first` to `end` (cases: opened by `end`)."""
        span = {"first": first.isoformat(), "end": end.isoformat()}
        voided = {r[0] for r in raw_rows(
            s, "SELECT id FROM client WHERE void_reason IS NOT NULL")}
        categories: dict[bytes, list[str]] = {}
        for client_id, code in raw_rows(s, (
                "SELECT DISTINCT client_id, category FROM client_category "
                "WHERE void_reason IS NULL")):
            categories.setdefault(client_id, []).append(code)
        out: dict[bytes, StationRows] = {}

        def of(station: bytes | None) -> StationRows:
            key = bytes(station) if station else NO_STATION
            rows = out.get(key)
            if rows is None:
                rows = out[key] = cls(voided, categories)
            return rows

        _read_activities(s, span, of)
        _read_cases(s, span, of)
        for station, client_id, day, agency, status in raw_rows(s, (
                "SELECT sync_station, client_id, referred_on, agency, status FROM referral "
                "WHERE void_reason IS NULL AND referred_on BETWEEN :first AND :end"), span):
            if client_id not in voided:
                of(station).referrals.append((day, agency, status))
        return ByStation(out, cls(voided, categories))


StationOf = Callable[[bytes | None], StationRows]  # the rows of a record's station


@dataclass(frozen=True)
class ByStation:
    """Every station's rows; a station with none of its own still shares the clients'
    categories and voids (its visits count its people by category)."""

    stations: dict[bytes, StationRows]
    empty: StationRows

    def of(self, station: bytes) -> StationRows:
        return self.stations.get(station, self.empty)


def _read_activities(s: Session, span: dict[str, str], of: StationOf) -> None:
    live: dict[bytes, StationRows] = {}
    for station, *activity, unregistered in raw_rows(s, (
            "SELECT sync_station, id, activity_date, kind, domain, unregistered_count "
            "FROM activity "
            "WHERE void_reason IS NULL AND activity_date BETWEEN :first AND :end"), span):
        holder = of(station)
        holder.activities.append(tuple(activity))
        live[activity[0]] = holder
        # People there who are not registered: participations (人次), not people served.
        holder.participations[activity[1][:7]] += unregistered or 0
    for activity_id, client_id, day in raw_rows(s, (
            "SELECT p.activity_id, p.client_id, a.activity_date "
            "FROM activity_participant AS p JOIN activity AS a ON a.id = p.activity_id "
            "WHERE p.void_reason IS NULL AND a.void_reason IS NULL "
            "AND a.activity_date BETWEEN :first AND :end"), span):
        found = live.get(activity_id)
        if found is not None and client_id not in found.voided:
            month = day[:7]
            found.participants.setdefault(month, set()).add(client_id)
            found.participations[month] += 1
    for activity_id, hours in raw_rows(s, (
            "SELECT activity_id, hours FROM activity_volunteer WHERE void_reason IS NULL")):
        found = live.get(activity_id)
        if found is not None:
            found.volunteer_hours.append((activity_id, hours))


def _read_cases(s: Session, span: dict[str, str], of: StationOf) -> None:
    for station, case_id, client_id, opened, closed, reason, stage in raw_rows(s, (
            "SELECT sync_station, id, client_id, opened_on, closed_on, closure_reason, stage "
            "FROM case_record WHERE void_reason IS NULL AND opened_on <= :end"), span):
        rows = of(station)
        if client_id not in rows.voided:
            rows.cases.append((case_id, opened, closed, reason, stage))
    for station, *event in raw_rows(s, (
            "SELECT sync_station, case_id, event_date, to_stage FROM case_event "
            "WHERE void_reason IS NULL AND event_date <= :end AND to_stage IS NOT NULL "
            "ORDER BY event_date, sync_hlc"), span):
        of(station).stages.append(tuple(event))


@dataclass(frozen=True)
class StationSums:
    """One station's sums over a period that SQL adds up."""

    new_clients: int = 0
    supervision_sessions: int = 0
    supervision_hours: float = 0.0
    training: dict[str | None, float] = field(default_factory=dict)  # hours per worker


@dataclass(frozen=True)
class PeriodSums:
    """Every station's sums over one period."""

    new_clients: dict[bytes, int]
    supervision: dict[bytes, tuple[int, float]]
    training: dict[bytes, dict[str | None, float]]

    @classmethod
    def read(cls, s: Session, start: dt.date, end: dt.date) -> PeriodSums:
        # New clients: registered in the period, by the clock of their creation.
        lo, hi = day_start_hlc(start), day_start_hlc(end + dt.timedelta(days=1))
        new = {_key(st): int(n) for st, n in s.execute(
            select(Client.sync_station, func.count()).where(
                Client.void_reason.is_(None), Client.sync_hlc >= lo, Client.sync_hlc < hi)
            .group_by(Client.sync_station)).tuples()}
        supervision = {_key(st): (int(n or 0), float(h or 0.0)) for st, n, h in s.execute(
            select(SupervisionSession.sync_station, func.count(),
                   func.sum(SupervisionSession.hours)).where(
                SupervisionSession.void_reason.is_(None),
                SupervisionSession.session_date >= start,
                SupervisionSession.session_date <= end)
            .group_by(SupervisionSession.sync_station)).tuples()}
        training: dict[bytes, dict[str | None, float]] = {}
        for st, worker, hours in s.execute(
                select(TrainingRecord.sync_station, TrainingRecord.worker_id,
                       func.sum(TrainingRecord.hours))
                .where(TrainingRecord.void_reason.is_(None),
                       TrainingRecord.training_date >= start,
                       TrainingRecord.training_date <= end)
                .group_by(TrainingRecord.sync_station, TrainingRecord.worker_id)).tuples():
            training.setdefault(_key(st), {})[worker] = float(hours or 0)
        return cls(new, supervision, training)

    def of(self, station: bytes) -> StationSums:
        sessions, hours = self.supervision.get(station, (0, 0.0))
        return StationSums(self.new_clients.get(station, 0), sessions, hours,
                           self.training.get(station, {}))


def _key(station: str | None) -> bytes:
    """The ORM gives a station id as text; the raw rows as 16 bytes."""
    return id_to_bytes(station) if station else NO_STATION


def day_start_hlc(day: dt.date) -> int:
    """The clock at local midnight starting `day`: rows written from then on are above."""
    return hlc_from_ms(int(dt.datetime.combine(day, dt.time.min).timestamp() * 1000))
