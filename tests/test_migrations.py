"""Migrations: one head, upgrade from empty, models equal to migrations (on SQLite and on
a real PostgreSQL server), and the start-up rules (backup before upgrading, refuse newer
or foreign files)."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from categories import TBA
from rawdb import raw_connect
from sqlalchemy import Engine, Select, inspect, select, text
from sqlalchemy.orm import Session

from app.errors import DatabaseRefused
from app.models import Base, Client, ClientIndex, ReportVisitMonth, Visit
from app.models.ids import uuid7
from app.paths import Paths
from app.store.database import Database
from app.store.engine import make_engine
from app.store.migrate import (
    alembic_config,
    current_revision,
    engine_revision,
    head_revision,
    prepare,
)

EXTRA_REVISION = '''
revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None

import sqlalchemy as sa
from alembic import op


def upgrade():
    op.create_table("test_extra", sa.Column("id", sa.Integer, primary_key=True))


def downgrade():
    op.drop_table("test_extra")
'''


def test_single_head() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1


def test_schema_head_constant_is_the_newest_migration() -> None:
    from app.store.migrate import SCHEMA_HEAD

    assert head_revision(alembic_config()) == SCHEMA_HEAD


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """An engine on an empty database of each dialect."""
    target: Path | str = tmp_path / "shegong.db"
    if request.param == "postgresql":
        target = request.getfixturevalue("pg_url")
    engine = make_engine(target)
    yield engine
    engine.dispose()


def test_upgrade_from_empty_builds_every_table(empty_engine: Engine, tmp_path: Path) -> None:
    assert engine_revision(empty_engine) is None
    assert prepare(empty_engine, tmp_path / "backups") is None  # nothing to copy
    with empty_engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert engine_revision(empty_engine) == head_revision(alembic_config())


def test_models_and_migrations_agree(empty_engine: Engine, tmp_path: Path) -> None:
    prepare(empty_engine, tmp_path / "backups")
    with empty_engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                Base.metadata)
    assert diff == [], f"models differ from migrations on {empty_engine.dialect.name}: {diff}"


def test_postgresql_downgrades_to_empty_and_upgrades_again(pg_url: str) -> None:
    """Every migration's PostgreSQL form undoes itself: triggers, their functions, tables."""
    engine = make_engine(pg_url)
    cfg = alembic_config(engine)
    command.upgrade(cfg, "head")
    command.downgrade(cfg, "base")
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) == {"alembic_version"}
        assert conn.execute(text("SELECT count(*) FROM pg_proc p JOIN pg_namespace n "
                                 "ON n.oid = p.pronamespace WHERE n.nspname = 'public'")
                            ).scalar_one() == 0
    command.upgrade(cfg, "head")
    assert engine_revision(engine) == head_revision(cfg)
    engine.dispose()


def test_a_postgresql_database_of_another_program_is_refused(pg_url: str,
                                                             tmp_path: Path) -> None:
    engine = make_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
    with pytest.raises(DatabaseRefused) as err:
        prepare(engine, tmp_path / "backups")
    assert "another program" in err.value.en
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) == {"notes"}
    engine.dispose()


def test_synced_tables_are_without_rowid(paths: Paths) -> None:
    db = Database(paths)
    sql = dict(raw_connect(paths.database).execute(
        "SELECT name, sql FROM sqlite_master WHERE type='table'").fetchall())
    db.close()
    assert "WITHOUT ROWID" in sql["visit"]
    assert "WITHOUT ROWID" in sql["sync_op"]


def test_pragmas(bare_db: Database) -> None:
    with bare_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def _scripts_with_extra_revision(tmp_path: Path) -> Path:
    source = Path(str(alembic_config().get_main_option("script_location")))
    target = tmp_path / "migrations"
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision(alembic_config())
    (target / "versions" / "9999_extra.py").write_text(EXTRA_REVISION.format(head=head))
    return target


def test_database_behind_is_backed_up_then_upgraded(db: Database, tmp_path: Path) -> None:
    from app.services import clients

    client_id = clients.register_client(db, clients.ClientInput(name="覃秀兰", categories=TBA))
    db.close()
    newer_scripts = _scripts_with_extra_revision(tmp_path)
    upgraded = Database(db.paths, script_location=newer_scripts)
    assert upgraded.backup_made is not None and upgraded.backup_made.exists()
    assert current_revision(upgraded.backup_made, upgraded.key) == head_revision(alembic_config())
    assert current_revision(db.paths.database, upgraded.key) == "9999"
    assert clients.get_client(upgraded, client_id).row.name == "覃秀兰"
    upgraded.close()


def test_database_from_a_newer_version_is_refused_untouched(db: Database,
                                                            tmp_path: Path) -> None:
    db.close()
    Database(db.paths, script_location=_scripts_with_extra_revision(tmp_path)).close()
    before = db.paths.database.read_bytes()
    with pytest.raises(DatabaseRefused) as err:
        Database(db.paths)
    assert "newer version" in err.value.en and "新版本" in err.value.zh
    assert db.paths.database.read_bytes() == before


@pytest.mark.parametrize("content", [b"this is a text file, not a database\n" * 50,
                                     b"SQLite format 3\x00" + b"\xff" * 4000])
def test_a_file_that_is_not_ours_is_refused(paths: Paths, content: bytes) -> None:
    paths.ensure()
    paths.database.write_bytes(content)
    with pytest.raises(DatabaseRefused) as err:
        Database(paths)
    assert "not a Shegong database" in err.value.en
    assert paths.database.read_bytes() == content


def test_another_sqlite_database_is_refused(paths: Paths) -> None:
    paths.ensure()
    conn = sqlite3.connect(paths.database)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes (text) VALUES ('家庭账本')")
    conn.commit()
    conn.close()
    before = paths.database.read_bytes()
    with pytest.raises(DatabaseRefused):
        Database(paths)
    assert paths.database.read_bytes() == before


def test_engine_url_points_at_the_data_folder(paths: Paths) -> None:
    engine = make_engine(paths.ensure().database)
    assert str(paths.database) in str(engine.url)
    engine.dispose()


def test_the_triggers_keep_the_derived_tables_on_both(empty_engine: Engine,
                                                      tmp_path: Path) -> None:
    """Migrations 0002 and 0005 keep client_index and report_visit_month by trigger, in
    each dialect's words: the same writes leave the same derived rows."""
    prepare(empty_engine, tmp_path / "backups")
    client_id, first, later = uuid7(), uuid7(), uuid7()
    with Session(empty_engine) as s, s.begin():
        s.add(Client(id=client_id, name="覃秀兰", name_pinyin="qin xiu lan", phone="13700000001"))
        s.add_all([ReportVisitMonth(month=m, version=1, data={}, clients=b"")
                   for m in ("2026-10", "2026-11")])
    with Session(empty_engine) as s, s.begin():
        s.add(Visit(id=first, client_id=client_id, visit_date=dt.date(2026, 11, 3),
                    next_followup=dt.date(2026, 12, 3)))
    with Session(empty_engine) as s, s.begin():
        s.add(Visit(id=later, client_id=client_id, visit_date=dt.date(2026, 11, 20)))
    with Session(empty_engine) as s:
        row = s.get(ClientIndex, client_id)
        assert row is not None and row.live and row.active
        assert row.hay == "覃秀兰 qin xiu lan   13700000001 "  # no initials, ID, village
        assert (row.last_visit, row.last_visit_id) == (dt.date(2026, 11, 20), later)
        assert s.scalars(select_months()).all() == ["2026-10"]  # November's counts went
    with Session(empty_engine) as s, s.begin():
        visit = s.get(Visit, later)
        assert visit is not None
        visit.void_reason = "entered twice"
        s.add(ReportVisitMonth(month="2026-09", version=1, data={}, clients=b""))
    with Session(empty_engine) as s, s.begin():
        row = s.get(ClientIndex, client_id)
        assert row is not None and (row.last_visit, row.next_followup) == (
            dt.date(2026, 11, 3), dt.date(2026, 12, 3))  # back to the latest live visit
        client = s.get(Client, client_id)
        assert client is not None
        client.void_reason = "not our client"
    with Session(empty_engine) as s:
        assert s.scalars(select_months()).all() == []  # a voided client: every month
        row = s.get(ClientIndex, client_id)
        assert row is not None and not row.live


def select_months() -> Select[tuple[str]]:
    return select(ReportVisitMonth.month).order_by(ReportVisitMonth.month)
