"""Use case: import bundles (the export is app.services.sync).

An import works on one raw connection inside one write transaction (Database.raw_write):
it applies completely or not at all (a crash, a kill or a refusal mid-way rolls back).
"""

from __future__ import annotations

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
from app.files import staging
from app.models import BundleRecord, Device
from app.models.ids import id_to_bytes, is_uuid
from app.services.common import now_iso
from app.services.devices import self_device
from app.store.database import Database
from app.store.file_store import FileStore
from app.store.migrate import SCHEMA_HEAD
from app.sync import bundle_file as bf
from app.sync import spent
from app.sync.admit import OpGate, check_declared
from app.sync.checker import AsideCheck, check_aside
from app.sync.held import release_due
from app.sync.keys import (
    age_fingerprint,
    load_age_identity,
)
from app.sync.log_store import (
    check_counts,
    check_forks,
    device_names,
    learn_keys,
    origin_keys,
    store_heads,
)
from app.sync.merge import Merger, MergeStats
from app.sync.origins import ChainCheck, Equivocation, parse_ranges
from app.sync.retract import retract_after
from app.sync.rights import (
    check_written,
    keep_cut_heads,
    revoked_now,
)
from app.sync.wire import WireOp, decode, read_op

# Tests only: a file the import creates, then waits, once 5,000 ops are merged, so a test
# can kill it inside its transaction whatever the machine's speed.
PAUSE_IN_MERGE = "SHEGONG_TEST_PAUSE_IN_MERGE"


class Cancelled(Exception):
    """The person cancelled an import; the transaction was rolled back."""


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
    files: int = 0  # attached files it brought that this laptop did not have

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
        line += f" clock-warnings {warn}"
        return line + (f" attachments {self.files}" if self.files else "")


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
    device, key, own_id = _trusted_sender(db, sender)
    bf.check_header(path, header, key)
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
    with tempfile.TemporaryDirectory(dir=staging(db.paths), prefix="import-") as tmp:
        plain = bf.decrypt_payload(path, header, load_age_identity(db.paths.keys), Path(tmp))
        manifest, offset = bf.read_manifest(plain, key)
        _check_manifest(manifest, fields, db)
        total = int(fields.get("op_count", 0))
        size = plain.stat().st_size
        end = bf.ops_end(manifest, offset, size)
        # Every file's hash checked before any op is merged (caps before reading).
        files = bf.stage_files(plain, end or size,
                               bf.declared_files(manifest, end or size, size), Path(tmp))
        lines = bf.op_lines(plain, offset, int(manifest["ops_bytes"]), end)
        aside = check_aside(plain, offset, int(manifest["ops_bytes"]), total, end)
        try:
            stats, released = _merge(db, path, lines, fields, manifest, digest, total,
                                     progress, cancelled, own_id, aside,
                                     [d for d, _ in files])
        except Equivocation as exc:
            _keep_evidence(db, path, sender, exc)
            raise
        summary.files = _keep_files(db, files)
    return _summed(summary, stats, released)


def _keep_files(db: Database, files: list[tuple[str, Path]]) -> int:
    """The bundle's files into this laptop's store, once its ops are committed: a file is
    taken only when an attachment here names it (checked in the transaction)."""
    store = FileStore(db.paths.attachments)
    new = 0
    for digest, staged in files:
        if store.status(digest) != "ok":
            store.adopt(digest, staged)
            new += 1
    return new


def _named_files(conn: Any, files: list[str]) -> None:
    """Inside the import's transaction: each file the bundle carries is named by an
    attachment (of this bundle or held before); a file nothing names is refused."""
    for digest in files:
        if conn.execute("SELECT 1 FROM attachment WHERE sha256 = ? LIMIT 1",
                        (digest,)).fetchone() is None:
            raise bf.refused("carries a file that no attachment names",
                             "含有任何附件记录都未引用的文件")


def _trusted_sender(db: Database, sender: str) -> tuple[Device, bytes, str]:
    """The sender's device row and signing key, if this computer trusts it, and this
    device's id."""
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
    return device, device.sign_public_key, own_id


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
           own_id: str, aside: AsideCheck | None,
           files: list[str]) -> tuple[MergeStats, MergeStats]:
    """The bundle's ops merged, after the ops held earlier whose time has come: the
    bundle's stats and the released ones'. With `aside`, the ops are checked in the
    helper process, whose refusal comes first: before anything commits and in place of
    any error the unchecked ops caused here."""
    if aside is None:
        return _merge_checked(db, path, lines, fields, manifest, digest, total, progress,
                              cancelled, own_id, decode, lambda: None, files)
    read = 0

    def counted() -> Any:
        nonlocal read
        for line in lines:
            read += 1
            yield line

    def passed() -> None:
        if (refusal := aside.refusal()) is not None:
            raise refusal

    try:
        return _merge_checked(db, path, counted(), fields, manifest, digest, total,
                              progress, cancelled, own_id, read_op, passed, files)
    except Exception as exc:
        if isinstance(exc, Cancelled):
            aside.cancel()
        elif (refusal := aside.refusal(read)) is not None:
            raise refusal from exc
        raise


def _merge_checked(db: Database, path: Path, lines: Any, fields: dict[str, Any],
                   manifest: dict[str, Any], digest: str, total: int,
                   progress: Callable[[int, int], None] | None,
                   cancelled: Callable[[], bool] | None, own_id: str,
                   read: Callable[[bytes, int], WireOp],
                   passed: Callable[[], None],
                   files: list[str]) -> tuple[MergeStats, MergeStats]:
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
            op = read(line, number)
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
        _named_files(conn, files)
        if fields["sender"] != own_id:
            _record_sender(conn, path, fields, manifest, digest, stats, now)
        passed()
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
