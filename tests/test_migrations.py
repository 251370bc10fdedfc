"""Migrations: one head, upgrade from empty, models equal to migrations, and the start-up
rules (backup before upgrading, refuse newer or foreign files)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.errors import DatabaseRefused
from app.models import Base
from app.paths import Paths
from app.store.database import Database
from app.store.engine import make_engine
from app.store.migrate import alembic_config, current_revision, head_revision

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


def test_upgrade_from_empty_builds_every_table(paths: Paths) -> None:
    db = Database(paths)
    tables = {r[0] for r in sqlite3.connect(paths.database).execute(
        "SELECT name FROM sqlite_master WHERE type='table'")}
    db.close()
    assert set(Base.metadata.tables) <= tables
    assert current_revision(paths.database) == head_revision(alembic_config())


def test_models_and_migrations_agree(paths: Paths) -> None:
    db = Database(paths)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                Base.metadata)
    db.close()
    assert diff == [], f"models differ from migrations: {diff}"


def test_synced_tables_are_without_rowid(paths: Paths) -> None:
    db = Database(paths)
    sql = dict(sqlite3.connect(paths.database).execute(
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

    client_id = clients.register_client(db, clients.ClientInput(name="覃秀兰"))
    db.close()
    newer_scripts = _scripts_with_extra_revision(tmp_path)
    upgraded = Database(db.paths, script_location=newer_scripts)
    assert upgraded.backup_made is not None and upgraded.backup_made.exists()
    assert current_revision(upgraded.backup_made) == head_revision(alembic_config())
    assert current_revision(db.paths.database) == "9999"
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
