"""A referral followed to the end: overdue ones on Today, the agency's answer and the
outcome noted from Today or the client's timeline, voided with a reason, with history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from client_forms_helpers import ModalAnswer, type_chinese
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.services import clients
from app.services.history import record_history
from app.services.referrals import ANSWER_DAYS, get_referral, refer
from app.services.today import today_lists
from app.ui.cases.cases_page import CasesPage
from app.ui.clients.client_detail import KIND_ROLE, ClientDetailDialog
from app.ui.clients.referral_dialog import ReferralDialog
from app.ui.kit.context import AppContext
from app.ui.kit.record_dialogs import VoidDialog
from app.ui.today.today_page import TodayPage

TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def chinese(language: Callable[[str], str]) -> None:
    language("zh")


@pytest.fixture
def referrals(ctx: AppContext) -> dict[str, str]:
    """黄阿婆, referred to civil affairs 40 days ago (no answer yet) and to the health
    station 5 days ago."""
    client = clients.register_client(ctx.db, clients.ClientInput(
        name="黄阿婆", village="板六村",
        categories=(clients.CategoryInput("left_behind_elderly"),)))
    return {"client": client,
            "old": refer(ctx.db, client, "civil_affairs", "申请低保",
                         referred_on=TODAY - dt.timedelta(days=40)),
            "new": refer(ctx.db, client, "health", "慢病随访",
                         referred_on=TODAY - dt.timedelta(days=5))}


def test_an_overdue_referral_is_on_today_and_its_answer_is_noted_there(
        qtbot: QtBot, ctx: AppContext, referrals: dict[str, str]) -> None:
    lists = today_lists(ctx.db)
    assert [i.referral_id for i in lists.referrals] == [referrals["old"]]  # not the new
    assert lists.referrals[0].days == 40 > ANSWER_DAYS
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    model = page.referrals.model
    assert [model.index(0, c).data() for c in range(4)][:2] == ["黄阿婆", "民政部门"]
    assert model.index(0, 3).data() == "40"

    def answer(dialog: ReferralDialog) -> None:
        assert dialog.status.code() == "pending"
        dialog.status.set_code("completed")
        type_chinese(dialog.outcome, "已纳入低保，每月领取")
        dialog.ok_button.click()

    modal = ModalAnswer(ReferralDialog, answer)
    view = page.referrals.view
    rect = view.visualRect(model.index(0, 4))
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # the write refreshes Today
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    modal.check()
    done = get_referral(ctx.db, referrals["old"])
    assert (done.status, done.outcome) == ("completed", "已纳入低保，每月领取")
    assert model.rowCount() == 0  # answered: off the list
    changes = {c.field: (c.old, c.new)
               for c in record_history(ctx.db, "referral", referrals["old"], "zh")}
    assert changes["status"] == ("待处理", "已完成")
    QThreadPool.globalInstance().waitForDone()


def test_a_referral_opens_from_the_timeline_and_is_voided(
        qtbot: QtBot, ctx: AppContext, referrals: dict[str, str]) -> None:
    detail = ClientDetailDialog(ctx, referrals["client"])
    qtbot.addWidget(detail)
    detail.show()
    tree = detail.timeline
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, KIND_ROLE) == ("referral", referrals["new"]))
    tree.setCurrentItem(item)
    tree.setFocus()

    def void(dialog: VoidDialog) -> None:
        type_chinese(dialog.reason, "重复转介")
        dialog.ok_button.click()

    def open_void(dialog: ReferralDialog) -> None:
        assert "慢病随访" in dialog.intro.text()
        nested = ModalAnswer(VoidDialog, void)
        dialog.void_button.click()
        nested.check()

    modal = ModalAnswer(ReferralDialog, open_void)
    QTest.keyClick(tree, Qt.Key.Key_Return)
    modal.check()
    assert referrals["new"] not in [i.data(0, KIND_ROLE)[1]
                                    for i in (tree.topLevelItem(n)
                                              for n in range(tree.topLevelItemCount()))]
    assert record_history(ctx.db, "referral", referrals["new"], "zh")[-1].new == "重复转介"


def test_the_referral_list_filters_by_status_and_searches_and_opens_one(
        qtbot: QtBot, ctx: AppContext, referrals: dict[str, str]) -> None:
    """Cases → 转介: every referral with its status (overdue said so), the overdue filter
    and a status filter with their counts, a search by village; one opened and answered
    leaves the overdue list at once."""
    other = clients.register_client(ctx.db, clients.ClientInput(
        name="张晓明", village="那龙村", categories=(clients.CategoryInput("left_behind_child"),),
        birth_date="2015-06-03"))
    refer(ctx.db, other, "education", "申请助学金", referred_on=TODAY - dt.timedelta(days=2))
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.referrals)
    panel = page.referrals
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3 and not panel.loader.running,
                    timeout=10_000)
    column = [panel.model.index(r, 1).data() for r in range(3)]
    assert column == ["张晓明", "黄阿婆", "黄阿婆"]  # newest first
    assert panel.model.index(2, 4).data() == "待处理，已逾期"
    red = Qt.ItemDataRole.ForegroundRole
    assert panel.model.index(2, 4).data(red) is not None  # overdue: in red
    assert panel.model.index(0, 4).data(red) is None and panel.model.index(2, 1).data(red) is None
    assert [panel.status.itemText(i) for i in range(3)] == [
        "全部（3 条）", "已逾期（1 条）", "待处理（3 条）"]
    panel.show_overdue()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and not panel.loader.running,
                    timeout=10_000)
    assert panel.model.id_at(0) == referrals["old"]

    def answer(dialog: ReferralDialog) -> None:
        dialog.status.set_code("accepted")
        dialog.ok_button.click()

    modal = ModalAnswer(ReferralDialog, answer)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    QTest.keyClick(panel.view, Qt.Key.Key_Return)
    modal.check()
    # Accepted but not done 40 days on: still overdue, and the list says its new status.
    qtbot.waitUntil(lambda: panel.model.index(0, 4).data() == "已受理，已逾期", timeout=10_000)
    panel.status.setCurrentIndex(panel.status.findData(None))
    panel.search_box.setText("那龙")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and not panel.loader.running,
                    timeout=10_000)
    assert panel.model.index(0, 1).data() == "张晓明" and panel.count.text() == "1 条转介"
    QThreadPool.globalInstance().waitForDone()
