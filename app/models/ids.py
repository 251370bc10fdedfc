"""UUIDv7 record ids, made on the device that creates the record.

Time-ordered ids keep SQLite's B-trees append-only (dense pages, fast inserts) and let
two devices create records offline without ever colliding. Python 3.11 has no
uuid.uuid7, so it is built here from RFC 9562 section 5.7.
"""

from __future__ import annotations

import os
import re
import threading
import time
import uuid
from collections.abc import Callable
from typing import TypeGuard

_lock = threading.Lock()
_last_ms = 0
_last_rand = 0


def uuid7_bytes(now_ms: int | None = None, randbits: Callable[[int], int] | None = None) -> bytes:
    """16 bytes of a UUIDv7; ids made in the same millisecond still sort in creation order."""
    global _last_ms, _last_rand
    with _lock:
        ms = int(time.time() * 1000) if now_ms is None else now_ms
        rand = randbits(74) if randbits else int.from_bytes(os.urandom(10), "big") >> 6
        if ms <= _last_ms:
            # Same (or earlier) millisecond: keep the order by counting on from the last id.
            ms = _last_ms
            rand = _last_rand + 1 + (rand & 0xFFFF)
            if rand >> 74:
                ms += 1
                rand &= (1 << 74) - 1
        _last_ms, _last_rand = ms, rand
    rand_a = rand >> 62  # 12 bits
    rand_b = rand & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return value.to_bytes(16, "big")


def uuid7() -> str:
    return str(uuid.UUID(bytes=uuid7_bytes()))


def id_to_bytes(value: str) -> bytes:
    """A canonical UUID string as its 16 stored bytes."""
    return bytes.fromhex(value.replace("-", ""))


def id_from_bytes(value: bytes | str) -> str:
    """16 stored bytes as the canonical UUID string (slicing the hex is 3x faster than
    uuid.UUID, which lists of 100,000 ids notice); a string is already one."""
    if isinstance(value, str):
        return value
    h = value.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_CANONICAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def is_uuid(value: object) -> TypeGuard[str]:
    """A UUID in canonical form (lower-case, hyphenated): the only form ids travel in."""
    return isinstance(value, str) and _CANONICAL.fullmatch(value) is not None
