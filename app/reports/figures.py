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
import re
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import case, func, select, true, union
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.models import (
    Activity,
    ActivityParticipant,
    ActivityVolunteer,
    Case,
    CaseEvent,
    Client,
    ClientCategory,
    Referral,
    Station,
    SupervisionSession,
    TrainingRecord,
    Visit,
    Worker,
)
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
from app.services.common import local_setting
from app.store.database import Database
from app.sync.hlc import hlc_from_ms

UNKNOWN = "unknown"  # the key for a record whose code is missing
OPEN_STAGES = tuple(c for c in CASE_STAGE.codes() if c != "closed")
_MONTH = re.compile(r"(\d{4})-(\d{2})")


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


def parse_month(month: str) -> tuple[dt.date, dt.date]:
    """The first and last day of "YYYY-MM", or a sentence saying how to write it."""
    m = _MONTH.fullmatch((month or "").strip())
    if not m or not 1 <= int(m[2]) <= 12 or int(m[1]) < 1900:
        raise ValidationError(
            "month",
            f'"{month}" is not a month; write it like 2026-10.',
            f"“{month}”不是有效的月份，请按 2026-10 的格式填写。")
    start = dt.date(int(m[1]), int(m[2]), 1)
    return start, _month_end(start)


def monthly_figures(db: Database, month: str) -> MonthlyReport:
    start, end = parse_month(month)
    prev_end = start - dt.timedelta(days=1)
    with db.read() as s:
        station_id = local_setting(s, "station_id") or ""
        station = s.get(Station, station_id) if station_id else None
        current = _figures(s, start, end)
        previous = _figures(s, prev_end.replace(day=1), prev_end)
        ytd = _figures(s, dt.date(start.year, 1, 1), end)
    return MonthlyReport(
        station_id=station_id,
        station_name=(station.name or "") if station else "",
        county=(station.county or "") if station else "",
        township=(station.township or "") if station else "",
        month=start.strftime("%Y-%m"),
        generated_at=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        current=current, previous=previous, year_to_date=ytd)


# -- one period --------------------------------------------------------------------------------

def _figures(s: Session, start: dt.date, end: dt.date) -> Figures:
    live_clients = select(Client.id).where(Client.void_reason.is_(None))
    visit_live = (Visit.void_reason.is_(None), Visit.visit_date >= start,
                  Visit.visit_date <= end, Visit.client_id.in_(live_clients))
    live_activities = select(Activity.id).where(
        Activity.void_reason.is_(None), Activity.activity_date >= start,
        Activity.activity_date <= end)
    part_live = (ActivityParticipant.void_reason.is_(None),
                 ActivityParticipant.activity_id.in_(live_activities),
                 ActivityParticipant.client_id.in_(live_clients))

    # Served: a live visit or a live activity in the period; a person counts once.
    served = union(select(Visit.client_id).where(*visit_live),
                   select(ActivityParticipant.client_id).where(*part_live)).subquery()
    people_served = s.scalar(select(func.count()).select_from(served)) or 0
    by_category = dict(s.execute(
        select(ClientCategory.category, func.count(ClientCategory.client_id.distinct()))
        .where(ClientCategory.void_reason.is_(None),
               ClientCategory.client_id.in_(select(served.c.client_id)))
        .group_by(ClientCategory.category)).tuples().all())

    lo = hlc_from_ms(_ms(start))
    hi = hlc_from_ms(_ms(end + dt.timedelta(days=1)))
    new_clients = s.scalar(select(func.count()).select_from(Client).where(
        Client.void_reason.is_(None), Client.sync_hlc >= lo, Client.sync_hlc < hi)) or 0

    # Visits: by mode, by lead worker, the three needs dimensions, services delivered.
    # Aggregated in SQL: a year to date is most of a million visits on a big database.
    by_mode: Counter[str | None] = Counter()
    by_worker: Counter[str | None] = Counter()
    needs: Counter[str] = Counter()
    high = [func.sum(case((level == "high", 1), else_=0))
            for level in (Visit.material_level, Visit.emotional_level, Visit.social_level)]
    # One pass over the period's visits gives every per-visit count at once.
    for mode, worker_id, count, *levels in s.execute(
            select(Visit.mode, Visit.worker_id, func.count(), *high)
            .where(*visit_live).group_by(Visit.mode, Visit.worker_id)):
        by_mode[mode] += count
        by_worker[worker_id] += count
        for dim, n in zip(NEED_DIMENSIONS, levels, strict=True):
            needs[dim.code] += int(n or 0)
    visits = sum(by_mode.values())
    delivered = func.json_each(Visit.services).table_valued("value")
    services: Counter[str | None] = Counter(dict(
        (code, n) for code, n in s.execute(
            select(delivered.c.value, func.count(Visit.id.distinct()))
            .select_from(Visit).join(delivered, true())
            .where(*visit_live, Visit.services.is_not(None))
            .group_by(delivered.c.value))))
    names = _worker_names(s)

    # Cases: opened and closed in the period; open on its last day, by that day's stage.
    cases = s.execute(select(Case.id, Case.opened_on, Case.closed_on, Case.closure_reason,
                             Case.stage)
                      .where(Case.void_reason.is_(None), Case.client_id.in_(live_clients),
                             Case.opened_on <= end)).all()
    opened = sum(1 for c in cases if c.opened_on and c.opened_on >= start)
    closed_by_reason = Counter(c.closure_reason for c in cases
                               if c.closed_on and start <= c.closed_on <= end)
    stage_at_end = _stages_on(s, end)
    open_by_stage: Counter[str | None] = Counter()
    for c in cases:
        stage = stage_at_end.get(c.id)
        if stage is None:  # no history: its closing date and current stage say it
            closed = c.closed_on is not None and c.closed_on <= end
            stage = "closed" if closed else (c.stage if c.stage != "closed" else "intake")
        if stage != "closed":
            open_by_stage[stage] += 1

    # Activities: kinds, domains, participants (people and person-times), volunteer hours.
    acts = s.execute(select(Activity.kind, Activity.domain).where(
        Activity.id.in_(live_activities))).all()
    participations = s.scalar(select(func.count()).select_from(ActivityParticipant)
                              .where(*part_live)) or 0
    participants = s.scalar(select(func.count(ActivityParticipant.client_id.distinct()))
                            .where(*part_live)) or 0
    volunteer_hours = s.scalar(select(func.sum(ActivityVolunteer.hours)).where(
        ActivityVolunteer.void_reason.is_(None),
        ActivityVolunteer.activity_id.in_(live_activities))) or 0.0

    refs = s.execute(select(Referral.agency, Referral.status).where(
        Referral.void_reason.is_(None), Referral.referred_on >= start,
        Referral.referred_on <= end, Referral.client_id.in_(live_clients))).all()

    sup = s.execute(select(func.count(), func.sum(SupervisionSession.hours)).where(
        SupervisionSession.void_reason.is_(None), SupervisionSession.session_date >= start,
        SupervisionSession.session_date <= end)).one()
    training = dict(s.execute(
        select(TrainingRecord.worker_id, func.sum(TrainingRecord.hours))
        .where(TrainingRecord.void_reason.is_(None), TrainingRecord.training_date >= start,
               TrainingRecord.training_date <= end)
        .group_by(TrainingRecord.worker_id)).tuples().all())

    return Figures(
        start=start.isoformat(), end=end.isoformat(),
        people_served=int(people_served),
        clients_served_by_category=_by_code(CLIENT_CATEGORY, Counter(by_category)),
        new_clients=int(new_clients),
        visits=visits,
        visits_by_mode=_by_code(VISIT_MODE, by_mode),
        visits_by_worker=_per_worker(by_worker, names, int),
        needs_high={d.code: needs[d.code] for d in NEED_DIMENSIONS},
        services_by_type=_by_code(SERVICE_TYPE, services),
        cases_opened=opened,
        cases_closed=sum(closed_by_reason.values()),
        cases_closed_by_reason=_by_code(CLOSURE_REASON, closed_by_reason),
        cases_open_at_end=sum(open_by_stage.values()),
        cases_open_by_stage={k: v for k, v in _by_code(CASE_STAGE, open_by_stage).items()
                             if k != "closed"},
        activities=len(acts),
        activities_by_kind=_by_code(ACTIVITY_KIND, Counter(a.kind for a in acts)),
        activities_by_domain=_by_code(SERVICE_DOMAIN, Counter(a.domain for a in acts)),
        activity_participants=int(participants),
        activity_participations=int(participations),
        volunteer_hours=_hours(volunteer_hours),
        referrals=len(refs),
        referrals_by_agency=_by_code(REFERRAL_AGENCY, Counter(r.agency for r in refs)),
        referrals_by_status=_by_code(REFERRAL_STATUS, Counter(r.status for r in refs)),
        supervision_sessions=int(sup[0] or 0),
        supervision_hours=_hours(sup[1]),
        training_hours=_hours(sum(h or 0.0 for h in training.values())),
        training_by_worker=_per_worker(training, names, _hours),
    )


def _stages_on(s: Session, day: dt.date) -> dict[str, str]:
    """Each case's stage on a day, from its live history (the last step on or before it)."""
    rows = s.execute(select(CaseEvent.case_id, CaseEvent.to_stage)
                     .where(CaseEvent.void_reason.is_(None), CaseEvent.event_date <= day)
                     .order_by(CaseEvent.event_date, CaseEvent.sync_hlc))
    return {case_id: stage for case_id, stage in rows if stage}


def _worker_names(s: Session) -> dict[str, str]:
    return {wid: name or "" for wid, name in s.execute(select(Worker.id, Worker.name))}


def _by_code(vocab: Vocab, counts: Counter[str | None] | Counter[str]) -> dict[str, int]:
    """Every code of the vocabulary (zeros included), then any unknown ones seen."""
    out = {code: 0 for code in vocab.codes()}
    for code, n in counts.items():
        key = code or UNKNOWN
        out[key] = out.get(key, 0) + int(n)
    return out


def _per_worker(values: Counter[str | None] | dict[str | None, float], names: dict[str, str],
                kind: type[int] | object) -> tuple[WorkerCount, ...]:
    rows = [WorkerCount(wid or "", names.get(wid or "", ""), kind(v))  # type: ignore[operator]
            for wid, v in values.items()]
    return tuple(sorted(rows, key=lambda r: (r.name, r.worker_id)))


def _hours(value: float | None) -> float:
    return round(float(value or 0.0), 2)


def _ms(day: dt.date) -> int:
    """Local midnight at the start of a day, in milliseconds since 1970."""
    return int(dt.datetime.combine(day, dt.time.min).timestamp() * 1000)


def _month_end(start: dt.date) -> dt.date:
    following = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


__all__ = ["Figures", "MonthlyReport", "WorkerCount", "monthly_figures", "parse_month"]
