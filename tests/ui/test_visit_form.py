"""The home visit form: saving a visit, refusing a bad one, and never losing a typed word."""

from __future__ import annotations

import datetime as dt
import gc
import weakref
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.models.validation import id_check_digit
from app.services.cases import open_case
from app.services.client_list import workers
from app.services.clients import CategoryInput, ClientInput, register_client
from app.services.drafts import get_draft, list_drafts
from app.services.today import today_lists
from app.services.visits import get_visit, visits_of_client
from app.services.workers import current_worker_id
from app.ui.kit import drafts as drafts_ui
from app.ui.kit.client_picker import ClientPicker, ClientPickerDialog
from app.ui.kit.context import AppContext
from app.ui.shell.features import make_context
from app.ui.today.today_page import TodayPage
from app.ui.visits.visit_form import VisitFormDialog

TODAY = dt.date.today()
CHECK = Qt.ItemDataRole.CheckStateRole
OBSERVED = "屋里很乱，和她一起打扫。\n灶台旁有余粮，药盒按时分装。"
NEEDS = (("material", "high", "缺过冬棉被"), ("emotional", "medium", "想念在广东打工的儿子"),
         ("social", "low", "很少去村里的老年活动中心"))


def id_number(body17: str) -> str:
    return body17 + id_check_digit(body17)


def add_client(ctx: AppContext, name: str, category: str, village: str, body17: str) -> str:
    return register_client(ctx.db, ClientInput(
        name=name, gender="female", birth_date=dt.date(int(body17[6:10]), int(body17[10:12]),
                                                        int(body17[12:14])),
        id_number=id_number(body17), village=village, address=f"{village}12号",
        categories=(CategoryInput(category),)))


def open_form(qtbot: QtBot, ctx: AppContext, client_id: str | None,
              draft_id: int | None = None) -> VisitFormDialog:
    dialog = VisitFormDialog(ctx, client_id, draft_id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_chinese(widget: QWidget, text: str) -> None:
    """What a pinyin input method does: commit the chosen characters to the widget."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def fill_every_field(dialog: VisitFormDialog) -> None:
    """Type into every input, each away from its default."""
    dialog.visit_date.set_value(TODAY - dt.timedelta(days=2))
    dialog.duration.setValue(45)
    dialog.mode.set_code("phone")
    dialog.people_met.setText("覃秀兰本人及其孙女韦小梅")
    dialog.observations.setPlainText(OBSERVED)
    dialog.risks.setPlainText("楼梯没有扶手，夜里容易跌倒")
    for code, level, notes in NEEDS:
        dialog.needs[code].set_level(level)
        dialog.needs[code].notes.setText(notes)
    dialog.services.set_codes(["emotional_support", "material_help", "safety_check"])
    dialog.followup.set_value(TODAY + dt.timedelta(days=12))  # the worker's own choice
    dialog.in_case.setChecked(False)  # the default is ticked: the restore must keep this


def gone(dialog_ref: weakref.ref[Any]) -> bool:
    gc.collect()
    return dialog_ref() is None


@pytest.fixture
def client(ctx: AppContext) -> str:
    """覃秀兰, a left-behind elderly woman (visited every 90 days) with an open case."""
    client_id = add_client(ctx, "覃秀兰", "left_behind_elderly", "板六村", "45012219480312002")
    open_case(ctx.db, client_id, "独居，儿子在外打工，生活照料不足")
    return client_id


@pytest.mark.parametrize("how", ["close", "deleteLater", "parent_deleted", "quit", "timer"])
def test_no_typed_word_is_lost(qtbot: QtBot, ctx: AppContext, client: str, how: str) -> None:
    window = QWidget()  # stands for the main window the form belongs to
    qtbot.addWidget(window)
    dialog = VisitFormDialog(ctx, client, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.in_case.isChecked()  # the client's open case is ticked by default
    fill_every_field(dialog)
    typed = dialog.payload()
    assert list_drafts(ctx.db) == []  # nothing written before the 3 s timer or a close
    if how == "close":
        dialog.close()
        assert [d.payload for d in list_drafts(ctx.db)] == [typed]
    elif how in ("deleteLater", "parent_deleted"):  # destroyed while open, never closed
        ref = weakref.ref(dialog)
        (dialog if how == "deleteLater" else window).deleteLater()
        del dialog
        qtbot.waitUntil(lambda: gone(ref))
    elif how == "quit":  # the application quits with the form open
        QApplication.instance().aboutToQuit.emit()
        assert [d.payload for d in list_drafts(ctx.db)] == [typed]
    else:  # a crash: nothing closes the form; only the autosave timer runs
        qtbot.waitUntil(lambda: bool(list_drafts(ctx.db)), timeout=5000)
        assert dialog.draft_status.text()  # "draft kept at ..." tells the worker
    [draft] = list_drafts(ctx.db)
    assert draft.payload == typed and draft.client_id == client and draft.client_name == "覃秀兰"

    # Start again: resume the draft and find every field as it was typed.
    again = open_form(qtbot, ctx, None, draft.id)
    assert again.payload() == typed
    assert again.client_id() == client and again.picker is None
    assert again.client_label.text() == "覃秀兰（板六村）"
    assert again.visit_date.value() == TODAY - dt.timedelta(days=2)
    assert again.duration.value() == 45 and again.mode.code() == "phone"
    assert again.people_met.text() == "覃秀兰本人及其孙女韦小梅"
    assert again.observations.toPlainText() == OBSERVED
    assert again.risks.toPlainText() == "楼梯没有扶手，夜里容易跌倒"
    assert [(c, r.level(), r.notes.text()) for c, r in again.needs.items()] == list(NEEDS)
    assert again.services.codes() == ["emotional_support", "material_help", "safety_check"]
    assert again.followup.value() == TODAY + dt.timedelta(days=12)
    assert not again.in_case.isChecked()
    assert again.workers.ids() == typed["worker_ids"] and len(typed["worker_ids"]) == 1


def test_offer_drafts_at_start_resumes_every_draft(qtbot: QtBot, ctx: AppContext, client: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> Any:
        def question(_parent: Any, _title: str, text: str, *_: Any) -> Any:
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    drafts_ui.offer_drafts(ctx, None)
    assert asked == []  # no drafts: no question

    first = open_form(qtbot, ctx, client)
    fill_every_field(first)
    typed = first.payload()
    first.close()
    picked = open_form(qtbot, ctx, None)  # a form with the client picker, nobody chosen
    picked.observations.setPlainText("电话无人接听，改日再访")
    picked.close()
    assert len(list_drafts(ctx.db)) == 2

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    drafts_ui.offer_drafts(ctx, None)
    assert "2" in asked[-1] and not ctx._open  # declined: they wait on the Today page

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    drafts_ui.offer_drafts(ctx, None)
    forms = [w for w in ctx._open if isinstance(w, VisitFormDialog)]
    for form in forms:
        qtbot.addWidget(form)
    assert len(forms) == 2
    resumed = {f.keeper.draft_id: f for f in forms}
    by_client = {d.client_id: d.id for d in list_drafts(ctx.db)}
    assert resumed[by_client[client]].payload() == typed
    nobody = resumed[by_client[None]]
    assert nobody.picker is not None and nobody.client_id() is None
    assert nobody.observations.toPlainText() == "电话无人接听，改日再访"
    # Resuming a draft that is already open raises that form instead of a second one.
    assert drafts_ui.resume_draft(ctx, client, by_client[client]) is resumed[by_client[client]]
    assert len([w for w in ctx._open if isinstance(w, VisitFormDialog)]) == 2


def test_record_a_visit_and_see_its_follow_up_on_today(qtbot: QtBot, ctx: AppContext,
                                                       client: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_form(qtbot, ctx, client)
    due = dialog.followup.value()
    assert due == TODAY + dt.timedelta(days=90)  # left-behind elderly: every 90 days
    type_chinese(dialog.observations, "屋里很乱，和她一起打扫")
    dialog.needs["material"].buttons["high"].click()
    type_chinese(dialog.needs["material"].notes, "缺过冬棉被，屋顶漏雨")
    dialog.services.boxes["material_help"].click()
    with qtbot.waitSignal(ctx.data_changed) as changed:
        dialog.save_button.click()
    # What the store wrote: the visit and the case's follow-up (no companion came along,
    # so no visit_worker row, which the old hand-written list claimed).
    assert {"visit", "case_record"} <= changed.args[0]
    assert "visit_worker" not in changed.args[0]
    [visit] = visits_of_client(ctx.db, client)
    assert visit.observations == "屋里很乱，和她一起打扫"
    assert visit.material_level == "high" and visit.next_followup == due
    assert visit.visit_date == TODAY
    assert list_drafts(ctx.db) == []  # saved: no draft left behind

    # The service part: due on the follow-up date, not the day before.
    assert client in [i.client_id for i in today_lists(ctx.db, on=due).followups]
    assert client not in [i.client_id for i in
                          today_lists(ctx.db, on=due - dt.timedelta(days=1)).followups]

    # The page, on the due date and five days later.
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    page.today = due
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    model = page.followups.model
    assert [r.client_id for r in model.rows] == [client]
    assert model.index(0, 0).data() == "覃秀兰" and model.index(0, 1).data() == "板六村"
    assert model.index(0, 2).data() == f"{due.year}年{due.month}月{due.day}日"
    page.today = due + dt.timedelta(days=5)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    assert model.index(0, 3).data() == "5 days late"
    assert model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole).name() == "#b00020"

    # Enter opens the client; the row's button records the next visit.
    opened: list[str] = []
    monkeypatch.setattr(ctx, "open_client", opened.append)
    view = page.followups.view
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, "\r")
    assert opened == [client]
    rect = view.visualRect(model.index(0, 4))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    forms = [w for w in ctx._open if isinstance(w, VisitFormDialog)]
    for form in forms:
        qtbot.addWidget(form)
    assert [f.client_id() for f in forms] == [client]
    QThreadPool.globalInstance().waitForDone()


def test_a_future_date_is_refused_next_to_the_date(qtbot: QtBot, ctx: AppContext,
                                                   client: str) -> None:
    dialog = open_form(qtbot, ctx, client)
    dialog.visit_date.set_value(TODAY + dt.timedelta(days=1))
    dialog.observations.setPlainText("还没去")
    dialog.save_button.click()
    error = dialog.errors["visit_date"]
    assert error.isVisible() and "走访日期不能晚于今天" in error.text()
    assert visits_of_client(ctx.db, client) == []
    assert dialog.isVisible() and dialog.saved_id is None
    # Put right, the same form saves; the sentence goes away.
    dialog.visit_date.set_value(TODAY)
    dialog.save()
    assert len(visits_of_client(ctx.db, client)) == 1 and not error.isVisible()


def test_picker_form_needs_a_client_and_follow_up_tracks_the_date(
        qtbot: QtBot, ctx: AppContext, client: str) -> None:
    orphan = add_client(ctx, "黄小燕", "orphan", "那龙村", "45012220140501002")
    dialog = open_form(qtbot, ctx, None)
    assert dialog.picker is not None
    dialog.save_button.click()
    assert dialog.errors["client"].isVisible()
    assert visits_of_client(ctx.db, client) == []

    qtbot.waitUntil(lambda: dialog.picker.model.rowCount() == 2)  # everyone, to start
    dialog.picker.search.setText("hxy")  # pinyin initials of 黄小燕
    qtbot.waitUntil(lambda: dialog.picker.model.rowCount() == 1)
    dialog.picker.view.selectRow(0)
    assert dialog.client_id() == orphan and not dialog.errors["client"].isVisible()
    assert not dialog.case_row.isVisibleTo(dialog)  # no open case: no case box
    day = TODAY - dt.timedelta(days=10)
    dialog.visit_date.set_value(day)
    assert dialog.followup.value() == day + dt.timedelta(days=30)  # orphans: monthly
    chosen = TODAY + dt.timedelta(days=7)
    dialog.followup.set_value(chosen)
    dialog.visit_date.set_value(day + dt.timedelta(days=1))
    assert dialog.followup.value() == chosen  # the worker's date stays
    dialog.observations.setPlainText("孩子放学回家，和奶奶聊了学习")
    dialog.save()
    assert visits_of_client(ctx.db, orphan)[0].next_followup == chosen


def test_discard_asks_then_deletes_the_draft(qtbot: QtBot, ctx: AppContext, client: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_form(qtbot, ctx, client)
    dialog.observations.setPlainText("写错了对象")
    dialog.keeper.flush()
    [draft] = list_drafts(ctx.db)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_: QMessageBox.StandardButton.No)
    dialog.discard_button.click()
    assert dialog.isVisible() and get_draft(ctx.db, draft.id) is not None
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_: QMessageBox.StandardButton.Yes)
    dialog.discard_button.click()
    assert not dialog.isVisible()
    assert list_drafts(ctx.db) == [] and visits_of_client(ctx.db, client) == []


def test_workers_present_this_worker_first_and_leads(qtbot: QtBot, demo_db: Any) -> None:
    ctx = make_context(demo_db, "zh")
    me = current_worker_id(demo_db)
    others = [w.id for w in workers(demo_db) if w.id != me and w.active]
    client = add_client(ctx, "蒙桂花", "left_behind_woman", "仁林村", "45012219850707002")
    dialog = open_form(qtbot, ctx, client)
    assert next(iter(dialog.workers.boxes)) == me and dialog.workers.ids() == [me]
    dialog.workers.boxes[me].setChecked(False)
    dialog.workers.boxes[others[0]].setChecked(True)
    dialog.workers.boxes[me].setChecked(True)
    assert dialog.workers.ids() == [others[0], me]  # the first ticked leads
    dialog.observations.setPlainText("两位社工一起入户")
    dialog.save()
    detail = get_visit(demo_db, visits_of_client(demo_db, client)[0].id)
    assert detail.worker_id == others[0] and detail.companions == (me,)


def test_client_picker_single_and_multi(qtbot: QtBot, ctx: AppContext, qtmodeltester: Any,
                                        client: str) -> None:
    zxm = add_client(ctx, "张晓明", "left_behind_child", "那龙村", "45011020150603012")
    wf = add_client(ctx, "王芳", "minimum_allowance", "那龙村", "45011019700101002")
    picker = ClientPicker(ctx, multi=True)
    qtbot.addWidget(picker)
    qtbot.waitUntil(lambda: picker.model.rowCount() == 3)
    qtmodeltester.check(picker.model)
    with qtbot.waitSignal(picker.searched):
        picker.search.setText("zxm")
    assert [picker.model.id_at(r) for r in range(picker.model.rowCount())] == [zxm]
    picker.model.setData(picker.model.index(0, 0), Qt.CheckState.Checked, CHECK)
    with qtbot.waitSignal(picker.searched):
        picker.search.setText("那龙")  # a village: both children of 那龙村 ...
    assert picker.model.rowCount() == 2
    assert picker.selected_ids() == [zxm]  # ... and the choice survived the new search
    row = [picker.model.id_at(r) for r in range(2)].index(wf)
    picker.model.setData(picker.model.index(row, 0), Qt.CheckState.Checked, CHECK)
    assert picker.selected_ids() == [zxm, wf]
    assert "张晓明（那龙村）" in picker.chosen_label.text()
    picker.set_selected_ids([client])
    assert picker.selected_ids() == [client]
    qtmodeltester.check(picker.model)

    dialog = ClientPickerDialog(ctx, multi=False)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.picker.model.rowCount() == 3)
    assert not dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.picker.searched):
        dialog.picker.search.setText("450110201506030")  # part of an ID number
    dialog.picker.view.selectRow(0)
    assert dialog.selected_ids() == [zxm] and dialog.ok_button.isEnabled()
    # The ID number is shown masked, as in the Clients list; the search found it whole.
    shown = dialog.picker.model.index(0, 4).data()
    assert "*" in shown and "450110201506030" not in shown
    # Enter in the search box goes to the results; it does not press OK.
    dialog.show()
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    QThreadPool.globalInstance().waitForDone()
