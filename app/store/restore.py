"""Putting a backup in place of the live database: the file checked first, then staged
and upgraded beside the live one, then swapped in under the write lock.

The swap is one write transaction on the live file (BEGIN IMMEDIATE, the lock every
writer takes): the database it replaces is copied out first (inside that transaction, so
the copy is exactly what is replaced), then every table's rows are replaced by the
staged ones, and the transaction commits. A writer in another process (the window, a
`shegong` command) waits for the lock, then writes on top of the restored data; nothing
it committed before is lost (it is in the kept copy), nothing lands half-way, and the
file it writes to stays the live one (renaming a new file into place would leave an
open process writing to the old, unlinked file).
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.errors import DatabaseRefused
from app.models import Base
from app.models.ids import id_from_bytes
from app.store import cipher
from app.store.changes import WriteLog
from app.store.engine import BUSY_TIMEOUT_MS, copy_database, make_engine, open_read_only
from app.store.migrate import alembic_config, prepare
from app.store.target import files_only_on_sqlite
from app.sync import spent

MARKER_TABLES = frozenset({"alembic_version", "device", "sync_op", "sync_clock"})
NOT_COPIED = frozenset({"write_log"})  # the live file's own: its readers count its rows


@dataclass(frozen=True)
class BackupFacts:
    revision: str
    device_id: str | None  # the backup's own device; None when it was never set up
    sign_public_key: bytes | None


def read_backup(path: Path, key: bytes) -> BackupFacts:
    """What restoring needs to know of a backup file; refuses, with one sentence, anything
    that is not a whole Shegong database this version can read."""
    if not path.is_file():
        raise _refused(f"There is no file {path}.", f"找不到文件 {path}。")
    if path.stat().st_size == 0:
        raise _refused(f"The file {path} is empty: it is not a Shegong backup. Nothing was "
                       "changed.", f"文件 {path} 是空的，不是社工站助手的备份。未做任何更改。")
    try:
        # A backup made before encryption is a plain file, read as it is.
        conn = open_read_only(path, None if cipher.is_plain(path) else key)
        try:
            return _facts(path, conn)
        finally:
            conn.close()
    except cipher.DatabaseError as exc:
        raise _refused(
            f"The file {path} is not a Shegong backup of this laptop (it is not a database, "
            "or it was encrypted with another laptop's key). Nothing was changed.",
            f"文件 {path} 不是本机数据的备份（不是数据库文件，或由其他电脑的密钥加密）。"
            "未做任何更改。") from exc


def _facts(path: Path, conn: cipher.Connection) -> BackupFacts:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone() \
        if tables >= MARKER_TABLES else None
    if row is None:
        raise _refused(
            f"The file {path} is a database of another program, not a Shegong backup. "
            "Nothing was changed.",
            f"文件 {path} 是其他程序的数据库，不是社工站助手的备份。未做任何更改。")
    revision = str(row[0])
    if revision not in known_revisions():
        raise _refused(
            f"The backup {path} was made by a newer version of Shegong (schema {revision}); "
            "install that version to restore it. Nothing was changed.",
            f"备份 {path} 由更新版本的社工站助手制作（结构版本 {revision}），"
            "请安装该版本后再恢复。未做任何更改。")
    ok = conn.execute("PRAGMA quick_check").fetchone()[0]
    if ok != "ok":
        raise _refused(f"The backup {path} is damaged ({ok}). Nothing was changed.",
                       f"备份文件 {path} 已损坏（{ok}）。未做任何更改。")
    me = conn.execute("SELECT device_id, sign_public_key FROM device WHERE is_self = 1"
                      ).fetchone()
    return BackupFacts(revision, id_from_bytes(me[0]) if me else None,
                       bytes(me[1]) if me and me[1] else None)


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config())
            .walk_revisions()}


def stage(source: Path, folder: Path, key: bytes) -> Path:
    """A copy of the backup beside the live database, upgraded to this version's schema
    (the backup itself is never written). Refused for a folder whose data is in
    PostgreSQL: the staged file would be put in place of a file it does not use."""
    files_only_on_sqlite(folder)
    staged = folder / f".restore-{uuid.uuid4().hex}.db"
    if cipher.is_plain(source):  # from before encryption: encrypted on the way in
        cipher.encrypt_copy(source, staged, key)
    else:
        copy_database(source, staged, key)
    engine = make_engine(staged, key)
    try:
        scratch = folder / f".restore-{uuid.uuid4().hex}-copies"
        prepare(engine, scratch)  # a copy of a copy is not worth keeping
        for made in scratch.glob("*"):
            made.unlink()
        if scratch.exists():
            scratch.rmdir()
    finally:
        engine.dispose()
    return staged


def remove_staged(staged: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(staged) + suffix).unlink(missing_ok=True)


def swap_in(live: Path, staged: Path, kept: Path, keys: Path, key: bytes) -> None:
    """Replace the live database's rows by the staged ones in one write transaction,
    keeping a copy of what it replaces at `kept`; the spent mark beside the keys is
    raised from the replaced database first, and the restored one moved past it."""
    conn = cipher.connect(live, key, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(f"ATTACH DATABASE ? AS staged KEY {cipher.key_literal(key)}",
                     (str(staged),))
        conn.execute("BEGIN IMMEDIATE")
        try:
            _remember_spent(conn, keys)
            _keep_copy(live, kept, key)
            tables = _replace_rows(conn)
            spent.move_past_spent(conn, keys)
            WriteLog(f"restore-{uuid.uuid4().hex}", frozenset()).record(conn, tables)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            kept.unlink(missing_ok=True)
            raise
        conn.execute("DETACH DATABASE staged")
    finally:
        conn.close()


def _remember_spent(conn: cipher.Connection, keys: Path) -> None:
    """The database about to be replaced may have sent numbers the mark does not know
    (made by a version without the mark): the mark takes them, conservatively."""
    me = spent.self_device_id(conn)
    if me is None:
        return
    next_seq = conn.execute("SELECT next_seq FROM sync_clock WHERE id = 1").fetchone()
    out = conn.execute("SELECT max(seq) FROM bundle_ledger WHERE direction = 'out'"
                       ).fetchone()
    if out[0]:
        spent.raise_spent(keys, me[1], int(next_seq[0]) - 1 if next_seq else 0, int(out[0]))


def _keep_copy(live: Path, kept: Path, key: bytes) -> None:
    """The live database, copied while the caller holds the write lock: a second
    connection reads the last committed state (WAL lets it read beside the lock holder),
    which nobody can change before the caller commits: exactly what is replaced."""
    kept.parent.mkdir(parents=True, exist_ok=True)
    part = kept.with_name(kept.name + ".part")
    copy_database(live, part, key)
    with open(part, "rb") as fh:
        os.fsync(fh.fileno())
    part.replace(kept)


def _replace_rows(conn: cipher.Connection) -> set[str]:
    """Every table's rows from the staged copy, triggers off (the staged derived tables
    are copied as they are), foreign keys checked at commit."""
    triggers = conn.execute("SELECT name, sql FROM main.sqlite_master WHERE type='trigger'"
                            ).fetchall()
    for name, _sql in triggers:
        conn.execute(f'DROP TRIGGER main."{name}"')
    conn.execute("PRAGMA defer_foreign_keys=ON")
    tables = sorted(r[0] for r in conn.execute(
        "SELECT name FROM main.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"))
    staged = {r[0] for r in conn.execute(
        "SELECT name FROM staged.sqlite_master WHERE type='table'")}
    copied: set[str] = set()
    for table in tables:
        if table in NOT_COPIED:
            continue
        cols = [r[1] for r in conn.execute(f'PRAGMA main.table_info("{table}")')]
        theirs = [r[1] for r in conn.execute(f'PRAGMA staged.table_info("{table}")')]
        if table not in staged or sorted(cols) != sorted(theirs):
            raise RuntimeError(f"restore: table {table} differs after the upgrade")
        names = ", ".join(f'"{c}"' for c in cols)
        conn.execute(f'DELETE FROM main."{table}"')
        conn.execute(f'INSERT INTO main."{table}" ({names}) SELECT {names} '
                     f'FROM staged."{table}"')
        copied.add(table)
    for _name, sql in triggers:
        conn.execute(sql)
    return copied & set(Base.metadata.tables)


def _refused(en: str, zh: str) -> DatabaseRefused:
    return DatabaseRefused(en, zh)
