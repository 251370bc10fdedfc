"""PostgreSQL's own tools, for what SQLite does through its API: a consistent copy of the
database (pg_dump) before an upgrade. Found on PATH or in Debian's versioned folders
(the newest: pg_dump must not be older than the server)."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import Engine

from app.errors import DatabaseRefused


def shown_url(engine: Engine) -> str:
    """The database's URL as a person may see it: no password."""
    return engine.url.set(drivername="postgresql").render_as_string(hide_password=True)


def find_tool(name: str) -> Path | None:
    found = shutil.which(name)
    if found:
        return Path(found)
    versions = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                      key=lambda p: _version(Path(p).parent.parent.name))
    return Path(versions[-1]) if versions else None


def _version(name: str) -> int:
    return int(name) if name.isdigit() else 0


def libpq_target(engine: Engine) -> tuple[str, dict[str, str]]:
    """A libpq connection URI without the password, and the environment that carries it
    (a password on a command line is visible to every user of the machine)."""
    url = engine.url
    env = dict(os.environ)
    if url.password is not None:
        env["PGPASSWORD"] = str(url.password)
    uri = url.set(drivername="postgresql", password=None).render_as_string(
        hide_password=False)
    return uri, env


def dump_database(engine: Engine, target: Path) -> None:
    """pg_dump's custom-format archive of the database at `target` (written beside it,
    then renamed, so a failed dump leaves no half file that looks like a backup)."""
    pg_dump = find_tool("pg_dump")
    if pg_dump is None:
        raise DatabaseRefused(
            "The PostgreSQL database must be copied before it is upgraded, and pg_dump is "
            "not installed: install the PostgreSQL client programs (Debian: "
            "postgresql-client), then start Shegong again. Nothing was changed.",
            "升级前须先备份 PostgreSQL 数据库，但未安装 pg_dump：请安装 PostgreSQL 客户端程序"
            "（Debian：postgresql-client）后再启动社工站助手。未做任何更改。")
    uri, env = libpq_target(engine)
    part = target.with_name(target.name + ".part")
    run = subprocess.run([str(pg_dump), "--format=custom", f"--file={part}", f"--dbname={uri}"],
                         env=env, capture_output=True, text=True, check=False)
    if run.returncode != 0:
        part.unlink(missing_ok=True)
        raise DatabaseRefused(
            f"The PostgreSQL database {shown_url(engine)} could not be copied before the "
            f"upgrade ({run.stderr.strip()[-300:]}). Nothing was changed.",
            f"升级前未能备份 PostgreSQL 数据库 {shown_url(engine)}"
            f"（{run.stderr.strip()[-300:]}）。未做任何更改。")
    part.replace(target)
