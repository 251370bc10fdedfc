"""Convergence, proven with hypothesis: 3-5 devices make random creates, edits and
category changes, and exchange random bundles in random orders, some twice. After a
final full exchange every device's `state dump` is byte-identical, and each device holds
a conflict record for exactly the fields that had concurrent writes.

Phones are written with values unique across the run, so "concurrent" and "concurrent
with different values" are the same thing and the ground truth is a causal question:
two writes of one field are concurrent when neither author had seen the other.
"""

from __future__ import annotations

import itertools
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from categories import TBA
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from peers import Peer
from sqlalchemy import select

from app.models import Conflict
from app.services import clients, visits

MAX_DEVICES = 5
counter = itertools.count(1)


@dataclass
class Write:
    key: tuple[str, str]  # (client id, field)
    seen_before: frozenset[int]  # the write ids its author had seen


@dataclass
class Model:
    """What each device has seen, to know which writes were concurrent."""

    seen: list[set[int]]
    writes: dict[int, Write] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)  # client id -> its create write

    def write(self, device: int, key: tuple[str, str]) -> int:
        wid = next(counter)
        self.writes[wid] = Write(key, frozenset(self.seen[device]))
        self.seen[device].add(wid)
        return wid

    def known_clients(self, device: int) -> list[str]:
        return sorted(c for c, wid in self.rows.items() if wid in self.seen[device])

    def concurrent_keys(self) -> set[tuple[str, str]]:
        out = set()
        by_key: dict[tuple[str, str], list[int]] = {}
        for wid, w in self.writes.items():
            by_key.setdefault(w.key, []).append(wid)
        for key, wids in by_key.items():
            for a, b in itertools.combinations(wids, 2):
                if a not in self.writes[b].seen_before and b not in self.writes[a].seen_before:
                    out.add(key)
        return out


step = st.one_of(
    st.tuples(st.just("create"), st.integers(0, MAX_DEVICES - 1)),
    st.tuples(st.just("phone"), st.integers(0, MAX_DEVICES - 1), st.integers(0, 99)),
    st.tuples(st.just("category"), st.integers(0, MAX_DEVICES - 1), st.integers(0, 99)),
    st.tuples(st.just("visit"), st.integers(0, MAX_DEVICES - 1), st.integers(0, 99)),
    st.tuples(st.just("export"), st.integers(0, MAX_DEVICES - 1)),
    st.tuples(st.just("import"), st.integers(0, MAX_DEVICES - 1), st.integers(0, 99)),
)


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(n=st.integers(3, MAX_DEVICES), steps=st.lists(step, min_size=4, max_size=30))
def test_random_exchanges_converge(template: Path, tmp_path_factory, n: int,
                                   steps: list[tuple]) -> None:
    root = tmp_path_factory.mktemp("run")
    shutil.copytree(template, root, dirs_exist_ok=True)
    peers = [Peer.reopen(root, f"d{i}") for i in range(n)]
    model = Model([set() for _ in range(n)])
    for client_id in json.loads((root / "shared.json").read_text()):
        wid = model.write(0, (client_id, "phone"))  # d0 made them; everyone has them
        model.rows[client_id] = wid
        for seen in model.seen:
            seen.add(wid)
    bundles: list[tuple[Path, frozenset[int]]] = []
    try:
        for action, device, *arg in steps:
            device %= n
            peer = peers[device]
            if action == "create":
                client_id = clients.register_client(peer.db, clients.ClientInput(
                    name="韦" + "丽芳华秀"[next(counter) % 4],
                    phone=f"138{next(counter):08d}", categories=TBA))
                model.rows[client_id] = model.write(device, (client_id, "phone"))
                continue
            known = model.known_clients(device)
            if action in ("phone", "category", "visit") and not known:
                continue
            if action == "phone":
                client_id = known[arg[0] % len(known)]
                clients.update_client(peer.db, client_id, phone=f"139{next(counter):08d}")
                model.write(device, (client_id, "phone"))
            elif action == "category":
                client_id = known[arg[0] % len(known)]
                code = ("minimum_allowance", "disabled", "left_behind_elderly")[arg[0] % 3]
                current = {c.category for c in clients.get_client(peer.db, client_id).categories}
                wanted = current ^ {code}
                clients.set_categories(peer.db, client_id,
                                       [clients.CategoryInput(c) for c in sorted(wanted)])
            elif action == "visit":
                client_id = known[arg[0] % len(known)]
                visits.record_visit(peer.db, visits.VisitInput(
                    client_id=client_id, visit_date="2026-11-01", observations="电话回访"))
            elif action == "export":
                bundles.append((peer.export(), frozenset(model.seen[device])))
            elif action == "import" and bundles:
                path, snapshot = bundles[arg[0] % len(bundles)]
                peer.take(path)
                model.seen[device] |= snapshot
        finals = [(p.export(), frozenset(model.seen[i])) for i, p in enumerate(peers)]
        for i, peer in enumerate(peers):
            for j, (path, snapshot) in enumerate(finals):
                if i != j:
                    peer.take(path)
                    model.seen[i] |= snapshot
        dumps = {p.dump() for p in peers}
        assert len(dumps) == 1
        expected = model.concurrent_keys()
        for peer in peers:
            with peer.db.read() as s:
                found = {(c.row_id, c.field) for c in s.scalars(select(Conflict))}
            assert found == expected, peer.name
    finally:
        for p in peers:
            p.close()
