"""A mesh of five trusting devices made once, all holding the same three clients; each
hypothesis example copies it."""

from __future__ import annotations

import itertools
import json
import os
from pathlib import Path

import pytest
from categories import TBA
from peers import Peer, mesh

from app.services import clients


@pytest.fixture(autouse=True)
def _engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """SHEGONG_TEST_DB=postgresql: every Peer made by a test keeps its data in a fresh
    database of the test server (the tests that copy data folders stay on SQLite)."""
    if os.environ.get("SHEGONG_TEST_DB") != "postgresql" or \
            "template" in request.fixturenames:
        return
    server = request.getfixturevalue("pg_server")
    monkeypatch.setattr(Peer, "new_database",
                        lambda: server.create_database(f"peer{next(_peer_numbers)}"))


_peer_numbers = itertools.count()


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("mesh")
    peers = mesh(root, [f"d{i}" for i in range(5)])
    shared = [clients.register_client(peers[0].db, clients.ClientInput(
        name=name, phone=f"1370000000{i}", categories=TBA))
        for i, name in enumerate(("张晓明", "覃秀兰", "王芳"))]
    bundle = peers[0].export()
    for p in peers[1:]:
        p.take(bundle)
    bundle.unlink()
    (root / "shared.json").write_text(json.dumps(shared))
    for p in peers:
        p.close()
    return root
