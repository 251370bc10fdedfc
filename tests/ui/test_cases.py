"""Cases as a worker drives them: the list by stage, and one case taken from intake to
closing with the buttons, its assessment typed and saved, goals planned and met, then
read-only until it is explicitly reopened with a reason."""

from __future__ import annotations

import datetime as dt
import gc

from categories import TBA
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.models.validation import id_check_digit
from app.services.case_list import CaseQuery, case_ids
from app.services.cases import (
    ASSESSMENT_FIELDS,
    advance_case,
    count_by_stage,
    get_case,
    list_cases,
    open_case,
)
from app.services.clients import ClientInput, register_client
from app.store.database import Database
from app.ui.cases.case_dialog import CaseDialog
from app.ui.cases.case_stage import CloseCaseDialog, ReopenCaseDialog
from app.ui.cases.cases_page import CasesPage
from app.ui.kit.context import AppContext
from app.ui.shell.features import make_context

ASSESSMENT = {
    "assess_health": "高血压多年，需长期服药",
    "assess_daily_living": "能自理，做饭洗衣靠自己",
    "assess_material": "低保金每月七百元，药费开支大",
    "assess_emotional": "儿子外出务工后常感孤独",
    "assess_social": "很少出门，与邻居来往不多",
    "family_pressures": "儿子在广东务工，一年回家一次",
    "family_strengths": "儿媳每周打电话，侄子住在隔壁",
    "family_subsidies": "低保、高龄津贴",
    "community_services": "村卫生室、村老年活动室",
    "community_problems": "家到卫生室的路雨天难走",
    "community_resources": "镇卫生院家庭医生签约、志愿者探访队",
    "needs_summary": "按时服药与陪伴为主，链接家庭医生，每月探访两次",
}


def a_client(db: Database, name: str = "张晓明") -> str:
    first17 = "45012219560302001"
    return register_client(db, ClientInput(
        name=name, gender="male", birth_date="1956-03-02",
        id_number=first17 + id_check_digit(first17), village="那龙村",
        address="那龙村三组12号", consent_given=True, categories=TBA))


def show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)


def test_a_case_from_intake_to_closing_and_reopening(qtbot: QtBot, ctx: AppContext,
                                                     qtmodeltester) -> None:
    db = ctx.db
    case_id = open_case(db, a_client(db), "独居老人，儿子外出务工，血压控制不好")
    dialog = CaseDialog(ctx, case_id)
    show(qtbot, dialog)
    assert dialog.client.text() == "张晓明"
    assert dialog.path.current == "intake"
    assert not dialog.reopen_button.isVisible()

    # The assessment, typed field by field and signed, then saved.
    form = dialog.form
    for key, text in ASSESSMENT.items():
        form.edits[key].setPlainText(text)
    form.problem.setPlainText("独居老人，血压控制不好，情绪低落")
    form.assessed_by.setCurrentIndex(form.assessed_by.findText("韦丽"))
    form.assessed_on.set_value(dt.date.today())
    form.has_followup.setChecked(True)
    form.followup.set_value(dt.date.today() + dt.timedelta(days=14))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = get_case(db, case_id)
    assert stored.assessment == ASSESSMENT
    assert set(stored.assessment) == set(ASSESSMENT_FIELDS)
    assert stored.row.presenting_problem == "独居老人，血压控制不好，情绪低落"
    assert stored.assessed_by is not None and stored.assessed_on == dt.date.today()
    assert stored.row.next_followup == dt.date.today() + dt.timedelta(days=14)
    assert not form.is_dirty()

    # Two goals: one with the button, one with Enter; both marked met.
    dialog.tabs.setCurrentIndex(1)
    dialog.new_goal.setText("每月两次入户探访，陪伴聊天")
    qtbot.mouseClick(dialog.add_goal_button, Qt.MouseButton.LeftButton)
    dialog.new_goal.setText("签约家庭医生，按时服药")
    qtbot.keyClick(dialog.new_goal, Qt.Key.Key_Return)
    assert [g.status for g in get_case(db, case_id).goals] == ["open", "open"]
    assert dialog.tabs.tabText(1) == "Service plan (2)"
    for row in range(2):
        dialog.goal_view.selectRow(row)
        dialog.goal_status.set_code("met")
        qtbot.mouseClick(dialog.status_button, Qt.MouseButton.LeftButton)
    goals = get_case(db, case_id).goals
    assert [g.description for g in goals] == ["每月两次入户探访，陪伴聊天",
                                              "签约家庭医生，按时服药"]
    assert [g.status for g in goals] == ["met", "met"]
    assert dialog.goals.data(dialog.goals.index(1, 1)) == "已达成"
    qtmodeltester.check(dialog.goals)

    # Every stage with the button; at evaluation the next step is closing.
    for stage in ("assessment", "plan", "intervention", "evaluation"):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        assert get_case(db, case_id).row.stage == stage
        assert dialog.path.current == stage
    assert not dialog.next_button.isEnabled()

    # Closing asks for a reason: none chosen is refused next to the field.
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    closing = dialog.stage_dialog
    assert isinstance(closing, CloseCaseDialog) and closing.isVisible()
    qtbot.mouseClick(closing.ok_button, Qt.MouseButton.LeftButton)
    assert closing.isVisible()
    assert closing.errors.fields["closure_reason"].text() == "请选择结案原因。"
    assert get_case(db, case_id).row.stage == "evaluation"
    closing.reason.set_code("goals_met")
    assert closing.reason.currentText() == "服务目标达成"
    closing.note.setPlainText("血压稳定，家庭医生已签约")
    qtbot.mouseClick(closing.ok_button, Qt.MouseButton.LeftButton)
    closed = get_case(db, case_id)
    assert (closed.row.stage, closed.closure_reason) == ("closed", "goals_met")
    assert closed.events[-1].note == "血压稳定，家庭医生已签约"

    # Closed: everything read-only; editing through the UI is impossible.
    assert dialog.path.current == "closed"
    assert "服务目标达成" in dialog.banner.text() and dialog.banner.isVisible()
    assert all(edit.isReadOnly() for edit in form.edits.values())
    assert form.problem.isReadOnly()
    assert not form.assessed_by.isEnabled() and not form.has_followup.isEnabled()
    assert not dialog.save_button.isEnabled()
    assert not dialog.new_goal.isEnabled() and not dialog.add_goal_button.isEnabled()
    assert not dialog.status_button.isEnabled()
    assert not dialog.next_button.isVisible() and not dialog.close_button.isVisible()
    assert dialog.reopen_button.isVisible()
    form.edits["needs_summary"].setFocus()
    qtbot.keyClicks(form.edits["needs_summary"], "abc")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert get_case(db, case_id).assessment["needs_summary"] == ASSESSMENT["needs_summary"]
    assert get_case(db, case_id).row.stage == "closed"

    # Reopening needs a reason.
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    reopening = dialog.stage_dialog
    assert isinstance(reopening, ReopenCaseDialog)
    qtbot.mouseClick(reopening.ok_button, Qt.MouseButton.LeftButton)
    assert reopening.errors.fields["note"].text() == "请填写重新开案原因。"
    assert get_case(db, case_id).row.stage == "closed"
    reopening.note.setPlainText("老人再次跌倒，需要继续跟进")
    qtbot.mouseClick(reopening.ok_button, Qt.MouseButton.LeftButton)
    reopened = get_case(db, case_id)
    assert reopened.row.stage == "intervention" and reopened.closure_reason is None
    assert reopened.events[-1].note == "老人再次跌倒，需要继续跟进"
    assert not form.problem.isReadOnly() and dialog.save_button.isEnabled()
    assert dialog.next_button.isVisible() and not dialog.reopen_button.isVisible()

    # The history shows every move: opened, four moves, closed, reopened.
    assert dialog.events.rowCount() == 7
    assert dialog.events.data(dialog.events.index(0, 1)) == "Case opened (接案)"
    assert dialog.events.data(dialog.events.index(6, 2)) == "老人再次跌倒，需要继续跟进"
    qtmodeltester.check(dialog.events)


def test_typed_assessment_is_saved_before_a_stage_move(qtbot: QtBot, ctx: AppContext) -> None:
    case_id = open_case(ctx.db, a_client(ctx.db), "孩子学习跟不上，家中无人辅导")
    dialog = CaseDialog(ctx, case_id)
    show(qtbot, dialog)
    dialog.form.edits["assess_social"].setPlainText("放学后常一个人在家")
    assert dialog.form.is_dirty()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    stored = get_case(ctx.db, case_id)
    assert stored.row.stage == "assessment"
    assert stored.assessment["assess_social"] == "放学后常一个人在家"
    assert dialog.form.edits["assess_social"].toPlainText() == "放学后常一个人在家"
    assert not dialog.form.is_dirty()


def test_cases_page_lists_by_stage_and_opens_a_case(qtbot: QtBot, demo_db: Database,
                                                    qtmodeltester) -> None:
    ctx = make_context(demo_db, "zh")
    page = CasesPage(ctx)
    page.resize(1200, 700)
    show(qtbot, page)
    everything = list_cases(demo_db, limit=100_000)
    qtbot.waitUntil(lambda: page.model.rowCount() == len(everything) and not
                    page.loader.running)
    counts = count_by_stage(demo_db)
    assert page.filter_buttons[None].text() == f"All ({sum(counts.values())} cases)"
    assert page.filter_buttons["evaluation"].text() == f"评估 ({counts['evaluation']} cases)"
    assert list(page.model.ids) == [r.id for r in everything]  # newest opened first
    qtmodeltester.check(page.model)

    # The intervention filter shows exactly the cases at that stage.
    qtbot.mouseClick(page.filter_buttons["intervention"], Qt.MouseButton.LeftButton)
    wanted = {r.id for r in list_cases(demo_db, "intervention", limit=100_000)}
    qtbot.waitUntil(lambda: set(page.model.ids) == wanted and not page.loader.running)
    assert {page.model.data(page.model.index(i, 1)) for i in range(len(wanted))} == {"介入"}

    # A search of the client narrows it: the first case's client by name.
    first = list_cases(demo_db, "intervention", limit=1)[0]
    page.search_box.setText(first.client_name)
    found = set(case_ids(demo_db, CaseQuery(search=first.client_name, stage="intervention")))
    assert first.id in found
    qtbot.waitUntil(lambda: set(page.model.ids) == found and not page.loader.running)
    page.search_box.setText("")
    qtbot.waitUntil(lambda: set(page.model.ids) == wanted and not page.loader.running)

    # A write elsewhere refreshes the page: the case moves to evaluation.
    moved = page.model.id_at(0)
    assert moved is not None
    advance_case(demo_db, moved)  # the write itself tells the page
    qtbot.waitUntil(lambda: moved not in page.model.ids and not page.loader.running)
    assert page.filter_buttons["evaluation"].text() == \
        f"评估 ({counts['evaluation'] + 1} cases)"

    # Enter on a row opens that case.
    qtbot.mouseClick(page.filter_buttons[None], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == len(everything)
                    and not page.loader.running)
    page.view.setFocus()
    page.view.selectRow(0)
    chosen = page.view.model().index(0, 0)
    name = page.view.model().data(chosen)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    opened = [w for w in ctx._open if isinstance(w, CaseDialog)]
    assert len(opened) == 1 and opened[0].client.text() == name
    for widget in opened:
        widget.close()
    QThreadPool.globalInstance().waitForDone()


def test_closing_with_unsaved_assessment_offers_to_save(qtbot: QtBot, ctx: AppContext,
                                                       monkeypatch) -> None:
    case_id = open_case(ctx.db, a_client(ctx.db), "老人独居，行动不便")
    dialog = CaseDialog(ctx, case_id)
    show(qtbot, dialog)
    dialog.form.edits["assess_health"].setPlainText("腿脚不便，需拄拐")
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", answer)
    with qtbot.waitSignal(dialog.destroyed):  # closed, and deleted (WA_DeleteOnClose)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Unsaved assessment"]
    assert get_case(ctx.db, case_id).assessment["assess_health"] == "腿脚不便，需拄拐"
    del dialog
    gc.collect()  # its wrapper must go before pytest-qt closes the widgets it was given
