"""Convergence with admissions and a revocation arriving in any order (issue 9, items 2
and 4), proven with hypothesis.

The station's head (d0) admitted every laptop (the template). At a random moment it
revokes one; that laptop goes on writing as a stolen one would, and its bundles travel
before, with and after the revocation. Bundles are refused where a rule says so (a
revoked laptop's ops past its cut); after two full rounds of exchange every honest
device holds the same dump, and none holds an op of the revoked laptop past its cut.
"""

from __future__ import annotations

import itertools
import json
import shutil
from pathlib import Path

from categories import TBA
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from peers import Peer
from rawdb import raw_connect

from app.errors import BundleRefused, NotFoundError
from app.models.ids import id_to_bytes
from app.services import clients
from app.services.devices import revoke

counter = itertools.count(1)

step = st.one_of(
    st.tuples(st.just("create"), st.integers(0, 3)),
    st.tuples(st.just("phone"), st.integers(0, 3), st.integers(0, 99)),
    st.tuples(st.just("export"), st.integers(0, 3)),
    st.tuples(st.just("import"), st.integers(0, 3), st.integers(0, 99)),
    st.tuples(st.just("revoke"), st.integers(1, 3)),
)


@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(n=st.integers(3, 4), steps=st.lists(step, min_size=4, max_size=24))
def test_honest_devices_converge_around_a_revocation(template: Path, tmp_path_factory,
                                                     n: int, steps: list[tuple]) -> None:
    root = tmp_path_factory.mktemp("revoke")
    shutil.copytree(template, root, dirs_exist_ok=True)
    peers = [Peer.reopen(root, f"d{i}") for i in range(n)]
    known = json.loads((root / "shared.json").read_text())
    bundles: list[Path] = []
    revoked: Peer | None = None
    try:
        for action, *args in steps:
            if action == "revoke":
                if revoked is None:
                    revoked = peers[args[0] % (n - 1) + 1]
                    revoke(peers[0].db, revoked.id, reason="电脑被盗")
            elif action == "create":
                known.append(clients.register_client(peers[args[0] % n].db, clients.ClientInput(
                    name="韦秀华", phone=f"138{next(counter):08d}", categories=TBA)))
            elif action == "phone":
                _edit_phone(peers[args[0] % n], known, args[1])
            elif action == "export":
                bundles.append(peers[args[0] % n].export())
            elif bundles:
                peer = peers[args[0] % n]
                _take(peer, bundles[args[1] % len(bundles)], revoked=peer is revoked)
        honest = [p for p in peers if p is not revoked]
        for _ in range(2):  # the first round spreads the revocation, the second is clean
            finals = [(p, p.export()) for p in peers]
            for peer in honest:
                for sender, path in finals:
                    if sender is not peer:
                        _take(peer, path)
        assert len({p.dump() for p in honest}) == 1
        if revoked is not None:
            for peer in honest:
                assert _past_cut(peer, revoked) == 0
    finally:
        for p in peers:
            p.close()


def _take(peer: Peer, path: Path, revoked: bool = False) -> None:
    """Import; a bundle that carries a revoked laptop's ops past its cut is refused
    (the rule), and changes nothing. The head no longer sends to the revoked laptop."""
    before = peer.dump()
    try:
        peer.take(path)
    except BundleRefused as err:
        assert "after it was revoked" in err.en or "does not trust" in err.en \
            or "revoked on" in err.en or (revoked and "not addressed" in err.en), err.en
        assert peer.dump() == before


def _edit_phone(peer: Peer, known: list[str], pick: int) -> None:
    mine = []
    for client_id in known:
        try:
            clients.get_client(peer.db, client_id)
        except NotFoundError:
            continue
        mine.append(client_id)
    if mine:
        clients.update_client(peer.db, mine[pick % len(mine)], phone=f"139{next(counter):08d}")


def _past_cut(peer: Peer, revoked: Peer) -> int:
    """Ops of the revoked laptop this peer holds past the cut its revocation names."""
    conn = raw_connect(peer.db.paths.database)
    try:
        row = conn.execute("SELECT cut FROM device_revocation WHERE device_id = ?",
                           (id_to_bytes(revoked.id),)).fetchone()
        assert row is not None, "the revocation reached every honest device"
        return int(conn.execute(
            "SELECT count(*) FROM sync_op o JOIN device d ON d.devno = o.dev "
            "WHERE d.device_id = ? AND o.seq > ?", (id_to_bytes(revoked.id), row[0])
        ).fetchone()[0])
    finally:
        conn.close()
