"""Use case: export a bundle (the import is app.services.bundle_import).

An export commits its bundle number (a ledger row in state 'writing') and raises the
spent mark beside the keys BEFORE it writes the file, then finishes the row: a crash in
between leaves a gap in the numbers, which every importer accepts, never a number used
twice (docs/bundle-format.md, "Sequence numbers").
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.errors import ShegongError
from app.files import check_output, staging
from app.models import Device
from app.models.ids import id_from_bytes, id_to_bytes, uuid7
from app.services.common import now_iso, parse_month
from app.services.devices import self_device
from app.store.database import Database, session_raw
from app.store.file_store import FileStore
from app.store.migrate import SCHEMA_HEAD
from app.sync import bundle_file as bf
from app.sync import spent
from app.sync.export import Rebuilt, bundle_ops, selected_ops
from app.sync.forward import Log, Wanted, plan
from app.sync.hlc import far_ahead_from
from app.sync.keys import (
    age_fingerprint,
    ensure_age_identity,
    load_age_identity,
    load_signing_key,
)
from app.sync.knowledge import holds, local_knowledge
from app.sync.log_store import (
    held_keys,
)
from app.sync.origins import ChainCheck
from app.sync.rights import (
    cuts_by_devno,
    load_authority,
    readable_by,
    readable_each,
)
from app.sync.seal import seal_own

PAUSE_AFTER_WRITE = "SHEGONG_TEST_PAUSE_AFTER_WRITE"  # seconds; tests only


# Attached files one bundle may carry by default (a USB stick, a messaging app's file
# limit); `--attachments-limit` changes it up to what an importer accepts.
DEFAULT_FILES_LIMIT = 500 * 2**20


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    bundle_id: str
    kind: str
    ops: int
    recipients: tuple[str, ...]
    size: int
    files: int = 0  # attached files carried
    files_bytes: int = 0
    files_limit: int = DEFAULT_FILES_LIMIT
    files_absent: int = 0  # attachments carried whose file is not on this laptop
    files_left: bool = False  # a month bundle without its attachments (not asked)


# -- export ---------------------------------------------------------------------------------

def export_bundle(db: Database, out: Path, kind: str = "all", month: str | None = None,
                  for_device: str | None = None, to: list[str] | None = None,
                  attachments: bool | None = None,
                  files_limit: int = DEFAULT_FILES_LIMIT) -> ExportSummary:
    """A bundle of `kind`: "all", "month" (ops arrived here in YYYY-MM) or "delta" (ops
    `for_device` lacks), encrypted to `to` (default: every trusted device; with --for,
    that one) and to this device, with its attachments' files (a month's only when
    `attachments` asks), at most `files_limit` bytes."""
    month_range = _month_range(month) if kind == "month" else None
    with_files = attachments if attachments is not None else kind != "month"
    out = _target(db, out, files_limit)
    me, recipients = _recipients(db, to, for_device)
    key = load_signing_key(db.paths.keys)
    # 1. Under the write lock: take the bundle number, spent in the ledger ('writing'),
    #    and pick the ops; committed before any file exists: a crash leaves a gap.
    with db.raw_write() as conn:
        spent.move_past_spent(conn, db.paths.keys)
        devices = {devno: id_from_bytes(d) for devno, d in
                   conn.execute("SELECT devno, device_id FROM device")}
        peer = _peer_knowledge(conn, for_device) if kind == "delta" else None
        seq, prev_hash = _next_out(conn, db.paths.keys, me["device_id"])
        bundle_id = uuid7()
        writer = bf.OpsWriter(staging(db.paths))  # plaintext: never beside `out`
        try:
            top, manifest, named = _sealed_ops(
                db, conn, writer, kind, month_range, peer, devices,
                [d for d in recipients if d != me["device_id"]])
            files = _files(db, conn, named if with_files else set(), files_limit)
        except BaseException:
            writer.discard()  # rolled back with the transaction: nothing was spent
            raise
        manifest.update(bundle_id=bundle_id, schema=SCHEMA_HEAD, recipients=sorted(
            age_fingerprint(r) for r in recipients.values()))
        summary = {"recipients": sorted(recipients), "month": month, "for": for_device,
                   "file": out.name, "path": str(out), "state": "writing"}
        ledger_id = _start_ledger(conn, bundle_id, me["device_id"], seq, kind, writer.count,
                                  summary)
    # 2. The mark beside the keys, synced, before the numbers can leave in a file: a
    #    restored backup or a copied folder then never reuses them (app.sync.spent).
    spent.raise_spent(db.paths.keys, me["device_id"], 0, seq, top)
    # 3. The file, atomically (temp, fsync, rename).
    header = {"bundle_id": bundle_id, "sender": me["device_id"], "sender_name": me["name"],
              "station": me["station_id"], "station_name": me["station_name"], "seq": seq,
              "prev_sha256": prev_hash, "kind": kind, "month": month, "for": for_device,
              "created_at": now_iso()}
    try:  # the plain copies of the carried files go as soon as the bundle is written
        digest = bf.write_bundle(out, header, manifest, writer, key, list(
            recipients.values()), files.carried, staging(db.paths))
    except BaseException:
        _finish(db, ledger_id, "", {**summary, "state": "lost"})  # the number stays spent
        raise
    finally:
        _remove_copies(files)
    _pause_for_tests()
    # 4. The ledger row is finished: its hash is what the next bundle links to.
    _finish(db, ledger_id, digest, {**summary, "state": "done"})
    return ExportSummary(out, bundle_id, kind, writer.count, tuple(sorted(recipients)),
                         out.stat().st_size, len(files.carried), files.size,
                         files_limit, files.absent, bool(named) and not with_files)


@dataclass(frozen=True)
class _Files:
    carried: list[tuple[str, Path]]
    size: int
    absent: int


def _target(db: Database, out: Path, files_limit: int) -> Path:
    """The bundle's path (app.files.check_output), and a limit an importer accepts."""
    top = bf.MAX_FILES_BYTES // 2**20
    if not 1 <= files_limit <= bf.MAX_FILES_BYTES:
        raise ShegongError(f"The attachments limit must be 1 to {top:,} MB.",
                           f"附件上限应在 1 到 {top:,} MB 之间。")
    return check_output(db.paths, out)


def _files(db: Database, conn: Any, named: set[str], limit: int) -> _Files:
    """The files of the attachments the bundle carries that this laptop holds (a voided
    attachment's file stays behind: a wrong photo spreads no further), within `limit`."""
    store = FileStore(db.paths.attachments)
    carried, absent = [], 0
    for digest in sorted(named):
        live = conn.execute("SELECT 1 FROM attachment WHERE sha256 = ? AND void_reason IS "
                            "NULL LIMIT 1", (digest,)).fetchone()
        if live is None:
            continue
        copy = store.plain_copy(digest, staging(db.paths))
        if copy is not None:
            carried.append((digest, copy))
        else:
            absent += 1
    size = sum(path.stat().st_size for _, path in carried)
    if size > limit:
        _remove_copies(_Files(carried, size, absent))
        raise ShegongError(
            f"The attachments of this bundle come to {size / 2**20:,.1f} MB, more than the "
            f"limit of {limit / 2**20:.3g} MB. Export with a higher limit "
            "(--attachments-limit), or without attachments (--no-attachments). Nothing was "
            "written.",
            f"本同步文件的附件共 {size / 2**20:,.1f} MB，超过 {limit / 2**20:.3g} MB 的上限。"
            "请提高上限（--attachments-limit）或不带附件导出（--no-attachments）。未写入任何文件。")
    return _Files(carried, size, absent)


def _start_ledger(conn: Any, bundle_id: str, device_id: str, seq: int, kind: str,
                  ops: int, summary: dict[str, Any]) -> int:
    """The ledger row of a bundle being written ('writing'): its number is spent."""
    return int(conn.execute(
        "INSERT INTO bundle_ledger (direction, bundle_id, device_id, seq, sha256, kind, "
        "ops, at, summary) VALUES ('out', ?, ?, ?, '', ?, ?, ?, ?)",
        (id_to_bytes(bundle_id), id_to_bytes(device_id), seq, kind, ops, now_iso(),
         json.dumps(summary))).lastrowid)


def _remove_copies(files: _Files) -> None:
    """The plain copies of the carried files (app.store.file_store.plain_copy)."""
    for _, copy in files.carried:
        copy.unlink(missing_ok=True)


def _sealed_ops(db: Database, conn: Any, writer: bf.OpsWriter, kind: str,
                month_range: tuple[int, int] | None, peer: dict[str, Any] | None,
                devices: dict[int, str], recipients: list[str],
                ) -> tuple[dict[str | None, tuple[int, bytes]], dict[str, Any], set[str]]:
    """Seal this laptop's new ops into its logs and write the bundle's ops, in whole
    signed ranges, of the stations every recipient may read: the heads of its logs, the
    manifest's part about the ops, and the files their attachments name."""
    sync = db.sync
    assert sync is not None
    own = (sync.devno, devices[sync.devno])
    # Not its far-future ops (docs/clocks.md): every importer would hold them.
    rebuilt: Rebuilt = {}
    top = seal_own(conn, load_signing_key(db.paths.keys), own, devices,
                   far_ahead_from(sync.clock.wall_ms()),
                   spent.read_spent(db.paths.keys, own[1]), rebuilt)
    starts, wanted = _wanted(conn, kind, month_range, peer, devices)
    authority = load_authority(conn)
    readable = readable_by(conn, authority, recipients)
    if readable is not None:
        starts = {(d, st): first for (d, st), first in starts.items()
                  if (id_from_bytes(st) if st else None) in readable}
    ranges = plan(conn, devices, starts, wanted, cuts_by_devno(conn, authority))
    rows = selected_ops(conn.cursor(), kind, month_range, peer, devices)
    keys = held_keys(conn, {r.device for r in ranges.ranges})
    named: set[str] = set()
    counts = _write_ops(writer, bundle_ops(conn, ranges, rows, devices, rebuilt),
                        ChainCheck(ranges.ranges, keys), named)
    return top, {"knowledge": local_knowledge(conn.cursor()), "counts": counts,
                 "origins": [r.to_json() for r in ranges.ranges],
                 "keys": {d: k.hex() for d, k in keys.items()}}, named


def _write_ops(writer: bf.OpsWriter, ops: Any, check: ChainCheck,
               named: set[str]) -> dict[str, int]:
    """The ops into the writer, each checked against the ranges the manifest will name
    (a bundle this device could not prove is never written); their count per table.
    The files the attachment ops name are added to `named`."""
    counts: dict[str, int] = {}
    for op in ops:
        check.feed(op)
        writer.add(op.line + b"\n")
        counts[op.table] = counts.get(op.table, 0) + 1
        if op.table == "attachment" and op.values.get("sha256"):
            named.add(op.values["sha256"])
    check.finish()
    return counts


def _wanted(conn: Any, kind: str, month_range: tuple[int, int] | None,
            peer: dict[str, Any] | None,
            devices: dict[int, str]) -> tuple[dict[Log, int], Wanted]:
    """Where to start walking each log (device, station), and which ops the bundle is
    meant to carry (app.sync.forward widens them to whole signed ranges)."""
    # Every log with a sealed op here has a signed head here.
    logs = [(d, st) for d, st in conn.execute(
        "SELECT dev, station FROM origin_head GROUP BY dev, station")]
    devno_of = {uid: devno for devno, uid in devices.items()}
    held = {(devno_of[id_from_bytes(d)], st): int(s) for d, st, s in conn.execute(
        "SELECT device_id, station, min(seq) FROM held_op WHERE link IS NOT NULL "
        "GROUP BY device_id, station") if id_from_bytes(d) in devno_of}
    if kind == "month":
        assert month_range is not None
        lo, hi = month_range
        month = dt.datetime.fromtimestamp(lo, dt.UTC).strftime("%Y-%m")
        starts = {(d, st): int(s) for d, st, s in conn.execute(
            "SELECT dev, station, min(seq) FROM sync_op WHERE arrived_at >= ? AND "
            "arrived_at < ? AND link IS NOT NULL GROUP BY dev, station", month_range)}
        for log, first in held.items():
            starts[log] = min(first, starts.get(log, first))
        return starts, lambda _, row: (lo <= row[5] < hi) if row[6] is None \
            else str(row[5]).startswith(month)
    if kind == "delta":
        assert peer is not None
        return ({(d, st): _first_missing(peer.get(devices[d], [])) for d, st in logs},
                lambda d, row: not holds(peer.get(devices[d], []), row[0]))
    return {log: 1 for log in logs}, lambda _, row: True


def _first_missing(ranges: list[list[int]]) -> int:
    """The first op number a peer's knowledge of one origin does not cover."""
    return ranges[0][1] + 1 if ranges and ranges[0][0] <= 1 else 1


def _finish(db: Database, ledger_id: int | None, digest: str,
            summary: dict[str, Any]) -> None:
    with db.raw_write() as conn:
        conn.execute("UPDATE bundle_ledger SET sha256 = ?, summary = ? WHERE id = ?",
                     (digest, json.dumps(summary), ledger_id))


def _pause_for_tests() -> None:
    """A test-only pause point between writing a bundle file and finishing its ledger row,
    so a test can kill the exporter exactly there (tests/test_restore_sync.py)."""
    pause = os.environ.get(PAUSE_AFTER_WRITE)
    if pause:
        time.sleep(float(pause))


def _recipients(db: Database, to: list[str] | None,
                for_device: str | None) -> tuple[dict[str, Any], dict[str, str]]:
    ensure_age_identity(db.paths.keys)
    with db.read() as s:
        me = self_device(s)
        if not me.age_recipient:
            me.age_recipient = str(load_age_identity(db.paths.keys).to_public())
        trusted = {d.device_id: d for d in s.scalars(select(Device).where(
            Device.trusted.is_(True), Device.is_self.is_(False),
            Device.revoked_at.is_(None)))}
        wanted = list(to or ([for_device] if for_device else
                             _readers_of(s, me.station_id, trusted)))
        recipients = {me.device_id: me.age_recipient}
        for device_id in wanted:
            device = trusted.get(device_id)
            if device is None or not device.age_recipient:
                raise ShegongError(
                    f"The device {device_id} is not trusted here; trust its card first "
                    "(shegong keys trust CARD).",
                    f"本机未信任设备 {device_id}，请先信任其名片（shegong keys trust 名片文件）。")
            recipients[device_id] = device.age_recipient
        info = {"device_id": me.device_id, "name": me.name, "station_id": me.station_id,
                "station_name": me.station_name}
    return info, recipients


def _readers_of(s: Any, station: str | None, trusted: dict[str, Device]) -> list[str]:
    """By default a bundle goes to the trusted devices that may read this laptop's
    station (its laptops, its county office, its supervisors; docs/roles.md): a laptop
    of another station gets one only when named with --to."""
    conn = session_raw(s)
    readable = readable_each(conn, load_authority(conn), list(trusted))
    return [d for d, theirs in readable.items() if theirs is None or station in theirs]


def _next_out(conn: Any, keys: Path, device_id: str) -> tuple[int, str]:
    """The next bundle number, past every number in the ledger and past the mark beside
    the keys (a restored database has forgotten what it sent), and the hash of the
    previous bundle ("" when it was not finished: a crash, or a restore)."""
    _settle_unfinished(conn)
    row = conn.execute("SELECT seq, sha256 FROM bundle_ledger WHERE direction = 'out' "
                       "ORDER BY seq DESC LIMIT 1").fetchone()
    last, prev = (int(row[0]), str(row[1])) if row else (0, "")
    mark = spent.read_spent(keys, device_id)
    if mark is not None and mark.bundle_seq > last:
        return mark.bundle_seq + 1, ""
    return last + 1, prev


def _settle_unfinished(conn: Any) -> None:
    """A bundle whose file was written but whose ledger row was not finished (the exporter
    died in between): its hash is taken from the file if it is still where it was
    written and is that bundle; otherwise the number stays spent and unlinked."""
    rows = conn.execute("SELECT id, bundle_id, summary FROM bundle_ledger WHERE "
                        "direction = 'out' AND sha256 = ''").fetchall()
    for ledger_id, bundle_id, text in rows:
        summary = json.loads(text) if text else {}
        if summary.get("state") != "writing":  # read here: JSON paths differ by engine
            continue
        digest = _finished_file(Path(summary.get("path") or ""), id_from_bytes(bundle_id))
        conn.execute("UPDATE bundle_ledger SET sha256 = ?, summary = ? WHERE id = ?",
                     (digest, json.dumps({**summary, "state": "done" if digest
                                                 else "lost"}), ledger_id))


def _finished_file(path: Path, bundle_id: str) -> str:
    try:
        if path.is_file() and bf.read_header(path).fields.get("bundle_id") == bundle_id:
            return bf.sha256_file(path)
    except (OSError, ShegongError):
        pass
    return ""


def _peer_knowledge(conn: Any, device_id: str | None) -> dict[str, Any]:
    if not device_id:
        raise ShegongError("Name the device the bundle is for: --for DEVICE_ID.",
                           "请用 --for 设备编号 指定接收设备。")
    row = conn.execute("SELECT knowledge FROM peer_knowledge WHERE device_id = ?",
                       (id_to_bytes(device_id),)).fetchone()
    return json.loads(row[0]) if row else {}


def _month_range(month: str | None) -> tuple[int, int]:
    """The month's first second and the next month's, as UTC timestamps."""
    first, last = parse_month(month)
    start = dt.datetime.combine(first, dt.time.min, tzinfo=dt.UTC)
    return int(start.timestamp()), int((start + dt.timedelta(days=last.day)).timestamp())
