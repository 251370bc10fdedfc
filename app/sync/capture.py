"""Change capture: every ORM write to a synced table becomes an op in the same transaction.

A session hook (before_flush) does it, so no service, import or script can forget it:
- a new synced object gets a UUIDv7 (if it has none), a fresh HLC and a create op;
- a changed synced object gets one update op per row per transaction, naming the fields
  set and the clock each field had before; later flushes in the same transaction add
  their fields to that same op;
- deleting a synced row is refused: records are voided, never deleted.
The clock and this device's op sequence are bumped in the same transaction, so a rolled
back transaction leaves neither an op nor a gap in the sequence.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, inspect, update
from sqlalchemy.orm import InstanceState, Session, sessionmaker
from sqlalchemy.orm.attributes import flag_modified

from app.models import Op, SyncClock, synced_tables
from app.models.base import Synced
from app.models.ids import uuid7
from app.models.scope import PARENT, STATION_FIELD
from app.store.sql import json_set_key
from app.sync.codec import to_json
from app.sync.hlc import HybridClock

SESSION_KEY = "sync"
_TX_OPS = "sync_tx_ops"
_REWRITES = "sync_rewrites"


class SyncWriteError(RuntimeError):
    """A write that would bypass the change log (a bug, not a user error)."""


@dataclass
class SyncContext:
    """What the capture needs to stamp ops: this device's local number and its clock."""

    devno: int
    clock: HybridClock
    station: str | None = None  # this laptop's station: records default to it


def install(factory: sessionmaker[Session]) -> None:
    """Attach the capture hooks to every session this factory makes."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_commit", _forget_transaction)
    event.listen(factory, "after_rollback", _forget_transaction)
    event.listen(factory, "do_orm_execute", _refuse_bulk_writes)


def _refuse_bulk_writes(state: Any) -> None:
    """UPDATE/DELETE statements would change synced rows without ops: refuse them."""
    if not (state.is_update or state.is_delete) or state.session.info.get("sync_merge"):
        return
    for mapper in state.all_mappers:
        if issubclass(mapper.class_, Synced):
            raise SyncWriteError(
                f"bulk {'UPDATE' if state.is_update else 'DELETE'} of "
                f"{mapper.class_.__tablename__} would bypass the change log; "
                "change the objects instead")


def _forget_transaction(session: Session) -> None:
    session.info.pop(_TX_OPS, None)
    session.info.pop(_REWRITES, None)


def rewrite(session: Session, obj: Synced, fields: dict[str, list[int] | None]) -> None:
    """Capture fields of obj as set again to the values they hold: an ordinary update op
    with a fresh clock (the clock repair re-stamps far-future writes so). `fields` maps
    each field to the previous clock its op records ([hlc, devno]), or None for the
    field's clock here."""
    marks = session.info.setdefault(_REWRITES, {})
    for name, prev in fields.items():
        marks[(type(obj).__tablename__, obj.id, name)] = prev
        flag_modified(obj, name)


def _before_flush(session: Session, flush_context: Any, instances: Any) -> None:
    ctx: SyncContext | None = session.info.get(SESSION_KEY)
    if session.info.get("sync_merge"):
        return  # the merge writes rows and ops itself
    pending: list[tuple[Synced, list[str] | None]] = []
    for obj in session.new:
        if isinstance(obj, Synced):
            pending.append((obj, None))
    for obj in session.dirty:
        if isinstance(obj, Synced) and obj not in session.new:
            fields = _changed_fields(obj)
            if fields:
                pending.append((obj, fields))
    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise SyncWriteError(
                f"{type(obj).__tablename__} rows are voided with a reason, never deleted")
    if not pending:
        return
    if ctx is None:
        raise SyncWriteError("this session has no sync context; open it through the store")
    tx_ops: dict[tuple[str, str], Op] = session.info.setdefault(_TX_OPS, {})
    fresh = [(o, f) for o, f in pending if _key(o) not in tx_ops]
    seq, hlc = _reserve(session, ctx, len(fresh)) if fresh else (0, 0)
    now = int(time.time())
    for obj, changed in pending:
        op = tx_ops.get(_key(obj))
        if op is None:
            if changed is None:  # a create: the record's station is fixed now
                obj.sync_station = record_station(session, obj, ctx.station)
            op = _new_op(obj, changed, ctx.devno, seq, hlc, now)
            seq, hlc = seq + 1, hlc + 1
            tx_ops[_key(obj)] = op
            session.add(op)
        elif changed is not None and op.fields is not None:
            _extend_op(session, obj, op, changed, ctx)
        # A create op already covers every field: its values are the row's.


def _key(obj: Synced) -> tuple[str, str]:
    if obj.id is None:
        obj.id = uuid7()
    return type(obj).__tablename__, obj.id


def _changed_fields(obj: Synced) -> list[str]:
    # raiseerr=True (the default) spelled out: SQLAlchemy's overloads type the bare call
    # as possibly None.
    state: InstanceState[Synced] = inspect(obj, raiseerr=True)
    return [f for f in type(obj).sync_fields() if state.attrs[f].history.has_changes()]


def _reserve(session: Session, ctx: SyncContext, n: int) -> tuple[int, int]:
    """Take n sequence numbers and n clock values; persist both inside this transaction."""
    first_hlc = ctx.clock.tick_many(n)
    next_seq = session.execute(
        update(SyncClock)
        .where(SyncClock.id == 1)
        .values(next_seq=SyncClock.next_seq + n, hlc=ctx.clock.last)
        .returning(SyncClock.next_seq)
    ).scalar_one()
    return next_seq - n, first_hlc


def _new_op(obj: Synced, changed: list[str] | None, devno: int, seq: int, hlc: int,
            now: int) -> Op:
    table = type(obj).__tablename__
    if changed is None:
        obj.sync_hlc, obj.sync_dev, obj.sync_seq, obj.sync_clocks = hlc, devno, seq, None
        return Op(table_name=table, row_id=obj.id, hlc=hlc, dev=devno, seq=seq,
                  fields=None, prev=None, arrived_at=now, station=obj.sync_station)
    prev = {f: _prev_clock(obj, f) for f in changed}
    _stamp(obj, changed, hlc, devno, seq)
    return Op(table_name=table, row_id=obj.id, hlc=hlc, dev=devno, seq=seq,
              fields=list(changed), prev=prev, arrived_at=now, station=obj.sync_station)


def record_station(session: Session, obj: Synced, default: str | None) -> str | None:
    """The station a new record belongs to (app.models.scope)."""
    table = type(obj).__tablename__
    if obj.sync_station:
        return obj.sync_station
    if table == "station":
        return obj.id
    field = STATION_FIELD.get(table)
    if field is not None:
        return getattr(obj, field) or default
    parent = PARENT.get(table)
    ref = getattr(obj, parent[0]) if parent else None
    if parent and ref:
        with session.no_autoflush:
            found = session.get(synced_tables()[parent[1]], ref)
        if found is not None:
            return record_station(session, found, default)
    return default


def _extend_op(session: Session, obj: Synced, op: Op, changed: list[str],
               ctx: SyncContext) -> None:
    """A second flush in the same transaction: the same op now sets more fields."""
    added = [f for f in changed if f not in op.fields]  # type: ignore[operator]
    if not added:
        return
    prev = dict(op.prev or {})
    for f in added:
        prev[f] = _prev_clock(obj, f)
    _stamp(obj, added, op.hlc, ctx.devno, op.seq)
    op.fields = [*op.fields, *added]  # type: ignore[misc]
    op.prev = prev


def _rewrites(obj: Synced) -> dict[tuple[str, str, str], list[int] | None]:
    session = Session.object_session(obj)
    return session.info.get(_REWRITES, {}) if session is not None else {}


def _prev_clock(obj: Synced, field: str) -> list[int]:
    """The clock an op records as the field's previous one: the field's clock here, or
    the one `rewrite` was given."""
    prev = _rewrites(obj).get((type(obj).__tablename__, obj.id, field))
    return list(prev) if prev is not None else list(obj.field_clock(field))


def _stamp(obj: Synced, fields: list[str], hlc: int, devno: int, seq: int) -> None:
    """Give fields a new clock, moving each overwritten value into the op that set it."""
    session = Session.object_session(obj)
    # raiseerr=True (the default) spelled out: SQLAlchemy's overloads type the bare call
    # as possibly None.
    state: InstanceState[Synced] = inspect(obj, raiseerr=True)
    clocks = dict(obj.sync_clocks or {})
    rewrites = _rewrites(obj)
    for f in fields:
        old_dev, old_seq = obj.field_origin(f)
        history = state.attrs[f].history
        if (type(obj).__tablename__, obj.id, f) in rewrites:
            old_value = getattr(obj, f)  # set again to the value it held
        else:
            old_value = history.deleted[0] if history.deleted else None
        if session is not None and old_seq:
            _spill(session, old_dev, old_seq, f, old_value)
        clocks[f] = [hlc, devno, seq]
    obj.sync_clocks = clocks


def _spill(session: Session, dev: int, seq: int, field: str, value: Any) -> None:
    op = Op.metadata.tables["sync_op"]
    # json_set_key: SQLite's json_set, PostgreSQL's jsonb || (app.store.sql).
    session.execute(update(op).where(op.c.dev == dev, op.c.seq == seq).values(
        spill=json_set_key(op.c.spill, field, _json(value))))


def _json(value: Any) -> str:
    import json

    return json.dumps(to_json(value), ensure_ascii=False, separators=(",", ":"))
