"""The sequence numbers this device has spent, kept OUTSIDE its database (keys/spent.json).

A device numbers its ops (sync_op: dev, seq) and its bundles (bundle_ledger 'out'). Once
a number has left the device in a bundle, some other device may hold it, and reusing it
with other content makes the two diverge for good (each skips the other's op as "already
known"; a second bundle with a used number is refused as a forgery). The database alone
cannot remember that: a restored backup or a copied data folder holds an older database
that has forgotten what it sent.

So the exporter writes a high-water mark beside the device's key, atomically and synced
to disk, BEFORE the bundle file is written: the device id, the highest op seq of this
device in any bundle that left, and the highest bundle seq. The mark travels with the
keys (a copied data folder copies it; a backup of the database alone does not need it),
and it only ever grows. On opening the database, before every export and when a backup
is restored, the database's next op seq and next bundle seq are moved past the mark.
Gaps are harmless; reuse is not.

Ops this device exported before the restore and no longer holds come back from the
other devices under its own id; the import's own-id check (app.sync.admit) accepts an
op it does not hold when its seq is at or below the mark, and refuses any other.

A copied data folder that keeps running beside the original is the same device twice:
both continue from the same numbers. The mark cannot prevent that; docs/bundle-format.md
says so (set up the new laptop with `init` instead, or stop using the old folder).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from app.files import atomic_output
from app.models.ids import id_from_bytes, is_uuid
from app.store.raw import RawConnection

SPENT_FILE = "spent.json"


@dataclass(frozen=True)
class Spent:
    device_id: str
    op_seq: int  # the highest op seq of this device that left it in a bundle
    bundle_seq: int  # the highest bundle seq it numbered
    # The head (seq, link) of each of this device's logs, by station (app.sync.origins),
    # so a restored database continues the logs that left, not second histories.
    logs: dict[str | None, tuple[int, bytes]] = field(default_factory=dict)


def read_spent(keys_dir: Path, device_id: str | None = None) -> Spent | None:
    """The mark, or None when there is none (nothing spent yet), it is unreadable, or it
    is another device's (`device_id` given and different)."""
    try:
        data = json.loads((keys_dir / SPENT_FILE).read_text("utf-8"))
        logs = {station or None: (int(seq), bytes.fromhex(link))
                for station, (seq, link) in (data.get("logs") or {}).items()}
        mark = Spent(str(data["device_id"]), int(data["op_seq"]), int(data["bundle_seq"]),
                     logs)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if not is_uuid(mark.device_id) or (device_id is not None and mark.device_id != device_id):
        return None
    return mark


def raise_spent(keys_dir: Path, device_id: str, op_seq: int, bundle_seq: int,
                logs: dict[str | None, tuple[int, bytes]] | None = None) -> Spent:
    """Raise the mark to at least (op_seq, bundle_seq) and each log's head to at least
    the one in `logs`: written whole and synced before it returns, so a crash right after
    leaves the new mark or the old one, never half."""
    old = read_spent(keys_dir, device_id)
    heads = dict(old.logs) if old else {}
    for station, head in (logs or {}).items():
        if head[0] > heads.get(station, (0, b""))[0]:
            heads[station] = head
    op_seq = max([op_seq, old.op_seq if old else 0, *(seq for seq, _ in heads.values())])
    mark = Spent(device_id, op_seq, max(bundle_seq, old.bundle_seq if old else 0), heads)
    if mark == old:
        return mark
    keys_dir.mkdir(parents=True, exist_ok=True)
    with atomic_output(keys_dir / SPENT_FILE) as fh:
        fh.write(json.dumps({"device_id": mark.device_id, "op_seq": mark.op_seq,
                             "bundle_seq": mark.bundle_seq,
                             "logs": {station or "": [seq, link.hex()] for station,
                                      (seq, link) in sorted(heads.items(),
                                                            key=lambda kv: kv[0] or "")}},
                            sort_keys=True).encode())
    _sync_folder(keys_dir)
    return mark


def _sync_folder(folder: Path) -> None:
    """The rename itself reaches the disk (POSIX; Windows cannot open a folder)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def self_device_id(conn: RawConnection) -> tuple[int, str] | None:
    """(devno, device id) of the database's own device; None before `init`."""
    row = conn.execute("SELECT devno, device_id FROM device WHERE is_self").fetchone()
    return (int(row[0]), id_from_bytes(row[1])) if row else None


def move_past_spent(conn: RawConnection, keys_dir: Path) -> bool:
    """Inside the caller's write transaction: move this device's next op seq past the mark
    when the database (restored or copied) is at or below it. True when it moved."""
    me = self_device_id(conn)
    mark = read_spent(keys_dir, me[1]) if me else None
    if mark is None:
        return False
    cur = conn.execute("UPDATE sync_clock SET next_seq = ? WHERE id = 1 AND next_seq <= ?",
                       (mark.op_seq + 1, mark.op_seq))
    return cur.rowcount > 0


def needs_move(conn: RawConnection, keys_dir: Path) -> bool:
    """A cheap read: is this database's next op seq at or below the mark?"""
    me = self_device_id(conn)
    mark = read_spent(keys_dir, me[1]) if me else None
    if mark is None:
        return False
    row = conn.execute("SELECT next_seq FROM sync_clock WHERE id = 1").fetchone()
    return row is not None and int(row[0]) <= mark.op_seq
