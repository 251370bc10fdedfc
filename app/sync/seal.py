"""Sealing this device's own ops into its log (app.sync.origins), at export time.

Ops are made unsealed (a local write only takes a sequence number). An export seals the
ones not sealed yet, in sequence order: each gets the link that chains it to the one
before, and the device signs the new head. Sealing never goes back: an op left behind
(stamped more than 24 hours ahead when the laptop's date was wrong; `clock repair`
re-issues its values) is never sealed and never sent. Where the clocks of the ops go
down (the date was set back), the device signs a head before the drop as well, so every
signed range keeps rising clocks and every relay can cut its ranges there.
"""

from __future__ import annotations

from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.sync.export import wire_ops
from app.sync.origins import ZERO_LINK, head_message, link_of
from app.sync.spent import Spent
from app.sync.wire import canonical_line

BATCH = 2000
_UNSEALED = ("SELECT dev, seq, table_name, row_id, hlc, fields, prev, spill FROM sync_op "
             "WHERE dev = ? AND link IS NULL AND seq > ? AND hlc < ? ORDER BY seq LIMIT ?")


def seal_own(conn: Any, key: Ed25519PrivateKey, own: tuple[int, str],
             devices: dict[int, str], below_hlc: int, mark: Spent | None) -> tuple[int, bytes]:
    """Seal this device's unsealed ops stamped below `below_hlc`, inside the caller's
    write transaction; returns the head of its log (seq, link), (0, zero) when empty."""
    devno, device_id = own
    at_seq, at_link, at_hlc = _sealed_top(conn, devno, mark)
    heads: list[tuple[int, bytes]] = []
    since_head, first = 0, True
    while True:
        rows = conn.execute(_UNSEALED, (devno, at_seq, below_hlc, BATCH)).fetchall()
        if not rows:
            break
        updates = []
        for op in wire_ops(conn, iter(rows), devices):
            if since_head and op.hlc <= at_hlc:
                heads.append((at_seq, at_link))
                since_head = 0
            link = link_of(at_seq, at_link, canonical_line(op))
            # The first op sealed now keeps the link before it: after a restore, the op
            # before it may be one this database no longer holds.
            updates.append((at_seq, link, at_link if first else None, devno, op.seq))
            at_seq, at_link, at_hlc = op.seq, link, op.hlc
            since_head, first = since_head + 1, False
        conn.executemany("UPDATE sync_op SET prev_seq = ?, link = ?, prev_link = ? "
                         "WHERE dev = ? AND seq = ?", updates)
    if since_head:
        heads.append((at_seq, at_link))
    conn.executemany("INSERT OR IGNORE INTO origin_head (dev, seq, link, sig) "
                     "VALUES (?, ?, ?, ?)",
                     [(devno, seq, link, key.sign(head_message(device_id, seq, link)))
                      for seq, link in heads])
    return at_seq, at_link


def _sealed_top(conn: Any, devno: int, mark: Spent | None) -> tuple[int, bytes, int]:
    """Where this device's log stands: its last sealed op here, or the spent mark's when
    that is further (a restored database: the log that left goes on from there)."""
    row = conn.execute("SELECT seq, link, hlc FROM sync_op WHERE dev = ? AND link IS NOT "
                       "NULL ORDER BY seq DESC LIMIT 1", (devno,)).fetchone()
    seq, link, hlc = (int(row[0]), bytes(row[1]), int(row[2])) if row else (0, ZERO_LINK, 0)
    if mark is not None and mark.link is not None and mark.op_seq > seq:
        return mark.op_seq, mark.link, 0
    return seq, link, hlc
