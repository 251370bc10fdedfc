"""Approvals (结案审批, 服务计划审批): where the station wants it (its head's choices,
synced as the station record), a worker's laptop closes a case only after the head or
the supervisor approved a request to close it, and starts the work of a case (leaves the
plan stage) only after they approved its service plan; an approver returns a request
with a comment, or approves it. The approvers' own laptops go on without asking.

Who may decide is the sync rights' question (app.sync.authority: only head and supervisor
laptops write closure_decision), so every device decides it alike; a decision forged on a
worker's laptop is refused at every import. Reopening a case voids its requests to close it:
closing it again needs a new approval (its approved plan stands).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.errors import ShegongError, ValidationError
from app.models import Case, CaseGoal, Client, ClosureDecision, ClosureRequest, Station
from app.models.validation import check_code
from app.models.vocab import CLOSURE_REASON
from app.reports.counts import worker_names
from app.services.admission import require_right
from app.services.common import checked, checked_text, get_live, local_setting, parse_date, today
from app.store.database import Database

APPROVERS_ONLY = ("Only the station head's or the supervisor's laptop answers a request "
                  "for approval.", "只有站长或督导的电脑可以审批。")
CLOSURE, PLAN = "closure", "plan"


@dataclass(frozen=True)
class ClosureState:
    """A case's newest live request of a kind, and the answer if there is one."""

    request_id: str
    kind: str  # closure or plan
    case_id: str
    client_name: str
    reason: str
    closed_on: dt.date | None
    note: str
    requested_by: str  # the worker's name
    requested_on: dt.date | None
    decision: str | None  # approved, returned, or None while waiting
    comment: str
    decided_by: str
    decided_on: dt.date | None


def station_wants_approval(s: Session, kind: str = CLOSURE) -> bool:
    station = s.get(Station, local_setting(s, "station_id") or "")
    if station is None:
        return False
    return bool(station.plan_approval if kind == PLAN else station.closure_approval)


def may_decide(s: Session) -> bool:
    try:
        require_right(s, "closure_decision", *APPROVERS_ONLY)
    except ShegongError:
        return False
    return True


def station_closure_approval(db: Database, kind: str = CLOSURE) -> bool:
    """The station's choice: closures (or plans) need approval."""
    with db.read() as s:
        return station_wants_approval(s, kind)


def approval_needed(db: Database, kind: str = CLOSURE) -> bool:
    """Whether closing a case (or leaving its plan stage) on this laptop waits for an
    approval."""
    with db.read() as s:
        return station_wants_approval(s, kind) and not may_decide(s)


def set_closure_approval(db: Database, required: bool, kind: str = CLOSURE) -> None:
    """The head's choice for the station: closures (or plans) need approval, or not."""
    with db.write() as s:
        require_right(s, "station", "Only the station head's laptop sets what needs approval.",
                      "只有站长的电脑可以设置哪些事项需要审批。")
        station = get_live(s, Station, local_setting(s, "station_id") or "", "station",
                           "社工站")
        field = "plan_approval" if kind == PLAN else "closure_approval"
        if bool(getattr(station, field)) != required:
            setattr(station, field, required)


def request_closure(db: Database, case_id: str, reason: str, note: str | None = None,
                    closed_on: dt.date | str | None = None) -> str:
    """Ask the head or the supervisor to approve closing the case."""
    check_code(reason, CLOSURE_REASON.codes(), "closure_reason", "closure reason", "结案原因")
    day = checked("closure_request", "closed_on", parse_date(
        closed_on, "closed_on", "closing date", "结案日期") or today())
    text = checked_text("closure_request", "note", note)
    with db.write() as s:
        case = get_live(s, Case, case_id, "case", "个案")
        if case.stage == "closed":
            raise ValidationError("closure_reason", "This case is closed already.",
                                  "此个案已结案。")
        if case.opened_on and day < case.opened_on:
            raise ValidationError("closed_on", "A case cannot close before it opened.",
                                  "结案日期不能早于开案日期。")
        return _new_request(s, case_id, CLOSURE, "closure_reason", closure_reason=reason,
                            closed_on=day, note=text)


def request_plan_approval(db: Database, case_id: str, note: str | None = None) -> str:
    """Ask the head or the supervisor to approve the case's service plan (its goals)."""
    text = checked_text("closure_request", "note", note)
    with db.write() as s:
        case = get_live(s, Case, case_id, "case", "个案")
        if case.stage != "plan":
            raise ValidationError("note", "A plan is approved at the plan stage.",
                                  "服务计划在“计划”阶段提交审批。")
        if not s.scalar(select(CaseGoal.id).where(CaseGoal.case_id == case_id,
                                                  CaseGoal.void_reason.is_(None))):
            raise ValidationError("note", "Write the plan's goals first: they are what is "
                                  "approved.", "请先填写服务计划的目标：审批的就是这些目标。")
        return _new_request(s, case_id, PLAN, "note", note=text)


def _new_request(s: Session, case_id: str, kind: str, field: str, **values: object) -> str:
    newest = _newest(s, case_id, kind)
    if newest is not None and newest[1] is None:
        raise ValidationError(field, "A request about this case is waiting for an answer.",
                              "此个案的审批申请正在等待答复。")
    request = ClosureRequest(case_id=case_id, kind=kind,
                             requested_by=local_setting(s, "worker_id"), requested_on=today(),
                             **values)
    s.add(request)
    s.flush()
    return request.id


def decide_closure(db: Database, request_id: str, approve: bool,
                   comment: str | None = None) -> None:
    """Approve a request to close a case, or return it with a comment saying why."""
    text = checked_text("closure_decision", "comment", comment)
    if not approve and not text:
        raise ValidationError("comment", "Say why the request goes back: the worker reads it.",
                              "请写明退回的原因，社工会看到。")
    with db.write() as s:
        require_right(s, "closure_decision", *APPROVERS_ONLY)
        request = get_live(s, ClosureRequest, request_id, "closure request", "结案申请")
        if _decision_of(s, request.id) is not None:
            raise ValidationError("comment", "This request has been answered already.",
                                  "此申请已审批。")
        s.add(ClosureDecision(request_id=request.id,
                              decision="approved" if approve else "returned", comment=text,
                              decided_by=local_setting(s, "worker_id"), decided_on=today()))


def check_may_close(s: Session, case_id: str) -> None:
    """Inside close_case: where approval is needed, the newest request must be approved."""
    if not _approved_or_free(s, case_id, CLOSURE):
        raise ValidationError(
            "closure_reason", "This station closes cases after the head's or the "
            "supervisor's approval: request it first (申请结案).",
            "本站结案需经站长或督导审批：请先提交结案申请。")


def check_may_leave_plan(s: Session, case_id: str) -> None:
    """Inside a move past the plan stage: where plans are approved, this one must be."""
    if not _approved_or_free(s, case_id, PLAN):
        raise ValidationError(
            "stage", "This station starts a case's work after the head's or the "
            "supervisor's approval of its plan: request it first.",
            "本站个案服务计划需经站长或督导审批后才能进入介入阶段：请先提交审批。")


def _approved_or_free(s: Session, case_id: str, kind: str) -> bool:
    if not station_wants_approval(s, kind) or may_decide(s):
        return True
    newest = _newest(s, case_id, kind)
    return newest is not None and newest[1] is not None and newest[1].decision == "approved"


def void_requests(s: Session, case_id: str, reason: str) -> None:
    """A reopened case's requests to close it no longer count: closing again needs a new
    approval (its approved plan stands)."""
    for request in s.scalars(select(ClosureRequest).where(
            ClosureRequest.case_id == case_id, ClosureRequest.void_reason.is_(None),
            _of_kind(CLOSURE))):
        request.void_reason = reason


def closure_state(db: Database, case_id: str, kind: str = CLOSURE) -> ClosureState | None:
    with db.read() as s:
        newest = _newest(s, case_id, kind)
        return _state(s, worker_names(s), *newest) if newest is not None else None


def waiting_requests(db: Database) -> list[ClosureState]:
    """Requests with no answer yet, oldest first (Today, for the approvers)."""
    with db.read() as s:
        answered = select(ClosureDecision.request_id).where(
            ClosureDecision.void_reason.is_(None))
        requests = s.scalars(select(ClosureRequest).join(Case, Case.id == ClosureRequest.case_id)
                             .where(ClosureRequest.void_reason.is_(None),
                                    Case.void_reason.is_(None), Case.stage != "closed",
                                    ClosureRequest.id.not_in(answered))
                             .order_by(ClosureRequest.requested_on, ClosureRequest.id))
        names = worker_names(s)  # once, not per request
        return [_state(s, names, r, None) for r in requests]


def _decision_of(s: Session, request_id: str) -> ClosureDecision | None:
    return s.scalars(select(ClosureDecision).where(
        ClosureDecision.request_id == request_id, ClosureDecision.void_reason.is_(None))
        .order_by(ClosureDecision.decided_on, ClosureDecision.id)).first()


def _of_kind(kind: str) -> Any:
    if kind == CLOSURE:  # the requests made before plans could be asked about too
        return or_(ClosureRequest.kind.is_(None), ClosureRequest.kind == CLOSURE)
    return ClosureRequest.kind == kind


def _newest(s: Session, case_id: str,
            kind: str) -> tuple[ClosureRequest, ClosureDecision | None] | None:
    request = s.scalars(select(ClosureRequest).where(
        ClosureRequest.case_id == case_id, ClosureRequest.void_reason.is_(None),
        _of_kind(kind))
        .order_by(ClosureRequest.requested_on.desc(), ClosureRequest.id.desc())).first()
    return (request, _decision_of(s, request.id)) if request is not None else None


def _state(s: Session, names: dict[str, str], r: ClosureRequest,
           d: ClosureDecision | None) -> ClosureState:
    name = s.scalar(select(Client.name).join(Case, Case.client_id == Client.id)
                    .where(Case.id == r.case_id)) or ""
    return ClosureState(
        r.id, r.kind or CLOSURE, r.case_id or "", name, r.closure_reason or "", r.closed_on,
        r.note or "",
        names.get(r.requested_by or "", ""), r.requested_on,
        d.decision if d else None, (d.comment or "") if d else "",
        names.get(d.decided_by or "", "") if d else "", d.decided_on if d else None)
