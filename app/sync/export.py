"""Choosing ops for a bundle and rebuilding each with its values (see app.sync.oplog for
where values live). Works on the raw connection in chunks, so a million ops stream."""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterator
from functools import cache
from typing import Any

from app.models.base import SYNC_META_COLUMNS, field_origin
from app.models.ids import id_from_bytes
from app.sync.forward import Plan
from app.sync.knowledge import Knowledge, holds
from app.sync.values import IDENTITY_KINDS, to_wire
from app.sync.wire import FieldSpec, WireOp, canonical_line, decode, schema

CHUNK = 2000
# The columns an op is rebuilt from (wire_ops), in this order.
OP_COLUMNS = "dev, seq, table_name, row_id, hlc, fields, prev, spill, station"


def selected_ops(cursor: Any, kind: str, month_range: tuple[int, int] | None = None,
                 peer: Knowledge | None = None,
                 devices: dict[int, str] | None = None) -> Iterator[tuple[Any, ...]]:
    """Sealed op rows (OP_COLUMNS) a bundle of
    `kind` is meant to carry, in causal (HLC) order. Ops not sealed into their origin's
    log (app.sync.origins) are never sent: no receiver could prove them."""
    sql = (f"SELECT {OP_COLUMNS} FROM sync_op "
           "WHERE link IS NOT NULL")
    params: tuple[Any, ...] = ()
    if kind == "month":
        assert month_range is not None
        sql += " AND arrived_at >= ? AND arrived_at < ?"
        params = month_range
    sql += " ORDER BY hlc, dev, seq"
    for row in cursor.execute(sql, params):
        if peer is not None:
            assert devices is not None
            if holds(peer.get(devices[row[0]], []), row[1]):
                continue
        yield row


def bundle_ops(conn: Any, plan: Plan, rows: Iterator[tuple[Any, ...]],
               devices: dict[int, str], ready: Rebuilt | None = None) -> Iterator[WireOp]:
    """The ops of a bundle in causal (HLC) order, each with its canonical line: the
    wanted `rows` that lie in the plan's ranges, and the ops the plan adds to complete
    them (merged ones, and ones held aside for their clock)."""
    wanted = wire_ops(conn, (r for r in rows if plan.carries(r[0], r[8], r[1])), devices,
                      ready)
    return heapq.merge(_lined(wanted), _extra(conn, plan, devices), _held(conn, plan),
                       key=lambda op: (op.hlc, op.device, op.seq))


def _lined(ops: Iterator[WireOp]) -> Iterator[WireOp]:
    for op in ops:
        if not op.line:
            op.line = canonical_line(op)
        yield op


def _extra(conn: Any, plan: Plan, devices: dict[int, str]) -> Iterator[WireOp]:
    rows = []
    for start in range(0, len(plan.extra), 500):
        part = plan.extra[start:start + 500]
        where = " OR ".join("(dev = ? AND seq = ?)" for _ in part)
        rows += conn.execute(f"SELECT {OP_COLUMNS} "
                             f"FROM sync_op WHERE {where}",
                             [n for key in part for n in key]).fetchall()
    rows.sort(key=lambda r: (r[4], devices[r[0]], r[1]))
    return _lined(wire_ops(conn, iter(rows), devices))


def _held(conn: Any, plan: Plan) -> Iterator[WireOp]:
    ops = []
    for start in range(0, len(plan.held), 500):
        part = plan.held[start:start + 500]
        for wire, in conn.execute(f"SELECT wire FROM held_op WHERE id IN "
                                  f"({', '.join('?' * len(part))})", part):
            ops.append(decode(wire.encode(), 0))
    ops.sort(key=lambda op: (op.hlc, op.device, op.seq))
    return iter(ops)


# (devno, seq) -> an op already rebuilt (with its line): what sealing just rebuilt, so
# the export that follows does not rebuild it again.
Rebuilt = dict[tuple[int, int], WireOp]


def wire_ops(conn: Any, rows: Iterator[tuple[Any, ...]], devices: dict[int, str],
             ready: Rebuilt | None = None) -> Iterator[WireOp]:
    """Rebuild the ops of `rows`, reading their records a chunk at a time (the ones in
    `ready` are taken from there, in their place)."""
    chunk: list[tuple[Any, ...]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= CHUNK:
            yield from _rebuilt(conn, chunk, devices, ready)
            chunk = []
    if chunk:
        yield from _rebuilt(conn, chunk, devices, ready)


def _rebuilt(conn: Any, chunk: list[tuple[Any, ...]], devices: dict[int, str],
             ready: Rebuilt | None) -> list[WireOp]:
    if not ready:
        return _rebuild(conn, chunk, devices)
    built = iter(_rebuild(conn, [r for r in chunk if (r[0], r[1]) not in ready], devices))
    return [ready.get((r[0], r[1])) or next(built) for r in chunk]


def _rebuild(conn: Any, chunk: list[tuple[Any, ...]], devices: dict[int, str]) -> list[WireOp]:
    specs = schema()
    by_table: dict[str, set[bytes]] = {}
    for _, _, table, row_id, *_ in chunk:
        by_table.setdefault(table, set()).add(row_id)
    records: dict[bytes, dict[str, Any]] = {}
    for table, ids in by_table.items():
        columns = _columns(table)
        marks = ", ".join("?" * len(ids))
        cur = conn.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE id IN ({marks})",
                           list(ids))
        for row in cur:
            found = dict(zip(columns, row, strict=True))
            found["sync_clocks"] = json.loads(found["sync_clocks"] or "null") or {}
            records[row[0]] = found
    out = []
    for dev, seq, table, row_id, hlc, fields_json, prev_json, spill_json, station in chunk:
        table_specs = specs[table]
        convert = _converted(table)
        names = list(table_specs) if fields_json is None else json.loads(fields_json)
        spill = json.loads(spill_json) if spill_json else {}
        record = records.get(row_id)
        values: dict[str, Any] = {}
        for name in names:
            if name in spill:
                values[name] = spill[name]
            elif record is not None and field_origin(
                    record["sync_clocks"], name, record["sync_dev"],
                    record["sync_seq"]) == (dev, seq):
                value = record[name]
                spec = convert.get(name)
                values[name] = value if spec is None else to_wire(spec, value)
            # else: overwritten by an op that holds it; a corrupt log is caught by tests
        prev = {f: (c[0], devices.get(c[1], "")) for f, c in
                (json.loads(prev_json).items() if prev_json else ())}
        out.append(WireOp(table, id_from_bytes(row_id), hlc, devices[dev], seq,
                          fields_json is None, values, prev,
                          station=id_from_bytes(station) if station else None))
    return out


@cache
def _columns(table: str) -> tuple[str, ...]:
    """The columns a record is read with: its sync metadata, then the fields that travel."""
    return (*SYNC_META_COLUMNS, *schema()[table])


@cache
def _converted(table: str) -> dict[str, FieldSpec]:
    """The table's fields whose stored form is not their wire form (ids, booleans, ...):
    the others are sent as read, without a call per value."""
    return {name: spec for name, spec in schema()[table].items()
            if spec.kind not in IDENTITY_KINDS}

