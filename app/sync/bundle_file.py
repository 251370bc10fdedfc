"""The bundle file: one file, no archive. See docs/bundle-format.md (the normative text).

    magic     "SHEGONG-BUNDLE\n"
    header    u32 length + canonical JSON (readable without decrypting)
    signature u32 length (64) + Ed25519 over magic + header bytes
    payload   u64 length + age ciphertext, to the end of the file

    plaintext of the payload:
    manifest  u32 length + canonical JSON (recipients, knowledge, counts, sizes)
    signature u32 length (64) + Ed25519 over the manifest bytes
    ops       zlib stream of JSON lines (app.sync.wire), `ops_zlib` bytes long
    files     the attached files named in the manifest (`files`: [sha256, size]), one
              after another, to the end

Writing streams through temporary files; reading checks every length against the file
before trusting it and inflates with a ceiling, so memory stays flat and a bomb is
stopped at the size the signed manifest declared.
"""

from __future__ import annotations

import hashlib
import json
import struct
import tempfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519

from app.errors import BundleRefused
from app.files import atomic_output
from app.models.rules import ATTACHMENT_MAX_BYTES
from app.sync.keys import verify

MAGIC = b"SHEGONG-BUNDLE\n"
FORMAT_VERSION = 2  # 2: ops proven by their origin's signed log (app.sync.origins)
MAX_HEADER = 64 * 1024
# The manifest is mostly the sender's knowledge: 10,000 devices with a few runs each fit
# in 2 MiB; parsing the largest allowed stays far below 100 MB of memory.
MAX_MANIFEST = 2 * 1024 * 1024
MAX_OPS_BYTES = 8 * 1024**3  # absolute ceiling of the inflated ops, whatever is declared
# The longest legal op (a case record with every text field full of 4-byte characters,
# every field with its previous clock) is under 64 KiB; twice that leaves room for new
# columns. tests/sync/test_caps.py checks the bound against the schema.
MAX_OP_LINE = 128 * 1024
CHUNK = 1 << 20
# Attached files (docs/bundle-format.md, "Files"): each at most the size any record may
# name, at most one per attachment op, and never more in all than an export may write.
MAX_FILES = 10_000
MAX_FILES_BYTES = 2 * 1024**3
INFLATE_STEP = 256 * 1024  # inflated bytes per step: a long line is caught early


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


@dataclass(frozen=True)
class Header:
    raw: bytes
    fields: dict[str, Any]
    signature: bytes
    payload_offset: int
    payload_length: int

    def __getitem__(self, key: str) -> Any:
        return self.fields[key]


# -- writing ----------------------------------------------------------------------------

class OpsWriter:
    """Compresses op lines into a temporary file while counting them."""

    def __init__(self, folder: Path) -> None:
        self.file = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed by close()
            dir=folder, prefix=".ops-", delete=False)
        self.zip = zlib.compressobj(6)
        self.count = 0
        self.raw_bytes = 0

    def add(self, line: bytes) -> None:
        self.count += 1
        self.raw_bytes += len(line)
        self.file.write(self.zip.compress(line))

    def close(self) -> Path:
        self.file.write(self.zip.flush())
        self.file.close()
        return Path(self.file.name)


    def discard(self) -> None:
        self.file.close()
        Path(self.file.name).unlink(missing_ok=True)


def write_bundle(out: Path, header: dict[str, Any], manifest: dict[str, Any],
                 ops: OpsWriter, key: Ed25519PrivateKey, recipients: list[str],
                 files: Sequence[tuple[str, Path]] = (), work: Path | None = None) -> str:
    """Seal and write the file atomically; returns its SHA-256 (hex). `files` are the
    attached files it carries: (SHA-256, where the file is), checked as they are read.
    The plaintext is staged in `work` (the sender's private folder), never beside `out`:
    only ciphertext reaches a USB stick, even from a killed export."""
    folder = work or Path(ops.file.name).parent
    ops_path = ops.close()
    plain = ciphertext = None
    try:
        sizes = [(digest, path.stat().st_size) for digest, path in files]
        manifest = {**manifest, "op_count": ops.count, "ops_bytes": ops.raw_bytes,
                    "ops_zlib": ops_path.stat().st_size,
                    "files": [[digest, size] for digest, size in sizes]}
        manifest_raw = canonical(manifest)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".plain-", delete=False) as fh:
            plain = Path(fh.name)
            _section(fh, manifest_raw)
            _section(fh, key.sign(manifest_raw))
            with open(ops_path, "rb") as src:
                while block := src.read(CHUNK):
                    fh.write(block)
            for (file_digest, source), (_, size) in zip(files, sizes, strict=True):
                _copy_checked(source, fh, file_digest, size)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".age-", delete=False) as fh:
            ciphertext = Path(fh.name)
            with open(plain, "rb") as src:
                pyrage.encrypt_io(src, fh, [x25519.Recipient.from_str(r) for r in recipients])
        digest = sha256_file(ciphertext)
        header = {**header, "format": FORMAT_VERSION, "op_count": ops.count,
                  "payload_length": ciphertext.stat().st_size, "payload_sha256": digest}
        header_raw = canonical(header)
        with atomic_output(out) as fh:  # a full USB stick leaves no half bundle behind
            fh.write(MAGIC)
            _section(fh, header_raw)
            _section(fh, key.sign(MAGIC + header_raw))
            fh.write(struct.pack(">Q", ciphertext.stat().st_size))
            with open(ciphertext, "rb") as src:
                while block := src.read(CHUNK):
                    fh.write(block)
        return sha256_file(out)
    finally:
        for path in (ops_path, plain, ciphertext):
            if path is not None:
                path.unlink(missing_ok=True)


def _copy_checked(path: Path, out: IO[bytes], digest: str, size: int) -> None:
    """A stored file into the bundle; one damaged on this disk is never sent as if whole."""
    check = hashlib.sha256()
    with open(path, "rb") as src:
        while block := src.read(CHUNK):
            check.update(block)
            out.write(block)
    if check.hexdigest() != digest or path.stat().st_size != size:
        raise BundleRefused(
            f"The attached file {digest[:12]}… is damaged on this laptop; export without "
            "attachments, or restore it from a backup first.",
            f"本机的附件文件 {digest[:12]}… 已损坏；请不带附件导出，或先从备份恢复。")


def _section(fh: IO[bytes], data: bytes) -> None:
    fh.write(struct.pack(">I", len(data)))
    fh.write(data)


def sha256_file(path: Path, start: int = 0) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        fh.seek(start)
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


# -- reading ----------------------------------------------------------------------------

def read_header(path: Path) -> Header:
    """The signed header, with every length checked against the file. No decryption."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            if fh.read(len(MAGIC)) != MAGIC:
                raise refused("is not a Shegong bundle", "不是社工站助手的同步文件")
            raw = _read_section(fh, MAX_HEADER, size)
            signature = _read_section(fh, 64, size)
            length_bytes = fh.read(8)
            if len(signature) != 64 or len(length_bytes) != 8:
                raise truncated()
            payload_length = struct.unpack(">Q", length_bytes)[0]
            offset = fh.tell()
    except OSError as exc:
        raise BundleRefused(f"The bundle {path} cannot be read ({exc.strerror}).",
                            f"无法读取同步文件 {path}（{exc.strerror}）。") from exc
    if offset + payload_length != size:
        raise truncated()
    try:
        fields = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise refused("has a damaged header", "文件头已损坏") from exc
    if not isinstance(fields, dict) or not isinstance(fields.get("format"), int):
        raise refused("has a damaged header", "文件头已损坏")
    if fields["format"] < FORMAT_VERSION:
        raise BundleRefused(
            f"The bundle was made by an older version of Shegong (format {fields['format']}), "
            "whose bundles cannot prove who made each change. Ask the sender to update "
            "Shegong and export again. Nothing was imported.",
            f"该同步文件由旧版本的社工站助手生成（格式 {fields['format']}），"
            "无法证明每条修改的来源。请发送方升级后重新导出。未导入任何数据。")
    if fields["format"] > FORMAT_VERSION:
        raise BundleRefused(
            f"The bundle was made by a newer version of Shegong (format {fields['format']}). "
            "Update Shegong to import it.",
            f"该同步文件由更新版本的社工站助手生成（格式 {fields['format']}），请升级后再导入。")
    return Header(raw, fields, signature, offset, payload_length)


def check_header(path: Path, header: Header, sender_key: bytes) -> None:
    """The signature, then the payload's hash, before anything is decrypted."""
    if not verify(sender_key, header.signature, MAGIC + header.raw):
        raise refused("has a signature that does not match its sender (it was changed "
                      "after it was made)", "签名与发送设备不符（文件在生成后被改动过）")
    if sha256_file(path, header.payload_offset) != header["payload_sha256"]:
        raise refused("was changed or damaged after it was made (the payload's checksum "
                      "does not match)", "在生成后被改动或损坏（数据校验值不符）")


def decrypt_payload(path: Path, header: Header, identity: x25519.Identity,
                    folder: Path) -> Path:
    """Decrypt to a temporary file (the caller deletes it)."""
    with tempfile.NamedTemporaryFile(dir=folder, prefix=".in-", delete=False) as out:
        target = Path(out.name)
        with open(path, "rb") as src:
            src.seek(header.payload_offset)
            try:
                pyrage.decrypt_io(src, out, [identity])
            except pyrage.DecryptError as exc:
                target.unlink(missing_ok=True)
                if "No matching keys" in str(exc):
                    raise BundleRefused(
                        "The bundle is not addressed to this device; ask the sender to "
                        "export it for this device.",
                        "该同步文件不是发给本机的，请让发送方为本机重新导出。") from exc
                raise refused("cannot be decrypted (damaged)", "无法解密（已损坏）") from exc
    return target


def read_manifest(plain: Path, sender_key: bytes) -> tuple[dict[str, Any], int]:
    """The signed manifest and the offset where the op stream starts."""
    size = plain.stat().st_size
    with open(plain, "rb") as fh:
        raw = _read_section(fh, MAX_MANIFEST, size)
        signature = _read_section(fh, 64, size)
        offset = fh.tell()
    if not verify(sender_key, signature, raw):
        raise refused("has a manifest that its sender did not sign", "清单签名无效")
    try:
        manifest = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise refused("has a damaged manifest", "清单已损坏") from exc
    if not isinstance(manifest, dict):
        raise refused("has a damaged manifest", "清单已损坏")
    return manifest, offset


def op_lines(plain: Path, offset: int, declared_bytes: int,
             end: int | None = None) -> Iterator[bytes]:
    """Inflate the op stream line by line, never past the size the manifest declared;
    the stream ends at `end` (the files follow it), or at the end of the file.

    Linear in the stream: each inflated block is scanned once for newlines, and a line
    longer than MAX_OP_LINE is refused as soon as that many bytes of it are buffered."""
    ceiling = min(declared_bytes, MAX_OPS_BYTES)
    inflater = zlib.decompressobj()
    produced = 0
    pending = bytearray()  # the start of a line that continues in the next block
    left = (plain.stat().st_size if end is None else end) - offset
    with open(plain, "rb") as fh:
        fh.seek(offset)
        while True:
            block = inflater.unconsumed_tail
            if not block:
                block = fh.read(min(CHUNK, left))
                left -= len(block)
            if not block:
                break
            try:
                data = inflater.decompress(block, INFLATE_STEP)
            except zlib.error as exc:
                raise refused("has a damaged op stream", "操作数据已损坏") from exc
            produced += len(data)
            if produced > ceiling:
                raise refused("inflates past the size it declared (a compression bomb)",
                              "解压后超过声明的大小（疑似压缩炸弹）")
            yield from _split(data, pending)
    if not inflater.eof or inflater.unused_data or pending:
        raise refused("has a truncated op stream", "操作数据不完整")


def ops_end(manifest: dict[str, Any], offset: int, size: int) -> int | None:
    """Where the op stream ends in the payload of `size` bytes: None (at the end) for a
    bundle without `ops_zlib` (made before attachments travelled)."""
    length = manifest.get("ops_zlib")
    if length is None:
        return None
    if not _whole(length) or offset + length > size:
        raise refused("declares an op stream longer than the file allows",
                      "声明的操作数据长度与文件不符")
    return int(offset + length)


def declared_files(manifest: dict[str, Any], start: int, size: int) -> list[tuple[str, int]]:
    """The files the manifest declares, checked against the caps and against the bytes
    that follow the op stream (from `start` to `size`) before any is read."""
    entries = manifest.get("files", [])
    if not isinstance(entries, list) or len(entries) > MAX_FILES:
        raise refused(f"declares its attached files wrongly or more than {MAX_FILES:,} of "
                      "them", f"附件清单有误或超过 {MAX_FILES:,} 个")
    out: list[tuple[str, int]] = []
    for entry in entries:
        if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], str)
                and len(entry[0]) == 64 and set(entry[0]) <= set("0123456789abcdef")
                and _whole(entry[1]) and entry[1] > 0):
            raise refused("declares an attached file wrongly", "附件清单有误")
        if entry[1] > ATTACHMENT_MAX_BYTES:
            limit = ATTACHMENT_MAX_BYTES // 2**20
            raise refused(f"carries an attached file of {entry[1] / 2**20:.1f} MB, over the "
                          f"limit of {limit} MB per file",
                          f"含有 {entry[1] / 2**20:.1f} MB 的附件，超过每个文件 {limit} MB 的上限")
        out.append((entry[0], entry[1]))
    total = sum(n for _, n in out)
    if len({d for d, _ in out}) != len(out) or total > MAX_FILES_BYTES:
        raise refused(f"declares the same attached file twice or more than "
                      f"{MAX_FILES_BYTES // 2**30} GB of them",
                      f"附件清单重复或总量超过 {MAX_FILES_BYTES // 2**30} GB")
    if start + total != size:
        raise truncated()
    return out


def stage_files(plain: Path, start: int, files: list[tuple[str, int]],
                folder: Path) -> list[tuple[str, Path]]:
    """Each declared file copied out beside the decrypted payload, its hash checked
    against the signed manifest: the first that differs refuses the bundle."""
    staged: list[tuple[str, Path]] = []
    with open(plain, "rb") as fh:
        fh.seek(start)
        for number, (digest, size) in enumerate(files, 1):
            target = folder / f"file-{number}"
            check = hashlib.sha256()
            with open(target, "wb") as out:
                left = size
                while left:
                    block = fh.read(min(CHUNK, left))
                    if not block:
                        raise truncated()
                    left -= len(block)
                    check.update(block)
                    out.write(block)
            if check.hexdigest() != digest:
                raise refused("carries an attached file whose bytes differ from the checksum "
                              "its sender signed (changed or damaged)",
                              "含有与发送方签名的校验值不符的附件（被改动或已损坏）")
            staged.append((digest, target))
    return staged


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _split(data: bytes, pending: bytearray) -> Iterator[bytes]:
    """The complete lines of `data`, the first one prefixed by `pending`; what is left
    of an unfinished line goes back into `pending`."""
    start = 0
    while (end := data.find(b"\n", start)) >= 0:
        if pending:
            pending += data[start:end]
            line = bytes(pending)
            pending.clear()
        else:
            line = data[start:end]
        if len(line) > MAX_OP_LINE:
            raise line_too_long()
        if line:
            yield line
        start = end + 1
    if len(pending) + len(data) - start > MAX_OP_LINE:
        raise line_too_long()
    pending += data[start:]


def line_too_long() -> BundleRefused:
    return refused(f"holds an operation longer than {MAX_OP_LINE // 1024} KiB, more than "
                   "any record can need", f"含有超过 {MAX_OP_LINE // 1024} KiB 的操作，"
                   "超出任何记录所需")


def _read_section(fh: IO[bytes], limit: int, size: int) -> bytes:
    head = fh.read(4)
    if len(head) != 4:
        raise truncated()
    length = struct.unpack(">I", head)[0]
    if length > limit:
        raise refused(f"has a section of {length:,} bytes, more than the {limit:,} allowed",
                      f"有一段长 {length:,} 字节，超过允许的 {limit:,} 字节")
    if fh.tell() + length > size:
        raise refused("declares a section longer than the file allows",
                      "声明的长度与文件不符")
    data = fh.read(length)
    if len(data) != length:
        raise truncated()
    return data


def refused(en: str, zh: str) -> BundleRefused:
    return BundleRefused(f"The bundle {en}; nothing was imported.",
                         f"该同步文件{zh}，未导入任何数据。")


def truncated() -> BundleRefused:
    return refused("is truncated (incomplete copy?)", "不完整（可能没有复制完整）")
