"""Closure approvals in the windows, on two real laptops of one station: the head ticks
the setting; on the worker's laptop 结案 becomes 申请结案 and the case says the request
waits; the request reaches the head's Today, who sends it back with a comment; the
worker's case window shows the comment, then the approval, then closes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from categories import TBA
from client_forms_helpers import ModalAnswer
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from app.paths import resolve_paths
from app.services import cases, clients
from app.services.bundle_import import import_bundle
from app.services.closures import decide_closure, station_closure_approval, waiting_requests
from app.services.devices import export_card, this_device, trust_card
from app.services.setup import JoinInput, initialize
from app.services.sync import export_bundle
from app.store.database import Database
from app.ui.cases.case_dialog import CaseDialog
from app.ui.cases.case_stage import CloseCaseDialog
from app.ui.kit.context import AppContext
from app.ui.settings.settings_page import SettingsPage
from app.ui.shell.features import make_context
from app.ui.today.closure_dialog import ClosureDecisionDialog
from app.ui.today.today_page import TodayPage


@pytest.fixture(autouse=True)
def chinese(language: Callable[[str], str]) -> None:
    language("zh")


@pytest.fixture
def worker(ctx: AppContext, tmp_path: Path) -> Iterator[Database]:
    """韦丽's laptop, joined to the head's station (ctx is the head's laptop)."""
    db = Database(resolve_paths(tmp_path / "韦丽"))
    initialize(db, JoinInput(card=export_card(ctx.db, tmp_path / "head.card"),
                             device="韦丽的电脑", worker="韦丽"))
    trust_card(ctx.db, export_card(db, tmp_path / "weili.card"), "worker")
    yield db
    db.close()


def send(source: Database, target: Database, path: Path) -> None:
    bundle = export_bundle(source, path, to=[this_device(target).device_id]).path
    import_bundle(target, bundle)


def test_a_closure_asked_answered_on_today_and_closed(
        qtbot: QtBot, ctx: AppContext, worker: Database, tmp_path: Path) -> None:
    settings = SettingsPage(ctx)
    qtbot.addWidget(settings)
    settings.show()
    settings.refresh()
    assert settings.approval_box.isVisible()  # the head's laptop
    qtbot.mouseClick(settings.approval_check, Qt.MouseButton.LeftButton)
    assert station_closure_approval(ctx.db)
    send(ctx.db, worker, tmp_path / "h1.shegong")

    client = clients.register_client(worker, clients.ClientInput(name="覃秀兰",
                                                                 categories=TBA))
    case_id = cases.open_case(worker, client, "独居，冬天缺棉被")
    mine = make_context(worker, "zh")
    dialog = CaseDialog(mine, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.close_button.text() == "申请结案…(&C)"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    asking = dialog.stage_dialog
    assert isinstance(asking, CloseCaseDialog) and asking.ok_button.text() == "提交申请(&S)"
    asking.reason.set_code("goals_met")
    asking.note.setPlainText("棉被已送到，老人已纳入低保")
    qtbot.mouseClick(asking.ok_button, Qt.MouseButton.LeftButton)
    dialog.reload()
    assert "等待站长或督导审批" in dialog.approval.text() and dialog.approval.isVisible()
    assert not dialog.close_button.isEnabled()
    assert cases.get_case(worker, case_id).row.stage != "closed"

    send(worker, ctx.db, tmp_path / "w1.shegong")
    today = TodayPage(ctx)
    qtbot.addWidget(today)
    with qtbot.waitSignal(today.loaded, timeout=10_000):
        today.show()
    section = today.closures
    assert section.isVisible() and section.model.rowCount() == 1
    assert [section.model.index(0, c).data() for c in range(4)] == [
        "覃秀兰", "韦丽", section.model.index(0, 2).data(), "结案：服务目标达成"]

    def send_back(answer: ClosureDecisionDialog) -> None:
        assert "棉被已送到" in answer.intro.text() and "韦丽" in answer.intro.text()
        answer.decision.set_code("returned")
        qtbot.mouseClick(answer.ok_button, Qt.MouseButton.LeftButton)  # no comment yet
        assert answer.errors.fields["comment"].text() == "请写明退回的原因，社工会看到。"
        answer.comment.setPlainText("请先完成结案评估再申请")
        qtbot.mouseClick(answer.ok_button, Qt.MouseButton.LeftButton)

    modal = ModalAnswer(ClosureDecisionDialog, send_back)
    view = section.view
    with qtbot.waitSignal(today.loaded, timeout=10_000):  # the write refreshes Today
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.visualRect(section.model.index(0, 4)).center())
    modal.check()
    assert section.model.rowCount() == 0

    send(ctx.db, worker, tmp_path / "h2.shegong")
    dialog.reload()
    assert "请先完成结案评估再申请" in dialog.approval.text()
    assert dialog.close_button.isEnabled() and dialog.close_button.text() == "申请结案…(&C)"

    # Asked again and approved: the worker's 结案 closes with the approved reason filled in.
    from app.services.closures import request_closure

    request_closure(worker, case_id, "goals_met", "已完成结案评估")
    send(worker, ctx.db, tmp_path / "w2.shegong")
    [waiting] = waiting_requests(ctx.db)
    decide_closure(ctx.db, waiting.request_id, approve=True)
    send(ctx.db, worker, tmp_path / "h3.shegong")
    dialog.reload()
    assert "同意" not in dialog.close_button.text() and dialog.close_button.text() == "结案…(&C)"
    assert "可以结案" in dialog.approval.text()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    closing = dialog.stage_dialog
    assert isinstance(closing, CloseCaseDialog) and closing.reason.code() == "goals_met"
    qtbot.mouseClick(closing.ok_button, Qt.MouseButton.LeftButton)
    assert cases.get_case(worker, case_id).row.stage == "closed"
    QThreadPool.globalInstance().waitForDone()


def test_a_plan_sent_for_approval_from_the_case_window(
        qtbot: QtBot, ctx: AppContext, worker: Database, tmp_path: Path) -> None:
    from app.services.closures import PLAN, closure_state, set_closure_approval
    from app.ui.cases.case_stage import PlanApprovalDialog

    set_closure_approval(ctx.db, True, PLAN)
    send(ctx.db, worker, tmp_path / "h1.shegong")
    client = clients.register_client(worker, clients.ClientInput(name="黄阿婆",
                                                                 categories=TBA))
    case_id = cases.open_case(worker, client, "行动不便，独居")
    cases.advance_case(worker, case_id)
    cases.advance_case(worker, case_id)  # at the plan stage
    cases.set_goals(worker, case_id, [("每月上门探访一次", "open")])
    dialog = CaseDialog(make_context(worker, "zh"), case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.next_button.text() == "申请审批服务计划…(&P)"
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    asking = dialog.stage_dialog
    assert isinstance(asking, PlanApprovalDialog)
    asking.note.setPlainText("目标已与老人商定")
    qtbot.mouseClick(asking.ok_button, Qt.MouseButton.LeftButton)
    dialog.reload()
    state = closure_state(worker, case_id, PLAN)
    assert state is not None and state.decision is None and state.note == "目标已与老人商定"
    assert not dialog.next_button.isEnabled() and "等待站长或督导答复" in dialog.approval.text()
    assert cases.get_case(worker, case_id).row.stage == "plan"
    QThreadPool.globalInstance().waitForDone()
