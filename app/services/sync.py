"""Use cases of the bundle exchange: export a bundle, import bundles.

An import works on one raw connection inside one write transaction (Database.raw_write):
it applies completely or not at all (a crash, a kill or a refusal mid-way rolls back).
An export commits its bundle number (a ledger row in state 'writing') and raises the
spent mark beside the keys BEFORE it writes the file, then finishes the row: a crash in
between leaves a gap in the numbers, which every importer accepts, never a number used
twice (docs/bundle-format.md, "Sequence numbers").
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.errors import BundleRefused, ShegongError
from app.models import BundleRecord, Device
from app.models.ids import id_from_bytes, id_to_bytes, is_uuid, uuid7
from app.services.common import now_iso, parse_month
from app.services.devices import self_device
from app.store.database import Database, session_raw
from app.store.migrate import SCHEMA_HEAD
from app.sync import bundle_file as bf
from app.sync import spent
from app.sync.admit import OpGate, check_declared
from app.sync.export import Rebuilt, bundle_ops, selected_ops
from app.sync.forward import Log, Wanted, plan
from app.sync.held import release_due
from app.sync.hlc import far_ahead_from
from app.sync.keys import (
    age_fingerprint,
    ensure_age_identity,
    load_age_identity,
    load_signing_key,
)
from app.sync.knowledge import holds, local_knowledge
from app.sync.log_store import (
    check_counts,
    check_forks,
    device_names,
    held_keys,
    learn_keys,
    origin_keys,
    store_heads,
)
from app.sync.merge import Merger, MergeStats
from app.sync.origins import ChainCheck, Equivocation, parse_ranges
from app.sync.retract import retract_after
from app.sync.rights import (
    check_written,
    cuts_by_devno,
    keep_cut_heads,
    load_authority,
    readable_by,
    readable_each,
    revoked_now,
)
from app.sync.seal import seal_own
from app.sync.wire import decode

PAUSE_AFTER_WRITE = "SHEGONG_TEST_PAUSE_AFTER_WRITE"  # seconds; tests only
# Tests only: a file the import creates, then waits, once 5,000 ops are merged, so a test
# can kill it inside its transaction whatever the machine's speed.
PAUSE_IN_MERGE = "SHEGONG_TEST_PAUSE_IN_MERGE"


class Cancelled(Exception):
    """The person cancelled an import; the transaction was rolled back."""


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    bundle_id: str
    kind: str
    ops: int
    recipients: tuple[str, ...]
    size: int


@dataclass
class ImportSummary:
    path: Path
    bundle_id: str = ""
    sender: str = ""
    sender_name: str = ""
    station: str = ""
    ops: int = 0
    applied: int = 0
    known: int = 0
    superseded: int = 0
    conflicts: int = 0
    clock_warnings: dict[str, int] = field(default_factory=dict)  # device -> hours ahead
    held: int = 0  # ops more than 24 h ahead of this computer's clock: kept aside
    held_by: dict[str, int] = field(default_factory=dict)  # device -> ops held
    released: int = 0  # ops held by earlier imports, merged now that their time came
    retracted: int = 0  # ops of a laptop revoked in this bundle, past its cut: taken out
    already_imported: bool = False

    def line(self) -> str:
        if self.already_imported:
            return (f"{self.path.name}: bundle {self.bundle_id} from {self.sender_name} "
                    "was already imported; nothing changed")
        warn = ", ".join(f"{d} {h} h ahead" for d, h in self.clock_warnings.items()) or "none"
        line = (f"{self.path.name}: bundle {self.bundle_id} sender {self.sender_name} "
                f"({self.sender}) station {self.station} ops {self.ops} applied "
                f"{self.applied} already-known {self.known} superseded {self.superseded} "
                f"conflicts {self.conflicts} held {self.held}")
        if self.held:
            why = ", ".join(f"{n} from {d} {self.clock_warnings.get(d, 0) // 24} days ahead"
                            for d, n in self.held_by.items())
            line += (f" (dated more than 24 h ahead of this computer's clock, kept aside "
                     f"and not applied: {why}; that laptop's date needs setting right, "
                     "then `shegong clock repair` on it)")
        if self.released:
            line += f" released {self.released} (held before; their time has come)"
        if self.retracted:
            line += (f" retracted {self.retracted} (made by a laptop after it was revoked; "
                     "taken back out)")
        return line + f" clock-warnings {warn}"


# -- export ---------------------------------------------------------------------------------

def export_bundle(db: Database, out: Path, kind: str = "all", month: str | None = None,
                  for_device: str | None = None, to: list[str] | None = None) -> ExportSummary:
    """Write a bundle of `kind`: "all", "month" (ops that arrived here in YYYY-MM) or
    "delta" (ops `for_device` has not acknowledged). Encrypted to `to` (default: every
    trusted device; with --for, that device) and always to this device itself."""
    month_range = _month_range(month) if kind == "month" else None
    me, recipients = _recipients(db, to, for_device)
    out = out.resolve()
    if not out.parent.is_dir():
        raise ShegongError(f"The folder {out.parent} does not exist.",
                           f"文件夹 {out.parent} 不存在。")
    key = load_signing_key(db.paths.keys)
    # 1. Under the write lock: take the bundle number and mark it spent in the ledger
    #    ('writing'), and pick the ops; committed before any file exists, so a crash
    #    from here on leaves a gap in the numbers, never a number used twice.
    with db.raw_write() as conn:
        spent.move_past_spent(conn, db.paths.keys)
        devices = {devno: id_from_bytes(d) for devno, d in
                   conn.execute("SELECT devno, device_id FROM device")}
        peer = _peer_knowledge(conn, for_device) if kind == "delta" else None
        seq, prev_hash = _next_out(conn, db.paths.keys, me["device_id"])
        bundle_id = uuid7()
        writer = bf.OpsWriter(out.parent)
        top, manifest = _sealed_ops(db, conn, writer, kind, month_range, peer, devices,
                                    [d for d in recipients if d != me["device_id"]])
        manifest.update(bundle_id=bundle_id, schema=SCHEMA_HEAD, recipients=sorted(
            age_fingerprint(r) for r in recipients.values()))
        summary = {"recipients": sorted(recipients), "month": month, "for": for_device,
                   "file": out.name, "path": str(out), "state": "writing"}
        ledger_id = conn.execute(
            "INSERT INTO bundle_ledger (direction, bundle_id, device_id, seq, sha256, kind, "
            "ops, at, summary) VALUES ('out', ?, ?, ?, '', ?, ?, ?, ?)",
            (id_to_bytes(bundle_id), id_to_bytes(me["device_id"]), seq, kind,
             writer.count, now_iso(), json.dumps(summary))).lastrowid
    # 2. The mark beside the keys, synced, before the numbers can leave in a file: a
    #    restored backup or a copied folder then never reuses them (app.sync.spent).
    spent.raise_spent(db.paths.keys, me["device_id"], 0, seq, top)
    # 3. The file, atomically (temp, fsync, rename).
    header = {"bundle_id": bundle_id, "sender": me["device_id"],
              "sender_name": me["name"], "station": me["station_id"],
              "station_name": me["station_name"], "seq": seq,
              "prev_sha256": prev_hash, "kind": kind, "month": month,
              "for": for_device, "created_at": now_iso()}
    try:
        digest = bf.write_bundle(out, header, manifest, writer, key,
                                 list(recipients.values()))
    except BaseException:
        _finish(db, ledger_id, "", {**summary, "state": "lost"})  # the number stays spent
        raise
    _pause_for_tests()
    # 4. The ledger row is finished: its hash is what the next bundle links to.
    _finish(db, ledger_id, digest, {**summary, "state": "done"})
    return ExportSummary(out, bundle_id, kind, writer.count, tuple(sorted(recipients)),
                         out.stat().st_size)


def _sealed_ops(db: Database, conn: Any, writer: bf.OpsWriter, kind: str,
                month_range: tuple[int, int] | None, peer: dict[str, Any] | None,
                devices: dict[int, str], recipients: list[str],
                ) -> tuple[dict[str | None, tuple[int, bytes]], dict[str, Any]]:
    """Seal this laptop's new ops into its logs and write the bundle's ops, in whole
    signed ranges, of the stations every recipient may read: the heads of its logs and
    the manifest's part about the ops."""
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
    counts = _write_ops(writer, bundle_ops(conn, ranges, rows, devices, rebuilt),
                        ChainCheck(ranges.ranges, keys))
    return top, {"knowledge": local_knowledge(conn.cursor()), "counts": counts,
                 "origins": [r.to_json() for r in ranges.ranges],
                 "keys": {d: k.hex() for d, k in keys.items()}}


def _write_ops(writer: bf.OpsWriter, ops: Any, check: ChainCheck) -> dict[str, int]:
    """The ops into the writer, each checked against the ranges the manifest will name
    (a bundle this device could not prove is never written); their count per table."""
    counts: dict[str, int] = {}
    for op in ops:
        check.feed(op)
        writer.add(op.line + b"\n")
        counts[op.table] = counts.get(op.table, 0) + 1
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


# -- import ---------------------------------------------------------------------------------

BUNDLE_SUFFIX = ".shegong"


def bundle_files(paths: list[Path]) -> list[Path]:
    """The files to import: each file as given, and each folder's *.shegong files by
    name (a county's month arrives as a folder of them)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir()
                           if p.suffix == BUNDLE_SUFFIX and p.is_file())
            if not found:
                raise ShegongError(
                    f"The folder {path} holds no sync file (*{BUNDLE_SUFFIX}); nothing was "
                    "imported.",
                    f"文件夹 {path} 中没有同步文件（*{BUNDLE_SUFFIX}），未导入任何数据。")
            out += found
        else:
            out.append(path)
    return out


def import_bundle(db: Database, path: Path,
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> ImportSummary:
    """Verify, decrypt, check and merge one bundle in one transaction."""
    summary = ImportSummary(path=path)
    header = bf.read_header(path)
    fields = header.fields
    sender = fields.get("sender")
    if not is_uuid(sender):
        sender = ""  # no device has it: refused as untrusted below
    with db.read() as s:
        device = s.scalar(select(Device).where(Device.device_id == sender)) if sender else None
        own_id = self_device(s).device_id
    if device is None or not device.sign_public_key:
        raise BundleRefused(
            "The bundle comes from a device this computer does not trust; trust its card "
            "first (read its fingerprint over the phone). Nothing was imported.",
            "该同步文件来自本机未信任的设备，请先核对指纹并信任其名片。未导入任何数据。")
    if device.revoked_at:
        raise BundleRefused(
            f"The device {device.name} was revoked on {device.revoked_at[:10]}; its bundles "
            "are refused. Nothing was imported.",
            f"设备“{device.name}”已于 {device.revoked_at[:10]} 被撤销，"
            "拒绝其同步文件。未导入任何数据。")
    if not device.trusted and not device.is_self:
        raise BundleRefused(
            "The bundle comes from a device this computer does not trust. Nothing was "
            "imported.", "该同步文件来自本机未信任的设备。未导入任何数据。")
    bf.check_header(path, header, device.sign_public_key)
    summary.bundle_id, summary.sender = fields["bundle_id"], sender
    summary.sender_name, summary.station = fields.get("sender_name", ""), \
        fields.get("station_name", "")
    digest = bf.sha256_file(path)
    with db.read() as s:
        seen = s.execute(select(BundleRecord.sha256).where(
            BundleRecord.direction == "in", BundleRecord.device_id == sender,
            BundleRecord.seq == fields["seq"])).scalar()
    if seen == digest or (device.is_self and _already_sent(db, fields, digest)):
        summary.already_imported = True
        return summary
    if seen is not None:
        # Both files carry the sender's signature: it numbered two bundles alike.
        exc = Equivocation.of_bundles(sender, device.name or sender, fields["seq"],
                                      {"what": "bundle", "held_sha256": seen,
                                       "incoming_sha256": digest})
        _keep_evidence(db, path, sender, exc)
        raise exc
    with tempfile.TemporaryDirectory(dir=db.paths.data, prefix=".import-") as tmp:
        plain = bf.decrypt_payload(path, header, load_age_identity(db.paths.keys), Path(tmp))
        manifest, offset = bf.read_manifest(plain, device.sign_public_key)
        _check_manifest(manifest, fields, db)
        total = int(fields.get("op_count", 0))
        lines = bf.op_lines(plain, offset, int(manifest["ops_bytes"]))
        try:
            stats, released = _merge(db, path, lines, fields, manifest, digest, total,
                                     progress, cancelled, own_id)
        except Equivocation as exc:
            _keep_evidence(db, path, sender, exc)
            raise
    return _summed(summary, stats, released)


def _origins(conn: Any, manifest: dict[str, Any]) -> tuple[ChainCheck, dict[str, bytes]]:
    """The signed ranges of the origins' logs the bundle carries, each signature checked,
    and none contradicting the logs held here (app.sync.origins)."""
    ranges = parse_ranges(manifest.get("origins"))
    keys = origin_keys(conn, ranges, manifest.get("keys"))
    names = device_names(conn)
    check = ChainCheck(ranges, keys, names)
    check_forks(conn, ranges, names)
    return check, keys


def _keep_evidence(db: Database, path: Path, sender: str, exc: Equivocation) -> None:
    """The import was rolled back; the proof that a device signed two histories stays."""
    with db.raw_write() as conn:
        conn.execute(
            "INSERT INTO equivocation (device_id, seq, detected_at, bundle_file, sender_id, "
            "evidence) VALUES (?, ?, ?, ?, ?, ?)",
            (id_to_bytes(exc.device), exc.seq, now_iso(), str(path)[:260],
             id_to_bytes(sender) if is_uuid(sender) else None, json.dumps(exc.evidence)))


def _summed(summary: ImportSummary, stats: MergeStats, released: MergeStats) -> ImportSummary:
    summary.ops, summary.applied, summary.known = stats.ops, stats.applied, stats.known
    summary.superseded, summary.conflicts = stats.superseded, stats.conflicts
    summary.clock_warnings = {d: ms // 3_600_000 for d, ms in stats.ahead.items()}
    summary.held, summary.held_by = stats.held, dict(stats.held_by)
    summary.released = released.applied + released.superseded
    summary.retracted = stats.retracted
    return summary


def _already_sent(db: Database, fields: dict[str, Any], digest: str) -> bool:
    with db.read() as s:
        return s.execute(select(BundleRecord.sha256).where(
            BundleRecord.direction == "out", BundleRecord.seq == fields["seq"])).scalar() \
            == digest


def _check_manifest(manifest: dict[str, Any], fields: dict[str, Any], db: Database) -> None:
    if manifest.get("bundle_id") != fields.get("bundle_id"):
        raise bf.refused("has a manifest from another bundle", "清单与文件头不属于同一文件")
    mine = age_fingerprint(str(load_age_identity(db.paths.keys).to_public()))
    recipients = manifest.get("recipients")
    if not isinstance(recipients, list) or mine not in recipients:
        raise BundleRefused(
            "The bundle was not made for this device by its sender (it was re-encrypted "
            "by someone else). Nothing was imported.",
            "发送方并未把该同步文件发给本机（文件被他人重新加密过）。未导入任何数据。")
    schema = manifest.get("schema")
    if not isinstance(schema, str) or schema > SCHEMA_HEAD:
        raise BundleRefused(
            f"The bundle holds data of a newer Shegong (schema {schema}); update Shegong "
            "to import it. Nothing was imported.",
            f"该同步文件包含更新版本的数据（结构 {schema}），"
            "请升级社工站助手后再导入。未导入任何数据。")
    check_declared(fields, manifest)


def _merge(db: Database, path: Path, lines: Any, fields: dict[str, Any],
           manifest: dict[str, Any], digest: str, total: int,
           progress: Callable[[int, int], None] | None,
           cancelled: Callable[[], bool] | None,
           own_id: str) -> tuple[MergeStats, MergeStats]:
    """The bundle's ops merged, after the ops held earlier whose time has come: the
    bundle's stats and the released ones'."""
    sync = db.sync
    assert sync is not None
    now = now_iso()

    def ops(check: ChainCheck) -> Any:
        for number, line in enumerate(lines, 1):
            if number > total:
                raise bf.refused("holds more operations than it declared", "操作数量多于声明")
            if cancelled is not None and number % 1000 == 0 and cancelled():
                raise Cancelled()
            if number == 5000 and (marker := os.environ.get(PAUSE_IN_MERGE)):
                Path(marker).touch()
                time.sleep(60)
            op = decode(line, number)
            check.feed(op)
            yield op

    with db.raw_write(cache_kib=65536) as conn:  # 64 MB: fast, and well under budget
        wall = sync.clock.wall_ms()
        released = release_due(conn, wall, now)
        merger = Merger(conn, wall, now, (lambda n: progress(n, total)) if progress else None,
                        bundle_id=fields["bundle_id"])
        mark = spent.read_spent(db.paths.keys, own_id)
        gate = OpGate(conn, returning_up_to=mark.op_seq if mark else 0)
        check, keys = _origins(conn, manifest)
        stats = merger.merge(gate.admit(ops(check)))
        check.finish()
        check_counts(conn, check.ranges(), merger.names)
        store_heads(conn, check.ranges())
        learn_keys(conn, keys)
        authority = check_written(conn, merger.written, own_id, merger.names)
        keep_cut_heads(conn, merger.written)
        for device, cut in revoked_now(authority, merger.written).items():
            # what this laptop applied of it past the cut, before the revocation came
            stats.retracted += retract_after(conn, device, cut, wall, now)
        if stats.ops != total:
            raise bf.refused("holds fewer operations than it declared", "操作数量少于声明")
        # Only clocks of ops applied: a held op's is more than 24 h ahead and never seen.
        sync.clock.observe(max(stats.max_hlc, released.max_hlc))
        conn.execute("UPDATE sync_clock SET hlc = ? WHERE id = 1 AND hlc < ?",
                     (sync.clock.last, sync.clock.last))
        for device, ms in stats.ahead.items():
            conn.execute("INSERT INTO clock_warning (device_id, ahead_ms, seen_at) "
                         "VALUES (?, ?, ?) ON CONFLICT (device_id) DO UPDATE SET "
                         "ahead_ms = excluded.ahead_ms, seen_at = excluded.seen_at",
                         (id_to_bytes(device), ms, now))
        if fields["sender"] != own_id:
            _record_sender(conn, path, fields, manifest, digest, stats, now)
    return stats, released


def _record_sender(conn: Any, path: Path, fields: dict[str, Any], manifest: dict[str, Any],
                   digest: str, stats: MergeStats, now: str) -> None:
    """What the sender said it holds (for --for), and the bundle in the ledger."""
    sender = fields["sender"]
    conn.execute(
        "INSERT INTO peer_knowledge (device_id, knowledge, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (device_id) DO UPDATE SET knowledge = excluded.knowledge, "
        "updated_at = excluded.updated_at",
        (id_to_bytes(sender), json.dumps(manifest["knowledge"]), now))
    conn.execute(
        "INSERT INTO bundle_ledger (direction, bundle_id, device_id, seq, sha256, "
        "kind, ops, at, summary) VALUES ('in', ?, ?, ?, ?, ?, ?, ?, ?)",
        (id_to_bytes(fields["bundle_id"]), id_to_bytes(sender), fields["seq"], digest,
         str(fields.get("kind", "")), stats.ops, now,
         json.dumps({"applied": stats.applied, "known": stats.known,
                     "superseded": stats.superseded, "held": stats.held,
                     "conflicts": stats.conflicts, "file": path.name})))
