"""Pages follow what the store wrote, whoever wrote it: a background job, a plain thread,
a command-line process on the same data folder, a bundle import. No page is told by
hand; each test watches the page show the new row."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from categories import TBA
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from app.paths import resolve_paths
from app.services.bundle_import import import_bundle
from app.services.client_list import ClientQuery, client_ids
from app.services.clients import ClientInput, register_client
from app.services.devices import export_card, this_device, trust_card
from app.services.setup import JoinInput, initialize
from app.services.sync import export_bundle
from app.services.visits import VisitInput, record_visit
from app.store.database import Database
from app.ui.clients.clients_page import ClientsPage
from app.ui.kit.context import AppContext
from app.ui.kit.jobs import run_job
from app.ui.visits.visits_page import VisitsPage

TODAY = dt.date.today()


def shown_visits(qtbot: QtBot, ctx: AppContext) -> VisitsPage:
    page = VisitsPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    return page


def observations(page: VisitsPage) -> list[str]:
    return [page.model.index(r, 5).data() for r in range(page.model.rowCount())]


def shown_clients(qtbot: QtBot, ctx: AppContext) -> ClientsPage:
    page = ClientsPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.results_applied, timeout=10_000):
        page.show()
    return page


def test_a_background_job_writing_refreshes_the_visits_page(qtbot: QtBot,
                                                           ctx: AppContext) -> None:
    client_id = register_client(ctx.db, ClientInput(name="陆桂英", categories=TBA))
    page = shown_visits(qtbot, ctx)
    assert page.model.rowCount() == 0
    threads: list[bool] = []
    ctx.data_changed.connect(
        lambda tables: threads.append(threading.current_thread() is threading.main_thread()))
    done: list[object] = []
    db = ctx.db
    run_job(lambda: record_visit(db, VisitInput(client_id, TODAY, observations="送去米和油")),
            done.append)
    qtbot.waitUntil(lambda: observations(page) == ["送去米和油"], timeout=10_000)
    assert done and threads and all(threads)  # re-emitted on the UI thread, never the pool's


def test_writes_from_a_plain_thread_arrive_as_one_signal_on_the_ui_thread(
        qtbot: QtBot, ctx: AppContext) -> None:
    client_id = register_client(ctx.db, ClientInput(name="莫琼珍", categories=TBA))
    page = shown_visits(qtbot, ctx)
    heard: list[tuple[bool, frozenset[str]]] = []
    ctx.data_changed.connect(lambda tables: heard.append(
        (threading.current_thread() is threading.main_thread(), tables)))

    def three_visits() -> None:
        for note in ("第一次", "第二次", "第三次"):
            record_visit(ctx.db, VisitInput(client_id, TODAY, observations=note))

    worker = threading.Thread(target=three_visits)
    worker.start()
    worker.join()  # the UI thread has not run yet: the three writes wait as one
    assert heard == []
    qtbot.waitUntil(lambda: sorted(observations(page)) == ["第一次", "第三次", "第二次"],
                    timeout=10_000)
    assert len(heard) == 1 and heard[0][0] and "visit" in heard[0][1]


def test_a_command_line_process_on_the_same_folder_refreshes_the_clients_page(
        qtbot: QtBot, ctx: AppContext) -> None:
    page = shown_clients(qtbot, ctx)
    assert page.model.ids == []
    heard: list[frozenset[str]] = []
    ctx.data_changed.connect(heard.append)
    done = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(ctx.paths.data),
         "demo", "--clients", "7", "--seed", "3"],
        capture_output=True, text=True, env=dict(os.environ), check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert heard == []  # another process: nothing told this one directly
    qtbot.waitUntil(lambda: len(page.model.ids) == 7, timeout=15_000)
    assert set(page.model.ids) == set(client_ids(ctx.db, ClientQuery()))
    assert any("client" in tables for tables in heard)

    # Its own writes are not heard a second time through the log.
    heard.clear()
    register_client(ctx.db, ClientInput(name="韦丽华", categories=TBA))
    assert len(heard) == 1
    qtbot.wait(1500)  # more than one poll
    assert len(heard) == 1
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def head(ctx: AppContext, tmp_path: Path) -> Iterator[Database]:
    """The station head's laptop, trusting this one and trusted by it."""
    other = Database(resolve_paths(tmp_path / "head"))
    initialize(other, JoinInput(card=export_card(ctx.db, tmp_path / "page.card"),
                                device="站长的电脑", worker="黄站长"))
    trust_card(ctx.db, export_card(other, tmp_path / "head.card"), "head")
    trust_card(other, export_card(ctx.db, tmp_path / "weili.card"), "worker")
    yield other
    QThreadPool.globalInstance().waitForDone(10_000)
    other.close()


def test_a_bundle_import_refreshes_the_visits_and_clients_pages(
        qtbot: QtBot, ctx: AppContext, head: Database, tmp_path: Path) -> None:
    client_id = register_client(head, ClientInput(name="覃秀兰", village="板六村", categories=TBA))
    record_visit(head, VisitInput(client_id, TODAY, observations="一起包了粽子"))
    bundle = export_bundle(head, tmp_path / "from-head.shegong",
                           to=[this_device(ctx.db).device_id]).path
    visits = shown_visits(qtbot, ctx)
    clients = shown_clients(qtbot, ctx)
    db = ctx.db
    run_job(lambda: import_bundle(db, bundle), lambda summary: None)
    qtbot.waitUntil(lambda: observations(visits) == ["一起包了粽子"], timeout=15_000)
    qtbot.waitUntil(lambda: clients.model.ids == [client_id], timeout=15_000)
    QThreadPool.globalInstance().waitForDone(10_000)
