"""Use cases for cases (个案): open, assess, plan, move through stages, close, reopen.

A closed case stays closed: editing it is refused with a sentence, and reopening is its
own explicit use case that leaves a trace in the case's history.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.models import Case, CaseEvent, CaseGoal, Client
from app.models.validation import check_code, require_text
from app.models.vocab import CASE_STAGE, CASE_STAGE_ORDER, CLOSURE_REASON, GOAL_STATUS
from app.services.closures import check_may_close, check_may_leave_plan, void_requests
from app.services.common import checked, get_live, local_setting, parse_date, set_changed, today
from app.store.database import Database

ASSESSMENT_FIELDS = (
    "assess_health", "assess_daily_living", "assess_material", "assess_emotional",
    "assess_social", "family_pressures", "family_strengths", "family_subsidies",
    "community_services", "community_problems", "community_resources", "needs_summary",
)
EDITABLE_FIELDS = (*ASSESSMENT_FIELDS, "presenting_problem", "worker_id", "next_followup",
                   "assessed_by", "assessed_on")


@dataclass(frozen=True)
class CaseRow:
    id: str
    client_id: str
    client_name: str
    stage: str
    opened_on: dt.date | None
    closed_on: dt.date | None
    next_followup: dt.date | None
    presenting_problem: str | None


def open_case(db: Database, client_id: str, presenting_problem: str,
              opened_on: dt.date | str | None = None, worker_id: str | None = None) -> str:
    problem = require_text(presenting_problem, "presenting_problem", "presenting problem",
                           "求助问题", 2000)
    opened = checked("case_record", "opened_on", parse_date(
        opened_on, "opened_on", "opening date", "开案日期") or today())
    with db.write() as s:
        get_live(s, Client, client_id, "client", "服务对象")
        worker = worker_id or local_setting(s, "worker_id")
        case = Case(client_id=client_id, worker_id=worker, opened_on=opened, stage="intake",
                    presenting_problem=problem)
        s.add(case)
        s.flush()
        _event(s, case.id, opened, None, "intake", None, worker)
        return case.id


def update_case(db: Database, case_id: str, **changes: Any) -> None:
    """Edit the assessment, problem or follow-up date of an open case."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable case fields: {sorted(unknown)}")
    for key in ("next_followup", "assessed_on"):
        if key in changes:
            changes[key] = parse_date(changes[key], key, "date", "日期")
    for key, value in changes.items():
        if isinstance(value, str):
            value = value.strip() or None
        changes[key] = checked("case_record", key, value)
    with db.write() as s:
        case = _open_case(s, case_id)
        set_changed(case, changes)


def move_stage(db: Database, case_id: str, to_stage: str, note: str | None = None,
               on: dt.date | None = None) -> None:
    """Move an open case to another stage before closing (closing has its own use case)."""
    check_code(to_stage, CASE_STAGE.codes(), "stage", "case stage", "个案阶段")
    if to_stage == "closed":
        raise ValidationError("stage", "Close a case with a closure reason.",
                              "结案请使用“结案”并填写结案原因。")
    with db.write() as s:
        case = _open_case(s, case_id)
        if case.stage == to_stage:
            return
        if case.stage == "plan" and CASE_STAGE_ORDER.index(to_stage) > \
                CASE_STAGE_ORDER.index("plan"):
            check_may_leave_plan(s, case_id)
        _event(s, case.id, checked("case_event", "event_date", on or today()), case.stage,
               to_stage, note, local_setting(s, "worker_id"))
        case.stage = to_stage


def advance_case(db: Database, case_id: str, note: str | None = None) -> str:
    """Move to the next stage of intake → assessment → plan → intervention → evaluation."""
    with db.read() as s:
        stage = _open_case(s, case_id).stage or "intake"
    following = CASE_STAGE_ORDER[CASE_STAGE_ORDER.index(stage) + 1]
    if following == "closed":
        raise ValidationError("stage", "The case is at evaluation: close it with a reason.",
                              "个案已处于评估阶段，请填写原因后结案。")
    move_stage(db, case_id, following, note)
    return following


def close_case(db: Database, case_id: str, reason: str, note: str | None = None,
               closed_on: dt.date | str | None = None) -> None:
    check_code(reason, CLOSURE_REASON.codes(), "closure_reason", "closure reason", "结案原因")
    closed = checked("case_record", "closed_on", parse_date(
        closed_on, "closed_on", "closing date", "结案日期") or today())
    with db.write() as s:
        case = _open_case(s, case_id)
        if case.opened_on and closed < case.opened_on:
            raise ValidationError("closed_on", "A case cannot close before it opened.",
                                  "结案日期不能早于开案日期。")
        check_may_close(s, case_id)
        _event(s, case.id, closed, case.stage, "closed", note, local_setting(s, "worker_id"))
        case.stage, case.closure_reason, case.closed_on = "closed", reason, closed
        case.next_followup = None


def reopen_case(db: Database, case_id: str, note: str) -> None:
    """The only way a closed case becomes open again: explicit, with a reason."""
    reason = require_text(note, "note", "reason for reopening", "重新开案原因", 500)
    with db.write() as s:
        case = get_live(s, Case, case_id, "case", "个案")
        if case.stage != "closed":
            raise ValidationError("stage", "The case is not closed.", "该个案未结案。")
        _event(s, case.id, today(), "closed", "intervention", reason,
               local_setting(s, "worker_id"))
        case.stage, case.closure_reason, case.closed_on = "intervention", None, None
        void_requests(s, case.id, "case reopened")


def set_goals(db: Database, case_id: str, goals: list[tuple[str, str]]) -> list[str]:
    """Add service-plan goals as (description, status); returns their ids."""
    with db.write() as s:
        _open_case(s, case_id)
        ids = []
        for description, status in goals:
            text = require_text(description, "goals", "goal", "服务目标", 500)
            check_code(status, GOAL_STATUS.codes(), "goals", "goal status", "目标状态")
            goal = CaseGoal(case_id=case_id, description=text, status=status)
            s.add(goal)
            s.flush()
            ids.append(goal.id)
        return ids


def set_goal_status(db: Database, goal_id: str, status: str) -> None:
    check_code(status, GOAL_STATUS.codes(), "goals", "goal status", "目标状态")
    with db.write() as s:
        goal = get_live(s, CaseGoal, goal_id, "goal", "服务目标")
        _open_case(s, goal.case_id or "")
        if goal.status != status:
            goal.status = status


def list_cases(db: Database, stage: str | None = None, limit: int = 200) -> list[CaseRow]:
    with db.read() as s:
        q = (select(Case, Client.name).join(Client, Client.id == Case.client_id)
             .where(Case.void_reason.is_(None)))
        if stage:
            q = q.where(Case.stage == stage)
        q = q.order_by(Case.opened_on.desc(), Case.id).limit(limit)
        return [CaseRow(c.id, c.client_id or "", name or "", c.stage or "intake", c.opened_on,
                        c.closed_on, c.next_followup, c.presenting_problem)
                for c, name in s.execute(q)]


def count_by_stage(db: Database) -> dict[str, int]:
    with db.read() as s:
        rows = s.execute(select(Case.stage, func.count()).where(Case.void_reason.is_(None))
                         .group_by(Case.stage))
        return {stage or "intake": n for stage, n in rows}


def _open_case(s: Session, case_id: str) -> Case:
    case = get_live(s, Case, case_id, "case", "个案")
    if case.stage == "closed":
        raise ValidationError(
            "stage", "This case is closed. Reopen it first if work on it continues.",
            "该个案已结案。如需继续服务，请先重新开案。")
    return case


def _event(s: Session, case_id: str, on: dt.date, from_stage: str | None, to_stage: str,
           note: str | None, worker_id: str | None) -> None:
    s.add(CaseEvent(case_id=case_id, event_date=on, from_stage=from_stage, to_stage=to_stage,
                    note=checked("case_event", "note", note), worker_id=worker_id))


@dataclass(frozen=True)
class GoalRow:
    id: str
    description: str
    status: str


@dataclass(frozen=True)
class CaseEventRow:
    date: dt.date | None
    from_stage: str | None
    to_stage: str | None
    note: str | None


@dataclass(frozen=True)
class CaseDetail:
    row: CaseRow
    worker_id: str | None
    closure_reason: str | None
    assessment: dict[str, str | None]  # ASSESSMENT_FIELDS -> text
    assessed_by: str | None
    assessed_on: dt.date | None
    goals: tuple[GoalRow, ...]
    events: tuple[CaseEventRow, ...]


def get_case(db: Database, case_id: str) -> CaseDetail:
    with db.read() as s:
        case = get_live(s, Case, case_id, "case", "个案")
        client = s.get(Client, case.client_id) if case.client_id else None
        goals = s.scalars(select(CaseGoal).where(CaseGoal.case_id == case_id,
                                                 CaseGoal.void_reason.is_(None))
                          .order_by(CaseGoal.id))
        events = s.scalars(select(CaseEvent).where(CaseEvent.case_id == case_id,
                                                   CaseEvent.void_reason.is_(None))
                           .order_by(CaseEvent.event_date, CaseEvent.id))
        return CaseDetail(
            row=CaseRow(case.id, case.client_id or "", client.name or "" if client else "",
                        case.stage or "intake", case.opened_on, case.closed_on,
                        case.next_followup, case.presenting_problem),
            worker_id=case.worker_id, closure_reason=case.closure_reason,
            assessment={f: getattr(case, f) for f in ASSESSMENT_FIELDS},
            assessed_by=case.assessed_by, assessed_on=case.assessed_on,
            goals=tuple(GoalRow(g.id, g.description or "", g.status or "open") for g in goals),
            events=tuple(CaseEventRow(e.event_date, e.from_stage, e.to_stage, e.note)
                         for e in events),
        )


def open_case_of(db: Database, client_id: str) -> str | None:
    """The client's open case, if any (the newest when there are several)."""
    with db.read() as s:
        return s.scalar(select(Case.id).where(
            Case.client_id == client_id, Case.void_reason.is_(None), Case.stage != "closed")
            .order_by(Case.opened_on.desc(), Case.id.desc()).limit(1))
