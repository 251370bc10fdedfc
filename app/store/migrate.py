"""Bring a database (a SQLite file, or a PostgreSQL database) to the schema of this
version, safely.

- A new (or empty) database is built from the migrations.
- A database behind this version is first copied into the backups folder (SQLite's
  backup API; pg_dump for PostgreSQL), then upgraded.
- A database from a newer version, or one that is not a Shegong database, is refused
  with a sentence and left untouched.
"""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from app.errors import DatabaseRefused
from app.store import cipher
from app.store.engine import copy_database, engine_key, open_read_only, sqlite_file
from app.store.postgres import dump_database, shown_url
from app.store.target import files_only_on_sqlite

if TYPE_CHECKING:
    from alembic.config import Config

SHEGONG_MARKER_TABLES = frozenset({"alembic_version", "sync_op", "local_setting"})
# The newest migration. Opening a database already at it skips loading Alembic, which
# is a tenth of the start-up; tests/test_migrations.py checks it matches the scripts.
SCHEMA_HEAD = "0019"


def alembic_config(engine: Engine | None = None,
                   script_location: Path | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    location = script_location or Path(str(resources.files("app.migrations")))
    cfg.set_main_option("script_location", str(location))
    if engine is not None:
        # ConfigParser reads '%' as interpolation: a data folder may hold one.
        cfg.set_main_option("sqlalchemy.url",
                            engine.url.render_as_string(hide_password=False).replace("%", "%%"))
        cfg.attributes["engine"] = engine
    return cfg


def head_revision(cfg: Config) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None, "the migrations have no head"
    return head


def current_revision(path: Path, key: bytes | None) -> str | None:
    """The file's schema revision; None for a new or empty file. Refuses foreign files."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with open_read_only(path, key) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if not tables:
                return None
            if not tables >= SHEGONG_MARKER_TABLES:
                raise _not_ours(path)
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except cipher.DatabaseError as exc:
        raise _not_ours(path) from exc
    finally:
        conn.close() if "conn" in locals() else None
    return row[0] if row else None


def engine_revision(engine: Engine) -> str | None:
    """The database's schema revision; None for a new or empty one. Refuses foreign ones."""
    path = sqlite_file(engine)
    if path is not None:
        return current_revision(path, engine_key(engine))
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if not tables:
            return None
        if not tables >= SHEGONG_MARKER_TABLES:
            raise _not_ours(shown_url(engine))
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def prepare(engine: Engine, backups: Path,
            script_location: Path | None = None) -> Path | None:
    """Upgrade the database to head; returns the backup made first, if one was needed."""
    current = engine_revision(engine)
    where = sqlite_file(engine) or shown_url(engine)
    if current == SCHEMA_HEAD and script_location is None:
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = alembic_config(engine, script_location)
    script = ScriptDirectory.from_config(cfg)
    head = head_revision(cfg)
    if current == head:
        return None
    backup = None
    if current is not None:
        if current not in {rev.revision for rev in script.walk_revisions()}:
            raise DatabaseRefused(
                f"The database {where} was written by a newer version of Shegong "
                f"(schema {current}). Install the newer version to open it.",
                f"数据库 {where} 由更新版本的社工站助手写入（结构版本 {current}），"
                "请安装新版本后再打开。",
            )
        backup = backup_database(engine, backups, f"before-{head}")
    command.upgrade(cfg, "head")
    return backup


def backup_database(engine: Engine, backups: Path, label: str) -> Path:
    """A consistent copy of the database in `backups`: a SQLite file, or pg_dump's
    custom-format archive of a PostgreSQL database (pg_restore reads it)."""
    path = sqlite_file(engine)
    if path is not None:
        return backup_file(path, backups, label, engine_key(engine))
    backups.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups / f"{engine.url.database}-{stamp}-{label}.pgdump"
    dump_database(engine, target)
    return target


def backup_to(engine: Engine, backups: Path, out: Path | None = None) -> Path:
    """A person's backup: in `backups`, named by the time, or at `out`, which appears
    only once whole (a SQLite copy, or pg_dump's archive of a PostgreSQL database)."""
    if out is None:
        return backup_database(engine, backups, "manual")
    path = sqlite_file(engine)
    if path is None:
        dump_database(engine, out)  # written beside `out`, then renamed
        return out
    files_only_on_sqlite(path.parent)
    copy_database(path, out, engine_key(engine))  # through "<out>.part", renamed once whole
    return out


def backup_file(path: Path, backups: Path, label: str, key: bytes | None) -> Path:
    """A consistent copy through SQLite's backup API (safe with WAL and open readers).
    Refused for a folder whose data is in PostgreSQL (see backup_database)."""
    files_only_on_sqlite(path.parent)
    backups.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups / f"{path.stem}-{stamp}-{label}.db"
    copy_database(path, target, key)
    return target


def _not_ours(path: Path | str) -> DatabaseRefused:
    if isinstance(path, str):  # a PostgreSQL database, named by its URL
        return DatabaseRefused(
            f"The database {path} holds tables of another program, not Shegong's. Give "
            "Shegong a database of its own.",
            f"数据库 {path} 中有其他程序的表，不是社工站助手的数据库。"
            "请为社工站助手单独建一个数据库。")
    return DatabaseRefused(
        f"The file {path} is not a Shegong database. Choose another data folder, "
        "or move the file away.",
        f"文件 {path} 不是社工站助手的数据库。请换一个数据文件夹，或把该文件移走。",
    )
