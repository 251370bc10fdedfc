"""A direct connection to a test's database file, through SQLCipher with its data
folder's key (app.vault): what a test reads or bends below the program."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app import vault
from app.store import cipher

TEST_PASSWORD = "测试密码 test-password"  # every test's data folder (tests/conftest.py)


def key_of(path: Path) -> bytes:
    """The key of the nearest folder above `path` that has a vault (a backup in
    data/backups: the data folder's); for a file elsewhere (a backup written with --out),
    the key of whichever folder this test unlocked that reads it."""
    for folder in path.resolve().parents:
        if vault.has_vault(folder):
            return vault.data_key(folder)
    for opened in vault._unlocked.values():
        try:
            cipher.connect(path, opened.key).close()  # reads the first page: the key fits
            return opened.key
        except cipher.DatabaseError:
            continue
    raise LookupError(f"no key of this test opens {path}")


def raw_connect(path: Path, **kwargs: Any) -> cipher.Connection:
    return cipher.connect(path, key_of(path), **kwargs)
