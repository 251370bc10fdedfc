"""Backups of the whole database file, and restoring one (the current file is kept)."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from app.errors import ShegongError
from app.paths import Paths
from app.store.database import Database
from app.store.migrate import backup_file, current_revision


def backup(db: Database, out: Path | None = None) -> Path:
    """A consistent copy made with SQLite's backup API while the app may be running."""
    if out is None:
        return backup_file(db.paths.database, db.paths.backups, "manual")
    tmp = out.with_name(out.name + ".part")
    made = backup_file(db.paths.database, tmp.parent, "tmp")
    made.replace(tmp)
    tmp.replace(out)
    return out


def restore(paths: Paths, source: Path) -> Path:
    """Check the file is a Shegong database, keep the current one, put the backup in place."""
    if not source.is_file():
        raise ShegongError(f"There is no file {source}.", f"找不到文件 {source}。")
    current_revision(source)  # refuses anything that is not a Shegong database
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as conn:
        ok = conn.execute("PRAGMA quick_check").fetchone()[0]
    conn.close()
    if ok != "ok":
        raise ShegongError(f"The backup {source} is damaged ({ok}).",
                           f"备份文件 {source} 已损坏（{ok}）。")
    paths.ensure()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = paths.backups / f"shegong-{stamp}-before-restore.db"
    if paths.database.exists():
        backup_file(paths.database, paths.backups, "before-restore").replace(kept)
    tmp = paths.database.with_name(paths.database.name + ".restore")
    shutil.copyfile(source, tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(paths.database) + suffix).unlink(missing_ok=True)
    tmp.replace(paths.database)
    return kept
