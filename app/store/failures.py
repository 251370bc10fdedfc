"""What went wrong with the storage, in a sentence a person can act on.

A damaged database, a data folder that cannot be written, a full disk: each reaches the
program as an exception from SQLite (through SQLAlchemy) or the operating system, whose
text quotes SQL and sometimes values. `explain` turns such an exception into the one
sentence the command line prints (exit status 2) and the window shows, naming the
folder and, for a damaged database, the newest backup that passes its check. The
exception itself goes only to the log (without parameters: see app.store.engine).
"""

from __future__ import annotations

import datetime as dt
import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import exc as sa_exc

from app import vault
from app.errors import DatabaseRefused, OutputRefused, ShegongError
from app.paths import Paths
from app.store import cipher
from app.store.engine import open_read_only

_DAMAGED = ("malformed", "not a database", "file is encrypted", "database corrupt")
_READ_ONLY = ("readonly", "read-only", "unable to open database file")
_FULL = ("disk is full", "database or disk is full")
# SQLCipher's errors are its own classes, not sqlite3's (which plain files still raise).
_DATABASE_ERRORS = (cipher.DatabaseError, sqlite3.DatabaseError)
_OPERATIONAL_ERRORS = (cipher.OperationalError, sqlite3.OperationalError)
BACKUPS_CHECKED = 3  # the newest ones, each read whole by quick_check


def explain(exc: BaseException, paths: Paths, opening: bool = False) -> ShegongError | None:
    """The sentence for a storage failure anywhere in `exc`'s chain, or None. While
    `opening` the data folder, a file it may not touch means the folder is not ours to
    write (later, such an error may come from any file a caller reads)."""
    denied = (errno.EROFS, errno.EACCES, errno.EPERM) if opening else (errno.EROFS,)
    for cause in _chain(exc):
        text = str(cause).lower()
        number = getattr(cause, "errno", None)
        if isinstance(cause, _DATABASE_ERRORS) and any(w in text for w in _DAMAGED):
            return damaged(paths)
        if (isinstance(cause, _OPERATIONAL_ERRORS) and any(w in text for w in _FULL)) \
                or number == errno.ENOSPC:
            return disk_full(paths)
        if (isinstance(cause, _OPERATIONAL_ERRORS) and any(w in text for w in _READ_ONLY)) \
                or number in denied:
            return read_only(paths)
    return None


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        if isinstance(item, sa_exc.DBAPIError):
            todo.append(item.orig)
        todo += [item.__cause__, item.__context__]


class DatabaseDamaged(DatabaseRefused):
    """The live database fails its check: only a restore can follow, of `backup` (the
    newest that passes its check) when there is one."""

    def __init__(self, en: str, zh: str, backup: Path | None = None) -> None:
        super().__init__(en, zh)
        self.backup = backup


def damaged(paths: Paths) -> DatabaseDamaged:
    found = newest_good_backup(paths)
    if found is None:
        return DatabaseDamaged(
            f"The database in {paths.data} is damaged, and no backup in {paths.backups} "
            "passes its check. Nothing was changed. Keep the data folder as it is and ask "
            "for help: the records also live on the station head's laptop.",
            f"{paths.data} 中的数据库已损坏，{paths.backups} 中也没有完好的备份。未做任何更改。"
            "请保持数据文件夹原样并寻求帮助：站长电脑上也有这些记录。")
    path, when = found
    day = when.strftime("%Y-%m-%d %H:%M")
    return DatabaseDamaged(
        f"The database in {paths.data} is damaged. The newest good backup is {path.name} "
        f"of {day}: restore it with `shegong restore {path}` (changes after it come back "
        "from the other laptops' bundles). Nothing was changed.",
        f"{paths.data} 中的数据库已损坏。最新的完好备份是 {day} 的 {path.name}："
        f"请用 `shegong restore {path}` 恢复（此后的修改可从其他电脑的同步文件重新导入）。"
        "未做任何更改。", path)


def read_only(paths: Paths) -> OutputRefused:
    return OutputRefused(
        f"Shegong cannot write in its data folder {paths.data} (it is read-only, or belongs "
        "to another user). Nothing was changed. Copy the folder to a place you may write "
        "to and start Shegong with --data-dir, or ask whoever looks after this computer.",
        f"社工站助手无法写入数据文件夹 {paths.data}（该文件夹只读，或属于其他用户）。未做任何更改。"
        "请把文件夹复制到可写入的位置并用 --data-dir 启动，或请电脑管理员协助。")


def disk_full(paths: Paths) -> OutputRefused:
    return OutputRefused(
        f"The disk holding {paths.data} is full: nothing was saved. Free some space (old "
        "bundles, reports, downloads) and try again; a visit being written keeps its draft.",
        f"{paths.data} 所在的磁盘已满：未保存任何内容。请清理空间（旧的同步文件、报表、下载文件）"
        "后重试；正在填写的走访记录草稿会保留。")


def passes_check(path: Path, key: bytes | None) -> bool:
    """Whether the SQLite file reads back whole under `key` (`quick_check`: every page,
    each page's HMAC with it)."""
    try:
        conn = open_read_only(path, key)
        try:
            return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            conn.close()
    except _DATABASE_ERRORS:
        return False


def newest_good_backup(paths: Paths) -> tuple[Path, dt.datetime] | None:
    """The newest backup (by time written) that passes quick_check, of the newest few."""
    opened = vault.unlocked(paths.data)
    if not paths.backups.is_dir() or opened is None:
        return None
    found = sorted((p for p in paths.backups.glob("*.db") if p.is_file()),
                   key=lambda p: p.stat().st_mtime, reverse=True)
    for path in found[:BACKUPS_CHECKED]:
        if passes_check(path, opened.key):
            return path, dt.datetime.fromtimestamp(path.stat().st_mtime)
    return None
