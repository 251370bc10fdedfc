"""The county office's view of its stations (issue 12): one line per station with the
month's figures, the last bundle received and the plan's lights, read for every station
at once so that 1,250 stations cost a few grouped queries, not 1,250 passes.

Lights, each green / amber / red:
- bundle: green when a bundle from one of the station's laptops arrived on or after the
  month's first day (the month's bundle is sent early the next month), red when none did;
- supervision: a session of at least 16 hours in the month (the seed's rule, judged as
  the Station screen judges it, app.reports.plan): green when met, amber while the
  month runs, red once it is over;
- training: every active worker at the year's share of 48 hours by the month's end (or
  today, in the running month): green, else amber.
Certified workers (持证社工) at a date are those certified now whose certification was
written by then (its field clock): the growth against a year earlier is the seed's 25 %.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Device, SupervisionSession, TrainingRecord, Worker
from app.models.ids import id_to_bytes
from app.models.sync_local import BundleRecord
from app.models.validation import parse_month
from app.reports.counts import worker_names
from app.reports.plan import on_training_pace, supervised
from app.reports.station import all_stations
from app.reports.station_rows import day_start_hlc
from app.reports.visit_months import visit_months
from app.store.database import Database, local_setting

GREEN, AMBER, RED = "green", "amber", "red"
CERTIFIED_GROWTH_GOAL = 0.25  # the seed: certified workers grow by a quarter a year


@dataclass(frozen=True)
class StationLine:
    station_id: str
    name: str
    county: str
    township: str
    last_bundle: str | None  # ISO time (UTC) of the newest bundle from its laptops
    age_days: int | None  # days from that bundle to `today`
    visits: int  # live visits in the month
    supervision_sessions: int
    supervision_hours: float
    supervisors: tuple[str, ...]  # who supervised it in the month, by name
    workers: int  # active workers
    certified: int
    training_behind: int  # active workers behind the 48-hour pace
    lights: dict[str, str]  # "bundle", "supervision", "training" -> green/amber/red


@dataclass(frozen=True)
class CountyMonth:
    office: str
    month: str  # YYYY-MM
    today: dt.date
    stations: tuple[StationLine, ...]
    certified_now: int  # at the month's end
    certified_year_before: int
    workers: tuple[WorkerPace, ...] = ()  # every active worker's training pace

    @property
    def silent(self) -> tuple[StationLine, ...]:
        """The stations that sent nothing since the month began."""
        return tuple(s for s in self.stations if s.lights["bundle"] == RED)

    @property
    def certified_growth(self) -> float | None:
        if not self.certified_year_before:
            return None
        return self.certified_now / self.certified_year_before - 1


def is_county_office(db: Database) -> bool:
    """Whether this data folder is a county office's (app.services.setup)."""
    with db.read() as s:
        return bool(local_setting(s, "county_office"))


def county_month(db: Database, month: str | None = None,
                 today: dt.date | None = None) -> CountyMonth:
    """Every station's line for `month` (the running month by default)."""
    day = today or dt.date.today()
    start, end = parse_month(month or day.strftime("%Y-%m"))
    counted = visit_months(db, start, end, breakdowns=False)[start.strftime("%Y-%m")]
    visits = {station: m.visits for station, m in counted.items()}
    until = min(end, day)
    with db.read() as s:
        office = local_setting(s, "county_office") or ""
        facts = all_stations(s)
        bundles = _last_bundles(s)
        supervision = _supervision(s, start, end)
        staff = _Staff.read(s, until)
        certified = (_certified(s, end), _certified(s, end.replace(year=end.year - 1)))
    lines = []
    for f in facts:
        key = id_to_bytes(f.id)
        held, who = supervision.get(f.id, ((), ()))
        last = bundles.get(f.id)
        workers, certs, behind = staff.of(f.id)
        lights = {
            "bundle": GREEN if last and last[:10] >= start.isoformat() else RED,
            "supervision": GREEN if supervised(held) else (AMBER if day <= end else RED),
            "training": GREEN if not behind else AMBER,
        }
        lines.append(StationLine(
            f.id, f.name, f.county, f.township, last, _age(last, day),
            visits.get(key, 0), len(held), round(sum(held), 2), who,
            workers, certs, behind, lights))
    return CountyMonth(office, start.strftime("%Y-%m"), day, tuple(lines), *certified,
                       workers=staff.paces)


def _age(last: str | None, day: dt.date) -> int | None:
    return (day - dt.date.fromisoformat(last[:10])).days if last else None


def _last_bundles(s: Session) -> dict[str, str]:
    """The newest bundle received from any laptop of each station."""
    return {station: at for station, at in s.execute(
        select(Device.station_id, func.max(BundleRecord.at))
        .join(Device, Device.device_id == BundleRecord.device_id)
        .where(BundleRecord.direction == "in", Device.station_id.is_not(None))
        .group_by(Device.station_id)).tuples() if station}


def _supervision(s: Session, start: dt.date, end: dt.date
                 ) -> dict[str, tuple[tuple[float, ...], tuple[str, ...]]]:
    """Per station: the hours of each of the month's live sessions, and the supervisors'
    names."""
    names = worker_names(s)
    out: dict[str, tuple[tuple[float, ...], tuple[str, ...]]] = {}
    for station, supervisor, hours in s.execute(
            select(SupervisionSession.station_id, SupervisionSession.supervisor_id,
                   SupervisionSession.hours).where(
                SupervisionSession.void_reason.is_(None),
                SupervisionSession.session_date >= start,
                SupervisionSession.session_date <= end)).tuples():
        if station is None:
            continue
        held, who = out.get(station, ((), ()))
        name = names.get(supervisor or "", "")
        out[station] = ((*held, float(hours or 0.0)),
                        who if not name or name in who else (*who, name))
    return out


@dataclass(frozen=True)
class WorkerPace:
    """One worker's training this year against 48 hours, on the month's last day."""

    station_id: str
    name: str
    certification: str | None
    hours: float
    on_pace: bool  # at least the year's share of 48 hours


@dataclass(frozen=True)
class _Staff:
    """Active workers per station, the certified among them, and those behind the
    training pace on `until`."""

    workers: Counter[str]
    certified: Counter[str]
    behind: Counter[str]
    paces: tuple[WorkerPace, ...]

    @classmethod
    def read(cls, s: Session, until: dt.date) -> _Staff:
        trained = dict(s.execute(
            select(TrainingRecord.worker_id, func.sum(TrainingRecord.hours)).where(
                TrainingRecord.void_reason.is_(None),
                TrainingRecord.training_date >= dt.date(until.year, 1, 1),
                TrainingRecord.training_date <= until)
            .group_by(TrainingRecord.worker_id)).tuples().all())
        workers: Counter[str] = Counter()
        certified: Counter[str] = Counter()
        behind: Counter[str] = Counter()
        paces = []
        for worker_id, station, name, cert in s.execute(
                select(Worker.id, Worker.station_id, Worker.name, Worker.certification).where(
                    Worker.void_reason.is_(None), Worker.active.is_not(False),
                    Worker.role.in_(("worker", "head")))).tuples():
            if station is None:
                continue
            done = round(float(trained.get(worker_id) or 0.0), 2)
            on_pace = on_training_pace(done, until)
            workers[station] += 1
            certified[station] += cert not in (None, "none")
            behind[station] += not on_pace
            paces.append(WorkerPace(station, name or "", cert, done, on_pace))
        return cls(workers, certified, behind, tuple(paces))

    def of(self, station: str) -> tuple[int, int, int]:
        return self.workers[station], self.certified[station], self.behind[station]


def _certified(s: Session, on: dt.date) -> int:
    """Workers certified now whose certification was written by the end of `on`."""
    limit = day_start_hlc(on + dt.timedelta(days=1))
    count = 0
    for cert, hlc, clocks in s.execute(
            select(Worker.certification, Worker.sync_hlc, Worker.sync_clocks).where(
                Worker.void_reason.is_(None), Worker.active.is_not(False))).tuples():
        if cert in (None, "none"):
            continue
        written = (clocks or {}).get("certification", [hlc])[0]
        count += written < limit
    return count
