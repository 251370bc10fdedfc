"""Merging ops from a bundle: field-level last-writer-wins by (HLC, device id).

For every incoming op not already known (by its origin device and sequence number):
- each field it sets is applied if its clock is newer than the field's clock here;
  the value it replaces moves into the spill of the op that had set it;
- a field it loses keeps its value in the incoming op's own spill, so the op can be
  forwarded whole;
- when the op's previous clock for a field is not the clock here, the two writes were
  concurrent: if the values differ, both are kept in a conflict record;
- the op is stored in the change log with its origin (device, sequence).
An op stamped more than FUTURE_MS ahead of this computer's wall clock is held instead
(see app.sync.held): written whole to `held_op`, not applied, not in the change log, and
its clock is not in `max_hlc`, so the importer's clock never moves to it.
Rows a later op refers to may not exist yet (ops arrive in any order): the first op
creates the row with what it knows. The caller owns the transaction: a failure anywhere
leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from operator import itemgetter
from typing import Any, NamedTuple

from app.errors import BundleRefused
from app.models.base import SYNC_META_COLUMNS
from app.models.ids import id_from_bytes, id_to_bytes
from app.models.pinyin import name_keys
from app.sync.export import OP_COLUMNS, wire_ops
from app.sync.hlc import MAX_AHEAD_MS, far_ahead_from, hlc_to_ms
from app.sync.log_store import device_names, known_link_differs
from app.sync.values import IDENTITY_KINDS, to_db, to_wire
from app.sync.visit_index import VisitInserts
from app.sync.wire import FieldSpec, WireOp, canonical_line, schema

CHUNK = 2000
FUTURE_MS = MAX_AHEAD_MS
META = SYNC_META_COLUMNS
# Columns the merge derives here instead of receiving them (see _derive).
DERIVED = {"client": ("name_pinyin", "name_initials")}


@cache
def _names(table: str) -> tuple[str, ...]:
    """The value columns the merge reads and writes: the fields that travel, then the
    derived ones. Asked for per row, so computed once per table."""
    return (*schema()[table], *DERIVED.get(table, ()))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector rescans every object alive (the app's modules, the
    pinyin dictionary) every so many allocations, and a merge allocates millions without
    making cycles: a tenth of an import's time went there. Paused for the merge."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@cache
def _converted(table: str) -> tuple[tuple[str, FieldSpec], ...]:
    """The fields whose stored form is not their wire form (ids, lists, booleans): the
    only ones a create converts."""
    return tuple((n, spec) for n, spec in schema()[table].items()
                 if spec.kind not in IDENTITY_KINDS)


@cache
def _insert_plan(table: str) -> tuple[Callable[[dict[str, Any]], tuple[Any, ...]],
                                      tuple[tuple[int, FieldSpec], ...]]:
    """A create's values in column order, and the places of those to convert."""
    names = tuple(schema()[table])
    take = itemgetter(*names) if len(names) > 1 else (lambda v: (v[names[0]],))
    return take, tuple((names.index(n), spec) for n, spec in _converted(table))


def _derived(table: str, values: dict[str, Any]) -> tuple[Any, ...]:
    """The derived columns (DERIVED) of a created record: a client's pinyin keys."""
    if table == "client":
        return name_keys(values.get("name") or "")
    return ()


@dataclass
class MergeStats:
    ops: int = 0
    applied: int = 0
    known: int = 0
    superseded: int = 0
    conflicts: int = 0
    held: int = 0  # ops more than FUTURE_MS ahead, kept aside in held_op
    max_hlc: int = 0  # of the ops applied or superseded, never of a held one
    ahead: dict[str, int] = field(default_factory=dict)  # device -> ms ahead of our clock
    held_by: dict[str, int] = field(default_factory=dict)  # device -> ops held
    retracted: int = 0  # ops of a device revoked in the bundle, taken back out here


@dataclass
class _Row:
    values: dict[str, Any]  # stored form
    base: tuple[int, int, int]  # hlc, devno, seq of the creating op
    clocks: dict[str, list[int]]  # field -> [hlc, devno, seq]
    new: bool
    dirty: bool = False
    station: str | None = None  # the station the record belongs to (never changes)

    def clock(self, name: str) -> tuple[int, int, int]:
        c = self.clocks.get(name)
        return (c[0], c[1], c[2]) if c else self.base


class _NewOp(NamedTuple):
    """A sync_op row to insert; its spill still fills while the rest of the chunk merges."""

    dev: int
    seq: int
    table_name: str
    row_id: bytes
    hlc: int
    fields: str | None  # JSON list of the fields set; None for a create (all of them)
    prev: str | None  # JSON {field: [hlc, devno]}
    spill: dict[str, Any]  # field -> value this op lost, or that a later op overwrote
    arrived_at: int
    prev_seq: int | None  # its place in its origin's log (app.sync.origins)
    link: bytes | None
    prev_link: bytes | None
    station: bytes | None

    def row(self) -> tuple[Any, ...]:
        return (self.dev, self.seq, self.table_name, self.row_id, self.hlc, self.fields,
                self.prev, json.dumps(self.spill, ensure_ascii=False) if self.spill else None,
                self.arrived_at, self.prev_seq, self.link, self.prev_link, self.station)


@dataclass
class _ChunkWrites:
    """What merging one chunk writes besides the rows, gathered to write in batches."""

    # (devno, seq) -> its row; as a plain tuple, ready to insert, for a new record's
    # only op in the chunk (nothing can spill into it before it is written)
    new_ops: dict[tuple[int, int], _NewOp | tuple[Any, ...]] = field(default_factory=dict)
    spills: list[tuple[str, str, int, int]] = field(default_factory=list)  # path, json, dev, seq
    conflicts: list[tuple[Any, ...]] = field(default_factory=list)
    settled: list[tuple[Any, ...]] = field(default_factory=list)  # edited after a conflict

    def spill(self, name: str, old: Any, dev: int, seq: int) -> None:
        """An overwritten value moves into the spill of the op (dev, seq) that had set it:
        one of this chunk's, still to be inserted, or one already stored."""
        target = self.new_ops.get((dev, seq))
        if type(target) is tuple:
            target = self.new_ops[(dev, seq)] = _NewOp._make((*target[:7], {}, *target[8:]))
        if isinstance(target, _NewOp):
            target.spill[name] = old
        else:
            self.spills.append((f'$."{name}"', json.dumps(old, ensure_ascii=False), dev, seq))


@dataclass
class Written:
    """What a bundle's new ops write, per origin, table and station: the rights check
    (app.sync.rights) runs on this once the whole bundle is merged, so grants that
    arrive in the same bundle count. A few entries per origin, not one per op."""

    # (device, table, station) -> (an op number, its record, an edit of it)
    writes: dict[tuple[str, str, str | None], tuple[int, str, bool]] = field(
        default_factory=dict)
    last: dict[str, tuple[int, str, str]] = field(default_factory=dict)  # device -> newest
    trust: list[WireOp] = field(default_factory=list)  # new grants and revocations
    people: dict[str, set[str]] = field(default_factory=dict)  # device -> worker records

    def note(self, ops: list[WireOp]) -> None:
        for op in ops:
            if op.table in ("device_grant", "device_revocation"):
                self.trust.append(op)
            elif op.table == "worker":
                self.people.setdefault(op.device, set()).add(op.row_id)
            key = (op.device, op.table, op.station)
            seen = self.writes.get(key)
            if seen is None or (not op.create and not seen[2]):
                self.writes[key] = (op.seq, op.row_id, not op.create)
            newest = self.last.get(op.device)
            if newest is None or op.seq > newest[0]:
                self.last[op.device] = (op.seq, op.table, op.row_id)


class Merger:
    """Applies ops to a raw sqlite3 connection inside the caller's transaction."""

    def __init__(self, conn: Any, wall_ms: int, now: str,
                 progress: Callable[[int], None] | None = None,
                 bundle_id: str | None = None) -> None:
        self.conn = conn
        self.bundle_id = bundle_id  # the bundle the ops came in, for the ops held
        self.wall_ms = wall_ms
        self.now = now
        self.arrived = int(dt.datetime.fromisoformat(now).timestamp())
        self.progress = progress
        self.stats = MergeStats()
        self.devno: dict[str, int] = {}
        self.device: dict[int, str] = {}
        self.names = device_names(conn)
        self.written = Written()  # what the new ops write, for the rights check after
        # Ids as stored: each row id is converted once per chunk, each station once.
        self.id_bytes: dict[str, bytes] = {}
        self.station_bytes: dict[str | None, bytes | None] = {None: None}
        self.visits = VisitInserts(conn, (*META, *_names("visit")))
        for devno, device_id in conn.execute("SELECT devno, device_id FROM device"):
            uid = id_from_bytes(device_id)
            self.devno[uid], self.device[devno] = devno, uid

    # -- public ---------------------------------------------------------------------------
    def merge(self, ops: Iterable[WireOp]) -> MergeStats:
        chunk: list[WireOp] = []
        with _collector_paused():
            for op in ops:
                chunk.append(op)
                if len(chunk) >= CHUNK:
                    self._merge_chunk(chunk)
                    chunk = []
            if chunk:
                self._merge_chunk(chunk)
        self.visits.finish()
        return self.stats

    # -- one chunk ------------------------------------------------------------------------
    def _merge_chunk(self, chunk: list[WireOp]) -> None:
        self.stats.ops += len(chunk)
        unknown = self._unknown(chunk)
        self.written.note(unknown)
        fresh = self._hold_far_ahead(unknown)
        if fresh:
            self.stats.max_hlc = max(self.stats.max_hlc, max(op.hlc for op in fresh))
        rows = self._load_rows(fresh)
        writes = _ChunkWrites()
        touched = Counter([(op.table, op.row_id) for op in fresh])
        for op in fresh:
            if op.create and touched[(op.table, op.row_id)] == 1 \
                    and (op.table, op.row_id) not in rows:
                self._new_record(op, rows, writes)
            else:
                self._merge_op(op, rows, writes)
        self._write_rows(rows)
        self._write_chunk(writes)
        if self.progress:
            self.progress(self.stats.ops)

    def _merge_op(self, op: WireOp, rows: dict[tuple[str, str], _Row],
                  writes: _ChunkWrites) -> None:
        """One op into the chunk's rows; its change-log row and side effects into writes."""
        dev = self._devno(op.device)
        key = (op.table, op.row_id)
        row = rows.get(key)
        if row is None and op.create:
            # The common case (a new record): nothing here to compare, spill or
            # conflict with; the op's clock is the row's.
            rows[key] = self._created_row(op, dev)
            self.stats.applied += 1
            writes.new_ops[(dev, op.seq)] = self._op_row(op, dev, {})
            return
        if row is None:  # an edit that arrived before the op that creates the row
            row = rows[key] = _Row({}, (0, 0, 0), {}, True, station=op.station)
        elif row.station != op.station:
            raise self._other_station(op, row)
        spill: dict[str, Any] = {}  # the fields this op loses keep its value here
        for name, value in op.values.items():
            if not self._merge_field(op, dev, row, name, value, writes):
                spill[name] = value
        if op.values and len(spill) == len(op.values):
            self.stats.superseded += 1
        else:
            self.stats.applied += 1
        if row.dirty:
            self._derive(op, row)
        writes.new_ops[(dev, op.seq)] = self._op_row(op, dev, spill)

    def _new_record(self, op: WireOp, rows: dict[tuple[str, str], Any],
                    writes: _ChunkWrites) -> None:
        """The commonest op, the only one on a record not held here: its row and its
        change-log row go straight to the rows to insert, in their stored form."""
        dev = self._devno(op.device)
        take, converted = _insert_plan(op.table)
        values = list(take(op.values))  # a create carries every field (app.sync.wire)
        for i, spec in converted:
            if values[i] is not None:
                values[i] = to_db(spec, values[i])
        station = self._station(op.station)
        row_id = self.id_bytes[op.row_id]
        rows[(op.table, op.row_id)] = (row_id, op.hlc, dev, op.seq, None, station, *values,
                                       *_derived(op.table, op.values))
        writes.new_ops[(dev, op.seq)] = (
            dev, op.seq, op.table, row_id, op.hlc, None, self._prev_json(op), None,
            self.arrived, op.prev_seq if op.link else None, op.link, op.prev_link, station)
        self.stats.applied += 1

    def _created_row(self, op: WireOp, dev: int) -> _Row:
        values = dict(op.values)
        for name, spec in _converted(op.table):
            value = values.get(name)
            if value is not None:
                values[name] = to_db(spec, value)
        row = _Row(values, (op.hlc, dev, op.seq), {}, True, True, op.station)
        self._derive(op, row)
        return row

    def _other_station(self, op: WireOp, row: _Row) -> BundleRefused:
        """An op naming another station for a record than the one it belongs to: its
        origin cannot move records between stations (who may read and write them
        follows the station)."""
        return BundleRefused(
            f"The bundle holds an operation of the device {op.device} on the record "
            f"{op.table} {op.row_id} of the station {row.station or '-'} that names the "
            f"station {op.station or '-'}: a record cannot change station. Nothing was "
            "imported.",
            f"同步文件中设备 {op.device} 对记录 {op.table} {op.row_id}（属于站点 "
            f"{row.station or '-'}）的操作写明站点 {op.station or '-'}：记录不能更换站点。"
            "未导入任何数据。")

    def _merge_field(self, op: WireOp, dev: int, row: _Row, name: str, value: Any,
                     writes: _ChunkWrites) -> bool:
        """Last-writer-wins for one field: True when the op's value is newer and taken.
        A concurrent write of a different value is kept as a conflict either way."""
        spec = schema()[op.table][name]
        here_hlc, here_dev, here_seq = row.clock(name)
        here = (here_hlc, self.device.get(here_dev, ""))
        old_json = to_wire(spec, row.values.get(name))
        prev = op.prev.get(name, (0, ""))
        if here_hlc and prev != here and old_json != value \
                and not self._is_parent(row, name, op):
            writes.conflicts.append(self._conflict(op, name, value, row, here, old_json))
        if (op.hlc, op.device) <= here:
            return False
        if here_hlc and prev == here and not row.new:
            writes.settled.append((self.now, op.table, id_to_bytes(op.row_id), name))
        if here_seq:
            writes.spill(name, old_json, here_dev, here_seq)
        row.values[name] = to_db(spec, value)
        row.clocks[name] = [op.hlc, dev, op.seq]
        row.dirty = True
        return True

    def _write_chunk(self, writes: _ChunkWrites) -> None:
        """The chunk's change-log rows, spills and conflicts, in batches."""
        self.conn.executemany(
            "INSERT INTO sync_op (dev, seq, table_name, row_id, hlc, fields, prev, spill, "
            "arrived_at, prev_seq, link, prev_link, station) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [o.row() if isinstance(o, _NewOp) else o for o in writes.new_ops.values()])
        if writes.spills:
            self.conn.executemany(
                "UPDATE sync_op SET spill = json_set(coalesce(spill, '{}'), ?, json(?)) "
                "WHERE dev = ? AND seq = ?", writes.spills)
        if writes.settled:
            # Someone edited the field knowing the conflicting value: the conflict is over.
            self.conn.executemany(
                "UPDATE sync_conflict SET resolved_at = ?, resolution = 'later_edit' "
                "WHERE table_name = ? AND row_id = ? AND field = ? AND resolved_at IS NULL",
                writes.settled)
        if writes.conflicts:
            self.conn.executemany(
                "INSERT INTO sync_conflict (table_name, row_id, field, kept_value, kept_hlc, "
                "kept_device, other_value, other_hlc, other_device, detected_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", writes.conflicts)
            self.stats.conflicts += len(writes.conflicts)

    def _unknown(self, chunk: list[WireOp]) -> list[WireOp]:
        """Ops not yet in the change log (nor twice in this chunk). An op held here with
        another link is equivocation; one held without a link (made before origin logs,
        or this device's own not yet sealed) takes the link it came with, if it is the
        same op."""
        by_dev: dict[int, list[int]] = {}
        for op in chunk:
            if op.device in self.devno:
                by_dev.setdefault(self.devno[op.device], []).append(op.seq)
        known: dict[tuple[int, int], bytes | None] = {}
        for dev, seqs in by_dev.items():
            low, high = min(seqs), max(seqs)
            if high - low < 2 * len(seqs):
                # A log's ops come in runs: one range scan instead of a probe per op
                # (the ops in the range that are not in the chunk do no harm).
                cur = self.conn.execute("SELECT seq, link FROM sync_op WHERE dev = ? AND "
                                        "seq BETWEEN ? AND ?", (dev, low, high))
            else:
                marks = ", ".join("?" * len(seqs))
                cur = self.conn.execute(
                    f"SELECT seq, link FROM sync_op WHERE dev = ? AND seq IN ({marks})",
                    [dev, *seqs])
            known.update(((dev, s), link) for s, link in cur)
        out, seen = [], set()
        for op in chunk:
            key = (self.devno.get(op.device, -1), op.seq)
            if key in known or (op.device, op.seq) in seen:
                if key in known:
                    self._same_op(op, key, known[key])
                self.stats.known += 1
                continue
            seen.add((op.device, op.seq))
            out.append(op)
        return out

    def _load_rows(self, ops: list[WireOp]) -> dict[tuple[str, str], _Row]:
        by_table: dict[str, set[str]] = {}
        for op in ops:
            by_table.setdefault(op.table, set()).add(op.row_id)
        rows: dict[tuple[str, str], _Row] = {}
        self.id_bytes = id_bytes = {i: id_to_bytes(i) for ids in by_table.values() for i in ids}
        for table, ids in by_table.items():
            names = _names(table)
            marks = ", ".join("?" * len(ids))
            cur = self.conn.execute(
                f"SELECT {', '.join([*META, *names])} FROM {table} WHERE id IN ({marks})",
                [id_bytes[i] for i in ids])
            for record in cur:
                row_id, hlc, dev, seq, clocks, station = record[:len(META)]
                rows[(table, id_from_bytes(row_id))] = _Row(
                    dict(zip(names, record[len(META):], strict=True)), (hlc, dev, seq),
                    json.loads(clocks or "null") or {}, False,
                    station=id_from_bytes(station) if station else None)
        return rows

    def _write_rows(self, rows: dict[tuple[str, str], _Row]) -> None:
        inserts: dict[str, list[tuple[Any, ...]]] = {}
        updates: dict[str, list[tuple[Any, ...]]] = {}
        id_bytes = self.id_bytes
        for (table, row_id), row in rows.items():
            if type(row) is tuple:  # a new record, ready (_new_record)
                inserts.setdefault(table, []).append(row)
                continue
            if not row.dirty:
                continue
            values = map(row.values.get, _names(table))
            clocks = json.dumps(row.clocks) if row.clocks else None
            station = self._station(row.station)
            if row.new:
                inserts.setdefault(table, []).append(
                    (id_bytes[row_id], *row.base, clocks, station, *values))
            else:
                updates.setdefault(table, []).append((*row.base, clocks, station, *values,
                                                      id_bytes[row_id]))
        for table, batch in inserts.items():
            names = _names(table)
            if table == "visit":
                self.visits.before(batch)
            self.conn.executemany(
                f"INSERT INTO {table} ({', '.join([*META, *names])}) VALUES "
                f"({', '.join('?' * (len(META) + len(names)))})", batch)
        for table, batch in updates.items():
            names = _names(table)
            sets = ", ".join(f"{c} = ?" for c in [*META[1:], *names])
            self.conn.executemany(f"UPDATE {table} SET {sets} WHERE id = ?", batch)

    # -- helpers --------------------------------------------------------------------------
    def _station(self, station: str | None) -> bytes | None:
        stored = self.station_bytes.get(station)
        if stored is None and station is not None:
            stored = self.station_bytes[station] = id_to_bytes(station)
        return stored

    def _op_row(self, op: WireOp, dev: int, spill: dict[str, Any]) -> _NewOp:
        return _NewOp(dev, op.seq, op.table, self.id_bytes[op.row_id], op.hlc,
                      None if op.create else json.dumps(list(op.values)),
                      self._prev_json(op), spill, self.arrived,
                      op.prev_seq if op.link else None, op.link, op.prev_link,
                      self._station(op.station))

    def _prev_json(self, op: WireOp) -> str | None:
        return json.dumps({f: [h, self._devno(d) if d else 0] for f, (h, d) in
                           op.prev.items()}) if op.prev else None

    def _same_op(self, op: WireOp, key: tuple[int, int], held: bytes | None) -> None:
        """An incoming op this database already holds: the same one, or equivocation."""
        if op.link is None or held == op.link:
            return
        dev, seq = key
        if held is None:
            rows = self.conn.execute(
                f"SELECT {OP_COLUMNS} FROM sync_op "
                "WHERE dev = ? AND seq = ?", key).fetchall()
            mine = next(iter(wire_ops(self.conn, iter(rows), self.device)))
            if canonical_line(mine) == op.line:
                self.conn.execute("UPDATE sync_op SET prev_seq = ?, link = ?, prev_link = ? "
                                  "WHERE dev = ? AND seq = ?",
                                  (op.prev_seq, op.link, op.prev_link, dev, seq))
                return
            held = b""
        raise known_link_differs(op.device, self.names.get(op.device, op.device), seq,
                                 held, op.link)

    @staticmethod
    def _derive(op: WireOp, row: _Row) -> None:
        """Fields derived here, never synced: a client's pinyin keys."""
        if op.table == "client" and "name" in op.values:
            full, initials = name_keys(row.values.get("name") or "")
            row.values["name_pinyin"], row.values["name_initials"] = full, initials

    def _devno(self, device: str) -> int:
        devno = self.devno.get(device)
        if devno is None:
            cur = self.conn.execute(
                "INSERT INTO device (device_id, is_self, trusted, added_at) "
                "VALUES (?, FALSE, FALSE, ?)",  # TRUE/FALSE: a boolean on PostgreSQL too
                (id_to_bytes(device), self.now))
            devno = cur.lastrowid
            self.devno[device], self.device[devno] = devno, device
        return devno

    def _hold_far_ahead(self, ops: list[WireOp]) -> list[WireOp]:
        """The ops to merge; those stamped more than FUTURE_MS ahead of the wall clock go
        to held_op whole (once per origin and sequence, however often they arrive)."""
        limit = far_ahead_from(self.wall_ms)
        if all(op.hlc < limit for op in ops):
            return ops  # the usual case: nothing dated ahead
        out, held = [], []
        for op in ops:
            ahead = hlc_to_ms(op.hlc) - self.wall_ms
            if ahead <= FUTURE_MS:
                out.append(op)
                continue
            stats = self.stats
            stats.held += 1
            stats.held_by[op.device] = stats.held_by.get(op.device, 0) + 1
            stats.ahead[op.device] = max(stats.ahead.get(op.device, 0), ahead)
            self._devno(op.device)  # the device row a forwarded range names
            held.append((id_to_bytes(op.device), op.seq, op.hlc,
                         (op.line or canonical_line(op)).decode(),
                         self.bundle_id and id_to_bytes(self.bundle_id), self.now,
                         op.prev_seq if op.link else None, op.link, op.prev_link,
                         id_to_bytes(op.station) if op.station else None))
        if held:
            held = self._held_before(held)
            self.conn.executemany(
                "INSERT OR IGNORE INTO held_op (device_id, seq, hlc, wire, bundle_id, "
                "held_at, prev_seq, link, prev_link, station) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", held)
        return out

    def _held_before(self, held: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        """The ops not held aside before; one held before must come again the same (else:
        equivocation) and is counted as known."""
        fresh = []
        for op in held:
            device, seq, *_, link, _, _ = op
            row = self.conn.execute("SELECT link FROM held_op WHERE device_id = ? AND "
                                    "seq = ?", (device, seq)).fetchone()
            if row is None:
                fresh.append(op)
                continue
            uid = id_from_bytes(device)
            if row[0] and link and row[0] != link:
                raise known_link_differs(uid, self.names.get(uid, uid), seq, row[0], link)
            self.stats.held -= 1
            self.stats.known += 1
            self.stats.held_by[uid] -= 1
            if not self.stats.held_by[uid]:
                del self.stats.held_by[uid]
        return fresh

    def _is_parent(self, row: _Row, name: str, op: WireOp) -> bool:
        """True when the op is the one the current value was written on top of: it only
        arrives late here, it is not a concurrent write."""
        _, dev, seq = row.clock(name)
        if not seq:
            return False
        found = self.conn.execute("SELECT prev FROM sync_op WHERE dev = ? AND seq = ?",
                                  (dev, seq)).fetchone()
        if not found or not found[0]:
            return False
        parent = json.loads(found[0]).get(name)
        return bool(parent) and (parent[0], self.device.get(parent[1], "")) == \
            (op.hlc, op.device)

    def _conflict(self, op: WireOp, name: str, value: Any, row: _Row,
                  here: tuple[int, str], old: Any) -> tuple[Any, ...]:
        incoming = (op.hlc, op.device)
        kept, other = ((incoming, value), (here, old)) if incoming > here else \
            ((here, old), (incoming, value))
        return (op.table, id_to_bytes(op.row_id), name,
                json.dumps(kept[1], ensure_ascii=False), kept[0][0], id_to_bytes(kept[0][1]),
                json.dumps(other[1], ensure_ascii=False), other[0][0], id_to_bytes(other[0][1]),
                self.now)



