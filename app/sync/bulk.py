"""Bulk creation of synced rows with their create ops, for generators and importers.

The same rule as the session hook (app.sync.capture), without the ORM's per-object cost:
every row gets a UUIDv7, a fresh HLC and this device's devno as its clock, and a create
op with the next sequence number, in the caller's transaction (Database.raw_write, which
also gives a big load the page cache it needs). Values are given in their stored form
(16-byte ids, ISO dates, 0/1 booleans, JSON text).
"""

from __future__ import annotations

import time
from typing import Any

from app.models import synced_tables
from app.models.ids import id_to_bytes, uuid7_bytes
from app.store.raw import RawConnection
from app.sync.capture import SyncContext

FLUSH_EVERY = 20_000
_OP_INSERT = (
    "INSERT INTO sync_op (table_name, row_id, hlc, dev, seq, fields, prev, spill, arrived_at, "
    "station) VALUES (?, ?, ?, ?, ?, NULL, NULL, NULL, ?, ?)"
)


class BulkWriter:
    def __init__(self, conn: RawConnection, ctx: SyncContext) -> None:
        self.conn = conn
        self.ctx = ctx
        self.now = int(time.time())
        self.next_seq: int = conn.execute(
            "SELECT next_seq FROM sync_clock WHERE id = 1").fetchone()[0]
        self._columns: dict[str, tuple[str, ...]] = {}
        self._sql: dict[str, str] = {}
        self._rows: dict[str, list[tuple[Any, ...]]] = {}
        self._ops: list[tuple[Any, ...]] = []
        self.count = 0
        self.station = id_to_bytes(ctx.station) if ctx.station else None
        for name, model in synced_tables().items():
            cols = tuple(c.name for c in model.__table__.columns)
            self._columns[name] = cols
            self._sql[name] = (f"INSERT INTO {name} ({', '.join(cols)}) "
                               f"VALUES ({', '.join('?' * len(cols))})")
            self._rows[name] = []

    def add(self, table: str, row: dict[str, Any]) -> bytes:
        """Queue one new row; returns its 16-byte id."""
        row_id = row.get("id") or uuid7_bytes()
        hlc = self.ctx.clock.tick()
        row["id"], row["sync_hlc"], row["sync_dev"] = row_id, hlc, self.ctx.devno
        row["sync_seq"] = self.next_seq
        # Generators and importers write for this laptop's own station (a station record
        # is its own).
        station = row_id if table == "station" else self.station
        row["sync_station"] = station
        self._rows[table].append(tuple(map(row.get, self._columns[table])))
        self._ops.append((table, row_id, hlc, self.ctx.devno, self.next_seq, self.now,
                          station))
        self.next_seq += 1
        self.count += 1
        if len(self._ops) >= FLUSH_EVERY:
            self.flush()
        return row_id

    def flush(self) -> None:
        cur = self.conn.cursor()
        try:
            for table, rows in self._rows.items():
                if rows:
                    cur.executemany(self._sql[table], rows)
                    rows.clear()
            if self._ops:
                cur.executemany(_OP_INSERT, self._ops)
                self._ops.clear()
            cur.execute("UPDATE sync_clock SET next_seq = ?, hlc = ? WHERE id = 1",
                        (self.next_seq, self.ctx.clock.last))
        finally:
            cur.close()

    def finish(self) -> None:
        """Write what is queued (the caller's transaction commits it)."""
        self.flush()
