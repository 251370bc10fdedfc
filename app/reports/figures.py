"""The monthly report's figures for a station and month (issue 5), from the data only.

Every figure counts live records only (a voided row never counts, nor anything hanging
off a voided client or activity). Every figure is a station's: each record counts for
the station it belongs to (its `sync_station`, app.models.scope), so a county database
holding hundreds of stations gives each its own figures, read in one pass for all
(`station_reports`), and a station's laptop gives the same numbers for its station.
Numbers are plain ints and floats, keyed by the vocabularies' stable codes (every code
present, zeros included), so the json, xlsx and pdf outputs can all show the same
numbers.

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
from typing import TypeVar

from sqlalchemy.orm import Session

from app.models.ids import id_to_bytes
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
from app.reports.counts import empty_weeks, visits_per_week_by_station, worker_names
from app.reports.station import StationFacts, all_stations, station_facts, this_station
from app.reports.station_rows import PeriodSums, StationRows, StationSums
from app.reports.visit_months import NO_STATION, MonthVisits, months_between, visit_months
from app.store.database import Database

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


def monthly_figures(db: Database, month: str, station: str | None = None) -> MonthlyReport:
    """The month of one station: this device's own by default."""
    if station is None:
        with db.read() as s:
            station = this_station(s).id
    return station_reports(db, month, [station])[0]


def station_reports(db: Database, month: str,
                    stations: list[str] | None = None) -> list[MonthlyReport]:
    """The month of each of `stations` (every station known here by default), in order,
    all read in one pass over the data."""
    start, end = parse_month(month)
    prev_end = start - dt.timedelta(days=1)
    periods = (_Period(start, end), _Period(prev_end.replace(day=1), prev_end),
               _Period(dt.date(start.year, 1, 1), end))
    each = _each_station(db, periods, stations)
    with db.read() as s:
        weeks = visits_per_week_by_station(s, end)
    generated = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    return [MonthlyReport(
        station_id=station.id, station_name=station.name, county=station.county,
        township=station.township, month=start.strftime("%Y-%m"), generated_at=generated,
        current=current, previous=previous, year_to_date=ytd,
        visits_per_week=tuple(WeekVisits(w.start.isoformat(), w.visits) for w in weeks.get(
            _key(station.id), empty_weeks(end))))
        for station, (current, previous, ytd) in each]


def station_months(db: Database, month: str,
                   stations: list[str] | None = None) -> list[tuple[StationFacts, Figures]]:
    """The month alone of each station, for a county's roll-up: counting the year to
    date of hundreds of stations would read a year of visits for a month's figures. The
    visits' breakdowns (by mode, lead worker, needs and services), which the roll-up does
    not show, are counted only when the month's counts are kept (else left at zero): they
    would cost a pass over every visit row of the month."""
    start, end = parse_month(month)
    return [(station, figures[0]) for station, figures in
            _each_station(db, (_Period(start, end),), stations, breakdowns=False)]


def _each_station(db: Database, periods: tuple[_Period, ...], stations: list[str] | None,
                  breakdowns: bool = True) -> list[tuple[StationFacts, list[Figures]]]:
    """Each station's figures of each period, from one read of the data."""
    first = min(p.start for p in periods)
    end = max(p.end for p in periods)
    months = visit_months(db, first, end, breakdowns)
    with db.read() as s:
        facts = _stations(s, stations)
        rows = StationRows.read(s, first, end)
        sums = [PeriodSums.read(s, p.start, p.end) for p in periods]
        names = worker_names(s)
    out = []
    for station in facts:
        key = _key(station.id)
        mine = rows.of(key)
        per_month = {m: by_station.get(key, MonthVisits()) for m, by_station in months.items()}
        served = _served(periods, per_month, mine)
        out.append((station, [_figures(p, per_month, served[i], mine, sums[i].of(key), names)
                              for i, p in enumerate(periods)]))
    return out


def _key(station_id: str) -> bytes:
    return id_to_bytes(station_id) if station_id else NO_STATION


def _stations(s: Session, ids: list[str] | None) -> list[StationFacts]:
    known = all_stations(s)
    if ids is None:
        return known
    by_id = {f.id: f for f in known}
    own = this_station(s)
    return [own if i == own.id else by_id.get(i) or station_facts(s, i) for i in ids]


@dataclass(frozen=True)
class _Period:
    start: dt.date
    end: dt.date

    def holds(self, day: str | None) -> bool:
        """Whether an ISO date (as SQLite keeps it) falls in the period."""
        return day is not None and self.start.isoformat() <= day <= self.end.isoformat()


def _served(periods: tuple[_Period, ...], months: dict[str, MonthVisits],
            rows: StationRows) -> list[set[bytes]]:
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

def _figures(period: _Period, months: dict[str, MonthVisits], served: set[bytes],
             rows: StationRows, sums: StationSums, names: dict[str, str]) -> Figures:
    """One period's figures: each part counted by its own function below."""
    start, end = period.start, period.end
    # Visits: the sum of the period's calendar months (kept between reports).
    visits = MonthVisits.total(months[m] for m in months_between(start, end))
    opened, closed_by_reason = _cases_opened_and_closed(period, rows)
    open_by_stage = _cases_open_at_end(period, rows)
    acts = _PeriodActivities.of(period, rows)
    refs = [r for r in rows.referrals if period.holds(r[0])]
    return Figures(
        start=start.isoformat(), end=end.isoformat(),
        people_served=len(served),
        clients_served_by_category=_by_code(CLIENT_CATEGORY, _by_category(served, rows)),
        new_clients=sums.new_clients,
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
        supervision_sessions=sums.supervision_sessions,
        supervision_hours=_hours(sums.supervision_hours),
        training_hours=_hours(sum(sums.training.values())),
        training_by_worker=_per_worker(sums.training, names, _hours),
    )


def _by_category(served: set[bytes], rows: StationRows) -> Counter[str]:
    """A client in several categories counts in each; people_served counts people once."""
    by_category: Counter[str] = Counter()
    for client_id in served:
        for code in rows.categories.get(client_id, ()):
            by_category[code] += 1
    return by_category


def _cases_opened_and_closed(period: _Period, rows: StationRows) -> tuple[int, Counter[str | None]]:
    """Cases opened in the period, and those closed in it by closure reason."""
    opened = sum(1 for c in rows.cases if period.holds(c[1]))
    return opened, Counter(c[3] for c in rows.cases if period.holds(c[2]))


def _cases_open_at_end(period: _Period, rows: StationRows) -> Counter[str | None]:
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
    def of(cls, period: _Period, rows: StationRows) -> _PeriodActivities:
        acts = [a for a in rows.activities if period.holds(a[1])]
        in_period = {a[0] for a in acts}
        within = months_between(period.start, period.end)
        participants = set().union(*(rows.participants.get(m, set()) for m in within))
        return cls(acts, participants, sum(rows.participations[m] for m in within),
                   sum(h or 0.0 for a, h in rows.volunteer_hours if a in in_period))


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


__all__ = ["Figures", "MonthlyReport", "WeekVisits", "WorkerCount", "monthly_figures",
           "parse_month", "station_months", "station_reports"]
