"""Today (今日待办) and the Visits page: their lists, counts, cut notes and one-click actions."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from app.models.validation import id_check_digit
from app.services import today as today_service
from app.services.cases import move_stage, open_case
from app.services.clients import CategoryInput, ClientInput, register_client
from app.services.drafts import save_draft
from app.services.visits import VisitInput, record_visit
from app.ui.kit.context import AppContext
from app.ui.today import today_page
from app.ui.today.today_page import TodayPage
from app.ui.visits.visit_form import VisitFormDialog
from app.ui.visits.visits_page import VisitsPage

TODAY = dt.date.today()


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def add(ctx: AppContext, name: str, category: str, village: str, body17: str) -> str:
    return register_client(ctx.db, ClientInput(
        name=name, id_number=body17 + id_check_digit(body17), village=village,
        categories=(CategoryInput(category),)))


@pytest.fixture
def desk(ctx: AppContext) -> dict[str, str]:
    """One client on each of Today's lists, and one unfinished visit record."""
    due = add(ctx, "罗睿明", "left_behind_child", "石平社区", "45012220150203001")
    record_visit(ctx.db, VisitInput(client_id=due, visit_date=ago(40), observations="作业没写完",
                                    next_followup=ago(6)))
    never = add(ctx, "陆桂英", "extreme_poverty", "仁林村", "45012219500814002")
    quiet = add(ctx, "莫琼珍", "left_behind_woman", "那龙村", "45012219800523002")
    case = open_case(ctx.db, quiet, "丈夫外出务工，独自照顾两个孩子，情绪低落", opened_on=ago(50))
    for stage in ("assessment", "plan", "intervention"):
        move_stage(ctx.db, case, stage)
    record_visit(ctx.db, VisitInput(client_id=quiet, visit_date=ago(45),
                                    next_followup=TODAY + dt.timedelta(days=40),
                                        observations="电话回访"))
    draft = save_draft(ctx.db, None, never, {"observations": "老人说\n腿疼，  想去卫生院"})
    return {"due": due, "never": never, "quiet": quiet, "draft": str(draft)}


def load(qtbot: QtBot, page: Any) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        if page.isVisible():
            page.refresh()
        else:
            page.show()  # the first show loads


def texts(model: Any, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_today_lists_counts_and_models(qtbot: QtBot, ctx: AppContext, desk: dict[str, str],
                                       qtmodeltester: Any) -> None:
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    load(qtbot, page)
    assert texts(page.followups.model, 0) == ["罗睿明", "石平社区", TODAY_FMT(ago(6)),
                                              "6 days late", "Record visit"]
    assert [r.client_id for r in page.overdue.model.rows] == [desk["never"]]
    assert texts(page.overdue.model, 0)[2:4] == ["never visited", "—"]
    assert [r.client_id for r in page.stale.model.rows] == [desk["quiet"]]
    assert texts(page.stale.model, 0)[2:4] == [TODAY_FMT(ago(45)), "45 days"]
    assert texts(page.drafts.model, 0)[0] == "陆桂英"
    assert texts(page.drafts.model, 0)[2] == "老人说 腿疼， 想去卫生院"
    assert [s.count.text() for s in (page.followups, page.overdue, page.stale, page.drafts)] \
        == ["1", "1", "1", "1"]
    assert page.figures["clients"].value.text() == "3"
    assert page.figures["open_cases"].value.text() == "1"
    assert not page.followups.note.isVisible()
    for section in (page.followups, page.overdue, page.stale, page.drafts):
        qtmodeltester.check(section.model)

    # A visit recorded elsewhere: Today follows at once.
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        record_visit(ctx.db, VisitInput(client_id=desk["never"], visit_date=TODAY,
                                        observations="电话回访"))
    assert page.overdue.model.rows == [] and page.overdue.count.text() == "0"
    assert page.overdue.note.text() == "Nothing here today."
    QThreadPool.globalInstance().waitForDone()


def TODAY_FMT(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def test_long_lists_are_cut_with_a_note(qtbot: QtBot, ctx: AppContext,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    for index, name in enumerate(("黄英桂", "黄振绍", "甘雨慧")):
        add(ctx, name, "orphan", "中隆村", f"450122201501010{index}2")
    real = today_service.today_lists
    monkeypatch.setattr(today_page, "today_lists",
                        lambda db, on=None: real(db, on=on, limit=2))
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    load(qtbot, page)
    assert len(page.overdue.model.rows) == 2 and page.overdue.count.text() == "3"
    assert page.overdue.note.isVisibleTo(page)
    assert page.overdue.note.text() == "Showing the first 2 of 3"
    QThreadPool.globalInstance().waitForDone()


def test_the_drafts_line_resumes_the_draft(qtbot: QtBot, ctx: AppContext,
                                           desk: dict[str, str]) -> None:
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    load(qtbot, page)
    view, model = page.drafts.view, page.drafts.model
    rect = view.visualRect(model.index(0, 3))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    forms = [w for w in ctx._open if isinstance(w, VisitFormDialog)]
    for form in forms:
        qtbot.addWidget(form)
    assert len(forms) == 1 and forms[0].keeper.draft_id == int(desk["draft"])
    assert forms[0].observations.toPlainText() == "老人说\n腿疼，  想去卫生院"
    # Enter on the line (or a double-click) raises the same form, not a second one.
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert len([w for w in ctx._open if isinstance(w, VisitFormDialog)]) == 1
    # Ctrl+R on a follow-up line records that client's visit.
    page.followups.view.setFocus()
    page.followups.view.setCurrentIndex(page.followups.model.index(0, 0))
    qtbot.keyClick(page.followups.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    forms = [w for w in ctx._open if isinstance(w, VisitFormDialog)]
    for form in forms[1:]:
        qtbot.addWidget(form)
    assert [f.client_id() for f in forms] == [desk["never"], desk["due"]]
    QThreadPool.globalInstance().waitForDone()


def test_visits_page_lists_the_newest_and_records_one(qtbot: QtBot, ctx: AppContext,
                                                      desk: dict[str, str], qtmodeltester: Any,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    page = VisitsPage(ctx)
    qtbot.addWidget(page)
    load(qtbot, page)
    names = [texts(page.model, r)[1] for r in range(page.model.rowCount())]
    assert names == ["罗睿明", "莫琼珍"]  # newest first
    assert texts(page.model, 0) == [TODAY_FMT(ago(40)), "罗睿明", "石平社区", "入户走访", "韦丽",
                                    "作业没写完"]
    assert page.count.text() == "2 visits"
    qtmodeltester.check(page.model)

    opened: list[str] = []
    monkeypatch.setattr(ctx, "open_visit", opened.append)
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(1, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)  # the visit itself, to correct or void
    assert opened == [page.model.id_at(1)] and opened[0] is not None

    page.record_button.click()
    [form] = [w for w in ctx._open if isinstance(w, VisitFormDialog)]
    qtbot.addWidget(form)
    assert form.picker is not None and form.client_id() is None

    with qtbot.waitSignal(page.loaded, timeout=10_000):
        record_visit(ctx.db, VisitInput(client_id=desk["never"], visit_date=TODAY,
                                        observations="送去米和油"))
    assert texts(page.model, 0)[1:] == ["陆桂英", "仁林村", "入户走访", "韦丽", "送去米和油"]
    QThreadPool.globalInstance().waitForDone()


def test_a_draft_saved_reads_only_the_drafts_again(qtbot: QtBot, ctx: AppContext,
                                                   desk: dict[str, str]) -> None:
    """A visit form autosaves while Today shows behind it: the drafts' list follows, and
    the four lists are not computed again for it."""
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    load(qtbot, page)
    full_loads: list[object] = []
    page.loaded.connect(full_loads.append)
    with qtbot.waitSignal(page.draft_loader.loaded, timeout=10_000):
        save_draft(ctx.db, None, desk["due"], {"observations": "门口晒着玉米"})
    assert page.drafts.count.text() == "2"
    assert "门口晒着玉米" in [texts(page.drafts.model, r)[2] for r in range(2)]
    assert full_loads == [] and not page.loader.running
    QThreadPool.globalInstance().waitForDone()


def test_the_navigation_button_recomputes_today(qtbot: QtBot, ctx: AppContext,
                                                desk: dict[str, str]) -> None:
    """Unlike the other pages, Today counts again on its button with nothing written:
    the day may have turned since it was last shown."""
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    load(qtbot, page)
    assert not page.auto.stale
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.shown()
    QThreadPool.globalInstance().waitForDone()
