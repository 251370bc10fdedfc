"""Reading the change log back as whole ops, values included.

An op row stores which fields it set; each value is either still in the row (the row's
clock for that field is the op's clock) or was moved into the op's `spill` when a later
write replaced it. `full_ops` puts the two together.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Device, Op, synced_tables
from app.sync.codec import to_json


@dataclass(frozen=True)
class FullOp:
    table: str
    row_id: str
    hlc: int
    device_id: str
    seq: int
    create: bool
    values: dict[str, Any]
    prev: dict[str, tuple[int, str]]  # field -> (hlc, device id) it had before


class OpLogCorrupt(RuntimeError):
    """An op's value is neither in its row nor in its spill (a bug, never user input)."""


def device_ids(s: Session) -> dict[int, str]:
    rows = s.execute(select(Device.devno, Device.device_id))
    return {devno: device_id for devno, device_id in rows}


def full_ops(s: Session) -> Iterator[FullOp]:
    """Every op, in (device, sequence) order."""
    devices = device_ids(s)
    for op in s.scalars(select(Op).order_by(Op.dev, Op.seq)):
        yield _full(s, op, devices)


def record_ops(s: Session, table: str, row_id: str) -> list[FullOp]:
    """The ops of one record, oldest first (by clock): its history."""
    devices = device_ids(s)
    ops = s.scalars(select(Op).where(Op.table_name == table, Op.row_id == row_id))
    return sorted((_full(s, op, devices) for op in ops), key=lambda o: (o.hlc, o.device_id))


def _full(s: Session, op: Op, devices: dict[int, str]) -> FullOp:
    model = synced_tables()[op.table_name]
    row = s.get(model, op.row_id)
    names = model.sync_fields() if op.fields is None else op.fields
    values: dict[str, Any] = {}
    spill = op.spill or {}
    for name in names:
        if name in spill:
            values[name] = spill[name]
        elif row is not None and row.field_clock(name) == (op.hlc, op.dev):
            values[name] = to_json(getattr(row, name))
        else:
            raise OpLogCorrupt(f"op {op.dev}/{op.seq}: {op.table_name}.{name} is lost")
    prev = {f: (c[0], devices.get(c[1], "")) for f, c in (op.prev or {}).items()}
    return FullOp(op.table_name, op.row_id, op.hlc, devices[op.dev], op.seq,
                  op.fields is None, values, prev)
