"""Which database a data folder's data lives in: SQLite in the folder (every laptop, and
a small county office), or a PostgreSQL database named in the folder's `database.json`
(a county office that outgrew the file: `shegong init --county-office ... --db URL`).

The keys, the spent mark, drafts and logs stay in the data folder either way; only the
tables move. The file holds one key, `db_url`. A password is better kept out of it (in
libpq's ~/.pgpass, or by trusting the server's local socket); the file is still written
readable by its owner alone, in case it holds one.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlalchemy import make_url
from sqlalchemy.exc import ArgumentError

from app.errors import SetupError
from app.paths import Paths

TARGET_FILE = "database.json"


def target_file(paths: Paths) -> Path:
    return paths.data / TARGET_FILE


def database_target(paths: Paths) -> Path | str:
    """The SQLite file of the folder, or the PostgreSQL URL its `database.json` names."""
    path = target_file(paths)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return paths.database
    except OSError as exc:
        raise _unreadable(path) from exc
    try:
        url = json.loads(raw)["db_url"]
        check_database_url(url)
    except (ValueError, KeyError, TypeError) as exc:
        raise _unreadable(path) from exc
    return str(url)


def names_postgresql(folder: Path) -> bool:
    """Whether the data folder's tables live in PostgreSQL (it has a `database.json`)."""
    return (folder / TARGET_FILE).exists()


def files_only_on_sqlite(folder: Path) -> None:
    """Refuses the file-level backup and restore for a folder whose data is in PostgreSQL:
    they would copy, or put in place, a SQLite file the folder does not use."""
    if names_postgresql(folder):
        raise SetupError(
            "This data folder keeps its data in PostgreSQL: back it up and restore it with "
            "PostgreSQL's own tools (pg_dump, pg_restore) for now. Nothing was changed.",
            "此数据文件夹的数据存放在 PostgreSQL 中：目前请用 PostgreSQL 自带的工具"
            "（pg_dump、pg_restore）备份和恢复。未做任何更改。")


def check_database_url(url: object) -> None:
    """Refuses anything but a postgresql:// URL with a database name."""
    try:
        parsed = make_url(str(url)) if isinstance(url, str) else None
    except ArgumentError:
        parsed = None
    if parsed is None or parsed.get_backend_name() != "postgresql" or not parsed.database:
        raise SetupError(
            f"{url!s} is not a PostgreSQL database address: write it as "
            "postgresql://USER@HOST[:PORT]/DATABASE.",
            f"{url!s} 不是 PostgreSQL 数据库地址，请写成 postgresql://用户@主机[:端口]/数据库。")


def set_database_url(paths: Paths, url: str) -> None:
    """Make the folder's data live in the PostgreSQL database at `url` (before the first
    Database is opened on it: nothing is moved)."""
    check_database_url(url)
    paths.data.mkdir(parents=True, exist_ok=True)
    path = target_file(paths)
    part = path.with_name(path.name + ".part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"db_url": url}, fh)
    part.replace(path)


def _unreadable(path: Path) -> SetupError:
    return SetupError(
        f"The file {path} should name this folder's PostgreSQL database but cannot be read. "
        'Write it as {"db_url": "postgresql://USER@HOST/DATABASE"}, or remove it to keep '
        "the data in the folder.",
        f"文件 {path} 应写明本文件夹的 PostgreSQL 数据库，但无法读取。"
        '请写成 {"db_url": "postgresql://用户@主机/数据库"}，或删除该文件以把数据存放在文件夹中。')
