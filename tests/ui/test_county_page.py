"""The County page on a county office's data folder (issue 12): the rail keeps County,
Sync and Settings; the stations table shows each station's month with its lights,
sorts and filters by township; a double-click opens that station's month read only; the
roll-up saves as a pdf; no ID number appears anywhere on it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from county_world import STATIONS, County, build_county, ok
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTextBrowser
from pytestqt.qtbot import QtBot

from app.paths import resolve_paths
from app.reports.figures import monthly_figures
from app.store.database import Database
from app.ui.county.county_page import CountyPage, StationMonthDialog
from app.ui.shell.main_window import MainWindow

ID_NUMBER = re.compile(r"\d{17}[\dXx]")


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> County:
    world = build_county(tmp_path_factory.mktemp("county-ui"))
    ok(world.office, "bundle", "import", *map(str, world.files))
    return world


@pytest.fixture
def office_db(county: County) -> Iterator[Database]:
    db = Database(resolve_paths(county.office))
    yield db
    db.close()


def table_text(page: CountyPage) -> list[list[str]]:
    model = page.table.model()
    return [[str(model.index(r, c).data() or "") for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_the_county_page(qtbot: QtBot, office_db: Database, county: County,
                         tmp_path: Path, language: Callable[[str], str]) -> None:
    language("zh")
    window = MainWindow(office_db, "zh")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.buttons["clients"].isVisible()
    assert window.buttons["sync"].isVisible()
    page = window.pages["station"]
    assert isinstance(page, CountyPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=20_000)

    rows = table_text(page)
    names = {r[0] for r in rows}
    assert names == {name for name, *_ in STATIONS}
    for head in county.heads:
        db = Database(resolve_paths(head))
        try:
            own = monthly_figures(db, page.selected_month())
        finally:
            db.close()
        row = next(r for r in rows if r[0] == own.station_name)
        assert row[7] == str(own.current.visits)
        assert row[4] == "达标"  # the bundle arrived this month
    assert not any(ID_NUMBER.search(cell) for row in rows for cell in row)

    # Sorted by visits, then filtered to one township.
    page.table.sortByColumn(7, Qt.SortOrder.DescendingOrder)
    visits = [int(r[7]) for r in table_text(page)]
    assert visits == sorted(visits, reverse=True)
    page.township.setCurrentIndex(page.township.findData("双桥镇"))
    assert [r[1] for r in table_text(page)] == ["双桥镇"]

    # Double-click: that station's month, read only.
    index = page.table.model().index(0, 0)
    page.table.doubleClicked.emit(index)
    qtbot.waitUntil(lambda: any(isinstance(w, StationMonthDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=20_000)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, StationMonthDialog) and w.isVisible())
    assert "双桥镇社工站" in dialog.windowTitle()
    browser = dialog.findChild(QTextBrowser, "preview")
    assert browser is not None
    body = browser.toPlainText()
    assert "双桥镇社工站" in body and not ID_NUMBER.search(body)
    dialog.close()

    target = tmp_path / "县局汇总.pdf"
    page.save_to("pdf", target)
    qtbot.waitUntil(lambda: target.exists() and "已保存" in page.status.text(),
                    timeout=30_000)
    assert target.read_bytes().startswith(b"%PDF")
