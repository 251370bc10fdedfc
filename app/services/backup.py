"""Backups of the whole database file, and restoring one (the current file is kept)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app import vault
from app.errors import ShegongError
from app.files import check_output
from app.paths import Paths
from app.store.database import Database, find_self_device
from app.store.failures import DatabaseDamaged, passes_check
from app.store.migrate import backup_to
from app.store.restore import BackupFacts, read_backup, remove_staged, stage, swap_in
from app.sync.keys import SIGNING_KEY_FILE, load_signing_key, public_bytes


def backup(db: Database, out: Path | None = None) -> Path:
    """A consistent copy made while the app may be running: SQLite's backup API, or
    pg_dump for a county office whose data is in PostgreSQL."""
    if out is not None:  # a backup is the whole database: never beside it but in backups/
        out = check_output(db.paths, out, allow=db.paths.backups)
    return backup_to(db.engine, db.paths.backups, out)


def damaged_backup(err: Exception) -> Path | None:
    """The good backup a damaged database's sentence names, if it names one."""
    return err.backup if isinstance(err, DatabaseDamaged) else None


def restore(paths: Paths, source: Path) -> Path | None:
    """Put a backup of THIS laptop's database in place of the current one.

    Refused, with one sentence and nothing changed: a file that is missing, empty, not a
    database, another program's database, damaged, from a newer schema, or of another
    laptop (its own device is not this data folder's, by device id and by the signing key
    in keys/). A folder with neither a device nor keys cannot take a backup: the keys
    that sign for the device are not in a backup (restore the whole data folder instead).
    An older schema is upgraded on a staged copy first. The swap holds the write lock;
    the database it replaced is kept in the backups folder, and its path returned (None
    when there was no database yet). Sequence numbers already sent stay spent
    (app.sync.spent)."""
    if not vault.has_vault(paths.data):
        raise _no_laptop()
    key = vault.data_key(paths.data)
    facts = read_backup(source, key)
    paths.ensure()
    live = paths.database
    # A damaged database is what a restore is for: set aside whole, never rewritten.
    broken = live.exists() and not passes_check(live, key)
    if live.exists() and not broken:
        Database(paths).close()  # the live file at this schema, or refused as not ours
    _check_identity(paths, source, facts, broken)
    staged = stage(source, paths.data, key)
    try:
        if broken:
            kept = _set_aside(live, paths)
            _place(staged, live, paths)
            return kept
        if not live.exists():
            _place(staged, live, paths)
            return None
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = paths.backups / f"shegong-{stamp}-replaced-by-restore.db"
        swap_in(live, staged, kept, paths.keys, key)
        return kept
    finally:
        remove_staged(staged)


def _set_aside(live: Path, paths: Paths) -> Path:
    """A damaged database moved to the backups folder as it is (with its -wal), for
    whoever may rescue something from it."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = paths.backups / f"shegong-{stamp}-damaged.db"
    for suffix in ("-wal", "-shm"):
        side = live.with_name(live.name + suffix)
        if side.exists():
            side.replace(kept.with_name(kept.name + suffix))
    live.replace(kept)
    return kept


def _check_identity(paths: Paths, source: Path, facts: BackupFacts,
                    broken: bool = False) -> None:
    """The backup is this laptop's: by its device in the live database (unless that is
    damaged) and by the signing key in keys/."""
    here_id = here_key = None
    if paths.database.exists() and not broken:
        db = Database(paths)
        try:
            with db.read() as s:
                me = find_self_device(s)
                here_id = me.device_id if me else None
        finally:
            db.close()
    if (paths.keys / SIGNING_KEY_FILE).exists():
        here_key = public_bytes(load_signing_key(paths.keys))
    if facts.device_id is None:
        raise ShegongError(
            f"The backup {source} is of a data folder that was never set up; there is "
            "nothing in it to restore. Nothing was changed.",
            f"备份 {source} 来自从未初始化的数据文件夹，没有可恢复的内容。未做任何更改。")
    if here_id is None and here_key is None:
        raise _no_laptop()
    if (here_id is not None and here_id != facts.device_id) or \
            (here_key is not None and here_key != facts.sign_public_key):
        raise ShegongError(
            f"The backup {source} belongs to another laptop (device {facts.device_id}), "
            f"not to this one (device {here_id or 'of these keys'}); restore it on that "
            "laptop. Nothing was changed.",
            f"备份 {source} 属于另一台电脑（设备 {facts.device_id}），不属于本机"
            f"（设备 {here_id or '即本机密钥所属设备'}），请在那台电脑上恢复。未做任何更改。")


def _no_laptop() -> ShegongError:
    return ShegongError(
        "This data folder has no laptop of its own (no device, no keys): a backup can "
        "only be restored into the data folder of the laptop that made it, with its "
        "keys folder and its unlock.json (the key the backup is encrypted with). Nothing "
        "was changed.",
        "此数据文件夹没有本机设备（没有设备记录，也没有密钥）：备份只能恢复到制作它的那台电脑的"
        "数据文件夹（含 keys 文件夹和加密备份所用密钥的 unlock.json）。未做任何更改。")


def _place(staged: Path, live: Path, paths: Paths) -> None:
    """No database yet (lost, or moved away): the staged copy becomes it, moved past the
    numbers this device already sent."""
    staged.replace(live)
    Database(paths).close()  # moves the op numbers past the spent mark, committed
