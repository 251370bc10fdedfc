"""What an importer checks beyond each op's own validity, before anything is merged:
the sizes a bundle declares, the devices its ops introduce, and ops under the importer's
own device id. Every cap is in docs/bundle-format.md."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TypeGuard

from app.errors import BundleRefused
from app.models.ids import id_from_bytes
from app.sync.bundle_file import MAX_OP_LINE, refused
from app.sync.export import OP_COLUMNS, wire_ops
from app.sync.knowledge import valid
from app.sync.wire import WireOp

# One bundle may introduce at most this many devices never seen here (origins and the
# devices named in previous clocks): a county's laptops in one go, not a flood of rows.
MAX_NEW_DEVICES = 1000
BATCH = 2000  # ops checked per database round trip


def check_declared(header: dict[str, Any], manifest: dict[str, Any]) -> None:
    """The counts and sizes the header and the signed manifest declare, before inflating."""
    count, size = header.get("op_count"), manifest.get("ops_bytes")
    if not _count(count) or manifest.get("op_count") != count or not _count(size):
        raise refused("has a manifest that does not match its header",
                      "清单与文件头不一致")
    # Every op is one line of at most MAX_OP_LINE bytes and its newline.
    if size > count * (MAX_OP_LINE + 1):
        raise refused(f"declares {size} bytes of operations, more than {count} operations "
                      "can take", f"声明的操作数据大小（{size} 字节）超过 {count} 条操作可能的大小")
    if not valid(manifest.get("knowledge")):
        raise refused("has a damaged or oversized knowledge list in its manifest",
                      "清单中的同步进度已损坏或过大")


def _count(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def too_many_devices() -> BundleRefused:
    return refused(f"names more than {MAX_NEW_DEVICES:,} devices this computer has never "
                   "seen", f"涉及超过 {MAX_NEW_DEVICES:,} 台本机从未见过的设备")


class OpGate:
    """Passes a bundle's ops on to the merge, refusing the bundle at the first op that
    introduces one device too many or claims to be this device's without being one
    it holds."""

    def __init__(self, conn: Any, returning_up_to: int = 0) -> None:
        """`returning_up_to`: this device's spent mark (app.sync.spent): own ops up to it
        that it no longer holds left it before a restore and may come back."""
        self.conn = conn
        self.returning_up_to = returning_up_to
        self.devices = {devno: id_from_bytes(d) for devno, d in
                        conn.execute("SELECT devno, device_id FROM device")}
        self.known = set(self.devices.values())
        self.own_devno, own = conn.execute(
            "SELECT devno, device_id FROM device WHERE is_self").fetchone()
        self.own_id = id_from_bytes(own)
        self.new: set[str] = set()

    def admit(self, ops: Iterable[WireOp]) -> Iterator[WireOp]:
        batch: list[WireOp] = []
        known = self.known
        for op in ops:
            if op.prev or op.device not in known:  # else it names no device to count
                self._count_devices(op)
            batch.append(op)
            if len(batch) >= BATCH:
                yield from self._checked(batch)
                batch = []
        yield from self._checked(batch)

    def _count_devices(self, op: WireOp) -> None:
        for device in (op.device, *(d for _, d in op.prev.values() if d)):
            if device not in self.known and device not in self.new:
                self.new.add(device)
                if len(self.new) > MAX_NEW_DEVICES:
                    raise too_many_devices()

    def _checked(self, batch: list[WireOp]) -> list[WireOp]:
        mine = [op for op in batch if op.device == self.own_id]
        if mine:
            stranger = own_ops_not_held(self.conn, mine, self.own_devno, self.devices,
                                        self.returning_up_to)
            if stranger is not None:
                raise BundleRefused(
                    f"The bundle holds an operation under this computer's own device id "
                    f"(number {stranger.seq}, record {stranger.table} {stranger.row_id}) "
                    "that this computer never made. Nothing was imported; tell the "
                    "station head.",
                    f"同步文件含有一条以本机设备编号署名、但本机从未做过的操作（序号 "
                    f"{stranger.seq}，记录 {stranger.table} {stranger.row_id}）。"
                    "未导入任何数据，请告知站长。")
        return batch


def own_ops_not_held(conn: Any, ops: list[WireOp], own_devno: int,
                     devices: dict[int, str], returning_up_to: int = 0) -> WireOp | None:
    """The first of `ops` (all under this device's id) that this device does not hold
    with the same table, record, clock and field values; None when it holds them all.
    An op it does not hold at all but numbered at or below `returning_up_to` is its own,
    sent before a restore, coming back (app.sync.spent). The one place that decides which
    of its own ops a device accepts back."""
    seqs = sorted({op.seq for op in ops})
    held: dict[int, WireOp] = {}
    for start in range(0, len(seqs), 500):
        part = seqs[start:start + 500]
        rows = conn.execute(
            f"SELECT {OP_COLUMNS} FROM sync_op "
            f"WHERE dev = ? AND seq IN ({', '.join('?' * len(part))})", [own_devno, *part])
        held.update((op.seq, op) for op in wire_ops(conn, iter(rows.fetchall()), devices))
    for op in ops:
        mine = held.get(op.seq)
        if mine is None and op.seq <= returning_up_to:
            continue
        if mine is None or (mine.table, mine.row_id, mine.hlc, mine.values) != \
                (op.table, op.row_id, op.hlc, op.values):
            return op
    return None
