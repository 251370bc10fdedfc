"""SQLite files through SQLCipher: every direct open of a laptop's database, backup or
staged copy comes here with the folder's data key (app.vault), so nothing reads or
writes one of them in the clear.

The key is given raw (`x'…'`): it is already a random 256-bit key, so SQLCipher's own
password stretching (PBKDF2) would only slow every open. Pages and the WAL are
encrypted; temporary tables and sorts stay in memory (the build's TEMP_STORE=2).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as driver

Connection = driver.Connection
DatabaseError = driver.DatabaseError
OperationalError = driver.OperationalError
SQLITE_INSERT, SQLITE_UPDATE = driver.SQLITE_INSERT, driver.SQLITE_UPDATE
SQLITE_DELETE, SQLITE_OK = driver.SQLITE_DELETE, driver.SQLITE_OK
PLAIN_HEADER = b"SQLite format 3\x00"
PAGE_CACHE_KIB = 16 * 1024
SCAN_CACHE_KIB = 64 * 1024  # a report's pass over every visit (Database.read)


def key_literal(key: bytes) -> str:
    """The raw key as SQLCipher reads it in PRAGMA key and ATTACH ... KEY."""
    return f"\"x'{key.hex()}'\""


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = {key_literal(key)}"


def connect(target: Path | str, key: bytes | None, *, read_only: bool = False,
            **kwargs: Any) -> Connection:
    """A connection to a database file under `key` (None only for a plain file being
    encrypted). Read-only through a file: URI, so that a '#', '?' or '%' in a folder
    name cannot cut the path short."""
    if read_only:
        conn = driver.connect(Path(target).resolve().as_uri() + "?mode=ro", uri=True,
                              **kwargs)
    else:
        conn = driver.connect(str(target), **kwargs)
    # SQLCipher writes its own errors (a wrong key: "hmac check failed") to stderr, past
    # the one sentence a command says; they reach the program as exceptions anyway.
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        conn.execute(key_pragma(key))
    # A page read again is decrypted and its HMAC checked again unless it is still in
    # SQLite's own cache: 16 MiB (SQLite's default is 2) keeps a search-as-you-type's
    # pages there (bench/bench_cipher.py: 2.5x plain with 2 MiB, 1.0x with 16).
    conn.execute(f"PRAGMA cache_size = {-PAGE_CACHE_KIB}")
    return conn


def is_plain(path: Path) -> bool:
    """A database written before encryption: SQLite's header in the clear."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except OSError:
        return False


def encrypt_copy(plain: Path, target: Path, key: bytes) -> None:
    """An encrypted copy of a plain database (`sqlcipher_export`), written as
    "<name>.part", checked and renamed: a killed copy never looks whole."""
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    conn = connect(plain, None)
    try:
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY {key_literal(key)}", (str(part),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    finally:
        conn.close()
    with open(part, "rb+") as fh:
        os.fsync(fh.fileno())
    part.replace(target)

