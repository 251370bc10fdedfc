"""The station's story across laptops, as the head sees it on the Station screen: a
worker's laptop joins the head's station with the head's card, records her training,
and once her bundle is merged the head's lights, people and logs count her hours, the
same hours the monthly report counts."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.models import SupervisionSession
from app.paths import resolve_paths
from app.reports.figures import monthly_figures
from app.services.bundle_import import import_bundle
from app.services.devices import export_card, this_device, trust_card
from app.services.setup import JoinInput, initialize
from app.services.state import dump_state
from app.services.station import (
    SupervisionInput,
    TrainingInput,
    record_supervision,
    record_training,
)
from app.services.sync import export_bundle
from app.store.database import Database, local_setting
from app.ui.kit.context import AppContext
from app.ui.station.station_page import StationPage
from app.ui.sync.sync_page import SyncPage

TODAY = dt.date.today()


@pytest.fixture
def worker_laptop(ctx: AppContext, tmp_path: Path) -> Iterator[Database]:
    """覃海燕's laptop, joined to the head's station with the head's card."""
    card = export_card(ctx.db, tmp_path / "站长.card")
    db = Database(resolve_paths(tmp_path / "覃海燕的电脑"))
    initialize(db, JoinInput(card=card, device="覃海燕的电脑", worker="覃海燕"))
    trust_card(ctx.db, export_card(db, tmp_path / "覃海燕.card"), "worker")
    yield db
    QThreadPool.globalInstance().waitForDone(5000)
    db.close()


def own_worker(db: Database) -> str:
    """The worker this laptop records as."""
    with db.read() as s:
        return local_setting(s, "worker_id") or ""


def send(worker: Database, head: Database, path: Path) -> None:
    export_bundle(worker, path, kind="all")
    assert import_bundle(head, path).applied > 0


def page_hours(page: StationPage) -> dict[str, float]:
    assert page.data is not None
    return {t.name: t.hours for t in page.data.training}


def report_hours(db: Database) -> dict[str, float]:
    figures = monthly_figures(db, TODAY.strftime("%Y-%m")).year_to_date
    return {w.name: w.value for w in figures.training_by_worker}


def test_a_joined_workers_training_counts_on_the_heads_station_screen(
        qtbot: QtBot, ctx: AppContext, worker_laptop: Database, tmp_path: Path,
        language) -> None:
    language("zh")
    head = ctx.db
    me = this_device(head)
    assert this_device(worker_laptop).station_id == me.station_id
    record_training(head, TrainingInput(own_worker(head), TODAY, 48, topic="个案工作实务"))
    for topics in ("个案督导", "个案督导（第二节）"):  # 16 hours: two sessions
        record_supervision(head, SupervisionInput(TODAY, 8, supervisor_name="蓝秀梅",
                                                  topics=topics))
    record_training(worker_laptop, TrainingInput(own_worker(worker_laptop), TODAY, 20,
                                                 topic="儿童保护政策"))

    page = StationPage(ctx)
    qtbot.addWidget(page)
    page.resize(1216, 768)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None and not page.is_busy(), timeout=10_000)
    assert "覃海燕" not in page_hours(page)  # her laptop has not sent anything yet

    send(worker_laptop, head, tmp_path / "覃海燕-1.shegong")  # the page hears the merge
    qtbot.waitUntil(lambda: "覃海燕" in page_hours(page), timeout=10_000)
    training = page.rules["training_behind"]
    qtbot.waitUntil(lambda: "覃海燕" in training.text.text(), timeout=10_000)
    assert training.light.level == "red"  # 20 of 48 hours, and the page says whose
    assert page_hours(page)["覃海燕"] == 20 == report_hours(head)["覃海燕"]
    assert page.rules["supervision_missing"].light.level == "green"

    record_training(worker_laptop, TrainingInput(own_worker(worker_laptop), TODAY, 28,
                                                 topic="社会救助政策"))
    send(worker_laptop, head, tmp_path / "覃海燕-2.shegong")
    qtbot.waitUntil(lambda: page_hours(page).get("覃海燕") == 48, timeout=10_000)
    qtbot.waitUntil(lambda: training.light.level == "green", timeout=10_000)
    assert report_hours(head) == page_hours(page) == {"韦丽": 48, "覃海燕": 48}


def test_only_the_heads_laptop_manages_the_people(qtbot: QtBot, ctx: AppContext,
                                                  worker_laptop: Database,
                                                  language) -> None:
    language("zh")
    from app.ui.shell.features import make_context
    from app.ui.station.station_people import StationPeople

    shown = {}
    for who, context in (("head", ctx), ("worker", make_context(worker_laptop, "zh"))):
        people = StationPeople(context)
        qtbot.addWidget(people)
        people.show()
        people.refresh()
        qtbot.waitUntil(lambda p=people: p.model.rowCount() > 0, timeout=10_000)
        people.view.selectRow(0)
        shown[who] = (people.add_button.isEnabled(), people.edit_button.isEnabled(),
                      people.heads_only.isVisible())
    assert shown["head"] == (True, True, False)
    assert shown["worker"] == (False, False, True)


def test_the_head_admits_a_laptop_through_the_sync_page_and_refuses_what_it_may_not_write(
        qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        language) -> None:
    """Through the head's Sync page: the joined laptop's card is trusted and admitted as
    a worker (the admission travels); the worker's training is imported; a bundle of the
    same laptop holding a supervision session (a head's record) is refused with one
    sentence naming the laptop and its role, and nothing changes."""
    language("zh")
    card = export_card(ctx.db, tmp_path / "站长.card")
    laptop = Database(resolve_paths(tmp_path / "覃海燕的电脑"))
    initialize(laptop, JoinInput(card=card, device="覃海燕的电脑", worker="覃海燕"))
    try:
        page = SyncPage(ctx)
        qtbot.addWidget(page)
        page.resize(1216, 720)
        page.show()
        qtbot.waitUntil(lambda: page.snapshot is not None and not page.is_busy())
        theirs = export_card(laptop, tmp_path / "覃海燕.card")
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            staticmethod(lambda *a, **k: (str(theirs), "")))
        page.devices_tab.trust_button.click()
        dialog = page.devices_tab.trust_dialog
        assert dialog is not None and dialog.role.code() == "worker"
        dialog.ok_button.click()
        assert "获准担任其角色" in page.devices_tab.done.text()

        record_training(laptop, TrainingInput(own_worker(laptop), TODAY, 20, topic="儿童保护政策"))
        good = export_bundle(laptop, tmp_path / "good.shegong").path
        with laptop.write() as s:  # a hostile program on the worker's laptop
            s.add(SupervisionSession(station_id=this_device(laptop).station_id,
                                     session_date=TODAY, hours=16.0, topics="伪造"))
        bad = export_bundle(laptop, tmp_path / "bad.shegong").path
        lines = []
        for path in (good, bad):
            monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                                staticmethod(lambda *a, p=path, **k: ([str(p)], "")))
            before = _dump(ctx.db)
            page.exchange_tab.import_button.click()
            qtbot.waitUntil(lambda: not page.importing(), timeout=30_000)
            lines += page.exchange_tab.result_lines()
        assert lines[0].startswith("good.shegong：已导入来自“覃海燕的电脑”")
        assert "无权做出的修改" in lines[1] and "覃海燕的电脑" in lines[1] and "社工" in lines[1]
        assert _dump(ctx.db) == before  # the refused bundle changed nothing
    finally:
        QThreadPool.globalInstance().waitForDone(5000)
        laptop.close()


def _dump(db: Database) -> str:
    out = io.StringIO()
    dump_state(db, out)
    return out.getvalue()
