"""Ops held aside because they were stamped more than FUTURE_MS ahead of this computer's
clock when they arrived (the merge puts them in `held_op`).

A held op is simply not yet seen: it is not in the change log, the knowledge this device
advertises does not claim it, no bundle of this device carries it and the clock never
moved to it. Each import first releases the held ops that are no longer that far ahead
(the date caught up with them), in HLC order, through the same merge as any op.
"""

from __future__ import annotations

from typing import Any

from app.sync.hlc import far_ahead_from
from app.sync.merge import Merger, MergeStats
from app.sync.wire import WireOp, decode


def due_ops(conn: Any, wall_ms: int) -> tuple[list[int], list[WireOp]]:
    """The held ops no longer more than FUTURE_MS ahead of `wall_ms`, in HLC order, with
    their held_op ids."""
    limit = far_ahead_from(wall_ms)  # held iff the op's clock is at or past it
    ids, ops = [], []
    for row_id, wire, prev_seq, link, prev_link in conn.execute(
            "SELECT id, wire, prev_seq, link, prev_link FROM held_op WHERE hlc < ? "
            "ORDER BY hlc, device_id, seq", (limit,)):
        ids.append(row_id)
        op = decode(wire.encode(), row_id)
        op.prev_seq, op.link, op.prev_link = prev_seq or 0, link, prev_link
        ops.append(op)
    return ids, ops


def release_due(conn: Any, wall_ms: int, now: str) -> MergeStats:
    """Merge the held ops whose time has come and forget them, inside the caller's
    transaction. One already in the change log by then is skipped as known."""
    ids, ops = due_ops(conn, wall_ms)
    stats = Merger(conn, wall_ms, now).merge(ops)
    conn.executemany("DELETE FROM held_op WHERE id = ?", [(i,) for i in ids])
    return stats
