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

from app.models.ids import id_from_bytes
from app.sync.export import OP_COLUMNS, Rebuilt, wire_ops
from app.sync.origins import ZERO_LINK, head_message, link_of
from app.sync.spent import Spent
from app.sync.wire import canonical_line

BATCH = 2000
# Ops sealed in one export kept rebuilt for its stream (a station's month: thousands);
# a first export of a million ops rebuilds them again rather than hold them all.
KEEP_REBUILT = 20_000
_UNSEALED = (f"SELECT {OP_COLUMNS} FROM sync_op WHERE dev = ? AND station IS ? AND "
             "link IS NULL AND seq > ? AND hlc < ? ORDER BY seq LIMIT ?")


def seal_own(conn: Any, key: Ed25519PrivateKey, own: tuple[int, str],
             devices: dict[int, str], below_hlc: int, mark: Spent | None,
             rebuilt: Rebuilt | None = None) -> dict[str | None, tuple[int, bytes]]:
    """Seal this device's unsealed ops stamped below `below_hlc` into its log of each
    station, inside the caller's write transaction; returns the head (seq, link) of
    each of its logs, by station. The ops it rebuilt go into `rebuilt` (up to
    KEEP_REBUILT), for the export's stream."""
    stations = [s for (s,) in conn.execute(
        "SELECT DISTINCT station FROM sync_op WHERE dev = ? AND link IS NULL", (own[0],))]
    for station in stations:
        _seal_log(conn, key, own, station, devices, below_hlc, mark,
                  rebuilt if rebuilt is not None else {})
    heads: dict[str | None, tuple[int, bytes]] = dict(mark.logs) if mark else {}
    for station, seq, link in conn.execute(
            "SELECT station, seq, link FROM origin_head WHERE dev = ? ORDER BY seq",
            (own[0],)):
        name = id_from_bytes(station) if station else None
        if seq >= heads.get(name, (0, b""))[0]:
            heads[name] = (int(seq), bytes(link))
    return heads


def _seal_log(conn: Any, key: Ed25519PrivateKey, own: tuple[int, str], station: bytes | None,
              devices: dict[int, str], below_hlc: int, mark: Spent | None,
              rebuilt: Rebuilt) -> tuple[int, bytes]:
    devno, device_id = own
    at_seq, at_link, at_hlc = _sealed_top(conn, devno, station, mark)
    heads: list[tuple[int, bytes]] = []
    since_head, first = 0, True
    while True:
        rows = conn.execute(_UNSEALED, (devno, station, at_seq, below_hlc, BATCH)).fetchall()
        if not rows:
            break
        updates = []
        for op in wire_ops(conn, iter(rows), devices):
            if since_head and op.hlc <= at_hlc:
                heads.append((at_seq, at_link))
                since_head = 0
            op.line = canonical_line(op)
            link = link_of(at_seq, at_link, op.line)
            if len(rebuilt) < KEEP_REBUILT:
                rebuilt[(devno, op.seq)] = op
            # The first op sealed now keeps the link before it: after a restore, the op
            # before it may be one this database no longer holds.
            updates.append((at_seq, link, at_link if first else None, devno, op.seq))
            at_seq, at_link, at_hlc = op.seq, link, op.hlc
            since_head, first = since_head + 1, False
        conn.executemany("UPDATE sync_op SET prev_seq = ?, link = ?, prev_link = ? "
                         "WHERE dev = ? AND seq = ?", updates)
    if since_head:
        heads.append((at_seq, at_link))
    name = id_from_bytes(station) if station else None
    conn.executemany("INSERT OR IGNORE INTO origin_head (dev, seq, station, link, sig) "
                     "VALUES (?, ?, ?, ?, ?)",
                     [(devno, seq, station, link,
                       key.sign(head_message(device_id, name, seq, link)))
                      for seq, link in heads])
    return at_seq, at_link


def _sealed_top(conn: Any, devno: int, station: bytes | None,
                mark: Spent | None) -> tuple[int, bytes, int]:
    """Where this device's log of `station` stands: its last sealed op here, or the
    spent mark's when that is further (a restored database: the log that left goes on
    from there)."""
    row = conn.execute("SELECT seq, link, hlc FROM sync_op WHERE dev = ? AND station IS ? "
                       "AND link IS NOT NULL ORDER BY seq DESC LIMIT 1",
                       (devno, station)).fetchone()
    seq, link, hlc = (int(row[0]), bytes(row[1]), int(row[2])) if row else (0, ZERO_LINK, 0)
    left = mark.logs.get(id_from_bytes(station) if station else None) if mark else None
    if left is not None and left[0] > seq:
        return left[0], left[1], 0
    return seq, link, hlc
