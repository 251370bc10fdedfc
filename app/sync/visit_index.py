"""What a visit's insert keeps by trigger (migrations 0002 and 0005): its client's latest
visit in client_index, and no stale report_visit_month for its month. A bulk merge pauses
those triggers and does their work once per set of visits, here; the retraction of ops
refreshes the same latest visits."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from app.store.raw import RawConnection
from app.store.triggers import PausedTriggers

TRIGGERS = ("client_index_on_visit_insert", "report_visit_month_on_visit_insert")
# Fewer visits in one insert than this cost less through the triggers than a pause does.
BULK = 500
BATCH = 500  # ids per statement, within every driver's parameter limit


def refresh_latest(conn: RawConnection, clients: Iterable[bytes]) -> None:
    """Each client's latest live visit in client_index, read again from the visits."""
    ids = list(clients)
    for start in range(0, len(ids), BATCH):
        part = ids[start:start + BATCH]
        conn.execute(
            "UPDATE client_index SET (last_visit, last_visit_id, next_followup) = "
            "(SELECT visit_date, id, next_followup FROM visit "
            " WHERE client_id = client_index.client_id AND void_reason IS NULL "
            " ORDER BY visit_date DESC, id DESC LIMIT 1) "
            f"WHERE client_id IN ({', '.join('?' * len(part))})", part)


class VisitInserts:
    """The visits a merge inserts: once a big batch comes, the triggers are paused until
    finish(), and every visit inserted meanwhile is remembered by client and month."""

    def __init__(self, conn: RawConnection, columns: Sequence[str]) -> None:
        self.conn = conn
        self.triggers = PausedTriggers(conn, "visit", TRIGGERS)
        self.client_at, self.date_at = columns.index("client_id"), columns.index("visit_date")
        self.clients: set[bytes] = set()
        self.months: set[str] = set()

    def before(self, rows: list[tuple[Any, ...]]) -> None:
        """Called with the rows about to be inserted, in `columns` order."""
        if not self.triggers.paused:
            if len(rows) < BULK:
                return
            self.triggers.pause()
        client_at, date_at = self.client_at, self.date_at
        self.clients.update(row[client_at] for row in rows if row[client_at] is not None)
        self.months.update(row[date_at][:7] for row in rows if row[date_at])

    def finish(self) -> None:
        """The paused triggers' work for every visit inserted, and the triggers back."""
        if not self.triggers.paused:
            return
        months = sorted(self.months)
        if months:
            self.conn.execute(f"DELETE FROM report_visit_month WHERE month IN "
                              f"({', '.join('?' * len(months))})", months)
        refresh_latest(self.conn, self.clients)
        self.triggers.resume()
        self.clients.clear()
        self.months.clear()
