"""Taking back the ops of a revoked device that this database applied past its cut,
before the revocation reached it (docs/roles.md).

Every device refuses those ops from the revocation on; one that had applied some must
drop them too, or it would hold records the others never will. The records they touched
are rebuilt from their other ops: the ops are read back whole, the records and their
change-log rows removed, and the ops that remain merged again, by the same merge as any
import, so the result is what a device that never saw the dropped ops holds. Inside the
caller's transaction.
"""

from __future__ import annotations

from typing import Any

from app.models.ids import id_from_bytes, id_to_bytes
from app.sync.export import OP_COLUMNS, wire_ops
from app.sync.merge import Merger
from app.sync.visit_index import refresh_latest
from app.sync.wire import WireOp


def retract_after(conn: Any, device: str, cut: int, wall_ms: int, now: str) -> int:
    """Drop the ops of `device` numbered past `cut`; returns how many there were."""
    row = conn.execute("SELECT devno FROM device WHERE device_id = ?",
                       (id_to_bytes(device),)).fetchone()
    if row is None:
        return 0
    devno = int(row[0])
    conn.execute("DELETE FROM held_op WHERE device_id = (SELECT device_id FROM device "
                 "WHERE devno = ?) AND seq > ?", (devno, cut))
    conn.execute("DELETE FROM origin_head WHERE dev = ? AND seq > ?", (devno, cut))
    touched = conn.execute("SELECT DISTINCT table_name, row_id FROM sync_op WHERE dev = ? "
                           "AND seq > ?", (devno, cut)).fetchall()
    if not touched:
        return 0
    devices = {n: id_from_bytes(d) for n, d in conn.execute("SELECT devno, device_id FROM device")}
    kept: list[WireOp] = []
    dropped = 0
    for table, row_id in touched:
        ops = _ops_on(conn, table, row_id, devices)
        kept += [op for op in ops if not (op.device == device and op.seq > cut)]
        dropped += sum(1 for op in ops if op.device == device and op.seq > cut)
        _remove(conn, table, row_id)
    kept.sort(key=lambda op: (op.hlc, op.device, op.seq))
    Merger(conn, wall_ms, now).merge(kept)
    _reindex(conn, touched)
    return dropped


def _ops_on(conn: Any, table: str, row_id: bytes, devices: dict[int, str]) -> list[WireOp]:
    """Every op held on one record, whole, with its place in its origin's log."""
    rows = conn.execute(f"SELECT {OP_COLUMNS} FROM sync_op WHERE table_name = ? AND "
                        "row_id = ? ORDER BY hlc", (table, row_id)).fetchall()
    chain = {(dev, seq): (prev_seq, link, prev_link) for dev, seq, prev_seq, link, prev_link
             in conn.execute("SELECT dev, seq, prev_seq, link, prev_link FROM sync_op "
                             "WHERE table_name = ? AND row_id = ?", (table, row_id))}
    ops = list(wire_ops(conn, iter(rows), devices))
    by_device = {uid: n for n, uid in devices.items()}
    for op in ops:
        prev_seq, link, prev_link = chain[(by_device[op.device], op.seq)]
        op.prev_seq, op.link, op.prev_link = prev_seq or 0, link, prev_link
    return ops


def _remove(conn: Any, table: str, row_id: bytes) -> None:
    conn.execute("DELETE FROM sync_op WHERE table_name = ? AND row_id = ?", (table, row_id))
    conn.execute("DELETE FROM sync_conflict WHERE table_name = ? AND row_id = ?",
                 (table, row_id))
    conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
    if table == "client":  # the index has no delete trigger: records are never deleted
        conn.execute("DELETE FROM client_index WHERE client_id = ?", (row_id,))


def _reindex(conn: Any, touched: list[tuple[str, bytes]]) -> None:
    """The client index's latest visit, for the clients whose visits were rebuilt."""
    clients: set[bytes] = set()
    for table, row_id in touched:
        if table == "visit":
            found = conn.execute("SELECT client_id FROM visit WHERE id = ?",
                                 (row_id,)).fetchone()
            clients.update(c for (c,) in conn.execute(
                "SELECT client_id FROM client_index WHERE last_visit_id = ?", (row_id,)))
            if found:
                clients.add(found[0])
    refresh_latest(conn, clients)
