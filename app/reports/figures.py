"""The monthly report's figures for a station and month (issue 5), from the data only.

Every figure counts live records only (a voided row never counts, nor anything hanging
off a voided client or activity). All clients in the database are counted: a station's
database holds its own station's clients; a county database holding several stations is
the caller's to split. Numbers are plain ints and floats, keyed by the vocabularies'
stable codes (every code present, zeros included), so the json, xlsx and pdf outputs can
all show the same numbers.

Three periods: the month, the month before, and the year to date (1 January to the end
of the month). "Served" in a period = had at least one live visit or took part in a live
activity in it. "New clients" = client records created in the period, by the creation
clock of the row (its HLC: milliseconds since 1970 in the high bits, local time).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Client,
    SupervisionSession,
    TrainingRecord,
)
from app.models.validation import parse_month
from app.models.vocab import (
    ACTIVITY_KIND,
    CASE_STAGE,
    CLIENT_CATEGORY,
    CLOSURE_REASON,
    NEED_DIMENSIONS,
    REFERRAL_AGENCY,
    REFERRAL_STATUS,
    SERVICE_DOMAIN,
    SERVICE_TYPE,
    VISIT_MODE,
    Vocab,
)
from app.reports.counts import visits_per_week, worker_names
from app.reports.station import this_station
from app.reports.visit_months import MonthVisits, months_between, visit_months
from app.store.database import Database, raw_rows
from app.sync.hlc import hlc_from_ms

UNKNOWN = "unknown"  # the key for a record whose code is missing
_V = TypeVar("_V")  # a per-worker value before it is made a count or hours


@dataclass(frozen=True)
class WorkerCount:
    """One worker's share of a figure (visits led, or training hours)."""

    worker_id: str
    name: str
    value: float | int


@dataclass(frozen=True)
class Figures:
    start: str  # first day of the period, ISO
    end: str  # last day of the period, ISO
    people_served: int
    clients_served_by_category: dict[str, int]
    new_clients: int
    visits: int
    visits_by_mode: dict[str, int]
    visits_by_worker: tuple[WorkerCount, ...]  # by the lead worker, sorted by name
    needs_high: dict[str, int]  # material / emotional / social -> visits finding "high"
    services_by_type: dict[str, int]  # times each service was delivered in a visit
    cases_opened: int
    cases_closed: int
    cases_closed_by_reason: dict[str, int]
    cases_open_at_end: int
    cases_open_by_stage: dict[str, int]  # stage on the last day of the period
    activities: int
    activities_by_kind: dict[str, int]
    activities_by_domain: dict[str, int]
    activity_participants: int  # distinct people
    activity_participations: int  # person-times
    volunteer_hours: float
    referrals: int
    referrals_by_agency: dict[str, int]
    referrals_by_status: dict[str, int]
    supervision_sessions: int
    supervision_hours: float
    training_hours: float
    training_by_worker: tuple[WorkerCount, ...]  # hours, sorted by name


@dataclass(frozen=True)
class WeekVisits:
    week_start: str  # the Monday, ISO
    visits: int


@dataclass(frozen=True)
class MonthlyReport:
    station_id: str
    station_name: str
    county: str
    township: str
    month: str  # YYYY-MM
    generated_at: str  # ISO, UTC
    current: Figures
    previous: Figures
    year_to_date: Figures
    # The 13 weeks ending with the month's last day (the charts of the pdf), oldest first.
    visits_per_week: tuple[WeekVisits, ...] = ()


def monthly_figures(db: Database, month: str) -> MonthlyReport:
    start, end = parse_month(month)
    prev_end = start - dt.timedelta(days=1)
    periods = (_Period(start, end), _Period(prev_end.replace(day=1), prev_end),
               _Period(dt.date(start.year, 1, 1), end))
    first = min(p.start for p in periods)
    months = visit_months(db, first, end)
    with db.read() as s:
        station = this_station(s)
        rows = _Rows.read(s, first, end)
        served = _served(periods, months, rows)
        names = worker_names(s)
        current, previous, ytd = (_figures(s, p, months, served[i], rows, names)
                                  for i, p in enumerate(periods))
        weeks = tuple(WeekVisits(w.start.isoformat(), w.visits)
                      for w in visits_per_week(s, end))
    return MonthlyReport(
        station_id=station.id, station_name=station.name, county=station.county,
        township=station.township,
        month=start.strftime("%Y-%m"),
        generated_at=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        current=current, previous=previous, year_to_date=ytd, visits_per_week=weeks)


@dataclass(frozen=True)
class _Period:
    start: dt.date
    end: dt.date

    @cached_property
    def iso(self) -> tuple[str, str]:
        return self.start.isoformat(), self.end.isoformat()

    def holds(self, day: str | None) -> bool:
        """Whether an ISO date (as SQLite keeps it) falls in the period."""
        return day is not None and self.iso[0] <= day <= self.iso[1]


# Plain SQL with raw 16-byte ids and ISO date text: 100,000 clients' ids are compared,
# never shown, and converting each to text would cost more than the queries.

@dataclass(frozen=True)
class _Rows:
    """What the three periods are counted from, read once (live rows only)."""

    voided: set[bytes]  # clients
    categories: dict[bytes, list[str]]
    # Per month "YYYY-MM": the people who took part, and how many times people did.
    participants: dict[str, set[bytes]]
    participations: Counter[str]
    activities: list[tuple[bytes, str, str | None, str | None]]  # id, date, kind, domain
    volunteer_hours: list[tuple[bytes, float | None]]  # activity, hours
    cases: list[tuple[bytes, str | None, str | None, str | None, str | None]]
    stages: list[tuple[bytes, str, str | None]]  # case, date, to stage; in order
    referrals: list[tuple[str, str | None, str | None]]  # date, agency, status

    @classmethod
    def read(cls, s: Session, first: dt.date, end: dt.date) -> _Rows:
        span = {"first": first.isoformat(), "end": end.isoformat()}
        voided = {r[0] for r in raw_rows(
            s, "SELECT id FROM client WHERE void_reason IS NOT NULL")}
        categories: dict[bytes, list[str]] = {}
        for client_id, code in raw_rows(s, (
                "SELECT DISTINCT client_id, category FROM client_category "
                "WHERE void_reason IS NULL")):
            categories.setdefault(client_id, []).append(code)
        activities = [tuple(r) for r in raw_rows(s, (
            "SELECT id, activity_date, kind, domain FROM activity WHERE void_reason IS NULL "
            "AND activity_date BETWEEN :first AND :end"), span)]
        live = {r[0] for r in activities}
        participants: dict[str, set[bytes]] = {}
        participations: Counter[str] = Counter()
        for client_id, day in raw_rows(s, (
                "SELECT p.client_id, a.activity_date "
                "FROM activity_participant AS p JOIN activity AS a ON a.id = p.activity_id "
                "WHERE p.void_reason IS NULL AND a.void_reason IS NULL "
                "AND a.activity_date BETWEEN :first AND :end"), span):
            if client_id not in voided:
                month = day[:7]
                participants.setdefault(month, set()).add(client_id)
                participations[month] += 1
        volunteers = [(a, h) for a, h in raw_rows(s, (
            "SELECT activity_id, hours FROM activity_volunteer WHERE void_reason IS NULL"))
            if a in live]
        cases = [tuple(r) for r in raw_rows(s, (
            "SELECT id, client_id, opened_on, closed_on, closure_reason, stage "
            "FROM case_record WHERE void_reason IS NULL AND opened_on <= :end"), span)
            if r[1] not in voided]
        stages = [tuple(r) for r in raw_rows(s, (
            "SELECT case_id, event_date, to_stage FROM case_event "
            "WHERE void_reason IS NULL AND event_date <= :end AND to_stage IS NOT NULL "
            "ORDER BY event_date, sync_hlc"), span)]
        referrals = [(day, agency, status) for client_id, day, agency, status in raw_rows(s, (
            "SELECT client_id, referred_on, agency, status FROM referral "
            "WHERE void_reason IS NULL AND referred_on BETWEEN :first AND :end"), span)
            if client_id not in voided]
        return cls(voided, categories, participants, participations, activities, volunteers,
                   [(c[0], c[2], c[3], c[4], c[5]) for c in cases], stages, referrals)


def _served(periods: tuple[_Period, ...], months: dict[str, MonthVisits],
            rows: _Rows) -> list[set[bytes]]:
    """Per period, the live clients with a live visit or a live activity in it."""
    out = []
    for p in periods:
        within = months_between(p.start, p.end)
        people = MonthVisits.total(months[m] for m in within).clients
        for m in within:
            people |= rows.participants.get(m, set())
        out.append(people)
    return out


# -- one period --------------------------------------------------------------------------------

def _figures(s: Session, period: _Period, months: dict[str, MonthVisits], served: set[bytes],
             rows: _Rows, names: dict[str, str]) -> Figures:
    """One period's figures: each part counted by its own function below."""
    start, end = period.start, period.end
    # Visits: the sum of the period's calendar months (kept between reports).
    visits = MonthVisits.total(months[m] for m in months_between(start, end))
    opened, closed_by_reason = _cases_opened_and_closed(period, rows)
    open_by_stage = _cases_open_at_end(period, rows)
    acts = _PeriodActivities.of(period, rows)
    refs = [r for r in rows.referrals if period.holds(r[0])]
    sessions, supervision_hours = _supervision(s, period)
    training = _training_hours(s, period)
    return Figures(
        start=start.isoformat(), end=end.isoformat(),
        people_served=len(served),
        clients_served_by_category=_by_code(CLIENT_CATEGORY, _by_category(served, rows)),
        new_clients=_new_clients(s, period),
        visits=visits.visits,
        visits_by_mode=_by_code(VISIT_MODE, visits.by_mode),
        visits_by_worker=_per_worker(visits.by_worker, names, int),
        needs_high={d.code: visits.needs_high[d.code] for d in NEED_DIMENSIONS},
        services_by_type=_by_code(SERVICE_TYPE, visits.services),
        cases_opened=opened,
        cases_closed=sum(closed_by_reason.values()),
        cases_closed_by_reason=_by_code(CLOSURE_REASON, closed_by_reason),
        cases_open_at_end=sum(open_by_stage.values()),
        cases_open_by_stage={k: v for k, v in _by_code(CASE_STAGE, open_by_stage).items()
                             if k != "closed"},
        activities=len(acts.rows),
        activities_by_kind=_by_code(ACTIVITY_KIND, Counter(a[2] for a in acts.rows)),
        activities_by_domain=_by_code(SERVICE_DOMAIN, Counter(a[3] for a in acts.rows)),
        activity_participants=len(acts.participants),
        activity_participations=acts.participations,
        volunteer_hours=_hours(acts.volunteer_hours),
        referrals=len(refs),
        referrals_by_agency=_by_code(REFERRAL_AGENCY, Counter(r[1] for r in refs)),
        referrals_by_status=_by_code(REFERRAL_STATUS, Counter(r[2] for r in refs)),
        supervision_sessions=sessions,
        supervision_hours=_hours(supervision_hours),
        training_hours=_hours(sum(h or 0.0 for h in training.values())),
        training_by_worker=_per_worker(training, names, _hours),
    )


def _by_category(served: set[bytes], rows: _Rows) -> Counter[str]:
    """A client in several categories counts in each; people_served counts people once."""
    by_category: Counter[str] = Counter()
    for client_id in served:
        for code in rows.categories.get(client_id, ()):
            by_category[code] += 1
    return by_category


def _new_clients(s: Session, period: _Period) -> int:
    """Clients registered in the period (by the clock of their creation), voided left out."""
    lo = hlc_from_ms(_ms(period.start))
    hi = hlc_from_ms(_ms(period.end + dt.timedelta(days=1)))
    return int(s.scalar(select(func.count()).select_from(Client).where(
        Client.void_reason.is_(None), Client.sync_hlc >= lo, Client.sync_hlc < hi)) or 0)


def _cases_opened_and_closed(period: _Period, rows: _Rows) -> tuple[int, Counter[str | None]]:
    """Cases opened in the period, and those closed in it by closure reason."""
    opened = sum(1 for c in rows.cases if period.holds(c[1]))
    return opened, Counter(c[3] for c in rows.cases if period.holds(c[2]))


def _cases_open_at_end(period: _Period, rows: _Rows) -> Counter[str | None]:
    """Cases open on the period's last day, by the stage they were in on that day."""
    last_day = period.end.isoformat()
    stage_at_end = {case_id: stage for case_id, day, stage in rows.stages if day <= last_day}
    open_by_stage: Counter[str | None] = Counter()
    for case_id, opened_on, closed_on, _reason, stage in rows.cases:
        if opened_on is None or opened_on > last_day:
            continue
        at_end = stage_at_end.get(case_id)
        if at_end is None:  # no history: its closing date and current stage say it
            closed = closed_on is not None and closed_on <= last_day
            at_end = "closed" if closed else (stage if stage != "closed" else "intake")
        if at_end != "closed":
            open_by_stage[at_end] += 1
    return open_by_stage


@dataclass(frozen=True)
class _PeriodActivities:
    """The period's activities, the people who took part (and how many times people
    did), and the volunteers' hours."""

    rows: list[tuple[bytes, str, str | None, str | None]]  # id, date, kind, domain
    participants: set[bytes]
    participations: int
    volunteer_hours: float

    @classmethod
    def of(cls, period: _Period, rows: _Rows) -> _PeriodActivities:
        acts = [a for a in rows.activities if period.holds(a[1])]
        in_period = {a[0] for a in acts}
        within = months_between(period.start, period.end)
        participants = set().union(*(rows.participants.get(m, set()) for m in within))
        return cls(acts, participants, sum(rows.participations[m] for m in within),
                   sum(h or 0.0 for a, h in rows.volunteer_hours if a in in_period))


def _supervision(s: Session, period: _Period) -> tuple[int, float | None]:
    """The live supervision sessions in the period, and their hours."""
    count, hours = s.execute(select(func.count(), func.sum(SupervisionSession.hours)).where(
        SupervisionSession.void_reason.is_(None),
        SupervisionSession.session_date >= period.start,
        SupervisionSession.session_date <= period.end)).one()
    return int(count or 0), hours


def _training_hours(s: Session, period: _Period) -> dict[str | None, float]:
    """Live training hours in the period, per worker."""
    return {worker: float(hours or 0) for worker, hours in s.execute(
        select(TrainingRecord.worker_id, func.sum(TrainingRecord.hours))
        .where(TrainingRecord.void_reason.is_(None),
               TrainingRecord.training_date >= period.start,
               TrainingRecord.training_date <= period.end)
        .group_by(TrainingRecord.worker_id)).tuples()}


def _by_code(vocab: Vocab, counts: Counter[str | None] | Counter[str]) -> dict[str, int]:
    """Every code of the vocabulary (zeros included), then any unknown ones seen."""
    out = {code: 0 for code in vocab.codes()}
    for code, n in counts.items():
        key = code or UNKNOWN
        out[key] = out.get(key, 0) + int(n)
    return out


def _per_worker(values: Mapping[str | None, _V], names: dict[str, str],
                kind: Callable[[_V], float]) -> tuple[WorkerCount, ...]:
    rows = [WorkerCount(wid or "", names.get(wid or "", ""), kind(v))
            for wid, v in values.items()]
    return tuple(sorted(rows, key=lambda r: (r.name, r.worker_id)))


def _hours(value: float | None) -> float:
    return round(float(value or 0.0), 2)


def _ms(day: dt.date) -> int:
    """Local midnight at the start of a day, in milliseconds since 1970."""
    return int(dt.datetime.combine(day, dt.time.min).timestamp() * 1000)




__all__ = ["Figures", "MonthlyReport", "WeekVisits", "WorkerCount", "monthly_figures",
           "parse_month"]
