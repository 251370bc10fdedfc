"""The Clients page: search as you type, filters, SQL sorting, lazy rows, opening and adding."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from categories import TBA
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtGui import QBrush
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.demo.generate import generate
from app.models.validation import id_check_digit
from app.services.activities import ActivityInput, record_activity
from app.services.client_list import client_rows
from app.services.clients import CategoryInput, ClientInput, register_client
from app.services.visits import VisitInput, record_visit
from app.ui.clients.client_table_model import COLUMN, ClientTableModel, mask_id_number
from app.ui.clients.clients_page import ClientsPage
from app.ui.kit.context import AppContext
from app.ui.kit.lazy_table import BLOCK, MAX_BLOCKS


def id_number(birth: str, seq: str) -> str:
    """A valid number of Wuming District (450122); an odd 3rd seq digit is a man's."""
    first = "450122" + birth + seq
    return first + id_check_digit(first)


ZHANG_ID = id_number("19580312", "031")
QIN_ID = id_number("19490705", "042")
WANG_ID = id_number("19851120", "064")


@dataclass(frozen=True)
class People:
    zhang: str  # 张晓明, 那龙村, disabled
    qin: str  # 覃秀兰 (qín as a surname), 板六村, left-behind elderly
    wang: str  # 王芳, 那龙村, minimum allowance


@pytest.fixture
def people(ctx: AppContext) -> People:
    db = ctx.db
    zhang = register_client(db, ClientInput(
        name="张晓明", id_number=ZHANG_ID, phone="13812345678", village="那龙村",
        village_group="第3村民小组", risk_level="high",
        categories=(CategoryInput("disabled", "physical", "2"),)))
    qin = register_client(db, ClientInput(
        name="覃秀兰", id_number=QIN_ID, phone="13977771234", village="板六村",
        categories=(CategoryInput("left_behind_elderly"),)))
    wang = register_client(db, ClientInput(
        name="王芳", id_number=WANG_ID, phone="15007712345", village="那龙村",
        risk_level="medium", categories=(CategoryInput("minimum_allowance"),)))
    return People(zhang, qin, wang)


def open_page(qtbot: QtBot, ctx: AppContext) -> ClientsPage:
    page = ClientsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1216, 700)
    with qtbot.waitSignal(page.results_applied, timeout=5000):
        page.show()  # the first query runs when the page is first shown
    qtbot.waitExposed(page)
    return page


def names(page: ClientsPage) -> list[str]:
    model = page.model
    return [model.data(model.index(row, COLUMN["name"])) for row in range(model.rowCount())]


def search(qtbot: QtBot, page: ClientsPage, text: str) -> None:
    """Type as a person would, and wait until the list shows what was typed."""
    with qtbot.waitSignal(page.results_applied, timeout=5000):
        page.search_box.clear()
        qtbot.keyClicks(page.search_box, text)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=5000)


def test_typing_pinyin_initials_finds_exactly_that_person(
        qtbot: QtBot, ctx: AppContext, people: People) -> None:
    page = open_page(qtbot, ctx)
    assert sorted(names(page)) == sorted(["张晓明", "覃秀兰", "王芳"])
    assert page.search_box.placeholderText()  # says what can be typed

    search(qtbot, page, "zxm")
    assert names(page) == ["张晓明"]
    assert page.model.ids == [people.zhang]
    assert "1" in page.count_label.text()

    search(qtbot, page, "qxl")  # 覃 read as the surname Qín
    assert page.model.ids == [people.qin]
    search(qtbot, page, "wangfang")
    assert page.model.ids == [people.wang]
    with qtbot.waitSignal(page.results_applied, timeout=5000):
        qtbot.keyClick(page.search_box, Qt.Key.Key_Escape)  # back to everyone
    assert page.search_box.text() == "" and page.model.rowCount() == 3
    QThreadPool.globalInstance().waitForDone()


def test_part_of_an_id_number_or_a_phone_finds_the_person(
        qtbot: QtBot, ctx: AppContext, people: People) -> None:
    page = open_page(qtbot, ctx)
    search(qtbot, page, ZHANG_ID[6:14])  # the birth date digits in the middle
    assert page.model.ids == [people.zhang]
    search(qtbot, page, "7771")  # 139 7777 1234
    assert page.model.ids == [people.qin]
    search(qtbot, page, "nomatch")
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "No client matches"
    QThreadPool.globalInstance().waitForDone()


def test_filters_narrow_the_list(qtbot: QtBot, ctx: AppContext, people: People) -> None:
    page = open_page(qtbot, ctx)
    with qtbot.waitSignal(page.results_applied, timeout=5000):
        page.category.set_code("left_behind_elderly")
    assert page.model.ids == [people.qin]

    with qtbot.waitSignal(page.results_applied, timeout=5000):
        page.category.set_code(None)
    assert page.model.rowCount() == 3
    # Villages arrive from a background job, busiest first.
    qtbot.waitUntil(lambda: page.village.count() == 3, timeout=5000)
    assert [page.village.itemText(i) for i in (1, 2)] == ["那龙村", "板六村"]
    with qtbot.waitSignal(page.results_applied, timeout=5000):
        page.village.setCurrentIndex(page.village.findData("那龙村"))
    assert sorted(page.model.ids) == sorted([people.zhang, people.wang])
    with qtbot.waitSignal(page.results_applied, timeout=5000):
        page.risk.set_code("high")
    assert page.model.ids == [people.zhang]

    with qtbot.waitSignal(page.results_applied, timeout=5000):
        page.clear_button.click()
    assert page.model.rowCount() == 3
    assert all(combo.currentData() is None for combo in page.filters)
    QThreadPool.globalInstance().waitForDone()


def click_header(qtbot: QtBot, page: ClientsPage, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_clicking_last_visit_sorts_in_sql(qtbot: QtBot, ctx: AppContext,
                                          people: People) -> None:
    record_visit(ctx.db, VisitInput(people.zhang, dt.date(2025, 3, 1), observations="电话回访"))
    record_visit(ctx.db, VisitInput(people.wang, dt.date(2025, 6, 1), observations="电话回访"))
    page = open_page(qtbot, ctx)
    header = page.table.horizontalHeader()
    last_visit = COLUMN["last_visit"]

    with qtbot.waitSignal(page.results_applied, timeout=5000):
        click_header(qtbot, page, last_visit)
    # Longest without a visit first; never visited last.
    assert page.model.ids == [people.zhang, people.wang, people.qin]
    assert page.model.sort_key == "last_visit"
    assert header.sortIndicatorSection() == last_visit
    assert page.model.data(page.model.index(0, last_visit)) == "2025年3月1日"

    with qtbot.waitSignal(page.results_applied, timeout=5000):
        click_header(qtbot, page, last_visit)
    assert page.model.ids == [people.wang, people.zhang, people.qin]
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    # The ID number is not sortable: nothing runs and the arrow stays.
    with qtbot.assertNotEmitted(page.results_applied, wait=200):
        click_header(qtbot, page, COLUMN["id_number"])
    assert header.sortIndicatorSection() == last_visit
    assert page.model.ids == [people.wang, people.zhang, people.qin]
    QThreadPool.globalInstance().waitForDone()


def test_sorting_by_age_means_youngest_first(ctx: AppContext, people: People,
                                             qtbot: QtBot) -> None:
    page = open_page(qtbot, ctx)
    with qtbot.waitSignal(page.results_applied, timeout=5000):
        page.model.sort(COLUMN["age"], Qt.SortOrder.AscendingOrder)
    assert page.model.ids == [people.wang, people.zhang, people.qin]
    assert (page.model.sort_key, page.model.descending) == ("birth_date", True)
    QThreadPool.globalInstance().waitForDone()


def test_cells_mask_id_numbers_and_flag_what_needs_attention(
        qtbot: QtBot, ctx: AppContext, people: People) -> None:
    record_visit(ctx.db, VisitInput(people.zhang, dt.date(2025, 1, 10),
                                    next_followup=dt.date(2025, 2, 10),
                                        observations="电话回访"))  # long overdue
    page = open_page(qtbot, ctx)
    model = page.model
    row = model.row_of(people.zhang)
    cell = {key: model.index(row, column) for key, column in COLUMN.items()}
    shown = model.data(cell["id_number"])
    assert shown == "4501**********" + ZHANG_ID[-4:] == mask_id_number(ZHANG_ID)
    assert ZHANG_ID[6:14] not in shown
    assert model.data(cell["id_number"], Qt.ItemDataRole.ToolTipRole) == ZHANG_ID
    assert model.data(cell["gender"]) == "男"  # read from the ID number
    today = dt.date.today()
    assert model.data(cell["age"]) == str(today.year - 1958 - ((today.month, today.day)
                                                               < (3, 12)))
    assert model.data(cell["village"]) == "那龙村"
    assert model.data(cell["risk"]) == "高"
    assert model.data(cell["next_followup"]) == "2025年2月10日"
    for key in ("risk", "next_followup"):
        brush = model.data(cell[key], Qt.ItemDataRole.ForegroundRole)
        assert isinstance(brush, QBrush) and brush.color().red() > 150
    quiet = model.index(model.row_of(people.qin), COLUMN["risk"])
    assert model.data(quiet, Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(cell["name"], Qt.ItemDataRole.UserRole) == people.zhang
    QThreadPool.globalInstance().waitForDone()


def test_the_model_passes_qtmodeltester(qtmodeltester: ModelTester, ctx: AppContext,
                                        people: People) -> None:
    from app.services.client_list import ClientQuery, client_ids

    model = ClientTableModel(ctx.db, "zh")
    model.set_ids(client_ids(ctx.db, ClientQuery()))
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    model.set_ids([])
    qtmodeltester.check(model)


def test_three_thousand_clients_are_fetched_a_window_at_a_time(
        qtbot: QtBot, ctx: AppContext) -> None:
    generate(ctx.db, clients=3000, seed=2)
    page = open_page(qtbot, ctx)
    model = page.model
    qtbot.waitUntil(lambda: model.fetched_blocks != [], timeout=5000)  # the first paint
    assert model.rowCount() == 3000
    assert model.fetched_blocks == [0]  # only what the screen showed

    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: (3000 - 1) // BLOCK in model.fetched_blocks, timeout=5000)
    assert 0 < model.cached_row_count() <= MAX_BLOCKS * BLOCK < 3000
    assert len(set(model.fetched_blocks)) < 3000 // BLOCK
    last = client_rows(ctx.db, [model.ids[-1]])[model.ids[-1]]
    row = model.rowCount() - 1
    assert model.data(model.index(row, COLUMN["name"])) == last.name
    assert model.data(model.index(row, COLUMN["phone"])) == (last.phone or "")
    assert model.data(model.index(row, COLUMN["id_number"]),
                      Qt.ItemDataRole.ToolTipRole) == last.id_number

    # Reading every row keeps memory bounded: old windows are let go.
    for r in range(0, 3000, 97):
        model.data(model.index(r, 0))
    assert model.cached_row_count() <= MAX_BLOCKS * BLOCK
    QThreadPool.globalInstance().waitForDone()


def test_enter_or_double_click_opens_the_client(
        qtbot: QtBot, ctx: AppContext, people: People,
        monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(ctx, "open_client", opened.append)
    page = open_page(qtbot, ctx)
    search(qtbot, page, "wf")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Down)  # on to the results
    assert page.table.hasFocus()
    assert page.table.currentIndex().row() == 0
    assert page.open_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [people.wang]

    search(qtbot, page, "")
    row = page.model.row_of(people.qin)
    rect = page.table.visualRect(page.model.index(row, COLUMN["name"]))
    # A double click starts with a press, as a real mouse's does.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [people.wang, people.qin]
    QThreadPool.globalInstance().waitForDone()


def test_shortcuts_add_a_client_and_focus_the_search(
        qtbot: QtBot, ctx: AppContext, people: People,
        monkeypatch: pytest.MonkeyPatch) -> None:
    added: list[bool] = []
    monkeypatch.setattr(ctx, "add_client", lambda: added.append(True))
    page = open_page(qtbot, ctx)
    page.activateWindow()
    qtbot.waitActive(page)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_box.hasFocus()
    qtbot.keyClick(page.search_box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert added == [True]
    page.add_button.click()
    assert added == [True, True]
    QThreadPool.globalInstance().waitForDone()


def test_only_the_newest_query_is_applied(qtbot: QtBot, ctx: AppContext,
                                          people: People) -> None:
    page = open_page(qtbot, ctx)
    applied: list[int] = []
    page.results_applied.connect(applied.append)
    page.search_box.blockSignals(True)  # drive the queries by hand
    page.search_box.setText("zxm")
    page.requery()  # on the thread pool
    page.search_box.setText("板六")
    page.requery()  # arrives while the first one runs
    page.search_box.blockSignals(False)
    qtbot.waitUntil(lambda: bool(applied), timeout=5000)
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)  # any late delivery would land now
    assert applied == [1]
    assert page.model.ids == [people.qin]  # 板六村, not 张晓明
    assert not page.is_busy() and page.busy.isHidden()

    # A synchronous query makes whatever is in flight stale too.
    page.search_box.blockSignals(True)
    page.search_box.setText("zxm")
    page.requery()
    page.search_box.setText("王芳")
    page.apply_query_now()
    page.search_box.blockSignals(False)
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)
    assert applied == [1, 1]
    assert page.model.ids == [people.wang]


def test_a_write_elsewhere_refreshes_the_list_and_keeps_the_selection(
        qtbot: QtBot, ctx: AppContext, people: People) -> None:
    page = open_page(qtbot, ctx)
    page.table.selectRow(page.model.row_of(people.qin))
    with qtbot.waitSignal(page.results_applied, timeout=5000) as blocker:
        new = register_client(ctx.db, ClientInput(name="黄丽", village="那龙村", categories=TBA))
    assert blocker.args == [4]
    assert new in page.model.ids
    assert page.selected_client_id() == people.qin
    assert "4" in page.count_label.text()

    with qtbot.assertNotEmitted(page.results_applied, wait=100):
        record_activity(ctx.db, ActivityInput("村民议事会", dt.date.today()))  # not shown
    page.hide()
    with qtbot.assertNotEmitted(page.results_applied, wait=100):
        record_visit(ctx.db, VisitInput(people.wang, dt.date.today(),
                                        observations="电话回访"))  # hidden: later
    with qtbot.waitSignal(page.results_applied, timeout=5000):
        page.show()
    QThreadPool.globalInstance().waitForDone()


def test_an_empty_station_says_so(qtbot: QtBot, ctx: AppContext) -> None:
    page = open_page(qtbot, ctx)
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "No clients registered yet"
    QThreadPool.globalInstance().waitForDone()


def test_a_failed_query_says_so_and_the_page_stays_usable(
        qtbot: QtBot, ctx: AppContext, people: People,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import app.ui.clients.clients_page as clients_page

    page = open_page(qtbot, ctx)
    real = clients_page.client_ids

    def broken(*_args: object) -> list[str]:
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(clients_page, "client_ids", broken)
    page.search_box.setText("zxm")
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=5000)
    assert page.count_label.text() == "The list could not be loaded; see the log."
    assert page.busy.isHidden()

    monkeypatch.setattr(clients_page, "client_ids", real)
    with qtbot.waitSignal(page.results_applied, timeout=5000):
        page.search_box.setText("wf")
    assert page.model.ids == [people.wang]
    QThreadPool.globalInstance().waitForDone()


def test_the_page_reads_in_chinese(qtbot: QtBot, ctx: AppContext, people: People,
                                   language: Callable[[str], str]) -> None:
    language("zh")
    page = open_page(qtbot, ctx)
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMN))]
    assert headers == ["姓名", "性别", "年龄", "身份证号", "联系电话", "村（社区）", "风险等级",
                       "最近走访", "下次跟进"]
    assert page.search_box.placeholderText() == "姓名、拼音、首字母、身份证号、电话或村名"
    assert page.count_label.text() == "共 3 人"
    assert page.add_button.text() == "登记服务对象(&N)"
    assert page.category.itemText(0) == "全部类别"
    assert page.category.itemText(page.category.findData("left_behind_elderly")) == \
        "农村留守老年人"
    QThreadPool.globalInstance().waitForDone()
