"""The store says what changed: every write reports the tables SQLite actually wrote,
after the commit and never after a rollback, and other writers on the same file are
seen through write_log. No Qt here, real SQLite files throughout."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from categories import TBA
from sqlalchemy import text
from test_roster import make_id, write_xlsx

from app.errors import ValidationError
from app.models import Client, LocalSetting
from app.paths import Paths
from app.services.clients import ClientInput, register_client, update_client
from app.services.roster import guess_columns, import_roster, preview, read_sheet
from app.services.settings import set_visit_intervals
from app.services.visits import VisitInput, record_visit
from app.store.changes import KEEP
from app.store.database import Database


class Heard:
    """A listener that keeps what it was told."""

    def __init__(self, db: Database) -> None:
        self.calls: list[frozenset[str]] = []
        db.changes.subscribe(self)

    def __call__(self, tables: frozenset[str]) -> None:
        self.calls.append(tables)

    @property
    def tables(self) -> set[str]:
        return set().union(*self.calls)


def write_log_rows(db: Database) -> list[tuple[int, str, str]]:
    with db.read() as s:
        return [tuple(r) for r in s.execute(text("SELECT * FROM write_log ORDER BY seq"))]


def test_orm_write_reports_its_tables_and_the_triggers(db: Database) -> None:
    client_id = register_client(db, ClientInput(name="张晓明", categories=TBA))
    heard = Heard(db)
    record_visit(db, VisitInput(client_id=client_id, visit_date=dt.date(2026, 11, 3),
                                observations="电话回访"))
    assert len(heard.calls) == 1  # one transaction, one report
    # visit itself, its op and clock; client_index and report_visit_month by triggers
    # (migrations 0002 and 0005), which no service names.
    assert {"visit", "sync_op", "sync_clock", "client_index",
            "report_visit_month"} <= heard.tables
    assert "client" not in heard.tables and "write_log" not in heard.tables


def test_a_local_setting_is_reported(db: Database) -> None:
    heard = Heard(db)
    set_visit_intervals(db, {"orphan": 20})
    assert heard.calls == [frozenset({"local_setting"})]


def test_rolled_back_write_reports_nothing(db: Database) -> None:
    logged = write_log_rows(db)
    heard = Heard(db)
    with pytest.raises(RuntimeError), db.write() as s:
        s.add(LocalSetting(key="probe", value="1"))
        s.flush()
        raise RuntimeError("changed my mind")
    with pytest.raises(ValidationError):  # refused: nothing written
        register_client(db, ClientInput(name="", categories=TBA))
    assert heard.calls == []
    assert db.setting("probe") is None
    assert write_log_rows(db) == logged


def test_raw_write_reports_and_rollback_does_not(db: Database) -> None:
    heard = Heard(db)
    with db.raw_write() as conn:
        conn.execute("INSERT INTO local_setting (key, value) VALUES ('raw', '1')")
    assert heard.calls == [frozenset({"local_setting"})]
    with pytest.raises(RuntimeError), db.raw_write() as conn:
        conn.execute("INSERT INTO visit_draft (payload, created_at, updated_at) "
                     "VALUES ('{}', 'x', 'x')")
        raise RuntimeError("cancelled")
    assert heard.calls == [frozenset({"local_setting"})]


def test_a_statement_prepared_before_the_write_is_seen(db: Database) -> None:
    """sqlite3 caches prepared statements; setting the authorizer must expire them, or a
    statement prepared outside the transaction would write unseen."""
    sql = "UPDATE local_setting SET value = value WHERE key = 'worker_id'"
    db.engine.dispose()  # one pooled connection from here: the one the write gets
    with db.engine.connect() as sa_conn:
        before = sa_conn.connection.driver_connection
        assert before is not None
        before.execute(sql)  # prepared and cached, no authorizer, no transaction of ours
    heard = Heard(db)
    with db.raw_write() as conn:
        assert conn is before
        conn.execute(sql)  # the same cached statement, stepped again
    assert heard.calls == [frozenset({"local_setting"})]


def test_a_failing_listener_breaks_nothing(db: Database) -> None:
    def broken(tables: frozenset[str]) -> None:
        raise ValueError("listener bug")

    db.changes.subscribe(broken)
    heard = Heard(db)  # a listener after the broken one still hears
    client_id = register_client(db, ClientInput(name="覃秀兰", categories=TBA))
    assert "client" in heard.tables
    with db.read() as s:
        assert s.get(Client, client_id) is not None
    db.changes.unsubscribe(broken)


def test_writes_on_another_thread_are_reported_there(db: Database) -> None:
    heard: list[tuple[str, frozenset[str]]] = []
    db.changes.subscribe(lambda t: heard.append((threading.current_thread().name, t)))
    worker = threading.Thread(target=register_client, args=(db, ClientInput(name="王芳",
                                                                            categories=TBA)),
                              name="writer")
    worker.start()
    worker.join()
    assert [name for name, _ in heard] == ["writer"]
    assert "client" in heard[0][1]


def test_roster_import_reports_the_client_tables(db: Database, tmp_path: Path) -> None:
    sheet = read_sheet(write_xlsx(tmp_path / "r.xlsx", [
        ["韦大明", make_id("19800101", 11), "男", None, "13812345678", "那龙村", None, None]]))
    pv = preview(db, sheet, guess_columns(sheet.headers), "minimum_allowance",
                 new_villages=True)
    heard = Heard(db)
    result = import_roster(db, pv)
    assert result.created == 1
    assert {"client", "client_category", "client_index", "sync_op"} <= heard.tables


def test_another_database_sees_the_write_and_not_its_own(db: Database,
                                                        paths: Paths) -> None:
    other = Database(paths)  # e.g. the command line, beside the open window
    try:
        assert db.external_changes() == frozenset()
        client_id = register_client(other, ClientInput(name="韦丽华", categories=TBA))
        assert {"client", "client_index"} <= db.external_changes()
        assert db.external_changes() == frozenset()  # told once
        assert other.external_changes() == frozenset()  # its own write is not news to it
        update_client(db, client_id, phone="13700001111")
        assert other.external_changes() >= {"client"}
        assert db.external_changes() == frozenset()
    finally:
        other.close()


def test_write_log_stays_small_and_a_reader_left_behind_refreshes_all(
        db: Database, paths: Paths) -> None:
    other = Database(paths)
    try:
        for i in range(KEEP + 20):
            with other.raw_write() as conn:
                conn.execute("INSERT OR REPLACE INTO local_setting VALUES ('n', ?)", (str(i),))
        with db.read() as s:
            assert s.scalar(text("SELECT count(*) FROM write_log")) == KEEP
        # The first rows it did not see were trimmed: it cannot know, so everything.
        assert "visit" in db.external_changes()
    finally:
        other.close()


def test_setup_reports_and_is_set_up_when_heard(bare_db: Database) -> None:
    from app.services.setup import SetupInput, initialize

    ready: list[bool] = []
    bare_db.changes.subscribe(lambda tables: ready.append(bare_db.is_set_up))
    initialize(bare_db, SetupInput(station="那龙镇社工站", county="南宁市武鸣区",
                                   township="那龙镇", device="韦丽的电脑", worker="韦丽"))
    assert ready and ready[-1] is True
    assert any("device" in tables.split() for _, _, tables in write_log_rows(bare_db))
