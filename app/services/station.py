"""The station head's logs and the plan's rules (seed README): supervision and training
records, and compliance computed from them.

Rules: every resident social worker gets at least 48 hours of training a year; the
station is supervised at least once a month, at least 16 hours each time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import CompoundSelect, and_, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from app.errors import ShegongError, ValidationError
from app.models import (
    Case,
    ClientCategory,
    ClientIndex,
    Station,
    SupervisionSession,
    TrainingRecord,
    Worker,
)
from app.models.sync_local import Conflict
from app.models.validation import check_code, require_text
from app.models.vocab import CLIENT_CATEGORY, DELIVERY_MODE
from app.reports.counts import WeekCount, visits_per_week, worker_names
from app.reports.plan import SUPERVISION_HOURS as SUPERVISION_HOURS  # the Station screen's
from app.reports.plan import (
    TRAINING_HOURS_A_YEAR,
    on_training_pace,
    supervised,
)
from app.services.admission import require_right
from app.services.common import (
    checked,
    checked_text,
    get_live,
    local_setting,
    required_date,
    set_changed,
)
from app.services.settings import visit_intervals
from app.services.sync_review import duplicate_groups
from app.services.today import STALE_CASE_DAYS, overdue_condition, stale_case_condition
from app.store.database import Database

# A supervision session is one day's; the seed's 16 hours a month take two days or more.
SESSION_HOURS_A_DAY = 12.0


@dataclass(frozen=True)
class SupervisionInput:
    session_date: dt.date | str
    hours: float
    supervisor_id: str | None = None
    # Or the supervisor's name: registered with the session when not known yet.
    supervisor_name: str | None = None
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


@dataclass(frozen=True)
class GroupTrainingInput:
    """One training several workers attended: entered once, one record per worker."""

    worker_ids: tuple[str, ...]
    training_date: dt.date | str
    hours: float
    mode: str = "offline"
    provider: str | None = None
    topic: str | None = None
    # A certificate number is one worker's: only with a single worker.
    certificate: str | None = None


@dataclass(frozen=True)
class _Session:
    """A supervision session's input, checked."""

    fields: dict[str, Any]  # session_date, hours, form, topics, cases_discussed, follow_ups
    new_name: str | None  # a supervisor to register with it


def _check_supervision(data: SupervisionInput) -> _Session:
    day = checked("supervision_session", "session_date", required_date(
        data.session_date, "session_date", "supervision date", "督导日期"))
    hours = checked("supervision_session", "hours", data.hours)
    if hours is not None and hours > SESSION_HOURS_A_DAY:
        raise ValidationError(
            "hours", f"At most {SESSION_HOURS_A_DAY:g} hours in one day: a supervision over "
            "several days is recorded as one session a day.",
            f"一天最多 {SESSION_HOURS_A_DAY:g} 小时：连续几天的督导请每天登记一次。")
    check_code(data.form, DELIVERY_MODE.codes(), "form", "form", "形式")
    texts = {f: checked_text("supervision_session", f, getattr(data, f))
             for f in ("topics", "cases_discussed", "follow_ups")}
    if not any((texts[f] or "").strip() for f in ("topics", "cases_discussed")):
        raise ValidationError(
            "topics", "Write what the supervision covered (its topics or the cases "
            "discussed): the monthly report prints it for signature.",
            "请填写督导内容（主题或讨论的个案）：月报会打印出来供签字。")
    name = None
    if data.supervisor_id is None and data.supervisor_name is not None:
        name = require_text(data.supervisor_name, "supervisor", "supervisor's name", "督导姓名",
                            50)
    return _Session({"session_date": day, "hours": hours, "form": data.form, **texts}, name)


def _supervisor_id(s: Session, data: SupervisionInput, checked_input: _Session) -> str | None:
    """The session's supervisor: the one chosen, or one registered by the name typed."""
    require_right(s, "supervision_session",
                  "Supervision is logged on the station head's or the supervisor's laptop.",
                  "督导记录只能在站长或督导的电脑上登记。")
    if data.supervisor_id:
        get_live(s, Worker, data.supervisor_id, "supervisor", "督导")
        return data.supervisor_id
    return _supervisor_named(s, checked_input.new_name) if checked_input.new_name else None


def record_supervision(db: Database, data: SupervisionInput) -> str:
    checked_input = _check_supervision(data)
    with db.write() as s:  # the new supervisor and the session, or neither
        row = SupervisionSession(
            station_id=local_setting(s, "station_id"),
            supervisor_id=_supervisor_id(s, data, checked_input), **checked_input.fields)
        s.add(row)
        s.flush()
        return row.id


def update_supervision(db: Database, session_id: str, data: SupervisionInput) -> None:
    """Correct a logged session: the fields that changed, an ordinary edit that syncs."""
    checked_input = _check_supervision(data)
    with db.write() as s:
        row = get_live(s, SupervisionSession, session_id, "supervision session", "督导记录")
        wanted = {**checked_input.fields,
                  "supervisor_id": _supervisor_id(s, data, checked_input)}
        set_changed(row, wanted)


def supervision_input(db: Database, session_id: str) -> SupervisionInput:
    """A logged session as its form holds it."""
    with db.read() as s:
        r = get_live(s, SupervisionSession, session_id, "supervision session", "督导记录")
        name = worker_names(s).get(r.supervisor_id or "") if r.supervisor_id else None
        return SupervisionInput(r.session_date or dt.date.today(), float(r.hours or 0.0),
                                r.supervisor_id, name, r.form or "offline", r.topics,
                                r.cases_discussed, r.follow_ups)


def record_training(db: Database, data: TrainingInput) -> str:
    """One worker's training; returns the record's id."""
    return record_group_training(db, GroupTrainingInput(
        (data.worker_id,), data.training_date, data.hours, data.mode, data.provider,
        data.topic, data.certificate))[0]


def _check_training(data: GroupTrainingInput | TrainingInput) -> dict[str, Any]:
    """A training's fields but its workers and certificate, checked."""
    day = checked("training_record", "training_date", required_date(
        data.training_date, "training_date", "training date", "培训日期"))
    hours = checked("training_record", "hours", data.hours)
    check_code(data.mode, DELIVERY_MODE.codes(), "mode", "form", "形式")
    return {"training_date": day, "hours": hours, "mode": data.mode,
            "topic": require_text(data.topic, "topic", "training topic", "培训主题", 200),
            "provider": checked_text("training_record", "provider", data.provider)}


def record_group_training(db: Database, data: GroupTrainingInput) -> list[str]:
    """One training record per worker ticked, with the same date, hours, form, provider
    and topic, all in one transaction (or none); returns the ids in the order given."""
    fields = _check_training(data)
    worker_ids = list(dict.fromkeys(w for w in data.worker_ids if w))  # once each, in order
    if not worker_ids:
        raise ValidationError("workers", "Tick at least one worker who attended the training.",
                              "请至少勾选一名参加培训的社工。")
    certificate = checked_text("training_record", "certificate", data.certificate)
    if certificate and len(worker_ids) > 1:
        raise ValidationError(
            "certificate", "A certificate number belongs to one worker; leave it empty when "
            "entering a training for several workers.",
            "证书编号只属于一名社工；为多名社工登记同一培训时请留空。")
    with db.write() as s:  # every worker's record, or none
        rows = []
        for worker_id in worker_ids:
            get_live(s, Worker, worker_id, "worker", "社工")
            rows.append(TrainingRecord(worker_id=worker_id, certificate=certificate, **fields))
        s.add_all(rows)
        s.flush()
        return [row.id for row in rows]


def update_training(db: Database, record_id: str, data: TrainingInput) -> None:
    """Correct one worker's training record (its worker stays): the fields that changed."""
    wanted = {**_check_training(data),
              "certificate": checked_text("training_record", "certificate", data.certificate)}
    with db.write() as s:
        row = get_live(s, TrainingRecord, record_id, "training record", "培训记录")
        set_changed(row, wanted)


def training_input(db: Database, record_id: str) -> TrainingInput:
    """A training record as its form holds it."""
    with db.read() as s:
        r = get_live(s, TrainingRecord, record_id, "training record", "培训记录")
        return TrainingInput(r.worker_id or "", r.training_date or dt.date.today(),
                             float(r.hours or 0.0), r.mode or "offline", r.provider, r.topic,
                             r.certificate)


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
    level: str = "red"  # "red": a rule is broken; "amber": work is waiting

    def text(self, lang: str | None = None) -> str:
        return ShegongError(self.en, self.zh).text(lang)


@dataclass(frozen=True)
class Compliance:
    on: dt.date
    training: tuple[TrainingStatus, ...]
    supervision: SupervisionStatus
    warnings: tuple[ComplianceWarning, ...]
    # Live, active clients overdue for a visit (interval passed or follow-up past due):
    # per category (a client in two categories counts in each) and people once.
    overdue_by_category: dict[str, int] = field(default_factory=dict)
    overdue_clients: int = 0
    stale_cases: int = 0  # open cases whose client had no visit for 30 days
    conflicts: int = 0  # sync conflicts nobody has chosen a value for
    duplicates: int = 0  # live clients sharing an ID number with an earlier one

    def light(self, code: str) -> str:
        """"green" when no warning has this code, else the warning's level."""
        return next((w.level for w in self.warnings if w.code == code), "green")


def compliance(db: Database, on: dt.date | None = None) -> Compliance:
    """The plan's rules for this station on a day, each shortfall with what to do."""
    day = on or dt.date.today()
    month_start = day.replace(day=1)
    intervals = visit_intervals(db)
    with db.read() as s:
        station_id = local_setting(s, "station_id")
        training = _training(s, day, station_id)
        sessions = list(s.scalars(select(SupervisionSession.hours).where(
            SupervisionSession.void_reason.is_(None),
            SupervisionSession.station_id == station_id,
            SupervisionSession.session_date >= month_start,
            SupervisionSession.session_date <= day)))
        station = s.get(Station, station_id or "")
        # The work waiting, read in the same snapshot as the rules.
        overdue, overdue_people = _overdue(s, day, intervals)
        stale = _stale_cases(s, day)
        conflicts = s.scalar(select(func.count()).select_from(Conflict)
                             .where(Conflict.resolved_at.is_(None))) or 0
        duplicates = _duplicates(s)
    warnings = [ComplianceWarning(
        "training_behind",
        f"{t.name} has {t.hours:g} of 48 training hours this year; "
        f"plan {t.hours_per_month_needed:.1f} hours a month from now on.",
        f"{t.name}今年已培训 {t.hours:g} 小时（每年至少 48 小时），"
        f"今后每月需安排 {t.hours_per_month_needed:.1f} 小时。")
        for t in training if not t.on_track]
    total = float(sum(h or 0.0 for h in sessions))
    supervision = SupervisionStatus(month_start.strftime("%Y-%m"), len(sessions), total,
                                    supervised(sessions))
    if not supervision.done:
        name = station.name if station else ""
        warnings.append(ComplianceWarning(
            "supervision_missing",
            f"{name} has no supervision of at least 16 hours this month yet; ask the "
            "supervisor to schedule one before the month ends.",
            f"{name}本月尚无不少于 16 小时的督导，请联系督导在月底前安排。"))
    warnings += _work_warnings(overdue_people, stale, conflicts, duplicates)
    return Compliance(day, training, supervision, tuple(warnings),
                      overdue, overdue_people, stale, conflicts, duplicates)


def _training(s: Session, day: dt.date, station_id: str | None) -> tuple[TrainingStatus, ...]:
    """Each worker's training hours this year up to `day`, against 48 and the pace."""
    hours = dict(s.execute(
        select(TrainingRecord.worker_id, func.sum(TrainingRecord.hours))
        .where(TrainingRecord.void_reason.is_(None),
               TrainingRecord.training_date >= dt.date(day.year, 1, 1),
               TrainingRecord.training_date <= day)
        .group_by(TrainingRecord.worker_id)).tuples().all())
    months_left = max(1, 12 - day.month + 1)
    out = []
    for worker_id, name in _trainees(s, station_id):
        done = float(hours.get(worker_id) or 0.0)
        needed = max(0.0, TRAINING_HOURS_A_YEAR - done)
        out.append(TrainingStatus(worker_id, name, done, needed, needed / months_left,
                                  on_training_pace(done, day)))
    return tuple(out)


def _overdue(s: Session, day: dt.date, intervals: dict[str, int]) -> tuple[dict[str, int], int]:
    """Per category and people once: one statement, so the overdue test runs once."""
    ci, cc = ClientIndex, ClientCategory
    late = select(ci.client_id).where(or_(
        overdue_condition(day, intervals), and_(ci.active.is_(True), ci.next_followup < day))
    ).cte("late")
    counts: CompoundSelect[tuple[str | None, int]] = union_all(
        select(literal(None).label("category"), func.count()).select_from(late),
        select(cc.category, func.count(cc.client_id.distinct()))
        .where(cc.void_reason.is_(None), cc.client_id.in_(select(late.c.client_id)))
        .group_by(cc.category))
    by_category = {code: 0 for code in CLIENT_CATEGORY.codes()}
    people = 0
    for code, n in s.execute(counts):
        if code is None:
            people = n
        else:
            by_category[code] = n
    return by_category, people


def _stale_cases(s: Session, day: dt.date) -> int:
    """Open cases at any stage (Today lists those in intervention, a worker's to-do)."""
    return s.scalar(
        select(func.count()).select_from(Case)
        .join(ClientIndex, ClientIndex.client_id == Case.client_id)
        .where(stale_case_condition(day, Case.stage != "closed"))) or 0


def _duplicates(s: Session) -> int:
    """Clients registered again under an ID number: each one after the first."""
    return sum(len(same) - 1 for same in duplicate_groups(s).values())


def _work_warnings(overdue: int, stale: int, conflicts: int,
                   duplicates: int) -> list[ComplianceWarning]:
    out = []
    if overdue:
        out.append(ComplianceWarning(
            "visits_overdue",
            f"{overdue} clients are overdue for a visit; plan their visits from the Today "
            "screen, the longest waiting first.",
            f"{overdue} 名服务对象已超过走访周期，请在“今日待办”中安排走访，优先等待最久的。",
            "amber"))
    if stale:
        out.append(ComplianceWarning(
            "cases_stale",
            f"{stale} open cases had no visit for {STALE_CASE_DAYS} days; visit the clients "
            "or close the cases that are finished.",
            f"{stale} 个在办个案已 {STALE_CASE_DAYS} 天未走访，请尽快走访，已结束的个案请结案。",
            "amber"))
    if conflicts:
        out.append(ComplianceWarning(
            "sync_conflicts",
            f"{conflicts} sync conflicts wait for a choice; open Sync → Conflicts and "
            "duplicates and keep the right value.",
            f"有 {conflicts} 处同步冲突待处理，请在“同步 → 冲突与重复”中选择正确的值。",
            "amber"))
    if duplicates:
        out.append(ComplianceWarning(
            "duplicates",
            f"{duplicates} clients are registered twice with the same ID number; merge them "
            "in Sync → Conflicts and duplicates.",
            f"{duplicates} 名服务对象以同一身份证号重复登记，请在“同步 → 冲突与重复”中合并。",
            "amber"))
    return out


# -- the logs --------------------------------------------------------------------------------

@dataclass(frozen=True)
class SupervisionRow:
    id: str
    session_date: dt.date | None
    supervisor: str  # the supervisor's name
    hours: float
    form: str | None
    topics: str
    cases_discussed: str
    follow_ups: str


@dataclass(frozen=True)
class TrainingRow:
    id: str
    worker_id: str
    worker: str
    training_date: dt.date | None
    hours: float
    mode: str | None
    provider: str
    topic: str
    certificate: str


def supervision_log(db: Database, start: dt.date, end: dt.date) -> list[SupervisionRow]:
    """This station's live supervision sessions between two days, newest first."""
    with db.read() as s:
        station_id = local_setting(s, "station_id")
        names = worker_names(s)
        rows = s.scalars(select(SupervisionSession).where(
            SupervisionSession.void_reason.is_(None),
            SupervisionSession.station_id == station_id,
            SupervisionSession.session_date >= start, SupervisionSession.session_date <= end)
            .order_by(SupervisionSession.session_date.desc(), SupervisionSession.id.desc()))
        return [SupervisionRow(r.id, r.session_date, names.get(r.supervisor_id or "", ""),
                               float(r.hours or 0.0), r.form, r.topics or "",
                               r.cases_discussed or "", r.follow_ups or "") for r in rows]


def training_log(db: Database, start: dt.date, end: dt.date) -> list[TrainingRow]:
    """Live training records between two days, newest first."""
    with db.read() as s:
        names = worker_names(s)
        rows = s.scalars(select(TrainingRecord).where(
            TrainingRecord.void_reason.is_(None), TrainingRecord.training_date >= start,
            TrainingRecord.training_date <= end)
            .order_by(TrainingRecord.training_date.desc(), TrainingRecord.id.desc()))
        return [TrainingRow(r.id, r.worker_id or "", names.get(r.worker_id or "", ""),
                            r.training_date, float(r.hours or 0.0), r.mode, r.provider or "",
                            r.topic or "", r.certificate or "") for r in rows]


@dataclass(frozen=True)
class PersonChoice:
    id: str
    name: str


def station_workers(db: Database) -> list[PersonChoice]:
    """The station's live, active workers and head, by name: who can be trained."""
    with db.read() as s:
        return [PersonChoice(i, n) for i, n in _trainees(s, local_setting(s, "station_id"))]


def _trainees(s: Session, station_id: str | None) -> list[tuple[str, str]]:
    """(id, name) of the station's live, active workers and head: the 48-hour rule's."""
    return [(i, n or "") for i, n in s.execute(
        select(Worker.id, Worker.name).where(
            Worker.void_reason.is_(None), Worker.active.is_not(False),
            Worker.role.in_(("worker", "head")), Worker.station_id == station_id)
        .order_by(Worker.name))]


def supervisors(db: Database) -> list[PersonChoice]:
    """Every live supervisor known here, by name."""
    with db.read() as s:
        return [PersonChoice(i, n or "") for i, n in s.execute(
            select(Worker.id, Worker.name).where(Worker.void_reason.is_(None),
                                                 Worker.role == "supervisor")
            .order_by(Worker.name))]


def _supervisor_named(s: Session, name: str) -> str:
    """The live supervisor with this name, registered on first use (supervisors travel
    between stations and are rarely set up in advance)."""
    found = s.scalar(select(Worker.id).where(
        Worker.void_reason.is_(None), Worker.role == "supervisor", Worker.name == name)
        .order_by(Worker.id).limit(1))
    if found:
        return found
    row = Worker(name=name, role="supervisor", active=True)
    s.add(row)
    s.flush()
    return row.id


# -- the Station screen's charts -------------------------------------------------------------

@dataclass(frozen=True)
class StationCharts:
    on: dt.date
    visits_per_week: tuple[WeekCount, ...]  # oldest first, the current week last
    clients_by_category: dict[str, int]  # live, active clients; several categories count each
    training: tuple[TrainingStatus, ...]  # hours this year per worker, against 48


def clients_by_category(s: Session) -> dict[str, int]:
    out = {code: 0 for code in CLIENT_CATEGORY.codes()}
    for code, n in s.execute(
            select(ClientCategory.category, func.count(ClientCategory.client_id.distinct()))
            .join(ClientIndex, ClientIndex.client_id == ClientCategory.client_id)
            .where(ClientCategory.void_reason.is_(None), ClientIndex.active.is_(True))
            .group_by(ClientCategory.category)):
        out[code] = n
    return out


def station_charts(db: Database, on: dt.date | None = None) -> StationCharts:
    """The three charts of the Station screen."""
    day = on or dt.date.today()
    with db.read() as s:
        return StationCharts(day, visits_per_week(s, day), clients_by_category(s),
                             _training(s, day, local_setting(s, "station_id")))
