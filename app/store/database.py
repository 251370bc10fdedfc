"""One open Shegong database: engine, sessions with change capture, local settings.

Only the services layer uses this. `write()` is one use case: one transaction, committed
once, rolled back whole on any error. `read()` is a read-only snapshot. `raw_write()` is
the same promise on the raw connection (app.store.raw: sqlite3's, or psycopg's speaking
as it does), for the bundle exchange and bulk loads.

Every write (these two and `setup_session()`) records the tables it wrote and, once
committed, tells `changes` listeners; it also notes them in `write_log`, from which
`external_changes()` tells what other processes on the same file wrote (app.store.changes).

The data is in the folder's SQLite file, or in the PostgreSQL database the folder names
(app.store.target); every path here works on both.
"""

from __future__ import annotations

import logging
import os
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, Select, literal_column, select, update
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from app import vault
from app.errors import SetupError
from app.files import sweep_staging, tighten
from app.models import Base, Device, LocalSetting, SyncClock
from app.paths import DB_FILE_NAME, Paths
from app.store import cipher
from app.store.at_rest import check_key_file, encrypt_folder
from app.store.changes import ChangeListeners, TableRecorder, WriteLog
from app.store.engine import IMMEDIATE, is_sqlite, make_engine, sqlite_file
from app.store.failures import explain, read_only
from app.store.migrate import prepare
from app.store.postgres import shown_url
from app.store.raw import RawConnection, raw_connection
from app.store.sql import year_month
from app.store.target import database_target
from app.sync import capture, spent
from app.sync.hlc import HybridClock

if TYPE_CHECKING:
    from app.store.changes import DriverConnection

log = logging.getLogger(__name__)


@contextmanager
def explained(paths: Paths, opening: bool = False) -> Iterator[None]:
    """A damaged database, a read-only folder or a full disk raised inside the block as
    one sentence (app.store.failures); the exception itself goes to the log only."""
    try:
        yield
    except (sa_exc.DBAPIError, cipher.DatabaseError, OSError) as exc:
        sentence = explain(exc, paths, opening)
        if sentence is None:
            raise
        log.error("storage failure (%s): %s", type(exc).__name__, sentence.en)
        raise sentence from exc


# A backup being written is renamed within seconds of its last write; a .part older
# than this was left by a process that was killed.
STALE_PART_S = 600


def keep_private(paths: Paths) -> None:
    """The data, backups, logs and config folders readable by their owner only, and what
    a killed process left in the staging folder removed (app.files)."""
    for folder in (paths.data, paths.backups, paths.logs, paths.config, paths.keys):
        tighten(folder)
    for name in (DB_FILE_NAME, f"{DB_FILE_NAME}-wal", f"{DB_FILE_NAME}-shm"):
        tighten(paths.data / name)
    if paths.backups.is_dir():
        stale = time.time() - STALE_PART_S
        for backup in paths.backups.iterdir():
            try:  # best effort: another process may be renaming its backup right now
                tighten(backup)
                if ".part" in backup.name and backup.stat().st_mtime < stale:
                    backup.unlink(missing_ok=True)  # a killed backup's copy, never a backup
            except FileNotFoundError:
                continue
    if sweep_staging(paths):
        log.info("work files of an interrupted export or import removed")


class Database:
    def __init__(self, paths: Paths, script_location: Path | None = None) -> None:
        self.paths = paths
        with explained(paths, opening=True):
            self._open(paths, script_location)

    def _open(self, paths: Paths, script_location: Path | None) -> None:
        paths.ensure()
        if not os.access(paths.data, os.W_OK):
            raise read_only(paths)
        keep_private(paths)
        # The data key (app.vault): unlocked, or from SHEGONG_PASSWORD; for a new folder
        # the password is set now and the recovery key is for the caller to show once.
        check_key_file(paths)
        self.key, self.new_recovery_key = vault.key_or_new(paths.data)
        self.encryption_backup = encrypt_folder(paths, self.key)
        self.engine: Engine = make_engine(database_target(paths), self.key)
        self.backup_made = prepare(self.engine, paths.backups, script_location)
        if self.backup_made:
            log.info("database copied to %s before upgrading", self.backup_made)
        self._write_engine = self.engine.execution_options(**{IMMEDIATE: True})
        self._writes = sessionmaker(self._write_engine, expire_on_commit=False)
        self._reads = sessionmaker(self.engine, expire_on_commit=False)
        capture.install(self._writes)
        capture.install(self._reads)  # a read session that writes must still be captured
        self.sync: capture.SyncContext | None = None
        # Listeners are told what each committed write of this instance touched.
        self.changes = ChangeListeners()
        self._log = WriteLog(uuid.uuid4().hex, frozenset(Base.metadata.tables))
        self._closed = False
        with self.engine.connect() as sa_conn:
            self._log.start(_driver(sa_conn))
        self._move_past_spent()
        self._load_sync_context()

    # -- sessions -----------------------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[Session]:
        if self.sync is None:
            raise not_set_up()
        recorder = TableRecorder()
        with explained(self.paths), self._transaction(recorder) as session:
            session.info[capture.SESSION_KEY] = self.sync
            yield session
        self.changes.emit(recorder.tables)

    @contextmanager
    def _transaction(self, recorder: TableRecorder) -> Iterator[Session]:
        """An ORM write transaction whose written tables `recorder` collects and
        `write_log` keeps; committed when the block ends."""
        with self._writes() as session, session.begin():
            # Taking the connection now (BEGIN IMMEDIATE) lets the recorder see it all.
            conn = _driver(session.connection())
            with recorder.watching(conn):
                yield session
                session.flush()  # the last changes are written while still watched
            self._log.record(conn, recorder.tables)

    @contextmanager
    def raw_write(self, cache_kib: int | None = None) -> Iterator[RawConnection]:
        """One write transaction on the raw connection (app.store.raw), where a million
        rows make the ORM's per-row cost the bottleneck. Committed when the block ends;
        any error, cancel or interruption rolls it back whole, and a killed process
        leaves nothing either. No change capture here: the caller writes ops itself (the
        merge, the bulk writer). The tables written are reported like those of `write()`.

        `cache_kib` raises SQLite's page cache for this transaction (the index pages of
        a big load do not fit its default 2 MB) and gives the memory back afterwards;
        PostgreSQL's server manages its own."""
        with explained(self.paths), self._raw_write(cache_kib) as conn:
            yield conn

    @contextmanager
    def _raw_write(self, cache_kib: int | None) -> Iterator[RawConnection]:
        recorder = TableRecorder()
        if not is_sqlite(self.engine):
            # The same BEGIN as write(): the one write lock, then READ COMMITTED.
            with self._write_engine.connect() as sa_conn, sa_conn.begin():
                driver = _driver(sa_conn)
                with recorder.watching(driver):
                    yield raw_connection(driver)
                self._log.record(driver, recorder.tables)
            self.changes.emit(recorder.tables)
            return
        with self.engine.connect() as sa_conn:
            conn = _sqlite(sa_conn)
            restore = None
            if cache_kib is not None:
                restore = conn.execute("PRAGMA cache_size").fetchone()[0]
                conn.execute(f"PRAGMA cache_size = {-int(cache_kib)}")
            # Statement journals in memory: a bulk insert's trigger statements each
            # open one, and their system calls took a fifth of an import. Only here:
            # elsewhere a big sort (a county's month over millions of visits) would
            # hold its temporary b-tree in memory instead of a file.
            conn.execute("PRAGMA temp_store = MEMORY")
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    with recorder.watching(conn):
                        yield conn
                    self._log.record(conn, recorder.tables)
                    conn.execute("COMMIT")
                except BaseException:
                    # SQLite may have rolled back itself (e.g. a full disk): do not hide
                    # the first error behind "no transaction is active".
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            finally:
                conn.execute("PRAGMA temp_store = DEFAULT")
                if restore is not None:
                    conn.execute(f"PRAGMA cache_size = {int(restore)}")
        self.changes.emit(recorder.tables)

    @contextmanager
    def setup_session(self) -> Iterator[Session]:
        """The one write before a device exists: `init` creates it, then reloads."""
        recorder = TableRecorder()
        with self._transaction(recorder) as session:
            yield session
        self._load_sync_context()  # before listeners hear of it: they may ask is_set_up
        self.changes.emit(recorder.tables)

    @contextmanager
    def read(self, cache_kib: int | None = None) -> Iterator[Session]:
        """A read-only snapshot. `cache_kib` raises SQLite's page cache for a pass over
        most of the file (a report's count of every visit): each page is then decrypted
        once, not once per visit that lands on it; the memory is given back after."""
        with explained(self.paths), self._reads() as session:
            if cache_kib is None or not is_sqlite(self.engine):
                yield session
                return
            conn = _sqlite(session.connection())
            conn.execute(f"PRAGMA cache_size = {-int(cache_kib)}")
            try:
                yield session
            finally:
                conn.execute(f"PRAGMA cache_size = {-cipher.PAGE_CACHE_KIB}")
                conn.execute("PRAGMA shrink_memory")

    def location(self) -> str:
        """Where the records are, as a person may see it: the SQLite file, or the
        PostgreSQL database's URL without its password."""
        path = sqlite_file(self.engine)
        return str(path) if path is not None else shown_url(self.engine)

    @property
    def is_open(self) -> bool:
        return not self._closed

    def external_changes(self) -> frozenset[str]:
        """The tables other writers on this file (another process, another Database)
        committed since the last call; this instance's own writes are left out. Cheap
        when nothing changed; call it from one thread (the UI polls it)."""
        if self._closed:
            return frozenset()
        try:
            with self.engine.connect() as sa_conn:
                return self._log.others(_driver(sa_conn))
        # busy or locked (or, on PostgreSQL, the server away): asked again next time
        except (self.engine.dialect.loaded_dbapi.OperationalError,
                sa_exc.OperationalError) as err:
            log.warning("could not read write_log now: %s", err)
            return frozenset()

    def poll_external(self) -> frozenset[str]:
        """`external_changes()`, also told to this database's listeners, so every window
        open on it hears, whichever of them asked."""
        tables = self.external_changes()
        self.changes.emit(tables)
        return tables

    def close(self) -> None:
        self._closed = True
        self.engine.dispose()

    # -- local settings ------------------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        with self.read() as s:
            value = s.get(LocalSetting, key)
            return value.value if value else default

    def set_setting(self, key: str, value: str) -> None:
        """A setting of this laptop (never synced), made or replaced."""
        with self.write() as s:
            s.merge(LocalSetting(key=key, value=value))

    def _move_past_spent(self) -> None:
        """A restored or copied database never reuses a sequence number its device already
        sent (app.sync.spent): moved past the mark kept beside the keys, committed. The
        rule of spent.move_past_spent, in the ORM so that it runs on either engine."""
        with self.read() as s:
            me = find_self_device(s)
            mark = spent.read_spent(self.paths.keys, me.device_id) if me else None
            clock = s.get(SyncClock, 1)
            if mark is None or clock is None or clock.next_seq > mark.op_seq:
                return  # the usual start: reads only, no write
        recorder = TableRecorder()
        with self._transaction(recorder) as s:
            moved = s.execute(update(SyncClock).where(
                SyncClock.id == 1, SyncClock.next_seq <= mark.op_seq).values(
                next_seq=mark.op_seq + 1)).rowcount  # type: ignore[attr-defined]
        self.changes.emit(recorder.tables)
        if moved:
            log.info("op sequence moved past the numbers this device already sent")

    @property
    def is_set_up(self) -> bool:
        return self.sync is not None

    def _load_sync_context(self) -> None:
        with self.read() as s:
            me = find_self_device(s)
            clock = s.get(SyncClock, 1)
            if me is None or clock is None:
                self.sync = None
                return
            self.device_id = me.device_id
            self.sync = capture.SyncContext(devno=me.devno, clock=HybridClock(clock.hlc),
                                            station=me.station_id)


def not_set_up() -> SetupError:
    """The refusal of anything that needs this device before `shegong init` made it."""
    return SetupError(
        "This data folder is not set up yet. Run `shegong init` first.",
        "此数据文件夹尚未初始化，请先运行 `shegong init`。",
    )


def find_self_device(s: Session) -> Device | None:
    """This installation's own device row; None before `shegong init`."""
    return s.scalar(select(Device).where(Device.is_self.is_(True)))


def local_setting(s: Session, key: str) -> str | None:
    """This device's own setting (station_id, worker_id, ...); None when unset or blank."""
    row = s.get(LocalSetting, key)
    return row.value or None if row else None


def _driver(sa_conn: Any) -> DriverConnection:
    """The driver's connection under a SQLAlchemy one: sqlite3's, or psycopg's."""
    conn = sa_conn.connection.driver_connection
    assert conn is not None
    return conn


def _sqlite(sa_conn: Any) -> cipher.Connection:
    conn = _driver(sa_conn)
    assert isinstance(conn, cipher.Connection)
    return conn


def session_raw(session: Session) -> RawConnection:
    """The raw connection (app.store.raw) under a session, inside its transaction: for
    the sync layer's raw queries run from a use case that also writes through the ORM."""
    return raw_connection(_driver(session.connection()))


def raw_rows(session: Session, sql: str, params: dict[str, Any] | None = None) -> Any:
    """Rows straight from the driver in the session's transaction: for reads of hundreds
    of thousands of rows, where SQLAlchemy's per-row cost (~4 µs) outweighs the query.
    Named :params; on either engine the values come as SQLite stores them (dates as ISO
    text, booleans 0/1: app.store.raw)."""
    return session_raw(session).execute(sql, params or {})


def month_of(session: Session, column: str) -> str:
    """The SQL of 'YYYY-MM' of a date column, in the session's engine's dialect."""
    expr = year_month(literal_column(column))
    return str(expr.compile(dialect=session.connection().dialect))


def select_rows(session: Session, stmt: Select[Any]) -> Iterable[Sequence[Any]]:
    """The rows of a Core select, straight from sqlite3 without SQLAlchemy's per-row
    processing (nor its type conversions: select raw columns); through SQLAlchemy on
    PostgreSQL. For the search-as-you-type list of 100,000 ids."""
    sa_conn = session.connection()
    if not is_sqlite(sa_conn.engine):
        return sa_conn.execute(stmt)
    compiled = stmt.compile(dialect=sa_conn.dialect)
    params = [compiled.params[name] for name in compiled.positiontup or ()]
    return _sqlite(sa_conn).execute(str(compiled), params)
