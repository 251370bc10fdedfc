"""Use cases for home visits (走访记录) with the three-dimension needs assessment."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.models import Case, Client, Helper, Visit, VisitHelper, VisitWorker, Worker
from app.models.validation import check_code
from app.models.vocab import NEED_DIMENSIONS, NEED_LEVEL, SERVICE_TYPE, VISIT_MODE
from app.services.common import (
    checked,
    checked_text,
    get_live,
    local_setting,
    optional_text,
    parse_date,
    required_date,
    set_changed,
    set_links,
)
from app.store.database import Database


@dataclass(frozen=True)
class Need:
    level: str = "none"
    notes: str | None = None


@dataclass(frozen=True)
class VisitInput:
    client_id: str
    visit_date: dt.date | str
    mode: str = "home"
    duration_min: int | None = None
    worker_ids: tuple[str, ...] = ()  # the first led the visit; default: this worker
    people_met: str | None = None
    observations: str | None = None
    material: Need = field(default_factory=Need)
    emotional: Need = field(default_factory=Need)
    social: Need = field(default_factory=Need)
    services: tuple[str, ...] = ()
    risks: str | None = None
    next_followup: dt.date | str | None = None
    case_id: str | None = None
    helper_ids: tuple[str, ...] = ()  # volunteers and cadres of the register who came along


@dataclass(frozen=True)
class VisitRow:
    id: str
    client_id: str
    visit_date: dt.date
    mode: str
    observations: str | None
    material_level: str | None
    emotional_level: str | None
    social_level: str | None
    next_followup: dt.date | None


def validate_visit(v: VisitInput, today: dt.date | None = None) -> VisitInput:
    visit_date = checked("visit", "visit_date", required_date(
        v.visit_date, "visit_date", "visit date", "走访日期", today), today)
    check_code(v.mode, VISIT_MODE.codes(), "mode", "visit mode", "走访方式")
    checked("visit", "duration_min", v.duration_min, today)
    for dim in NEED_DIMENSIONS:
        need: Need = getattr(v, dim.code)
        check_code(need.level, NEED_LEVEL.codes(), dim.code, dim.en.lower(), dim.zh)
        checked_text("visit", f"{dim.code}_notes", need.notes, today)
    for name in ("people_met", "observations", "risks"):
        checked_text("visit", name, getattr(v, name), today)
    for code in v.services:
        check_code(code, SERVICE_TYPE.codes(), "services", "service delivered", "服务内容")
    follow = checked("visit", "next_followup", parse_date(
        v.next_followup, "next_followup", "next follow-up date", "下次跟进日期"), today)
    if follow is not None and follow < visit_date:
        raise ValidationError("next_followup",
                              "The next follow-up cannot be before the visit.",
                              "下次跟进日期不能早于本次走访日期。")
    if not (v.observations or "").strip() and not v.services:
        raise ValidationError(
            "observations",
            "Write what you saw and heard, or tick a service delivered: a visit, even a "
            "short phone call, is never empty.",
            "请填写观察到的情况，或勾选提供的服务：走访（哪怕是简短的电话回访）不能是空的。")
    return VisitInput(**{**v.__dict__, "visit_date": visit_date, "next_followup": follow,
                         "services": tuple(dict.fromkeys(v.services))})


def record_visit(db: Database, data: VisitInput) -> str:
    """Record a visit, its workers, and move the case's next follow-up; one transaction."""
    v = validate_visit(data)
    with db.write() as s:
        visit = Visit()
        present = _fill(s, visit, v)
        s.add(visit)
        s.flush()
        _set_companions(s, visit.id, present[1:], [])
        _set_helpers(s, visit.id, v.helper_ids)
        return visit.id


def update_visit(db: Database, visit_id: str, data: VisitInput) -> None:
    """Correct a saved visit: an ordinary edit of the fields that changed, which syncs
    and shows in the record's history; the same checks as a new visit."""
    v = validate_visit(data)
    with db.write() as s:
        visit = get_live(s, Visit, visit_id, "visit", "走访记录")
        if v.client_id != visit.client_id:
            raise ValidationError("client", "A visit stays with the client it was made to; "
                                  "void it and record the visit for the other client.",
                                  "走访记录不能改到其他服务对象名下；请作废后为该服务对象重新记录。")
        present = _fill(s, visit, v)
        held = list(s.scalars(select(VisitWorker).where(
            VisitWorker.visit_id == visit_id, VisitWorker.void_reason.is_(None))))
        _set_companions(s, visit_id, present[1:], held)
        _set_helpers(s, visit_id, v.helper_ids)


def _fill(s: Session, visit: Visit, v: VisitInput) -> list[str]:
    """The visit's fields from checked input (only those that differ are written, so
    the change log holds what was changed), and the case's next follow-up; returns the
    workers present, the leader first."""
    get_live(s, Client, v.client_id, "client", "服务对象")
    present = _present(s, v)
    lead = present[0] if present else None
    case = get_live(s, Case, v.case_id, "case", "个案") if v.case_id else None
    values = dict(
        client_id=v.client_id, case_id=v.case_id, visit_date=v.visit_date,
        duration_min=v.duration_min, mode=v.mode, people_met=optional_text(v.people_met),
        observations=optional_text(v.observations), material_level=v.material.level,
        material_notes=optional_text(v.material.notes), emotional_level=v.emotional.level,
        emotional_notes=optional_text(v.emotional.notes), social_level=v.social.level,
        social_notes=optional_text(v.social.notes), services=list(v.services) or None,
        risks=optional_text(v.risks), next_followup=v.next_followup, worker_id=lead)
    set_changed(visit, values)
    # validate_visit made next_followup a date (or None)
    if case is not None and case.stage != "closed" and isinstance(v.next_followup, dt.date) \
            and case.next_followup != v.next_followup:
        case.next_followup = v.next_followup
    return present


def _present(s: Session, v: VisitInput) -> list[str]:
    """The workers present, the leader first (default: this laptop's worker)."""
    me = local_setting(s, "worker_id")
    present = list(dict.fromkeys(v.worker_ids or ((me,) if me else ())))
    for worker_id in present:
        get_live(s, Worker, worker_id, "worker", "社工")
    return present


def _set_companions(s: Session, visit_id: str, wanted: list[str],
                    held: list[VisitWorker]) -> None:
    """The workers who came along: new ones added, ones no longer named voided."""
    set_links(s, held, lambda row: row.worker_id, wanted,
              lambda worker_id: VisitWorker(visit_id=visit_id, worker_id=worker_id),
              "not present (corrected)")


def _set_helpers(s: Session, visit_id: str, wanted: tuple[str, ...]) -> None:
    """The register's people who came along: new ones added, ones no longer named voided."""
    chosen = list(dict.fromkeys(wanted))
    for helper_id in chosen:
        get_live(s, Helper, helper_id, "volunteer or cadre", "志愿者或村干部")
    held = list(s.scalars(select(VisitHelper).where(
        VisitHelper.visit_id == visit_id, VisitHelper.void_reason.is_(None))))
    set_links(s, held, lambda row: row.helper_id, chosen,
              lambda helper_id: VisitHelper(visit_id=visit_id, helper_id=helper_id),
              "not present (corrected)")


def visits_of_client(db: Database, client_id: str) -> list[VisitRow]:
    """Newest first."""
    with db.read() as s:
        rows = s.scalars(select(Visit).where(Visit.client_id == client_id,
                                             Visit.void_reason.is_(None))
                         .order_by(Visit.visit_date.desc(), Visit.id.desc()))
        return [VisitRow(r.id, r.client_id or "", r.visit_date or dt.date.min, r.mode or "",
                         r.observations, r.material_level, r.emotional_level, r.social_level,
                         r.next_followup) for r in rows]


def default_followup(db: Database, client_id: str, visit_date: dt.date) -> dt.date:
    """The visit date plus the strictest visit interval of the client's categories."""
    from app.models import ClientCategory
    from app.services.settings import interval_for, visit_intervals

    with db.read() as s:
        categories = set(s.scalars(select(ClientCategory.category).where(
            ClientCategory.client_id == client_id, ClientCategory.void_reason.is_(None))))
    return visit_date + dt.timedelta(days=interval_for(
        {c for c in categories if c}, visit_intervals(db)))


@dataclass(frozen=True)
class VisitDetail:
    input: VisitInput
    id: str
    worker_id: str | None
    companions: tuple[str, ...]


def get_visit(db: Database, visit_id: str) -> VisitDetail:
    with db.read() as s:
        v = get_live(s, Visit, visit_id, "visit", "走访记录")
        companions = tuple(s.scalars(select(VisitWorker.worker_id).where(
            VisitWorker.visit_id == visit_id, VisitWorker.void_reason.is_(None))))
        helpers = tuple(h for h in s.scalars(select(VisitHelper.helper_id).where(
            VisitHelper.visit_id == visit_id, VisitHelper.void_reason.is_(None))) if h)
        data = VisitInput(
            client_id=v.client_id or "", visit_date=v.visit_date or dt.date.min,
            mode=v.mode or "home", duration_min=v.duration_min,
            worker_ids=tuple(w for w in (v.worker_id, *companions) if w),
            people_met=v.people_met, observations=v.observations,
            material=Need(v.material_level or "none", v.material_notes),
            emotional=Need(v.emotional_level or "none", v.emotional_notes),
            social=Need(v.social_level or "none", v.social_notes),
            services=tuple(v.services or ()), risks=v.risks, next_followup=v.next_followup,
            case_id=v.case_id, helper_ids=helpers)
        return VisitDetail(data, v.id, v.worker_id, tuple(w for w in companions if w))


@dataclass(frozen=True)
class RecentVisit:
    id: str
    client_id: str
    client_name: str
    visit_date: dt.date
    mode: str
    observations: str | None


def recent_visits(db: Database, limit: int = 300) -> list[RecentVisit]:
    """The newest visits of the station, for the Visits page."""
    from app.models import Client

    with db.read() as s:
        rows = s.execute(select(Visit, Client.name).join(Client, Client.id == Visit.client_id)
                         .where(Visit.void_reason.is_(None))
                         .order_by(Visit.visit_date.desc(), Visit.id.desc()).limit(limit))
        return [RecentVisit(v.id, v.client_id or "", name or "", v.visit_date or dt.date.min,
                            v.mode or "", v.observations) for v, name in rows]
