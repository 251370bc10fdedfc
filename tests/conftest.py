"""Fixtures shared by every test: each test gets its own data folder, never the user's."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_server import PgServer, ServerUnavailable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SHEGONG_LANG"] = "en"

from rawdb import TEST_PASSWORD

from app.paths import Paths, resolve_paths
from app.services.setup import SetupInput, initialize
from app.store.database import Database

# Every data folder a test makes is encrypted (app.vault) under this password, with a
# cheap Argon2id cost recorded in its vault (tests/test_encryption_at_rest.py checks the real one).
os.environ["SHEGONG_PASSWORD"] = TEST_PASSWORD
os.environ["SHEGONG_TEST_WEAK_KDF"] = "1"

STATION = SetupInput(station="那龙镇社工站", county="南宁市武鸣区", township="那龙镇",
                     device="韦丽的电脑", worker="韦丽")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs and Qt must never see the real user folders during tests."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("SHEGONG_DATA_DIR", raising=False)


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return resolve_paths(tmp_path / "data")


@pytest.fixture
def bare_db(paths: Paths) -> Iterator[Database]:
    """A migrated database with no device yet."""
    db = Database(paths)
    yield db
    db.close()


@pytest.fixture
def db(bare_db: Database) -> Database:
    """A set-up database: this device, its station and its worker 韦丽."""
    initialize(bare_db, STATION)
    return bare_db


_database_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One real PostgreSQL server for the whole run, stopped at its end. A test that needs
    it fails (never skips) with the reason when it cannot start."""
    try:
        server = PgServer()
        server.start()
    except (ServerUnavailable, OSError, subprocess.SubprocessError) as exc:
        pytest.fail(f"The PostgreSQL test server could not start: {exc}", pytrace=False)
    # A run ended by SIGTERM (a CI timeout) still stops the server on its way out.
    previous = signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        yield server
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.stop()


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh, empty database of the test server, dropped after the test."""
    name = f"t{next(_database_numbers)}"
    yield pg_server.create_database(name)
    pg_server.drop_database(name)
