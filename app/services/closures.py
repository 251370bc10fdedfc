"""Closure approvals (结案审批): where the station wants it (its head's choice, synced as
the station record), a worker's laptop closes a case only after the head or the
supervisor approved a request to close it; an approver returns a request with a
comment, or approves it. The approvers' own laptops close without asking.

Who may decide is the sync rights' question (app.sync.authority: only head and supervisor
laptops write closure_decision), so every device decides it alike; a decision forged on a
worker's laptop is refused at every import. Reopening a case voids its requests: closing
it again needs a new approval.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ShegongError, ValidationError
from app.models import Case, Client, ClosureDecision, ClosureRequest, Station
from app.models.validation import check_code
from app.models.vocab import CLOSURE_REASON
from app.reports.counts import worker_names
from app.services.admission import require_right
from app.services.common import checked, checked_text, get_live, local_setting, parse_date, today
from app.store.database import Database

APPROVERS_ONLY = ("Only the station head's or the supervisor's laptop decides on a request "
                  "to close a case.", "只有站长或督导的电脑可以审批结案申请。")


@dataclass(frozen=True)
class ClosureState:
    """A case's newest live request to close it, and the answer if there is one."""

    request_id: str
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


def station_wants_approval(s: Session) -> bool:
    station = s.get(Station, local_setting(s, "station_id") or "")
    return bool(station is not None and station.closure_approval)


def may_decide(s: Session) -> bool:
    try:
        require_right(s, "closure_decision", *APPROVERS_ONLY)
    except ShegongError:
        return False
    return True


def station_closure_approval(db: Database) -> bool:
    """The station's choice: closures need approval."""
    with db.read() as s:
        return station_wants_approval(s)


def approval_needed(db: Database) -> bool:
    """Whether closing a case on this laptop waits for an approval."""
    with db.read() as s:
        return station_wants_approval(s) and not may_decide(s)


def set_closure_approval(db: Database, required: bool) -> None:
    """The head's choice for the station: closures need approval, or not."""
    with db.write() as s:
        require_right(s, "station", "Only the station head's laptop sets how cases close.",
                      "只有站长的电脑可以设置结案是否需要审批。")
        station = get_live(s, Station, local_setting(s, "station_id") or "", "station",
                           "社工站")
        if bool(station.closure_approval) != required:
            station.closure_approval = required


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
        state = _newest(s, case_id)
        if state is not None and state[1] is None:
            raise ValidationError("closure_reason",
                                  "A request to close this case is waiting for an answer.",
                                  "此个案的结案申请正在等待审批。")
        request = ClosureRequest(case_id=case_id, closure_reason=reason, closed_on=day,
                                 note=text, requested_by=local_setting(s, "worker_id"),
                                 requested_on=today())
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
                                  "此结案申请已审批。")
        s.add(ClosureDecision(request_id=request.id,
                              decision="approved" if approve else "returned", comment=text,
                              decided_by=local_setting(s, "worker_id"), decided_on=today()))


def check_may_close(s: Session, case_id: str) -> None:
    """Inside close_case: where approval is needed, the newest request must be approved."""
    if not station_wants_approval(s) or may_decide(s):
        return
    newest = _newest(s, case_id)
    if newest is None or newest[1] is None or newest[1].decision != "approved":
        raise ValidationError(
            "closure_reason", "This station closes cases after the head's or the "
            "supervisor's approval: request it first (申请结案).",
            "本站结案需经站长或督导审批：请先提交结案申请。")


def void_requests(s: Session, case_id: str, reason: str) -> None:
    """A reopened case's requests no longer count: closing again needs a new approval."""
    for request in s.scalars(select(ClosureRequest).where(
            ClosureRequest.case_id == case_id, ClosureRequest.void_reason.is_(None))):
        request.void_reason = reason


def closure_state(db: Database, case_id: str) -> ClosureState | None:
    with db.read() as s:
        newest = _newest(s, case_id)
        return _state(s, *newest) if newest is not None else None


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
        return [_state(s, r, None) for r in requests]


def _decision_of(s: Session, request_id: str) -> ClosureDecision | None:
    return s.scalars(select(ClosureDecision).where(
        ClosureDecision.request_id == request_id, ClosureDecision.void_reason.is_(None))
        .order_by(ClosureDecision.decided_on, ClosureDecision.id)).first()


def _newest(s: Session, case_id: str) -> tuple[ClosureRequest, ClosureDecision | None] | None:
    request = s.scalars(select(ClosureRequest).where(
        ClosureRequest.case_id == case_id, ClosureRequest.void_reason.is_(None))
        .order_by(ClosureRequest.requested_on.desc(), ClosureRequest.id.desc())).first()
    return (request, _decision_of(s, request.id)) if request is not None else None


def _state(s: Session, r: ClosureRequest, d: ClosureDecision | None) -> ClosureState:
    names = worker_names(s)
    name = s.scalar(select(Client.name).join(Case, Case.client_id == Client.id)
                    .where(Case.id == r.case_id)) or ""
    return ClosureState(
        r.id, r.case_id or "", name, r.closure_reason or "", r.closed_on, r.note or "",
        names.get(r.requested_by or "", ""), r.requested_on,
        d.decision if d else None, (d.comment or "") if d else "",
        names.get(d.decided_by or "", "") if d else "", d.decided_on if d else None)
