"""The Visits page as a worker uses it: every visit newest first, a search of the client
(pinyin initials, village), the worker and month filters, clearing them, and a visit
opened from the narrowed list; the rows are read a window at a time."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from app.services import clients, visits
from app.services.people import PersonInput, add_person
from app.services.workers import current_worker_id
from app.ui.kit.context import AppContext
from app.ui.kit.lazy_table import BLOCK
from app.ui.visits.visits_page import VisitsPage

OCT, NOV = dt.date(2026, 10, 12), dt.date(2026, 11, 3)


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> VisitsPage:
    """张晓明 (那龙村) visited by 韦丽 in October and 黄海燕 in November; 覃秀兰 (板六村) by
    黄海燕 in October; and 250 phone calls to 覃秀兰 in September, to scroll through."""
    db = ctx.db
    weili, huang = current_worker_id(db), add_person(db, PersonInput("黄海燕"))
    assert weili is not None
    zhang = clients.register_client(db, clients.ClientInput(
        name="张晓明", village="那龙村", categories=(clients.CategoryInput("left_behind_child"),),
        birth_date="2015-06-03"))
    qin = clients.register_client(db, clients.ClientInput(
        name="覃秀兰", village="板六村",
        categories=(clients.CategoryInput("left_behind_elderly"),)))
    for client, day, lead, text in ((zhang, OCT, weili, "孩子按时上学"),
                                    (zhang, NOV, huang, "爷爷住院了"),
                                    (qin, OCT, huang, "屋顶漏雨")):
        visits.record_visit(db, visits.VisitInput(client_id=client, visit_date=day,
                                                  worker_ids=(lead,), observations=text))
    for n in range(250):
        visits.record_visit(db, visits.VisitInput(
            client_id=qin, visit_date=dt.date(2026, 9, 1 + n % 30), mode="phone",
            observations=f"电话回访第{n + 1}次"))
    shown = VisitsPage(ctx)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.loaded, timeout=10_000):
        shown.show()
    qtbot.waitUntil(lambda: shown.worker.count() == 3 and shown.month.count() == 4,
                    timeout=10_000)
    return shown


def column(page: VisitsPage, number: int) -> list[str]:
    return [page.model.index(r, number).data() for r in range(page.model.rowCount())]


def settle(qtbot: QtBot, page: VisitsPage, rows: int) -> None:
    qtbot.waitUntil(lambda: not page.loader.running and page.model.rowCount() == rows,
                    timeout=10_000)


def test_search_and_filters_narrow_the_list_and_clear_widens_it(
        qtbot: QtBot, page: VisitsPage, ctx: AppContext, qtmodeltester: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert page.model.rowCount() == 253 and page.count.text() == "253 visits"
    # Newest first; on the same day, the one recorded last first.
    assert column(page, 1)[:3] == ["张晓明", "覃秀兰", "张晓明"]
    qtmodeltester.check(page.model)
    page.search_box.setText("zxm")
    settle(qtbot, page, 2)
    assert column(page, 5) == ["爷爷住院了", "孩子按时上学"] and column(page, 2) == ["那龙村"] * 2
    page.worker.setCurrentIndex(page.worker.findText("黄海燕"))
    settle(qtbot, page, 1)
    assert column(page, 4) == ["黄海燕"]
    page.search_box.setText("")
    settle(qtbot, page, 2)
    assert column(page, 5) == ["爷爷住院了", "屋顶漏雨"]
    page.month.setCurrentIndex(page.month.findData("2026-10"))
    settle(qtbot, page, 1)
    assert column(page, 1) == ["覃秀兰"]
    page.search_box.setText("那龙村")
    settle(qtbot, page, 0)
    assert page.count.text() == "No visit matches"
    page.clear_button.click()
    settle(qtbot, page, 253)
    assert page.search_box.text() == "" and page.worker.currentData() is None
    # A visit opens from the narrowed list: the one on that row.
    page.mode.setCurrentIndex(page.mode.findData("phone"))
    settle(qtbot, page, 250)
    opened: list[str] = []
    monkeypatch.setattr(ctx, "open_visit", opened.append)
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(3, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened == [page.model.id_at(3)]
    assert visits.get_visit(ctx.db, opened[0]).input.mode == "phone"
    QThreadPool.globalInstance().waitForDone()


def test_rows_are_read_a_window_at_a_time(qtbot: QtBot, page: VisitsPage) -> None:
    page.resize(1000, 600)
    qtbot.waitUntil(lambda: page.model.cache.fetched_blocks != [], timeout=5_000)
    assert page.model.cache.fetched_blocks == [0]  # only what the screen showed
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: (253 - 1) // BLOCK in page.model.cache.fetched_blocks,
                    timeout=5_000)
    assert 1 not in page.model.cache.fetched_blocks  # the middle was never painted

