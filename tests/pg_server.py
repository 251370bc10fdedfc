"""A real, throw-away PostgreSQL server for the tests: `initdb` into a temporary folder,
`pg_ctl start` on a unix socket inside it (no TCP port to collide with anything), and
`pg_ctl stop` at the end.

PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres`
system user (made by Debian's `postgresql` package, which `make system-deps` installs)
and every server command runs through `runuser -u postgres --`. Authentication is
`trust` on the socket: the folder is private to this run and disappears with it.

The server trades durability for speed (fsync off): a crash loses a test database,
never anything else. The collation is C: text sorts by bytes, as SQLite sorts it.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

SUPERUSER = "postgres"
FAST = ("-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
        "-c max_connections=200 -c shared_buffers=64MB")


class ServerUnavailable(RuntimeError):
    """The server could not be started: the message says why and what to install."""


def find_bindir() -> Path:
    """Where initdb and pg_ctl live: on PATH, else Debian's versioned folder (newest)."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(Path(p).parent.parent.name)
                        if Path(p).parent.parent.name.isdigit() else 0)
    if not candidates:
        raise ServerUnavailable(
            "PostgreSQL's server programs (initdb, pg_ctl) are not installed: install the "
            "Debian package `postgresql` (make system-deps does, as root).")
    return Path(candidates[-1]).parent


class PgServer:
    """One running server; `url(name)` is a SQLAlchemy URL of one of its databases."""

    def __init__(self) -> None:
        self.bindir = find_bindir()
        self.runner: list[str] = []
        if os.geteuid() == 0:
            try:
                pwd.getpwnam(SUPERUSER)
            except KeyError as exc:
                raise ServerUnavailable(
                    "PostgreSQL will not run as root and there is no `postgres` user to run "
                    "it as: install the Debian package `postgresql`, which creates it."
                ) from exc
            self.runner = ["runuser", "-u", SUPERUSER, "--"]
        # A short path: a unix socket's path must stay under ~100 bytes.
        self.root = Path(tempfile.mkdtemp(prefix="shegong-pg-"))
        self.data = self.root / "cluster"
        self.socket_dir = self.root
        self.started = False
        self.start_seconds = 0.0

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self.runner, *args], capture_output=True, text=True,
                              check=False, timeout=120)

    def start(self) -> None:
        began = time.monotonic()
        if self.runner:
            user = pwd.getpwnam(SUPERUSER)
            os.chown(self.root, user.pw_uid, user.pw_gid)
        initdb = self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", SUPERUSER,
                           "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync")
        if initdb.returncode != 0:
            raise ServerUnavailable(f"initdb failed: {initdb.stderr.strip()[-800:]}")
        options = f"-k {self.socket_dir} -c listen_addresses='' {FAST}"
        started = self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", options,
                            "-l", str(self.root / "server.log"), "-w", "-t", "60", "start")
        if started.returncode != 0:
            raise ServerUnavailable(f"pg_ctl start failed: {started.stderr.strip()[-400:]} "
                                    f"{self.log_tail()}")
        self.started = True
        self.start_seconds = time.monotonic() - began

    def log_tail(self) -> str:
        try:
            return (self.root / "server.log").read_text(errors="replace")[-800:]
        except OSError:
            return ""

    def stop(self) -> None:
        if self.started:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w",
                      "stop")
            self.started = False
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.socket_dir}"

    def admin(self, sql: str) -> None:
        """One statement outside a transaction (CREATE/DROP DATABASE need that)."""
        import psycopg

        with psycopg.connect(host=str(self.socket_dir), user=SUPERUSER, dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(sql.encode())  # our own statements, not user input

    def create_database(self, name: str, template: str = "template0") -> str:
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
