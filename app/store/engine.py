"""The SQLite engine: the pragmas every connection gets, and BEGIN IMMEDIATE for writes.

pysqlite's own transaction handling is switched off so that SQLAlchemy's BEGIN is the
real one; a write transaction takes the write lock at BEGIN (IMMEDIATE) instead of at
its first write, so two writers wait for each other instead of failing half-way.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event

BUSY_TIMEOUT_MS = 30_000
IMMEDIATE = "shegong_immediate"


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        # Built, not formatted: a '?' or '#' in a folder name would end a URL's path.
        URL.create("sqlite", database=str(path)),
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _on_connect(dbapi_conn: Any, record: Any) -> None:
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def _on_begin(conn: Any) -> None:
    immediate = conn.get_execution_options().get(IMMEDIATE)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only sqlite3 connection to `path`, given as a proper file: URI so that a '#',
    '?' or '%' in a folder name cannot cut the path short."""
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API: a plain file copy could catch a
    write half-way, or miss what still sits in the WAL."""
    src = open_read_only(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
