"""A data folder written before encryption, encrypted once at its first open with a
password: the database (a backup first), the laptop's private keys and the attached
files. Each step leaves either the old file or the new one whole; the old plain bytes
are overwritten before they go (app.files.replace_shredding), so a stolen laptop does
not keep a readable copy in free space (a best effort, see docs/protecting-data.md).
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from app import vault
from app.errors import DatabaseRefused
from app.files import replace_shredding, shred_leftovers
from app.paths import Paths
from app.store import cipher
from app.store.engine import check_copy
from app.store.migrate import SHEGONG_MARKER_TABLES
from app.sync.keys import AGE_KEY_FILE, SIGNING_KEY_FILE

log = logging.getLogger(__name__)


def check_key_file(paths: Paths) -> None:
    """An encrypted database whose unlock.json is gone is refused before a new key is
    made for it (which would open nothing, and hide the loss)."""
    live = paths.database
    size = live.stat().st_size if live.is_file() else 0
    # Encrypted pages look random; only their whole number tells them from a stray file
    # (which the migrations then refuse as not ours).
    if vault.has_vault(paths.data) or size == 0 or size % 512 or cipher.is_plain(live):
        return
    raise DatabaseRefused(
        f"The database in {paths.data} is encrypted, but the file {vault.VAULT_FILE} that "
        "holds its key is missing. Copy it back from where the data folder was copied "
        "(or from a backup of the whole folder); without it the records cannot be "
        "opened. Nothing was changed.",
        f"{paths.data} 中的数据库已加密，但存放其密钥的文件 {vault.VAULT_FILE} 不见了。请从复制数据"
        "文件夹的来源（或整个文件夹的备份）中把它复制回来；没有它，记录无法打开。未做任何更改。")


def encrypt_folder(paths: Paths, key: bytes) -> Path | None:
    """Encrypt whatever of the folder is still plain; the backup of the plain database
    (itself encrypted) when there was one to convert.

    Run at every open, so it costs a few small reads when there is nothing to do: the
    attachments are looked at only while the database or a key file is still plain.
    They are sealed first and the database last, so a conversion cut short is still
    seen as one at the next open, and finished."""
    for folder in (paths.data, paths.keys):
        shred_leftovers(folder)
    keys = [paths.keys / name for name in (SIGNING_KEY_FILE, AGE_KEY_FILE)]
    database = paths.database.is_file() and cipher.is_plain(paths.database) \
        and _ours(paths.database)
    if not database and not any(_plain_file(path) for path in keys):
        return None
    if paths.attachments.is_dir():
        shred_leftovers(paths.attachments, "??/*")
        for path in paths.attachments.glob("??/*"):
            if not path.name.startswith("."):
                _seal_file(paths.data, path)
    for path in keys:
        _seal_file(paths.data, path)
    if not database:
        return None
    backup = _encrypt_database(paths.database, paths.backups, key)
    log.info("database encrypted; its copy from before is %s", backup.name)
    return backup


def _plain_file(path: Path) -> bool:
    """A file written before encryption (its first bytes are not the seal's)."""
    try:
        with open(path, "rb") as fh:
            return not vault.is_sealed(fh.read(len(vault.SEALED)))
    except FileNotFoundError:
        return False


def _ours(path: Path) -> bool:
    """A plain Shegong database; another program's file is left as it is, for the
    migrations to refuse with their sentence."""
    try:
        conn = cipher.connect(path, None, read_only=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except cipher.DatabaseError:
        return False
    return tables >= SHEGONG_MARKER_TABLES


def _encrypt_database(live: Path, backups: Path, key: bytes) -> Path:
    conn = cipher.connect(live, None)
    try:  # the WAL folded into the file and removed: it would not fit the encrypted one
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    backups.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = backups / f"{live.stem}-{stamp}-before-encryption.db"
    cipher.encrypt_copy(live, backup, key)
    check_copy(backup, key)

    def write_encrypted(target: Path) -> None:
        cipher.encrypt_copy(live, target, key)
        check_copy(target, key)

    replace_shredding(live, write_encrypted)
    return backup


def _seal_file(folder: Path, path: Path) -> None:
    if not _plain_file(path):
        return
    data = path.read_bytes()

    def write_sealed(target: Path) -> None:
        target.write_bytes(vault.seal(folder, data))

    replace_shredding(path, write_sealed)
