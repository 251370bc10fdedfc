"""Row triggers put off inside the caller's transaction, and put back before it commits.

A bulk merge inserts thousands of rows whose per-row triggers each run a statement; the
caller that pauses them does their work once for the whole set (app.sync.derived). The
pause is part of the transaction: a rollback undoes it with everything else, and other
connections never see the triggers missing.

SQLite has no switch for a trigger: each is dropped and created again from the very
statement that made it (sqlite_master keeps it). PostgreSQL disables and enables it.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.store import cipher
from app.store.raw import RawConnection


class PausedTriggers:
    def __init__(self, conn: RawConnection, table: str, names: Sequence[str]) -> None:
        self.conn, self.table, self.names = conn, table, tuple(names)
        self._made: list[str] = []  # SQLite: the CREATE TRIGGER statements to run again
        self.paused = False

    def pause(self) -> None:
        if self.paused:
            return
        if isinstance(self.conn, cipher.Connection):
            marks = ", ".join("?" * len(self.names))
            found = self.conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                f"AND name IN ({marks})", (self.table, *self.names)).fetchall()
            for name, sql in found:
                self.conn.execute(f'DROP TRIGGER "{name}"')
                self._made.append(sql)
        else:
            for name in self.names:
                self.conn.execute(f'ALTER TABLE {self.table} DISABLE TRIGGER "{name}"')
        self.paused = True

    def resume(self) -> None:
        if not self.paused:
            return
        if isinstance(self.conn, cipher.Connection):
            for sql in self._made:
                self.conn.execute(sql)
            self._made.clear()
        else:
            for name in self.names:
                self.conn.execute(f'ALTER TABLE {self.table} ENABLE TRIGGER "{name}"')
        self.paused = False
