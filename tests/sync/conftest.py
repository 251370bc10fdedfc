"""A mesh of five trusting devices made once, all holding the same three clients; each
hypothesis example copies it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from peers import mesh

from app.services import clients


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("mesh")
    peers = mesh(root, [f"d{i}" for i in range(5)])
    shared = [clients.register_client(peers[0].db, clients.ClientInput(
        name=name, phone=f"1370000000{i}")) for i, name in enumerate(("张晓明", "覃秀兰", "王芳"))]
    bundle = peers[0].export()
    for p in peers[1:]:
        p.take(bundle)
    bundle.unlink()
    (root / "shared.json").write_text(json.dumps(shared))
    for p in peers:
        p.close()
    return root
