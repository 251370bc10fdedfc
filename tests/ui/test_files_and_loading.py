"""The shared file helpers (save-as, safe names, months) and when a LoadingPage reloads."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from categories import TBA
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QComboBox, QFileDialog
from pytestqt.qtbot import QtBot

from app.services.activities import ActivityInput, record_activity
from app.services.clients import ClientInput, register_client
from app.services.visits import VisitInput, record_visit
from app.ui.activities.activities_page import ActivitiesPage
from app.ui.kit.context import AppContext
from app.ui.kit.files import ask_save_path, fill_months, recent_months, safe_file_name
from app.ui.sync.sync_page import SyncPage


def answer_save(monkeypatch: pytest.MonkeyPatch, answer: str, asked: list[str]) -> None:
    def save_as(_parent: Any, _title: str, default: str, _filter: str) -> tuple[str, str]:
        asked.append(default)
        return answer, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))


@pytest.mark.parametrize(("typed", "saved"), [
    ("月报", "月报.pdf"), ("月报.PDF", "月报.PDF"), ("v1.2", "v1.2.pdf"),
    ("月报.json", "月报.json.pdf")])
def test_the_suffix_is_added_when_the_typed_name_lacks_it(
        qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str,
        saved: str) -> None:
    asked: list[str] = []
    answer_save(monkeypatch, str(tmp_path / typed), asked)
    path = ask_save_path(None, "Save", tmp_path / "默认.pdf", "PDF (*.pdf)", ".pdf")
    assert path == tmp_path / saved
    assert asked == [str(tmp_path / "默认.pdf")]


def test_cancelling_the_save_dialog_gives_none(qapp: Any, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    answer_save(monkeypatch, "", [])
    assert ask_save_path(None, "Save", tmp_path / "a.card", "", ".card") is None


def test_safe_file_names() -> None:
    assert safe_file_name("那龙镇/社工站", "2026-10", "月报") == "那龙镇_社工站-2026-10-月报"
    assert safe_file_name("", "韦丽的电脑") == "韦丽的电脑"  # no station yet: no leading dash
    assert safe_file_name('a:b*c?"d"<e>|f\\g') == "a_b_c_d_e_f_g"
    assert safe_file_name("Nalong Station.", "line\nbreak") == "Nalong Station.-line_break"
    assert safe_file_name("站.", " ") == "站"  # Windows refuses a trailing dot or space


def test_the_month_list_is_labelled_like_the_report(qapp: Any) -> None:
    assert recent_months(dt.date(2026, 2, 14), 3) == ["2026-02", "2026-01", "2025-12"]
    combo = QComboBox()
    fill_months(combo, "zh", dt.date(2026, 2, 14), 3)
    assert [combo.itemText(i) for i in range(3)] == ["2026年2月", "2026年1月", "2025年12月"]
    assert [combo.itemData(i) for i in range(3)] == ["2026-02", "2026-01", "2025-12"]
    fill_months(combo, "en", dt.date(2026, 2, 14), 1)
    assert combo.itemText(3) == "2026-02"


def test_a_page_is_loaded_again_on_its_button_only_when_out_of_date(
        qtbot: QtBot, ctx: AppContext) -> None:
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show()  # the first show loads it
    qtbot.waitUntil(lambda: not page.loader.running)

    page.shown()  # its navigation button clicked: nothing was written since
    assert not page.loader.running

    page.hide()
    record_activity(ctx.db, ActivityInput("村民议事会", dt.date(2026, 11, 3)))  # while hidden
    assert page.auto.stale
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show()
    qtbot.waitUntil(lambda: not page.loader.running)
    assert not page.auto.stale

    # Shown without a Show event of its own (its window hidden): a stale page loads.
    page.hide()
    record_activity(ctx.db, ActivityInput("亲子阅读", dt.date(2026, 11, 4)))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.shown()
    assert not page.auto.stale  # the Show that follows does not load it again
    QThreadPool.globalInstance().waitForDone()


def test_a_failed_load_is_tried_again_on_the_pages_button(
        qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.ui.activities.activities_page as activities_page

    real = activities_page.activity_ids

    def broken(*_args: object) -> list[Any]:
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(activities_page, "activity_ids", broken)
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loader.failed, timeout=5000):
        page.show()
    assert not page.has_result
    monkeypatch.setattr(activities_page, "activity_ids", real)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.shown()
    assert page.has_result and page.status.text() == "No activities recorded yet."
    QThreadPool.globalInstance().waitForDone()


def test_the_sync_page_ignores_writes_it_does_not_show(qtbot: QtBot, ctx: AppContext) -> None:
    client_id = register_client(ctx.db, ClientInput(name="覃秀兰", categories=TBA))
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    qtbot.waitUntil(lambda: not page.is_busy())
    with qtbot.assertNotEmitted(page.loader.busy_changed, wait=100):
        record_visit(ctx.db, VisitInput(client_id, dt.date.today(),
                                        observations="电话回访"))  # saved elsewhere
        record_activity(ctx.db, ActivityInput("村民议事会", dt.date.today(),
                                              participant_ids=(client_id,)))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        register_client(ctx.db, ClientInput(name="韦美华",
                                            categories=TBA))  # may make a pair of duplicates
    QThreadPool.globalInstance().waitForDone(10_000)
