"""Attached files stored by content: each under its SHA-256, once, beside the database.

    attachments/ab/abcdef0123...   (the first two hex digits make the folder)

Two records of the same photo share one file, and a file that arrives again (in another
bundle) is already there. A file is written whole or not at all (a temporary name in
the same folder, synced, then renamed), so a crash never leaves half a photo under a
hash. Reading checks the hash: a damaged file is told from a missing one, never shown.
Each file is sealed under the data folder's key (app.vault): the hash names the photo,
the bytes on disk show nothing of it.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from cryptography.exceptions import InvalidTag

from app import vault

CHUNK = 1 << 20
# Files found whole, by path: (size, mtime) when they were (for `status`).
_whole: dict[Path, tuple[int, int]] = {}


class FileStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.owner = folder.parent  # the data folder, whose key seals the files

    def path(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def status(self, sha256: str) -> str:
        """"ok", "missing" (never received here) or "damaged" (its bytes changed). A file
        is hashed again only when its size or time changed since it was last found whole:
        a client's window lists its photos at every refresh."""
        path = self.path(sha256)
        try:
            seen = path.stat()
        except FileNotFoundError:
            return "missing"
        except OSError:
            return "damaged"
        stamp = (seen.st_size, seen.st_mtime_ns)
        if _whole.get(path) == stamp:
            return "ok"
        if self.read(sha256) is None:
            return "damaged"
        _whole[path] = stamp
        return "ok"

    def read(self, sha256: str) -> bytes | None:
        """The file's bytes, or None when it is missing or damaged."""
        try:
            data = vault.unseal(self.owner, self.path(sha256).read_bytes())
        except (OSError, InvalidTag):
            return None
        return data if hashlib.sha256(data).hexdigest() == sha256 else None

    def put(self, data: bytes) -> str:
        """Store `data` (once) and return its SHA-256."""
        digest = hashlib.sha256(data).hexdigest()
        if self.status(digest) != "ok":
            self._write(digest, [vault.seal(self.owner, data)])
        return digest

    def adopt(self, sha256: str, source: Path) -> None:
        """Take a file whose hash was already checked into the store, in place of a
        missing or damaged one (an import's staged copy, in the private staging folder),
        sealed; the staged copy is removed."""
        self._write(sha256, [vault.seal(self.owner, source.read_bytes())])
        source.unlink(missing_ok=True)

    def plain_copy(self, sha256: str, folder: Path) -> Path | None:
        """The file's contents, checked, in `folder` (a process's private staging
        folder): for a bundle's payload, which is encrypted as it is written."""
        data = self.read(sha256)
        if data is None:
            return None
        copy = folder / sha256
        copy.write_bytes(data)
        return copy

    def _write(self, digest: str, blocks: Iterable[bytes]) -> None:
        target = self.path(digest)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".part-")
        try:
            with os.fdopen(fd, "wb") as fh:
                for block in blocks:
                    fh.write(block)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
