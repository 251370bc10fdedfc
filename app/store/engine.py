"""The engine of one database, set up for its dialect: SQLite in the data folder (the
laptops) or PostgreSQL (a county office), chosen from the URL. Nothing above app.store
asks which one it got.

SQLite: pysqlite's own transaction handling is switched off so that SQLAlchemy's BEGIN
is the real one; a write transaction takes the write lock at BEGIN (IMMEDIATE) instead of
at its first write, so two writers wait for each other instead of failing half-way.

PostgreSQL gives the same two promises another way (see `_pg_on_begin`): one writer at a
time, taken at BEGIN, waited for up to the same 30 s; and reads that see one snapshot.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import URL, Engine, create_engine, event, make_url

from app.errors import DatabaseRefused
from app.store import cipher

BUSY_TIMEOUT_MS = 30_000
IMMEDIATE = "shegong_immediate"
# The key of the one advisory lock every PostgreSQL write transaction takes: "SHEGONG" in
# ASCII, an arbitrary constant that no other lock of ours uses. Advisory locks belong to
# one database, so two county databases on one server do not wait for each other.
WRITE_LOCK_KEY = 0x53_48_45_47_4F_4E_47


def database_url(target: Path | str | URL) -> URL:
    """The SQLAlchemy URL of a database: a Path is a SQLite file; a postgresql:// URL
    is driven by psycopg 3 whatever driver it names."""
    if isinstance(target, Path):
        # Built, not formatted: a '?' or '#' in a folder name would end a URL's path.
        return URL.create("sqlite", database=str(target))
    url = make_url(target)
    if url.get_backend_name() == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def make_engine(target: Path | str | URL, key: bytes | None = None) -> Engine:
    """`key`: the data key of a SQLite file (app.vault); PostgreSQL needs none."""
    url = database_url(target)
    backend = url.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(url, key)
    if backend == "postgresql":
        return _postgres_engine(url)
    raise DatabaseRefused(
        f"Shegong keeps its data in SQLite or PostgreSQL, not in {backend}.",
        f"社工站助手的数据只能存放在 SQLite 或 PostgreSQL 中，不支持 {backend}。")


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def sqlite_file(engine: Engine) -> Path | None:
    """The file of a SQLite engine; None for PostgreSQL."""
    return Path(str(engine.url.database)) if is_sqlite(engine) else None


# The data key each SQLite engine was made with: a copy of its file is made under it.
_keys: WeakKeyDictionary[Engine, bytes] = WeakKeyDictionary()


def engine_key(engine: Engine) -> bytes | None:
    return _keys.get(engine)


# -- SQLite ----------------------------------------------------------------------------
def _sqlite_engine(url: URL, key: bytes | None) -> Engine:
    path = str(url.database)

    def connect() -> cipher.Connection:  # keyed before anything reads a page
        return cipher.connect(path, key, timeout=BUSY_TIMEOUT_MS / 1000,
                              check_same_thread=False)

    # hide_parameters: an error's text never carries a record's values (names, ID numbers)
    # into a log or onto the screen.
    engine = create_engine(url, module=cipher.driver, creator=connect, hide_parameters=True)
    if key is not None:
        _keys[engine] = key
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


# -- PostgreSQL ------------------------------------------------------------------------
def _postgres_engine(url: URL) -> Engine:
    engine = create_engine(
        url,
        # Reads see one snapshot for the whole transaction, as a SQLite read does in WAL.
        isolation_level="REPEATABLE READ",
        # Waiting for the write lock (or any row lock) gives up as SQLite's busy timeout
        # does; UTC so that nothing depends on the server's time zone.
        connect_args={"options": f"-c lock_timeout={BUSY_TIMEOUT_MS} -c timezone=UTC "
                                "-c datestyle=ISO",
                      "application_name": "shegong"},
        pool_pre_ping=True,  # a county server restarted overnight: reconnect, not fail
        hide_parameters=True,
    )
    event.listen(engine, "begin", _pg_on_begin)
    return engine


def _pg_on_begin(conn: Any) -> None:
    """A write transaction (IMMEDIATE) waits for the database's one advisory lock, held
    until it commits or rolls back: writers take turns exactly as under SQLite's BEGIN
    IMMEDIATE, while readers go on reading. The code relies on that one-writer promise
    (the next op sequence number, the HLC, max()+1 numbering are read, then written).

    It runs READ COMMITTED, not the engine's REPEATABLE READ: a snapshot would be taken
    by the lock statement itself, before the previous writer committed, and the writer
    would then miss that writer's rows (or fail to serialise). After the lock, every
    statement sees all that was committed. SERIALIZABLE was the other choice; it makes
    concurrent writers fail and retry, and no use case here is written to retry."""
    if not conn.get_execution_options().get(IMMEDIATE):
        return
    conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL READ COMMITTED")
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


# -- SQLite files ----------------------------------------------------------------------
def open_read_only(path: Path, key: bytes | None) -> cipher.Connection:
    return cipher.connect(path, key, read_only=True)


def check_copy(path: Path, key: bytes | None) -> None:
    """A copy read back whole (`quick_check`): a damaged database copies as damaged,
    and such a copy must never pass for a good backup."""
    conn = open_read_only(path, key)
    try:
        verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.close()
    if verdict != "ok":
        raise cipher.DatabaseError(f"the copy fails its check: database disk image is "
                                    f"malformed ({verdict[:80]})")


def copy_database(source: Path, target: Path, key: bytes | None) -> None:
    """A consistent copy through SQLite's backup API: a plain file copy could catch a
    write half-way, or miss what still sits in the WAL. Written as "<name>.part" and
    renamed once synced: a killed copy never leaves a file named like a whole backup.
    The copy is encrypted under the same key as the source."""
    part = target.with_name(target.name + ".part")
    src = open_read_only(source, key)
    try:
        dst = cipher.connect(part, key)
        try:
            src.backup(dst)
            # One standalone file: read back (and later restored) with no -wal beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
        with open(part, "rb+") as fh:
            os.fsync(fh.fileno())
        check_copy(part, key)
        part.replace(target)
    except BaseException:
        for leftover in (part, Path(f"{part}-wal"), Path(f"{part}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    finally:
        src.close()
