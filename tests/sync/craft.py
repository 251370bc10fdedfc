"""An independent writer of the bundle format (from docs/bundle-format.md), for building
bad bundles on purpose: every piece can be replaced or broken."""

from __future__ import annotations

import hashlib
import json
import struct
import uuid
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519

MAGIC = b"SHEGONG-BUNDLE\n"


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def op_line(record: dict[str, Any]) -> bytes:
    """An op in its canonical form (this writer's floats are never written in exponent
    form, where orjson and json differ; see docs/bundle-format.md)."""
    return canonical(record) + b"\n"


def link_of(prev_seq: int, prev_link: bytes, line: bytes) -> bytes:
    return hashlib.sha256(b"shegong-op/2\n" + prev_seq.to_bytes(8, "big") + prev_link
                          + line).digest()


def head_signature(key: Ed25519PrivateKey, device: str, station: str | None, seq: int,
                   link: bytes) -> bytes:
    return key.sign(b"shegong-head/2\n" + uuid.UUID(device).bytes
                    + (uuid.UUID(station).bytes if station else bytes(16))
                    + seq.to_bytes(8, "big") + link)


Log = tuple[str, "str | None"]  # (device, station): one signed log


def origin_ranges(lines: list[bytes], keys: dict[str, Ed25519PrivateKey],
                  prev: dict[Log, tuple[int, bytes]] | None = None) -> list[dict[str, Any]]:
    """One signed range per log (origin device, station) of `lines`, in line order, as
    the manifest names them. A device without a key in `keys` gets a new one (kept in
    `keys`); `prev` gives where a log stands before these lines."""
    state: dict[Log, dict[str, Any]] = {}
    for line in lines:
        try:
            record = json.loads(line)
            device, seq, station = record["d"], record["s"], record.get("st")
            uuid.UUID(device)
        except (ValueError, KeyError, TypeError, AttributeError):
            continue  # not an op: no range can hold it
        log = (device, station)
        if log not in state:
            seq0, link0 = (prev or {}).get(log, (0, bytes(32)))
            state[log] = {"d": device, "st": station, "from": seq,
                          "prev": [seq0, link0.hex()], "at": (seq0, link0)}
        at_seq, at_link = state[log]["at"]
        state[log]["at"] = (seq, link_of(at_seq, at_link, line.rstrip(b"\n")))
        state[log]["to"] = seq
    out = []
    for (device, station), r in state.items():
        key = keys.setdefault(device, Ed25519PrivateKey.generate())
        seq, link = r.pop("at")
        out.append({**r, "link": link.hex(),
                    "sig": head_signature(key, device, station, seq, link).hex()})
    return out


def public_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(serialization.Encoding.Raw,
                                         serialization.PublicFormat.Raw).hex()


def age_fingerprint(recipient: str) -> str:
    return hashlib.sha256(recipient.encode("ascii")).hexdigest()[:16]


@dataclass
class Recipe:
    sender_key: Ed25519PrivateKey
    header: dict[str, Any]
    manifest: dict[str, Any]
    lines: list[bytes]
    recipients: list[str]  # age recipients to encrypt to
    manifest_key: Ed25519PrivateKey | None = None
    compressed: bytes | None = None  # replaces the zlib stream
    header_raw: bytes | None = None
    overrides: dict[str, Any] = field(default_factory=dict)
    # Each origin's signing key (a device without one gets a new key, announced in the
    # manifest); `origins` replaces the ranges computed from the lines.
    origin_keys: dict[str, Ed25519PrivateKey] = field(default_factory=dict)
    origins: list[dict[str, Any]] | None = None
    prev: dict[Log, tuple[int, bytes]] = field(default_factory=dict)
    # Attached files after the op stream; `file_entries` replaces what the manifest
    # declares of them ([sha256, size] each, from the files by default).
    files: list[bytes] = field(default_factory=list)
    file_entries: list[Any] | None = None

    def build(self) -> bytes:
        ops = b"".join(self.lines)
        stream = self.compressed if self.compressed is not None else zlib.compress(ops)
        origins = self.origins if self.origins is not None else \
            origin_ranges(self.lines, self.origin_keys, self.prev)
        keys = {r["d"]: public_hex(self.origin_keys[r["d"]]) for r in origins
                if r.get("d") in self.origin_keys}
        attached = {}
        if self.files or self.file_entries is not None:
            entries = self.file_entries if self.file_entries is not None else \
                [[hashlib.sha256(f).hexdigest(), len(f)] for f in self.files]
            attached = {"ops_zlib": len(stream), "files": entries}
        manifest = {"op_count": len(self.lines), "ops_bytes": len(ops), "origins": origins,
                    "keys": keys, **attached, **self.manifest}
        manifest_raw = canonical(manifest)
        manifest_sig = (self.manifest_key or self.sender_key).sign(manifest_raw)
        plain = (struct.pack(">I", len(manifest_raw)) + manifest_raw
                 + struct.pack(">I", 64) + manifest_sig + stream + b"".join(self.files))
        ciphertext = pyrage.encrypt(plain, [x25519.Recipient.from_str(r)
                                            for r in self.recipients])
        header = {"format": 2, "op_count": len(self.lines),
                  "payload_length": len(ciphertext),
                  "payload_sha256": hashlib.sha256(ciphertext).hexdigest(), **self.header,
                  **self.overrides}
        header_raw = self.header_raw or canonical(header)
        signature = self.sender_key.sign(MAGIC + header_raw)
        return (MAGIC + struct.pack(">I", len(header_raw)) + header_raw
                + struct.pack(">I", 64) + signature
                + struct.pack(">Q", len(ciphertext)) + ciphertext)

    def write(self, path: Path) -> Path:
        path.write_bytes(self.build())
        return path
