"""The client detail window: profile, household, open case, timeline and its actions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from categories import TBA
from client_forms_helpers import ModalAnswer, type_chinese, valid_id
from paper import answer_print_dialog, pdf_text
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.services import cases, clients, visits
from app.services.client_list import ClientQuery, client_ids
from app.services.clients import CategoryInput, ClientInput, MemberInput
from app.services.referrals import refer
from app.ui.clients.client_detail import ClientDetailDialog
from app.ui.kit.context import AppContext
from app.ui.kit.i18n import arg, format_date
from app.ui.kit.record_dialogs import NewCaseDialog, ReferDialog, VoidDialog

TODAY = dt.date.today()
CHILD_ID = valid_id("45011020150603031")


@pytest.fixture
def child(ctx: AppContext) -> str:
    """张晓明, a left-behind boy living with his grandfather, with 15 visits over a year."""
    client_id = clients.register_client(ctx.db, ClientInput(
        name="张晓明", id_number=CHILD_ID, phone="13812345678", village="那龙村",
        village_group="三组", address="那龙村三组12号", risk_level="high",
        categories=(CategoryInput("left_behind_child"), CategoryInput("disabled", "hearing", "3")),
        household=(MemberInput("张德福", "grandparent", gender="male", is_guardian=True),
                   MemberInput("李春梅", "parent", gender="female", lives_with_client=False))))
    for n in range(15):
        visits.record_visit(ctx.db, visits.VisitInput(
            client_id=client_id, visit_date=TODAY - dt.timedelta(days=7 + 23 * n),
            mode="phone" if n % 4 == 3 else "home",
            observations=f"第{n + 1}次走访：爷爷身体尚可，孩子按时上学",
            emotional=visits.Need("medium" if n == 0 else "low")))
    return client_id


def open_detail(qtbot: QtBot, ctx: AppContext, client_id: str) -> ClientDetailDialog:
    window = ClientDetailDialog(ctx, client_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def rows(window: ClientDetailDialog) -> list[list[str]]:
    tree = window.timeline
    return [[tree.topLevelItem(i).text(c) for c in range(4)]
            for i in range(tree.topLevelItemCount())]


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_profile_household_and_timeline_newest_first_in_chinese(
        qtbot: QtBot, ctx: AppContext, child: str) -> None:
    window = open_detail(qtbot, ctx, child)

    assert window.name.text() == "张晓明"
    assert "4501**********" + CHILD_ID[-4:] in window.facts.text()
    assert "2015年6月3日" in window.facts.text() and "男" in window.facts.text()
    assert "那龙村 三组" in window.place.text()
    assert "高" in window.risk.text()
    assert window.categories.text().splitlines() == [
        "农村留守儿童", arg(window.tr("%1 (type: %2; grade: %3)"), "残疾人", "听力残疾", "三级")]
    family = window.household.text().splitlines()
    assert family[0].startswith("张德福 · 祖父母/外祖父母 · 男")
    assert window.tr("guardian") in family[0]
    assert window.tr("guardian") not in family[1] and window.tr("lives elsewhere") in family[1]

    dates = sorted((TODAY - dt.timedelta(days=7 + 23 * n) for n in range(15)), reverse=True)
    lines = rows(window)
    assert [line[0] for line in lines] == [format_date(d, "zh") for d in dates]
    assert lines[0][0] == f"{dates[0].year}年{dates[0].month}月{dates[0].day}日"
    assert "第1次走访" in lines[0][2] and "入户走访" in lines[0][1] and "中" in lines[0][3]
    assert "电话回访" in lines[3][1]
    assert not window.empty_timeline.isVisible()


def test_the_window_follows_writes_elsewhere(qtbot: QtBot, ctx: AppContext, child: str) -> None:
    window = open_detail(qtbot, ctx, child)
    refer(ctx.db, child, "education", "孩子需要助学金", referred_on=TODAY)  # tells the window
    first = rows(window)[0]
    assert first[0] == format_date(TODAY, "zh") and "教育部门" in first[2] and first[3] == "待处理"


def test_opening_a_case_then_the_timeline_opens_it(
        qtbot: QtBot, ctx: AppContext, child: str, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(ctx, "open_case", opened.append)
    window = open_detail(qtbot, ctx, child)
    assert not window.case_button.isEnabled() and window.new_case_button.isEnabled()

    def fill(dialog: NewCaseDialog) -> None:
        click(qtbot, dialog.ok_button)  # empty: refused under the field
        assert dialog.errors.error("presenting_problem").text() == "请填写求助问题。"
        type_chinese(dialog.problem, "父母长期在外务工，孩子情绪低落")
        click(qtbot, dialog.ok_button)

    answer = ModalAnswer(NewCaseDialog, fill)
    click(qtbot, window.new_case_button)
    answer.check()

    case_id = cases.open_case_of(ctx.db, child)
    assert case_id and opened == [case_id]
    assert "接案" in window.case.text() and "孩子情绪低落" in window.case.text()
    assert window.case_button.isEnabled() and not window.new_case_button.isEnabled()
    tree = window.timeline
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).text(1) == window.tr("Case"))
    tree.setCurrentItem(item)
    tree.setFocus()
    QTest.keyClick(tree, Qt.Key.Key_Return)  # as a double-click: opens the case
    assert opened == [case_id, case_id]
    assert not [w for w in ctx._open if w is not window]  # and nothing else (a new visit)
    click(qtbot, window.case_button)
    assert opened == [case_id] * 3


def test_referring_to_an_agency(qtbot: QtBot, ctx: AppContext, child: str) -> None:
    window = open_detail(qtbot, ctx, child)

    def fill(dialog: ReferDialog) -> None:
        dialog.agency.set_code("disabled_federation")
        type_chinese(dialog.reason, "申请助听器")
        click(qtbot, dialog.ok_button)

    answer = ModalAnswer(ReferDialog, fill)
    click(qtbot, window.refer_button)
    answer.check()
    first = rows(window)[0]
    assert "残疾人联合会" in first[2] and "申请助听器" in first[2]


def test_voiding_needs_a_reason_and_removes_the_client(
        qtbot: QtBot, ctx: AppContext, child: str) -> None:
    other = clients.register_client(ctx.db, ClientInput(name="覃秀兰", village="板六村",
                                                        categories=TBA))
    window = open_detail(qtbot, ctx, child)
    destroyed: list[bool] = []
    window.destroyed.connect(lambda *_: destroyed.append(True))

    def fill(dialog: VoidDialog) -> None:
        click(qtbot, dialog.ok_button)
        assert dialog.errors.error("void_reason").text() == "请填写作废原因。"
        assert dialog.isVisible() and set(client_ids(ctx.db, ClientQuery())) == {child, other}
        type_chinese(dialog.reason, "重复登记")
        click(qtbot, dialog.ok_button)

    answer = ModalAnswer(VoidDialog, fill)
    click(qtbot, window.void_button)
    answer.check()

    assert client_ids(ctx.db, ClientQuery()) == [other]
    qtbot.waitUntil(lambda: bool(destroyed))  # the window closed (and was deleted)


def test_the_case_file_is_printed_or_saved_from_the_client_window(
        qtbot: QtBot, ctx: AppContext, child: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """个案档案 from the client's window: through the print dialog (or not at all when it
    is cancelled), or as a PDF with the ID number masked or in full; every live visit."""
    window = open_detail(qtbot, ctx, child)
    assert window.paper_button.isVisible() and window.paper_button.isEnabled()
    answer_print_dialog(monkeypatch, None)
    window.paper_button.print_action.trigger()
    assert window.paper_status.text() == ""  # cancelled: nothing printed, nothing said
    answer_print_dialog(monkeypatch, tmp_path / "printed.pdf")
    window.paper_button.print_action.trigger()
    assert window.paper_status.text() == "Sent to the printer."
    pages, printed = pdf_text(tmp_path / "printed.pdf")
    assert "张晓明" in printed and f"/ 共 {pages}" in printed  # (ctx.lang: zh)
    masked = window.save_case_file(False, tmp_path / "masked.pdf")
    full = window.save_case_file(True, tmp_path / "full.pdf")
    assert masked is not None and full is not None
    assert window.paper_status.text() == f"Case file saved: {full}"
    _, text = pdf_text(masked)
    for n in range(15):
        day = TODAY - dt.timedelta(days=7 + 23 * n)
        assert day.isoformat() in text and f"第{n + 1}次走访" in text
    assert CHILD_ID not in text and CHILD_ID in pdf_text(full)[1]
    assert "张德福" in text and "那龙村三组12号" in text
