"""The station head's logs and the plan's rules (seed README): supervision and training
records, and compliance computed from them.

Rules: every resident social worker gets at least 48 hours of training a year; the
station is supervised at least once a month, at least 16 hours each time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from app.errors import ValidationError
from app.models import Station, SupervisionSession, TrainingRecord, Worker
from app.models.validation import check_code, check_hours, check_not_future, require_text
from app.models.vocab import DELIVERY_MODE
from app.services.common import get_live, local_setting, parse_date
from app.store.database import Database

TRAINING_HOURS_A_YEAR = 48.0
SUPERVISION_HOURS = 16.0


@dataclass(frozen=True)
class SupervisionInput:
    session_date: dt.date | str
    hours: float
    supervisor_id: str | None = None
    form: str = "offline"
    topics: str | None = None
    cases_discussed: str | None = None
    follow_ups: str | None = None


@dataclass(frozen=True)
class TrainingInput:
    worker_id: str
    training_date: dt.date | str
    hours: float
    mode: str = "offline"
    provider: str | None = None
    topic: str | None = None
    certificate: str | None = None


def record_supervision(db: Database, data: SupervisionInput) -> str:
    day = _day(data.session_date, "session_date", "supervision date", "督导日期")
    hours = check_hours(data.hours, "hours", "supervision hours", "督导时长", max_hours=24 * 7)
    check_code(data.form, DELIVERY_MODE.codes(), "form", "form", "形式")
    with db.write() as s:
        if data.supervisor_id:
            get_live(s, Worker, data.supervisor_id, "supervisor", "督导")
        row = SupervisionSession(
            station_id=local_setting(s, "station_id"), supervisor_id=data.supervisor_id,
            session_date=day, hours=hours, form=data.form, topics=_opt(data.topics),
            cases_discussed=_opt(data.cases_discussed), follow_ups=_opt(data.follow_ups))
        s.add(row)
        s.flush()
        return row.id


def record_training(db: Database, data: TrainingInput) -> str:
    day = _day(data.training_date, "training_date", "training date", "培训日期")
    hours = check_hours(data.hours, "hours", "training hours", "培训时长", max_hours=24 * 31)
    check_code(data.mode, DELIVERY_MODE.codes(), "mode", "form", "形式")
    topic = require_text(data.topic, "topic", "training topic", "培训主题", 200)
    with db.write() as s:
        get_live(s, Worker, data.worker_id, "worker", "社工")
        row = TrainingRecord(worker_id=data.worker_id, training_date=day, hours=hours,
                             mode=data.mode, provider=_opt(data.provider), topic=topic,
                             certificate=_opt(data.certificate))
        s.add(row)
        s.flush()
        return row.id


@dataclass(frozen=True)
class TrainingStatus:
    worker_id: str
    name: str
    hours: float  # this year, up to the day
    needed: float  # still to reach 48 this year
    hours_per_month_needed: float  # the pace for the rest of the year
    on_track: bool  # at least the year's share of 48 hours so far


@dataclass(frozen=True)
class SupervisionStatus:
    month: str  # YYYY-MM
    sessions: int
    hours: float
    done: bool  # at least one session of at least 16 hours


@dataclass(frozen=True)
class ComplianceWarning:
    code: str
    en: str
    zh: str


@dataclass(frozen=True)
class Compliance:
    on: dt.date
    training: tuple[TrainingStatus, ...]
    supervision: SupervisionStatus
    warnings: tuple[ComplianceWarning, ...]


def compliance(db: Database, on: dt.date | None = None) -> Compliance:
    """The plan's rules for this station on a day, each shortfall with what to do."""
    day = on or dt.date.today()
    year_start = dt.date(day.year, 1, 1)
    month_start = day.replace(day=1)
    with db.read() as s:
        station_id = local_setting(s, "station_id")
        workers = list(s.execute(
            select(Worker.id, Worker.name).where(
                Worker.void_reason.is_(None), Worker.active.is_not(False),
                Worker.role.in_(("worker", "head")), Worker.station_id == station_id)
            .order_by(Worker.name)))
        hours = {worker_id: total for worker_id, total in s.execute(
            select(TrainingRecord.worker_id, func.sum(TrainingRecord.hours))
            .where(TrainingRecord.void_reason.is_(None),
                   TrainingRecord.training_date >= year_start,
                   TrainingRecord.training_date <= day)
            .group_by(TrainingRecord.worker_id))}
        sessions = list(s.scalars(select(SupervisionSession.hours).where(
            SupervisionSession.void_reason.is_(None),
            SupervisionSession.station_id == station_id,
            SupervisionSession.session_date >= month_start,
            SupervisionSession.session_date <= day)))
        station = s.get(Station, station_id or "")
    share = (day.timetuple().tm_yday / (366 if _leap(day.year) else 365))
    months_left = max(1, 12 - day.month + 1)
    training = []
    warnings: list[ComplianceWarning] = []
    for worker_id, name in workers:
        done = float(hours.get(worker_id) or 0.0)
        needed = max(0.0, TRAINING_HOURS_A_YEAR - done)
        status = TrainingStatus(worker_id, name or "", done, needed, needed / months_left,
                                done >= TRAINING_HOURS_A_YEAR * share)
        training.append(status)
        if not status.on_track:
            warnings.append(ComplianceWarning(
                "training_behind",
                f"{status.name} has {done:g} of 48 training hours this year; "
                f"plan {status.hours_per_month_needed:.1f} hours a month from now on.",
                f"{status.name}今年已培训 {done:g} 小时（每年至少 48 小时），"
                f"今后每月需安排 {status.hours_per_month_needed:.1f} 小时。"))
    total = float(sum(h or 0.0 for h in sessions))
    supervision = SupervisionStatus(month_start.strftime("%Y-%m"), len(sessions), total,
                                    any((h or 0.0) >= SUPERVISION_HOURS for h in sessions))
    if not supervision.done:
        name = station.name if station else ""
        warnings.append(ComplianceWarning(
            "supervision_missing",
            f"{name} has no supervision of at least 16 hours this month yet; ask the "
            "supervisor to schedule one before the month ends.",
            f"{name}本月尚无不少于 16 小时的督导，请联系督导在月底前安排。"))
    return Compliance(day, tuple(training), supervision, tuple(warnings))


def _day(value: dt.date | str, field: str, en: str, zh: str) -> dt.date:
    day = parse_date(value, field, en, zh)
    if day is None:
        raise ValidationError(field, f"Please enter the {en}.", f"请填写{zh}。")
    return check_not_future(day, field, en, zh)


def _opt(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
