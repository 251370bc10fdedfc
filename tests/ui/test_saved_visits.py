"""A saved visit opens again from every list it appears in, in the form it was made in:
corrected (an ordinary edit that syncs, with its history), or voided with a reason; the
counts and the monthly report follow at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from client_forms_helpers import ModalAnswer, type_chinese
from paper import answer_print_dialog, pdf_printer, pdf_text
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.models.validation import id_check_digit
from app.reports.figures import monthly_figures
from app.services import clients, visits
from app.services.history import record_history
from app.ui.clients.client_detail import KIND_ROLE, ClientDetailDialog
from app.ui.kit.context import AppContext
from app.ui.kit.history import HistoryDialog
from app.ui.kit.record_dialogs import VoidDialog
from app.ui.visits.visit_form import VisitFormDialog
from app.ui.visits.visits_page import VisitsPage

TODAY = dt.date.today()
MONTH = TODAY.strftime("%Y-%m")


@pytest.fixture(autouse=True)
def chinese(language: Callable[[str], str]) -> None:
    language("zh")


@pytest.fixture
def visit(ctx: AppContext) -> tuple[str, str]:
    """覃秀兰 and one home visit to her today (what the worker will correct)."""
    client_id = clients.register_client(ctx.db, clients.ClientInput(
        name="覃秀兰", village="板六村",
        categories=(clients.CategoryInput("left_behind_elderly"),)))
    visit_id = visits.record_visit(ctx.db, visits.VisitInput(
        client_id=client_id, visit_date=TODAY, duration_min=30,
        next_followup=TODAY + dt.timedelta(days=90),
        observations="老人独居，屋里很冷", material=visits.Need("high", "缺棉被")))
    return client_id, visit_id


def opened_form(ctx: AppContext, qtbot: QtBot) -> VisitFormDialog:
    [form] = [w for w in ctx._open if isinstance(w, VisitFormDialog)]
    return form  # deletes itself when closed; the context closes it if still open


def test_a_visit_opens_from_the_visits_page_is_corrected_and_its_history_says_so(
        qtbot: QtBot, ctx: AppContext, visit: tuple[str, str]) -> None:
    client_id, visit_id = visit
    page = VisitsPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.model.index(0, 0))
    QTest.keyClick(view, Qt.Key.Key_Return)  # as a double-click
    form = opened_form(ctx, qtbot)
    assert form.visit_id == visit_id
    # The form it was made in, holding what was saved.
    assert form.observations.toPlainText() == "老人独居，屋里很冷"
    assert form.needs["material"].level() == "high"
    assert form.needs["material"].notes.text() == "缺棉被"
    assert form.duration.value() == 30 and form.visit_date.value() == TODAY
    assert form.save_button.text() == "保存修改(&S)"

    form.observations.clear()
    type_chinese(form.observations, "老人独居，屋里很冷，已送去棉被")
    form.duration.setValue(50)
    with qtbot.waitSignal(ctx.data_changed):
        form.save_button.click()
    saved = visits.get_visit(ctx.db, visit_id).input
    assert saved.observations == "老人独居，屋里很冷，已送去棉被" and saved.duration_min == 50
    assert len(visits.visits_of_client(ctx.db, client_id)) == 1  # corrected, not added

    changes = record_history(ctx.db, "visit", visit_id, "zh")
    assert changes[0].field == ""  # recorded first
    edits = {c.field: (c.old, c.new) for c in changes[1:]}
    assert edits == {"observations": ("老人独居，屋里很冷", "老人独居，屋里很冷，已送去棉被"),
                     "duration_min": ("30", "50")}

    form = VisitFormDialog(ctx, None, None, None, visit_id=visit_id)
    qtbot.addWidget(form)
    history = HistoryDialog(ctx, "visit", visit_id, "走访", form.field_labels())
    qtbot.addWidget(history)
    qtbot.waitUntil(lambda: history.model.rowCount() == 3)
    texts = [[history.model.index(r, c).data() for c in range(5)] for r in range(3)]
    assert {tuple(t[2:]) for t in texts[:2]} == {
        ("观察记录", "老人独居，屋里很冷", "老人独居，屋里很冷，已送去棉被"),
        ("走访时长", "30", "50")}
    assert texts[2][2] == "记录"
    QThreadPool.globalInstance().waitForDone()


def test_a_visit_opens_from_the_timeline_and_is_voided_with_a_reason(
        qtbot: QtBot, ctx: AppContext, visit: tuple[str, str]) -> None:
    client_id, visit_id = visit
    assert monthly_figures(ctx.db, MONTH).current.visits == 1
    detail = ClientDetailDialog(ctx, client_id)
    qtbot.addWidget(detail)
    detail.show()
    tree = detail.timeline
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, KIND_ROLE)[0] == "visit")
    # The last visit's needs and their notes, where the next visit starts from.
    assert "物质需求程度：高（缺棉被）" in item.text(3)
    tree.setCurrentItem(item)
    tree.setFocus()
    QTest.keyClick(tree, Qt.Key.Key_Return)
    form = opened_form(ctx, qtbot)
    assert form.visit_id == visit_id and form.void_button.isVisible()

    def fill(dialog: VoidDialog) -> None:
        dialog.ok_button.click()  # no reason: refused, nothing voided
        assert dialog.errors.error("void_reason").text() == "请填写作废原因。"
        assert visits.visits_of_client(ctx.db, client_id)
        type_chinese(dialog.reason, "记错了服务对象")
        dialog.ok_button.click()

    answer = ModalAnswer(VoidDialog, fill)
    form.void_button.click()
    answer.check()
    assert visits.visits_of_client(ctx.db, client_id) == []
    assert monthly_figures(ctx.db, MONTH).current.visits == 0  # the report follows at once
    qtbot.waitUntil(lambda: not any(tree.topLevelItem(i).data(0, KIND_ROLE)[0] == "visit"
                                    for i in range(tree.topLevelItemCount())))
    voided = record_history(ctx.db, "visit", visit_id, "zh")[-1]
    assert (voided.field, voided.new) == ("void_reason", "记错了服务对象")


def test_closing_a_corrected_visit_without_saving_asks_first(
        qtbot: QtBot, ctx: AppContext, visit: tuple[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    _, visit_id = visit
    form = VisitFormDialog(ctx, None, None, None, visit_id=visit_id)  # deletes on close
    form.show()
    form.duration.setValue(90)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    form.close()
    assert form.isVisible()  # kept: the worker said no
    form.close()
    assert not form.isVisible()
    assert visits.get_visit(ctx.db, visit_id).input.duration_min == 30  # dropped


def test_an_empty_visit_is_refused_next_to_the_observations(
        qtbot: QtBot, ctx: AppContext, visit: tuple[str, str]) -> None:
    client_id, _ = visit
    form = VisitFormDialog(ctx, client_id, None, None)  # deletes itself once saved
    form.show()
    form.save_button.click()
    error = form.errors["observations"]
    assert error.isVisible() and "不能是空的" in error.text()
    assert len(visits.visits_of_client(ctx.db, client_id)) == 1  # nothing saved
    form.services.boxes["phone_followup" if "phone_followup" in form.services.boxes
                        else next(iter(form.services.boxes))].click()
    form.save_button.click()  # a service delivered is enough (a short phone call)
    assert len(visits.visits_of_client(ctx.db, client_id)) == 2


def test_the_visit_record_sheet_prints_masked_or_in_full(
        qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    """The 走访记录表 of a saved visit, from its form: the client, the visit's date and
    what was seen, the page number; the ID number masked unless asked for in full."""
    number = "45012219480312002"
    number += id_check_digit(number)
    client_id = clients.register_client(ctx.db, clients.ClientInput(
        name="覃秀兰", village="板六村", id_number=number, gender="female",
        categories=(clients.CategoryInput("left_behind_elderly"),)))
    visit_id = visits.record_visit(ctx.db, visits.VisitInput(
        client_id=client_id, visit_date=TODAY, observations="老人独居，屋里很冷",
        material=visits.Need("high", "缺棉被"), services=("material_help",)))
    form = VisitFormDialog(ctx, None, None, None, visit_id=visit_id)
    qtbot.addWidget(form)
    form.show()
    assert form.sheet_button.isVisible()
    masked = form.save_sheet(False, tmp_path / "masked.pdf")
    full = form.save_sheet(True, tmp_path / "full.pdf")
    assert masked is not None and full is not None
    pages, text = pdf_text(masked)
    for words in ("走访记录表", "覃秀兰", TODAY.isoformat(), "老人独居，屋里很冷", "缺棉被",
                  "物资帮扶", "第 1 页"):
        assert words in text, words
    assert number not in text and f"{number[:4]}**********{number[-4:]}" in text
    assert number in pdf_text(full)[1]
    assert pages == 1
    # On paper: the same sheet through the printer the print dialog hands over.
    printed = tmp_path / "printed.pdf"
    assert form.print_sheet(pdf_printer(printed))
    paper_text = pdf_text(printed)[1]  # (a printer's pdf keeps Qt's raw text map: 走 reads ⾛)
    assert "覃秀兰" in paper_text and number not in paper_text and "/ 共 1" in paper_text


def test_the_sheet_menu_prints_through_the_print_dialog_or_not_at_all(
        qtbot: QtBot, ctx: AppContext, visit: tuple[str, str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    form = VisitFormDialog(ctx, None, None, None, visit_id=visit[1])
    qtbot.addWidget(form)
    form.show()
    assert [a.text() for a in form.sheet_button.menu().actions() if a.text()] == [
        "打印…(&P)", "PDF，身份证号隐去部分…(&M)", "PDF，身份证号完整显示（用于正式报送）…(&F)"]
    answer_print_dialog(monkeypatch, None)  # Cancel
    form.sheet_button.print_action.trigger()
    assert form.draft_status.text() != "已送往打印机。"
    answer_print_dialog(monkeypatch, tmp_path / "paper.pdf")  # Print
    form.sheet_button.print_action.trigger()
    assert form.draft_status.text() == "已送往打印机。"
    assert "覃秀兰" in pdf_text(tmp_path / "paper.pdf")[1]
