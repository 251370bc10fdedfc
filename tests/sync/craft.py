"""An independent writer of the bundle format (from docs/bundle-format.md), for building
bad bundles on purpose: every piece can be replaced or broken."""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519

MAGIC = b"SHEGONG-BUNDLE\n"


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


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

    def build(self) -> bytes:
        ops = b"".join(self.lines)
        stream = self.compressed if self.compressed is not None else zlib.compress(ops)
        manifest = {"op_count": len(self.lines), "ops_bytes": len(ops), **self.manifest}
        manifest_raw = canonical(manifest)
        manifest_sig = (self.manifest_key or self.sender_key).sign(manifest_raw)
        plain = (struct.pack(">I", len(manifest_raw)) + manifest_raw
                 + struct.pack(">I", 64) + manifest_sig + stream)
        ciphertext = pyrage.encrypt(plain, [x25519.Recipient.from_str(r)
                                            for r in self.recipients])
        header = {"format": 1, "op_count": len(self.lines),
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
