"""The Reports page: the month's figures previewed, then saved as xlsx / pdf / json."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from report_records import Recorded, add_records

from app.render.report_document import month_label
from app.services.visits import VisitInput, record_visit
from app.ui.kit.context import AppContext
from app.ui.reports.reports_page import ReportsPage, default_month, file_stem, recent_months
from app.ui.shell.main_window import page_factories

HAS_XLSX = importlib.util.find_spec("app.reports.xlsx_report") is not None


@pytest.fixture
def recorded(ctx: AppContext) -> Recorded:
    return add_records(ctx.db)


def open_page(qtbot: QtBot, ctx: AppContext, month: str) -> ReportsPage:
    """The page, shown, with `month`'s figures in the preview."""
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1216, 700)
    page.show()
    page.month.setCurrentIndex(page.month.findData(month))
    wait_for_figures(qtbot, page, month)
    return page


def wait_for_figures(qtbot: QtBot, page: ReportsPage, month: str) -> None:
    qtbot.waitUntil(lambda: not page.loader.running and page.report is not None
                    and page.report.month == month, timeout=10_000)


def save(qtbot: QtBot, page: ReportsPage, fmt: str, path: Path) -> Path:
    with qtbot.waitSignal(page.saved, timeout=10_000) as saved:
        page.save_to(fmt, path)
    return saved.args[0]


def test_the_months_offered_and_the_one_chosen_first() -> None:
    assert recent_months(dt.date(2026, 2, 14), 4) == ["2026-02", "2026-01", "2025-12",
                                                      "2025-11"]
    assert default_month(dt.date(2026, 11, 10)) == "2026-10"  # report time: last month
    assert default_month(dt.date(2026, 11, 11)) == "2026-11"
    assert default_month(dt.date(2027, 1, 3)) == "2026-12"
    assert file_stem("那龙镇/社工站", "2026-10", "月报") == "那龙镇_社工站-2026-10-月报"


def test_the_preview_shows_the_months_figures_and_follows_new_visits(
        qtbot: QtBot, ctx: AppContext, recorded: Recorded) -> None:
    assert page_factories()["reports"] is ReportsPage
    page = open_page(qtbot, ctx, recorded.month)
    text = page.preview.toPlainText()

    assert "那龙镇社工站" in text and month_label(recorded.month, "zh") in text
    assert "走访总次数" in text
    line = text[text.index("走访总次数"):].split()[:5]
    assert line == ["走访总次数", "次", str(recorded.visits), str(recorded.visits_before),
                    str(recorded.visits_ytd)]
    assert str(recorded.visits) in page.status.text()
    assert all(button.isEnabled() for button in page.buttons.values())

    page.shown()  # its navigation button clicked again: nothing new to count
    assert not page.loader.running

    # A visit recorded elsewhere while the page is on screen: counted again at once.
    record_visit(ctx.db, VisitInput(client_id=recorded.client_ids[0],
                                    visit_date=f"{recorded.month}-12",
                                        observations="电话回访"))  # tells the page
    qtbot.waitUntil(lambda: not page.loader.running and page.report is not None
                    and page.report.current.visits == recorded.visits + 1, timeout=10_000)
    text = page.preview.toPlainText()
    assert text[text.index("走访总次数"):].split()[2] == str(recorded.visits + 1)


def test_choosing_another_month_counts_it_and_saving_waits_for_it(
        qtbot: QtBot, ctx: AppContext, recorded: Recorded) -> None:
    page = open_page(qtbot, ctx, recorded.month)
    current = recent_months(dt.date.today(), 1)[0]
    page.month.setCurrentIndex(page.month.findData(current))
    # The figures on screen are the old month's until the new ones arrive: no saving.
    assert not page.buttons["pdf"].isEnabled()
    wait_for_figures(qtbot, page, current)
    assert page.buttons["pdf"].isEnabled()
    assert page.report is not None and page.report.current.visits == 0
    assert "本月没有服务记录。" in page.preview.toPlainText()  # no category chart to draw


def test_saving_each_format_writes_the_file_and_offers_its_folder(
        qtbot: QtBot, ctx: AppContext, recorded: Recorded, tmp_path: Path) -> None:
    page = open_page(qtbot, ctx, recorded.month)
    out = tmp_path / "报表"
    out.mkdir()

    data = json.loads(save(qtbot, page, "json", out / "r.json").read_text(encoding="utf-8"))
    assert data["month"] == recorded.month
    assert data["current"]["visits"] == recorded.visits
    assert page.open_folder.isVisibleTo(page)
    assert "r.json" in page.result.text()

    assert save(qtbot, page, "pdf", out / "r.pdf").read_bytes().startswith(b"%PDF-")
    assert page.saved_path == out / "r.pdf"
    if HAS_XLSX:
        assert save(qtbot, page, "xlsx", out / "r.xlsx").read_bytes().startswith(b"PK")
    assert not page.error.isVisibleTo(page)
    assert all(button.isEnabled() for button in page.buttons.values())


def test_the_save_dialog_suggests_the_station_and_month_and_adds_the_suffix(
        qtbot: QtBot, ctx: AppContext, recorded: Recorded, tmp_path: Path,
        language: Callable[[str], str], monkeypatch: pytest.MonkeyPatch) -> None:
    language("zh")
    page = open_page(qtbot, ctx, recorded.month)
    asked: list[str] = []

    def answer(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "给县里的月报"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    with qtbot.waitSignal(page.saved, timeout=10_000) as saved:
        page.buttons["json"].click()

    assert Path(asked[0]).name == f"那龙镇社工站-{recorded.month}-月报.json"
    assert saved.args[0] == tmp_path / "给县里的月报.json"
    assert "给县里的月报.json" in page.result.text().replace("\u200b", "")


@pytest.mark.parametrize("fmt", ["json", "pdf"])
def test_a_folder_that_does_not_exist_gets_a_sentence_not_a_crash(
        qtbot: QtBot, ctx: AppContext, recorded: Recorded, tmp_path: Path, fmt: str) -> None:
    page = open_page(qtbot, ctx, recorded.month)
    target = tmp_path / "不存在的文件夹" / f"r.{fmt}"
    with qtbot.waitSignal(page.save_failed, timeout=10_000) as failed:
        page.save_to(fmt, target)

    assert "不存在的文件夹" in failed.args[0].replace("\u200b", "")
    assert page.error.isVisibleTo(page) and page.error.text() == failed.args[0]
    assert not page.open_folder.isVisibleTo(page)
    assert not target.parent.exists()
    assert page.buttons[fmt].isEnabled()  # the person can choose another folder
    QThreadPool.globalInstance().waitForDone()
