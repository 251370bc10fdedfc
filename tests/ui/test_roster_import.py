"""Clients → Import from Excel: a real .xlsx roster written here with openpyxl, driven
through the dialog's three steps by setting its widgets and clicking its buttons."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QAbstractItemModel, Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.models.validation import id_check_digit
from app.services.client_list import ClientQuery, client_ids
from app.services.clients import CategoryInput, ClientInput, client_input, register_client
from app.ui.clients.clients_page import ClientsPage
from app.ui.kit.context import AppContext
from app.ui.roster.roster_import import FILE, MAPPING, PREVIEW, RosterImportDialog

HEADERS = ["姓名", "身份证号", "性别", "出生日期", "联系电话", "村(社区)", "家庭住址"]


def make_id(birth: str, seq: int) -> str:
    first17 = f"450122{birth}{seq:03d}"
    return first17 + id_check_digit(first17)


WEI = make_id("19800101", 11)  # odd 17th digit: a man
HUANG = make_id("19750315", 22)
LU = make_id("19920808", 42)
QIN = make_id("19600520", 31)  # already registered
BAD_CHECK = make_id("19850101", 51)[:17] + ("0" if make_id("19850101", 51)[17] != "0" else "1")


def write_roster(path: Path) -> Path:
    """A 低保 roster as offices send them: a title row above the header, a second data
    sheet (特困), and a notes sheet that has no header at all."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "低保"
    ws.append(["那龙镇农村低保对象花名册"])
    ws.append(HEADERS)
    for row in (
        ["韦大明", WEI, "男", dt.datetime(1980, 1, 1), "13812345678", "那龙村", "那龙村3组"],
        ["黄秀英", HUANG, "女", "1975-03-15", "13912345678", "那龙村", "那龙村5组"],
        ["李四", BAD_CHECK, "男", None, None, "那龙村", None],  # row 5: wrong check digit
        ["韦大明", WEI, "男", None, None, "那龙村", None],  # row 6: same as row 3
        ["陆小红", LU, "女", None, None, "东风村", None],  # row 7: a village not known here
        ["覃老三", QIN, "男", "1960-05-20", "13700001111", "那龙村", "新街12号"],  # row 8
    ):
        ws.append(row)
    other = wb.create_sheet("特困")
    other.append(["姓名", "身份证号", "村(社区)"])
    other.append(["蒙阿婆", make_id("19400101", 62), "那龙村"])
    wb.create_sheet("说明").append(["本表由民政办提供"])
    wb.save(path)
    return path


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    return write_roster(tmp_path / "那龙镇低保名册.xlsx")


@pytest.fixture
def qin(ctx: AppContext) -> str:
    """覃老三, registered before with another phone and the disability category: also what
    makes 那龙村 one of the station's villages."""
    return register_client(ctx.db, ClientInput(
        name="覃老三", id_number=QIN, phone="13700002222", village="那龙村",
        categories=(CategoryInput("disabled", "physical", "2"),)))


def open_dialog(qtbot: QtBot, ctx: AppContext, path: Path | None) -> RosterImportDialog:
    dialog = RosterImportDialog(ctx, path)
    qtbot.addWidget(dialog)
    if path is None:
        dialog.show()
    else:
        with qtbot.waitSignal(dialog.sheet_loaded, timeout=5000):
            dialog.show()
    return dialog


def to_preview(qtbot: QtBot, dialog: RosterImportDialog) -> None:
    dialog.next_button.click()
    assert dialog.step() == MAPPING
    with qtbot.waitSignal(dialog.preview_ready, timeout=5000):
        dialog.next_button.click()
    assert dialog.step() == PREVIEW


def do_import(qtbot: QtBot, dialog: RosterImportDialog) -> None:
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=5000):
        dialog.import_button.click()


def cells(model: QAbstractItemModel, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def client_count(ctx: AppContext) -> int:
    return len(client_ids(ctx.db, ClientQuery()))


def test_guessed_mapping_and_first_rows(qtbot: QtBot, ctx: AppContext, roster: Path,
                                        qtmodeltester: ModelTester) -> None:
    dialog = open_dialog(qtbot, ctx, roster)
    step = dialog.file_step
    assert step.path_edit.text() == str(roster)
    assert [step.sheet.itemText(i) for i in range(step.sheet.count())] == ["低保", "特困", "说明"]
    assert step.category.code() == "minimum_allowance"  # guessed from the sheet's name
    assert "2" in step.sheet_info.text() and "6" in step.sheet_info.text()
    dialog.next_button.click()
    assert dialog.step() == MAPPING
    mapping = dialog.mapping_step
    assert mapping.mapping() == {"name": 0, "id_number": 1, "gender": 2, "birth_date": 3,
                                 "phone": 4, "village": 5, "address": 6}
    assert mapping.combos["name"].currentText() == "A  姓名"
    assert mapping.combos["category"].currentData() is None
    sample = mapping.sample_model
    qtmodeltester.check(sample)
    assert sample.rowCount() == 5  # the first five of six data rows
    assert cells(sample, 0) == ["3", "4", "5", "6", "7"]
    assert cells(sample, 2)[0] == WEI and cells(sample, 4)[0] == "1980-01-01"
    assert sample.headerData(2, Qt.Orientation.Horizontal) == "B  身份证号"


def test_preview_import_and_the_same_file_again(
        qtbot: QtBot, ctx: AppContext, roster: Path, qin: str,
        qtmodeltester: ModelTester) -> None:
    # No translator: the dialog's own sentences in English (the Chinese is in
    # resources/translations/shegong_zh_CN.ts); the data and the service's sentences in
    # ctx.lang, Chinese.
    dialog = open_dialog(qtbot, ctx, roster)
    to_preview(qtbot, dialog)
    step = dialog.preview_step
    assert step.summary.text() == (
        "2 rows will be registered, 1 will be updated (already registered: same ID number), "
        "3 rows have problems and will be left out.")
    qtmodeltester.check(step.good_model)
    qtmodeltester.check(step.bad_model)
    good = step.good_model
    assert cells(good, 0) == ["3", "4", "8"]
    assert cells(good, 1) == ["韦大明", "黄秀英", "覃老三"]
    assert cells(good, 2)[0] == WEI[:4] + "*" * 10 + WEI[-4:]  # masked on screen
    assert cells(good, 4) == ["低保对象"] * 3
    assert cells(good, 5) == ["New registration", "New registration", "Update"]
    bad = step.bad_model
    assert cells(bad, 0) == ["5", "6", "7"]
    assert cells(bad, 1) == ["李四", "韦大明", "陆小红"]
    problems = cells(bad, 2)
    assert "校验位" in problems[0]
    assert problems[1] == "与第 3 行身份证号重复。"
    assert "东风村" in problems[2]
    assert dialog.import_button.text() == "&Import 3 rows"

    do_import(qtbot, dialog)
    assert step.result.text() == (
        "Registered 2 people, updated 1, unchanged 0; rows with problems: 3.")
    assert not dialog.import_button.isEnabled() and not dialog.back_button.isEnabled()
    assert dialog.close_button.text() == "&Close"
    assert client_count(ctx) == 3  # 覃老三 updated, not registered twice
    known = client_input(ctx.db, qin)
    assert known.phone == "13700001111" and known.address == "新街12号"
    assert {c.category for c in known.categories} == {"disabled", "minimum_allowance"}
    registered = {client_input(ctx.db, cid).id_number: client_input(ctx.db, cid)
                  for cid in client_ids(ctx.db, ClientQuery())}
    assert registered[WEI].name == "韦大明" and registered[WEI].gender == "male"
    assert [c.category for c in registered[HUANG].categories] == ["minimum_allowance"]
    dialog.close_button.click()
    assert not dialog.isVisible()

    again = open_dialog(qtbot, ctx, roster)
    to_preview(qtbot, again)
    assert cells(again.preview_step.good_model, 5) == ["Update"] * 3
    with qtbot.assertNotEmitted(ctx.data_changed):
        do_import(qtbot, again)
    assert again.preview_step.result.text() == (
        "Registered 0 people, updated 0, unchanged 3; rows with problems: 3.")
    assert client_count(ctx) == 3
    assert client_input(ctx.db, qin) == known


def test_import_tells_the_clients_list(qtbot: QtBot, ctx: AppContext, roster: Path,
                                       qin: str, language: Callable[[str], str]) -> None:
    language("zh")  # and the sentences in Chinese, as a station's worker reads them
    page = ClientsPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.results_applied, timeout=5000):
        page.show()
    assert page.model.rowCount() == 1
    dialog = open_dialog(qtbot, ctx, roster)
    dialog.file_step.new_villages.setChecked(True)  # 东风村 is welcome now
    to_preview(qtbot, dialog)
    assert cells(dialog.preview_step.good_model, 0) == ["3", "4", "7", "8"]
    with qtbot.waitSignal(page.results_applied, timeout=5000) as shown, \
            qtbot.waitSignal(dialog.imported, timeout=5000):
        dialog.import_button.click()
        dialog.reject()  # Escape while the import writes: refused, it finishes first
        assert dialog.isVisible() and not dialog.close_button.isEnabled()
    assert shown.args == [4]
    assert dialog.preview_step.summary.text() == (
        "将新登记 3 人，更新 1 人（已登记过：身份证号相同），2 行有问题、不会导入。")
    assert dialog.preview_step.result.text() == (
        "已登记 3 人，更新 1 人，未变化 0 人；有问题的行 2 行。")
    assert page.import_button.text() == "从 Excel 导入…(&E)"


def test_clients_page_button_opens_the_dialog(qtbot: QtBot, ctx: AppContext) -> None:
    page = ClientsPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.results_applied, timeout=5000):
        page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    qtbot.keyClick(page.search_box, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    by_key = page.findChild(RosterImportDialog)
    assert by_key is not None and by_key.isVisible()  # Ctrl+I
    by_key.close_button.click()
    qtbot.waitUntil(lambda: page.findChild(RosterImportDialog) is None)  # deleted on close
    page.import_button.click()
    dialog = page.findChild(RosterImportDialog)
    assert dialog is not None and dialog.isVisible() and dialog.step() == FILE
    assert not dialog.next_button.isEnabled()  # nothing to go on with before a file
    dialog.close_button.click()


def test_a_file_that_is_not_xlsx_only_says_so(qtbot: QtBot, ctx: AppContext, tmp_path: Path,
                                               roster: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "名册.xlsx"
    fake.write_text("姓名,身份证号\n", encoding="utf-8")
    dialog = open_dialog(qtbot, ctx, None)
    assert not dialog.next_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fake), ""))
    with qtbot.waitSignal(dialog.failed, timeout=5000):
        dialog.file_step.browse_button.click()
    error = dialog.file_step.error
    assert error.isVisible() and "名册.xlsx" in error.text() and "xlsx" in error.text()
    assert dialog.step() == FILE and not dialog.next_button.isEnabled()
    assert dialog.sheet is None and dialog.file_step.path_edit.text() == ""

    # A good file next: the sentence goes, the sheet is read.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(roster), ""))
    with qtbot.waitSignal(dialog.sheet_loaded, timeout=5000):
        dialog.file_step.browse_button.click()
    assert not error.isVisible() and dialog.next_button.isEnabled()


def test_choosing_another_sheet(qtbot: QtBot, ctx: AppContext, roster: Path) -> None:
    dialog = open_dialog(qtbot, ctx, roster)
    combo = dialog.file_step.sheet
    with qtbot.waitSignal(dialog.sheet_loaded, timeout=5000):
        combo.setCurrentText("特困")
    assert dialog.sheet is not None and dialog.sheet.name == "特困"
    assert dialog.file_step.category.code() == "extreme_poverty"
    assert dialog.mapping_step.mapping() == {"name": 0, "id_number": 1, "village": 2}
    # A sheet with no header row: its sentence, and the 特困 sheet stays chosen.
    with qtbot.waitSignal(dialog.failed, timeout=5000):
        combo.setCurrentText("说明")
    assert "说明" in dialog.file_step.error.text()
    assert combo.currentText() == "特困" and dialog.sheet.name == "特困"
    assert dialog.next_button.isEnabled()


def test_required_columns_and_category(qtbot: QtBot, ctx: AppContext, roster: Path) -> None:
    dialog = open_dialog(qtbot, ctx, roster)
    dialog.file_step.category.set_code(None)
    dialog.next_button.click()
    mapping = dialog.mapping_step
    mapping.combos["id_number"].setCurrentIndex(0)  # — not in the sheet —
    with qtbot.assertNotEmitted(dialog.preview_ready, wait=100):
        dialog.next_button.click()
    assert mapping.error.isVisible() and "ID number" in mapping.error.text()
    assert dialog.step() == MAPPING
    mapping.combos["id_number"].setCurrentIndex(2)  # column B
    with qtbot.assertNotEmitted(dialog.preview_ready, wait=100):
        dialog.next_button.click()
    assert "category" in mapping.error.text() and dialog.step() == MAPPING
    dialog.back_button.click()
    assert dialog.step() == FILE
    dialog.file_step.category.set_code("extreme_poverty")
    to_preview(qtbot, dialog)
    assert not mapping.error.isVisible()
    assert cells(dialog.preview_step.good_model, 4)[0] == "特困人员"


def test_saving_the_rows_with_problems(qtbot: QtBot, ctx: AppContext, roster: Path,
                                       qin: str, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, ctx, roster)
    to_preview(qtbot, dialog)
    out = tmp_path / "有问题的行.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.preview_step.save_bad_button.click()
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("Row", "Problem", *HEADERS)
    assert [r[0] for r in rows[1:]] == [5, 6, 7]
    assert rows[2][1] == "与第 3 行身份证号重复。" and rows[2][3] == WEI
    assert str(out) in dialog.busy_label.text()
    QThreadPool.globalInstance().waitForDone(5000)
