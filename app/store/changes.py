"""What a write changed, as the database saw it, told to whoever listens (no Qt here).

`TableRecorder` sets a sqlite3 authorizer on the connection for the length of one write
transaction. SQLite asks it about every statement it prepares, including the statements
of triggers and foreign-key actions, so the ORM, raw SQL and the triggers of migrations
0002/0005 are all seen the same way. Setting an authorizer expires the connection's
prepared statements, so a cached statement is prepared again and seen too
(tests/test_changes.py proves it). The tables are those a statement *may* write: an
UPDATE that matched no row still names its table. That errs on the side of a refresh.
PostgreSQL has no authorizer; it counts the rows each table gained, changed or lost,
triggers' included (pg_stat_xact_user_tables). Those counts also hold earlier
transactions' not yet sent to the statistics (a backend sends them when idle, never
inside a transaction), so they are read at the start and just before the commit: the
tables whose counts grew are those written (a statement that matched no row is not one).

`ChangeListeners` calls its listeners after a commit, never after a rollback; a listener
that raises is logged and does not undo or break the write.

`WriteLog` keeps the same facts in the `write_log` table, in the write's transaction, so
another process on the same file (the command line beside the open window) is noticed:
`others()` returns the tables written by other writers since it was last asked.
`write_log` itself is written after the recorder stops, so it is never reported; every
other table is, bookkeeping (sync_op, sync_clock, ...) included, since it was written.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from app.store import cipher

if TYPE_CHECKING:
    import psycopg

    # The driver's own connection under SQLAlchemy's: sqlite3, or psycopg for PostgreSQL.
    DriverConnection = cipher.Connection | psycopg.Connection[Any]

log = logging.getLogger(__name__)

Listener = Callable[[frozenset[str]], None]

# The authorizer's actions that write rows (arg1 is then the table).
_WRITES = frozenset({cipher.SQLITE_INSERT, cipher.SQLITE_UPDATE, cipher.SQLITE_DELETE})
# Rows kept in write_log: a window polls every second, so a few hundred writes of slack
# is plenty; one that fell further behind refreshes everything.
KEEP = 500


class TableRecorder:
    """The tables of the main database that statements prepared while watching write."""

    def __init__(self) -> None:
        self.tables: set[str] = set()

    def _authorize(self, action: int, arg1: str | None, arg2: str | None,
                   db_name: str | None, source: str | None) -> int:
        # Temporary tables and SQLite's own schema table are nobody's data.
        if action in _WRITES and db_name == "main" and arg1 and not arg1.startswith("sqlite_"):
            self.tables.add(arg1)
        return cipher.SQLITE_OK

    @contextmanager
    def watching(self, conn: DriverConnection) -> Iterator[None]:
        if not isinstance(conn, cipher.Connection):
            before = _pg_counts(conn)
            yield
            # Only after the block succeeded: a failed transaction answers no query.
            self.tables |= {t for t, n in _pg_counts(conn).items() if n > before.get(t, 0)}
            return
        conn.set_authorizer(self._authorize)
        try:
            yield
        finally:
            # The connection goes back to the pool: the next user must not be recorded.
            conn.set_authorizer(None)


def _pg_counts(conn: psycopg.Connection[Any]) -> dict[str, int]:
    rows = conn.execute(
        "SELECT relname, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_xact_user_tables "
        "WHERE schemaname = current_schema() AND n_tup_ins + n_tup_upd + n_tup_del > 0"
    ).fetchall()
    return {str(table): int(n) for table, n in rows}


class ChangeListeners:
    """Callables told the frozenset of tables each committed write touched, on the
    thread that wrote."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()  # writers on worker threads emit while the UI subscribes

    def subscribe(self, listener: Listener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        with self._lock:
            self._listeners = [f for f in self._listeners if f is not listener]

    def emit(self, tables: set[str] | frozenset[str]) -> None:
        if not tables:
            return
        changed = frozenset(tables)
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(changed)
            except Exception:  # the write is committed; a broken listener must not undo it
                log.exception("a change listener failed")


class WriteLog:
    """One open database's side of the `write_log` table."""

    def __init__(self, writer: str, everything: frozenset[str]) -> None:
        self.writer = writer
        self.everything = everything  # what "something changed, we lost track" reports
        self.seen = 0

    def start(self, conn: DriverConnection) -> None:
        """Only later writes count: what happened before this database opened is on screen."""
        self.seen = _top(conn)

    def record(self, conn: DriverConnection, tables: set[str]) -> None:
        """Inside the write's transaction, so it commits or rolls back with it."""
        if not tables:
            return
        if not isinstance(conn, cipher.Connection):
            # A PostgreSQL sequence keeps numbers a rollback took; `others` reads a gap as
            # lost rows. max + 1 has none, and the write lock makes it safe.
            row = conn.execute("INSERT INTO write_log (seq, writer, tables) "
                               "SELECT coalesce(max(seq), 0) + 1, %s, %s FROM write_log "
                               "RETURNING seq", (self.writer, " ".join(sorted(tables)))
                               ).fetchone()
            assert row is not None
            conn.execute("DELETE FROM write_log WHERE seq <= %s", (int(row[0]) - KEEP,))
            return
        cur = conn.execute("INSERT INTO write_log (writer, tables) VALUES (?, ?)",
                           (self.writer, " ".join(sorted(tables))))
        assert cur.lastrowid is not None
        conn.execute("DELETE FROM write_log WHERE seq <= ?", (cur.lastrowid - KEEP,))

    def others(self, conn: DriverConnection) -> frozenset[str]:
        """Tables other writers touched since the last call; one indexed lookup when none."""
        top = _top(conn)
        if top == self.seen:
            return frozenset()
        if top < self.seen:  # the file was replaced (a restore): anything may differ
            self.seen = top
            return self.everything
        rows: list[Any]
        if isinstance(conn, cipher.Connection):
            rows = conn.execute("SELECT seq, writer, tables FROM write_log WHERE seq > ? "
                                "AND seq <= ? ORDER BY seq", (self.seen, top)).fetchall()
        else:
            rows = conn.execute("SELECT seq, writer, tables FROM write_log WHERE seq > %s "
                                "AND seq <= %s ORDER BY seq", (self.seen, top)).fetchall()
        # Sequence numbers have no gaps (a rolled back insert takes none): a gap means
        # rows were trimmed before this reader saw them.
        missed = not rows or rows[0][0] != self.seen + 1
        self.seen = top
        if missed:
            return self.everything
        return frozenset(table for _seq, writer, tables in rows if writer != self.writer
                         for table in tables.split())


def _top(conn: DriverConnection) -> int:
    row = conn.execute("SELECT coalesce(max(seq), 0) FROM write_log").fetchone()
    assert row is not None
    return int(row[0])
