"""Closure approvals across laptops: the head makes closures need approval; a worker's
laptop may only ask; the head returns a request with a comment or approves it; the worker
then closes. Decisions travel in bundles like every record, and one forged on a worker's
laptop is refused at the head's import. Reopening makes the next closure ask again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from categories import TBA
from peers import Peer, mesh

from app.errors import BundleRefused, ShegongError, ValidationError
from app.models import ClosureDecision
from app.services import cases, clients
from app.services.closures import (
    approval_needed,
    closure_state,
    decide_closure,
    request_closure,
    set_closure_approval,
    waiting_requests,
)

TODAY = dt.date.today()


@pytest.fixture
def station(tmp_path: Path) -> Iterator[tuple[Peer, Peer, str]]:
    """The head and a worker's laptop; the worker's open case of 覃秀兰; closures need
    approval (the head's choice, already on the worker's laptop)."""
    head, worker = mesh(tmp_path, ["站长", "韦丽"])
    client = clients.register_client(worker.db, clients.ClientInput(name="覃秀兰",
                                                                    categories=TBA))
    case_id = cases.open_case(worker.db, client, "独居，冬天缺棉被",
                              opened_on=TODAY - dt.timedelta(days=90))
    with pytest.raises(ShegongError, match="head's laptop"):
        set_closure_approval(worker.db, True)
    set_closure_approval(head.db, True)
    worker.take(head.export())
    head.take(worker.export())
    yield head, worker, case_id
    head.close()
    worker.close()


def test_a_worker_asks_the_head_returns_then_approves_and_the_worker_closes(
        station: tuple[Peer, Peer, str]) -> None:
    head, worker, case_id = station
    assert approval_needed(worker.db) and not approval_needed(head.db)
    with pytest.raises(ValidationError, match="request it first"):
        cases.close_case(worker.db, case_id, "goals_met")
    first = request_closure(worker.db, case_id, "goals_met", "棉被已送到，老人已纳入低保")
    with pytest.raises(ValidationError, match="waiting for an answer"):
        request_closure(worker.db, case_id, "goals_met")
    with pytest.raises(ShegongError, match="head's or the supervisor's laptop"):
        decide_closure(worker.db, first, approve=True)

    head.take(worker.export())
    [waiting] = waiting_requests(head.db)
    assert (waiting.client_name, waiting.reason, waiting.requested_by) == (
        "覃秀兰", "goals_met", "社工韦丽")
    with pytest.raises(ValidationError, match="Say why"):
        decide_closure(head.db, first, approve=False)
    decide_closure(head.db, first, approve=False, comment="请先完成结案评估再申请")
    assert waiting_requests(head.db) == []
    worker.take(head.export())
    state = closure_state(worker.db, case_id)
    assert state is not None and (state.decision, state.comment, state.decided_by) == (
        "returned", "请先完成结案评估再申请", "社工站长")
    with pytest.raises(ValidationError, match="request it first"):
        cases.close_case(worker.db, case_id, "goals_met")

    again = request_closure(worker.db, case_id, "goals_met", "已完成结案评估")
    head.take(worker.export())
    decide_closure(head.db, again, approve=True)
    with pytest.raises(ValidationError, match="answered already"):
        decide_closure(head.db, again, approve=False, comment="改主意了")
    worker.take(head.export())
    cases.close_case(worker.db, case_id, "goals_met", "按审批结案")
    assert cases.get_case(worker.db, case_id).row.stage == "closed"
    head.take(worker.export())
    assert head.dump() == worker.dump()

    # Reopened, it is open work again: the old approval does not close it a second time.
    cases.reopen_case(worker.db, case_id, "老人又摔倒了")
    assert closure_state(worker.db, case_id) is None
    with pytest.raises(ValidationError, match="request it first"):
        cases.close_case(worker.db, case_id, "goals_met")


def test_a_decision_forged_on_a_workers_laptop_is_refused_at_the_head(
        station: tuple[Peer, Peer, str]) -> None:
    head, worker, case_id = station
    request = request_closure(worker.db, case_id, "moved_away")
    with worker.db.write() as s:  # what a hostile program on the laptop can still do
        s.add(ClosureDecision(request_id=request, decision="approved", decided_on=TODAY))
    before = head.dump()
    with pytest.raises(BundleRefused) as err:
        head.take(worker.export())
    assert "may not make" in err.value.en and "closure_decision" in err.value.en
    assert head.dump() == before and waiting_requests(head.db) == []


def test_without_the_stations_choice_a_case_closes_as_before(tmp_path: Path) -> None:
    head, worker = mesh(tmp_path, ["站长", "韦丽"])
    client = clients.register_client(worker.db, clients.ClientInput(name="黄阿婆",
                                                                    categories=TBA))
    case_id = cases.open_case(worker.db, client, "行动不便")
    assert not approval_needed(worker.db)
    cases.close_case(worker.db, case_id, "goals_met")
    assert cases.get_case(worker.db, case_id).row.stage == "closed"
    head.close()
    worker.close()


def test_a_plan_approved_before_the_work_starts(tmp_path: Path) -> None:
    """Where the head wants plans approved, a worker's case stays at the plan stage until
    the head approved its goals; the closure rule is separate."""
    from app.services.closures import PLAN, request_plan_approval

    head, worker = mesh(tmp_path, ["站长", "韦丽"])
    set_closure_approval(head.db, True, kind=PLAN)
    worker.take(head.export())
    client = clients.register_client(worker.db, clients.ClientInput(name="黄阿婆",
                                                                    categories=TBA))
    case_id = cases.open_case(worker.db, client, "行动不便，独居")
    for _ in range(2):
        cases.advance_case(worker.db, case_id)  # assessment, then plan: not approved
    assert approval_needed(worker.db, PLAN) and not approval_needed(worker.db)
    with pytest.raises(ValidationError, match="goals first"):
        request_plan_approval(worker.db, case_id)
    cases.set_goals(worker.db, case_id, [("每月上门探访一次", "open")])
    with pytest.raises(ValidationError, match="approval of its plan"):
        cases.advance_case(worker.db, case_id)
    request = request_plan_approval(worker.db, case_id, "目标已与老人商定")
    head.take(worker.export())
    [waiting] = waiting_requests(head.db)
    assert (waiting.kind, waiting.note) == (PLAN, "目标已与老人商定")
    decide_closure(head.db, request, approve=True, comment="同意，注意跌倒风险")
    worker.take(head.export())
    assert cases.advance_case(worker.db, case_id) == "intervention"
    assert closure_state(worker.db, case_id) is None  # nothing asked about closing yet
    head.close()
    worker.close()
