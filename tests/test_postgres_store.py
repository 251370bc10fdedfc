"""A data folder whose data lives in PostgreSQL (a county office): the same Database, the
same use cases, the same `state dump` bytes as on SQLite, on a real server."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from categories import TBA
from pg_server import PgServer
from sqlalchemy import LargeBinary, select, text, type_coerce, update

import app.models.ids
from app.errors import SetupError
from app.models import ClientIndex, Op, SyncClock
from app.models.ids import id_to_bytes
from app.paths import Paths, resolve_paths
from app.services import backup, clients, state, visits
from app.services.setup import SetupInput, initialize
from app.store.database import Database, raw_rows, select_rows
from app.store.engine import is_sqlite
from app.store.migrate import alembic_config, engine_revision, head_revision
from app.store.restore import stage
from app.store.sql import json_set_key
from app.store.target import TARGET_FILE, database_target, set_database_url
from app.sync import spent

STATION = SetupInput(station="那龙镇社工站", county="南宁市武鸣区", township="那龙镇",
                     device="韦丽的电脑", worker="韦丽")


@pytest.fixture
def pg_paths(paths: Paths, pg_url: str) -> Paths:
    set_database_url(paths, pg_url)
    return paths


@pytest.fixture
def pg_db(pg_paths: Paths) -> Iterator[Database]:
    db = Database(pg_paths)
    initialize(db, STATION)
    yield db
    db.close()


def test_the_folder_names_its_database(paths: Paths, pg_url: str) -> None:
    assert database_target(paths) == paths.database  # SQLite in the folder by default
    with pytest.raises(SetupError, match="not a PostgreSQL database address"):
        set_database_url(paths, "mysql://clerk@county/shegong")
    set_database_url(paths, pg_url)
    assert database_target(paths) == pg_url
    assert (paths.data / TARGET_FILE).stat().st_mode & 0o077 == 0  # may hold a password
    (paths.data / TARGET_FILE).write_text("{not json", encoding="utf-8")
    with pytest.raises(SetupError, match="cannot be read"):
        database_target(paths)


def test_a_new_database_is_migrated_and_nothing_lands_in_the_folder(pg_db: Database) -> None:
    assert not is_sqlite(pg_db.engine)
    assert engine_revision(pg_db.engine) == head_revision(alembic_config())
    assert not pg_db.paths.database.exists()


def _deterministic_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same ids in both runs, so that their dumps can be compared byte for byte."""
    counter = itertools.count(1)

    def next_id() -> bytes:
        value = (0x0195_0000_0000 + next(counter)) << 80 | 0x7 << 76 | 0b10 << 62
        return value.to_bytes(16, "big")

    monkeypatch.setattr(app.models.ids, "uuid7_bytes", next_id)


def _steps(db: Database) -> str:
    """Found a station, register two clients and visit one; read it all back; the dump."""
    initialize(db, STATION)
    qin = clients.register_client(db, clients.ClientInput(
        name="覃秀兰", gender="female", birth_date="1951-03-09", phone="13700000001",
        village="那龙村", consent_given=True, consent_date="2026-11-01", categories=TBA))
    wang = clients.register_client(db, clients.ClientInput(name="王芳", village="那龙村",
                                                           phone="13700000002", categories=TBA))
    visit = visits.record_visit(db, visits.VisitInput(
        client_id=qin, visit_date="2026-11-03", duration_min=45,
        services=["policy_advice", "emotional_support"], next_followup="2026-12-03"))
    detail = clients.get_client(db, qin)
    assert (detail.row.name, detail.row.last_visit) == ("覃秀兰", dt.date(2026, 11, 3))
    assert [v.id for v in visits.visits_of_client(db, qin)] == [visit]
    got = visits.get_visit(db, visit)
    assert got.input.services == ("policy_advice", "emotional_support")
    with db.read() as s:  # the client index, kept by migration 0002's triggers
        found = select_rows(s, select(type_coerce(ClientIndex.client_id, LargeBinary))
                            .where(ClientIndex.hay.like("%13700000002%")))
        assert [bytes(r[0]) for r in found] == [id_to_bytes(wang)]
    out = io.StringIO()
    # station, worker, two clients with a category each, one visit
    assert state.dump_state(db, out) == 7
    return out.getvalue()


def test_the_same_steps_give_the_same_dump_on_both(tmp_path: Path, pg_url: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    dumps = []
    for folder, url in (("on-sqlite", None), ("on-postgresql", pg_url)):
        _deterministic_ids(monkeypatch)
        paths = resolve_paths(tmp_path / folder)
        if url:
            set_database_url(paths, url)
        db = Database(paths)
        try:
            dumps.append(_steps(db))
        finally:
            db.close()
    assert dumps[0] == dumps[1]
    assert '"name":"覃秀兰"' in dumps[1]


def test_writes_are_heard_and_logged_for_other_processes(pg_db: Database) -> None:
    heard: list[frozenset[str]] = []
    pg_db.changes.subscribe(heard.append)
    other = Database(pg_db.paths)  # another process on the same database
    try:
        other.external_changes()
        client_id = clients.register_client(pg_db, clients.ClientInput(name="张晓明",
                                                                       categories=TBA))
        visits.record_visit(pg_db, visits.VisitInput(client_id=client_id,
                                                     visit_date="2026-11-03",
                                                         observations="电话回访"))
        assert heard[0] >= {"client", "sync_op", "sync_clock", "client_index"}
        assert "visit" in heard[1] and "write_log" not in heard[1]
        assert other.external_changes() >= {"client", "visit", "client_index"}
        assert other.external_changes() == frozenset()
        with pg_db.read() as s:
            seqs = s.scalars(text("SELECT seq FROM write_log ORDER BY seq")).all()
        assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))  # no gaps
    finally:
        other.close()


def test_a_failed_write_leaves_nothing_and_is_not_heard(pg_db: Database) -> None:
    heard: list[frozenset[str]] = []
    pg_db.changes.subscribe(heard.append)
    with pytest.raises(RuntimeError), pg_db.write() as s:
        clients.new_client(s, clients.ClientInput(name="李四", categories=TBA), None, None)
        s.flush()
        raise RuntimeError("the use case failed half-way")
    assert heard == []
    with pg_db.read() as s:
        assert s.scalar(text("SELECT count(*) FROM client")) == 0
        assert s.scalar(text("SELECT count(*) FROM sync_op")) == 2  # station and worker


def raw_probe(db: Database) -> list[object]:
    """What the sync layer's raw SQL sees of values of every kind, and writes back."""
    clients.register_client(db, clients.ClientInput(
        name="覃秀兰", birth_date="1951-03-09", consent_given=True, consent_date="2026-11-01",
            categories=TBA))
    seen: list[object] = []
    device = bytes(range(16))
    with db.raw_write() as conn:
        seen.append(conn.execute("SELECT birth_date, consent_given, length(id), name "
                                 "FROM client WHERE birth_date >= ?", ("1950-01-01",)
                                 ).fetchall())
        devno = conn.execute("INSERT INTO device (device_id, is_self, trusted, added_at) "
                             "VALUES (?, ?, ?, ?)", (device, 0, 1, "2026-12-07")).lastrowid
        conn.execute("INSERT OR IGNORE INTO device (devno, device_id, is_self, trusted, "
                     "added_at) VALUES (?, ?, FALSE, FALSE, ?)", (devno, device, "x"))
        seen.append(conn.execute("SELECT device_id, is_self, trusted, added_at FROM device "
                                 "WHERE devno = :n AND station_id IS :st",
                                 {"n": devno, "st": None}).fetchone())
        seen.append(conn.execute("SELECT sum(devno) >= 1, count(*) FROM device WHERE "
                                 "added_at LIKE '2026-%'").fetchone())
        seen.append(sorted(r[0] for r in conn.execute("SELECT is_self FROM device")))
        # Many rows of a plain INSERT (COPY on PostgreSQL): awkward bytes and text too.
        odd = [(bytes([92, 0, 10, 9] + [i] * 12), f"名\t\\N\n'{i}\\", i % 2, 0, "x")
               for i in range(3)]
        conn.executemany("INSERT INTO device (device_id, name, is_self, trusted, added_at) "
                         "VALUES (?, ?, ?, ?, ?)", odd)
        seen.append(conn.execute("SELECT device_id, name, is_self, trusted, added_at FROM device "
                                 "WHERE name LIKE '名%' ORDER BY name").fetchall() == odd)
        for path, value in (('$."a"', "1.5"), ('$."b"', '"乙"'), ('$."a"', "[2]")):
            conn.execute("UPDATE sync_op SET spill = json_set(coalesce(spill, '{}'), ?, "
                         "json(?)) WHERE dev = ? AND seq = ?", (path, value, 1, 1))
        seen.append(json.loads(conn.execute("SELECT spill FROM sync_op WHERE dev = 1 AND "
                                            "seq = 1").fetchone()[0]))
    with db.write() as s:  # the same on the ORM path, a field after another (one cache)
        op = Op.__table__
        for key, value in (("c", "3"), ("d", "4")):
            s.execute(update(op).where(op.c.dev == 1, op.c.seq == 2).values(
                spill=json_set_key(op.c.spill, key, value)))
        seen.append(s.scalar(select(op.c.spill).where(op.c.dev == 1, op.c.seq == 2)))
    with pytest.raises(RuntimeError), db.raw_write() as conn:
        conn.execute("DELETE FROM device WHERE device_id = ?", (device,))
        raise RuntimeError("a failed import")
    with db.read() as s:
        seen.append(raw_rows(s, "SELECT count(*) FROM device WHERE device_id = :d",
                             {"d": device}).fetchall())
    return seen


def test_the_raw_connection_reads_and_writes_alike_on_both_engines(
        paths: Paths, pg_url: str, tmp_path: Path) -> None:
    sqlite_db = Database(resolve_paths(tmp_path / "sqlite"))
    set_database_url(paths, pg_url)
    pg_db = Database(paths)
    try:
        for db in (sqlite_db, pg_db):
            initialize(db, STATION)
        seen = raw_probe(sqlite_db)
        assert seen == [[("1951-03-09", 1, 16, "覃秀兰")],
                        (bytes(range(16)), 0, 1, "2026-12-07"), (1, 2), [0, 1], True,
                        {"a": [2], "b": "乙"}, {"c": 3, "d": 4}, [(1,)]]
        assert raw_probe(pg_db) == seen
    finally:
        sqlite_db.close()
        pg_db.close()


def test_raw_reads_carry_sqlite_values_on_postgresql(pg_db: Database) -> None:
    with pg_db.read() as s:  # raw reads: :named params, and the values SQLite would give
        rows = list(raw_rows(s, "SELECT name FROM station WHERE name = :name",
                             {"name": STATION.station}))
        plain = list(raw_rows(s, "SELECT DATE '2026-11-02', true, CAST('[\"a\"]' AS json)"))
    assert [tuple(r) for r in rows] == [(STATION.station,)]
    assert plain == [("2026-11-02", 1, '["a"]')]


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_a_copied_database_moves_past_the_spent_mark(engine: str, paths: Paths,
                                                     request: pytest.FixtureRequest) -> None:
    if engine == "postgresql":
        set_database_url(paths, request.getfixturevalue("pg_url"))
    db = Database(paths)
    initialize(db, STATION)
    db.close()
    spent.raise_spent(paths.keys, db.device_id, 40, 3)  # sent up to op 40 before a restore
    reopened = Database(paths)
    with reopened.read() as s:
        clock = s.get(SyncClock, 1)
        assert clock is not None and clock.next_seq == 41
    reopened.close()


def test_the_server_is_stopped_by_its_fixture_only(pg_server: PgServer) -> None:
    assert pg_server.started and pg_server.start_seconds < 30


def test_a_database_behind_is_dumped_then_upgraded(pg_db: Database, tmp_path: Path) -> None:
    from test_migrations import _scripts_with_extra_revision

    client_id = clients.register_client(pg_db, clients.ClientInput(name="覃秀兰", categories=TBA))
    pg_db.close()
    upgraded = Database(pg_db.paths, script_location=_scripts_with_extra_revision(tmp_path))
    try:
        backup = upgraded.backup_made
        assert backup is not None and backup.suffix == ".pgdump"
        assert backup.read_bytes().startswith(b"PGDMP")  # pg_restore reads it
        assert engine_revision(upgraded.engine) == "9999"
        assert clients.get_client(upgraded, client_id).row.name == "覃秀兰"
    finally:
        upgraded.close()


def test_statements_written_for_sqlite3_as_psycopg_takes_them() -> None:
    from app.store.pg_raw import pg_sql

    assert pg_sql("INSERT OR IGNORE INTO t (a, b) VALUES (?, ?)") == \
        "INSERT INTO t (a, b) VALUES (%s, %s) ON CONFLICT DO NOTHING"
    assert pg_sql("SELECT a FROM t WHERE s IS :st AND b IS NOT ? AND c IS NULL") == \
        "SELECT a FROM t WHERE s IS NOT DISTINCT FROM %(st)s AND b IS DISTINCT FROM %s " \
        "AND c IS NULL"
    # In string literals ? and :name stay text; % is doubled everywhere (psycopg reads it).
    assert pg_sql("SELECT 'a?b:c' || x::text FROM t WHERE y LIKE '20%' AND z = :z") == \
        "SELECT 'a?b:c' || x::text FROM t WHERE y LIKE '20%%' AND z = %(z)s"


def test_backup_is_pg_dump_and_file_restore_refuses_a_postgresql_folder(
        pg_db: Database, tmp_path: Path) -> None:
    """A backup of a PostgreSQL folder is pg_dump's archive, whole or not at all, and
    pg_restore reads it; restoring a SQLite file would put in place a shegong.db the
    folder does not use: a sentence, and no file left behind."""
    from app.store.postgres import find_tool

    kept = backup.backup(pg_db)
    out = backup.backup(pg_db, tmp_path / "县局备份.pgdump")
    assert kept.parent == pg_db.paths.backups and kept.suffix == ".pgdump"
    assert not list(tmp_path.glob("*.part"))
    pg_restore = find_tool("pg_restore")
    assert pg_restore is not None
    for archive in (kept, out):
        listing = subprocess.run([str(pg_restore), "--list", str(archive)],
                                 capture_output=True, text=True, check=True).stdout
        assert "TABLE DATA public client" in listing
    other = tmp_path / "other.db"
    sqlite3.connect(other).close()
    with pytest.raises(SetupError, match="PostgreSQL"):
        stage(other, pg_db.paths.data, pg_db.key)
    assert not pg_db.paths.database.exists()
    assert not list(pg_db.paths.data.glob(".restore-*"))
