"""Convergence with one hostile relay (issue 9, item 3), proven with hypothesis.

Devices d1.. are honest; d0 takes part honestly too, but also takes bundles it made,
changes one op of ANOTHER device inside them (a value, a dropped op, two ops swapped),
signs the result with its own key and hands it to an honest device. Every such bundle
is refused and changes nothing there; after a final full exchange of the honest
bundles, every device holds the same dump, and no honest device holds a forged value.
"""

from __future__ import annotations

import itertools
import json
import shutil
from pathlib import Path

from categories import TBA
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from peers import Peer, opened, resealed_by

from app.errors import BundleRefused, NotFoundError
from app.services import clients

counter = itertools.count(1)
FORGED_PHONE = "13999999999"  # what the relay writes into other devices' ops

step = st.one_of(
    st.tuples(st.just("create"), st.integers(0, 3)),
    st.tuples(st.just("phone"), st.integers(0, 3), st.integers(0, 99)),
    st.tuples(st.just("export"), st.integers(0, 3)),
    st.tuples(st.just("import"), st.integers(0, 3), st.integers(0, 99)),
    st.tuples(st.just("forge"), st.sampled_from(["alter", "drop", "swap"]),
              st.integers(1, 3), st.integers(0, 99)),
)


def forged_lines(relay: Peer, path: Path, how: str, pick: int) -> list[bytes] | None:
    """The bundle's lines with one op of another device changed; None when it carries
    no op of another device (the relay may rewrite its own ops: that is not forging)."""
    lines = opened(path, relay)[2]
    others = [i for i, line in enumerate(lines) if json.loads(line)["d"] != relay.id]
    if not others:
        return None
    i = others[pick % len(others)]
    if how == "alter":
        record = json.loads(lines[i])
        record["f"] = {k: (FORGED_PHONE if k == "phone" else v) for k, v in record["f"].items()}
        record["h"] += 1 if record["f"] == json.loads(lines[i])["f"] else 0
        lines[i] = json.dumps(record, sort_keys=True, ensure_ascii=False,
                              separators=(",", ":")).encode() + b"\n"
    elif how == "drop":
        del lines[i]
    else:
        log = _log(lines[i])  # two ops of one signed log (device, station)
        same = [j for j in others if _log(lines[j]) == log]
        if len(same) < 2:
            return None
        a, b = same[pick % (len(same) - 1)], same[pick % (len(same) - 1) + 1]
        lines[a], lines[b] = lines[b], lines[a]
    return lines


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(n=st.integers(3, 4), steps=st.lists(step, min_size=4, max_size=24))
def test_a_hostile_relay_changes_nothing_and_honest_devices_converge(
        template: Path, tmp_path_factory, n: int, steps: list[tuple]) -> None:
    root = tmp_path_factory.mktemp("relay")
    shutil.copytree(template, root, dirs_exist_ok=True)
    peers = [Peer.reopen(root, f"d{i}") for i in range(n)]
    known = json.loads((root / "shared.json").read_text())
    made: list[list[Path]] = [[] for _ in peers]  # the bundles each device exported
    try:
        for action, *args in steps:
            if action == "create":
                peer = peers[args[0] % n]
                known.append(clients.register_client(peer.db, clients.ClientInput(
                    name="韦秀华", phone=f"138{next(counter):08d}", categories=TBA)))
            elif action == "phone":
                peer = peers[args[0] % n]
                visible = [c for c in known if _holds(peer, c)]
                if visible:
                    clients.update_client(peer.db, visible[args[1] % len(visible)],
                                          phone=f"139{next(counter):08d}")
            elif action == "export":
                device = args[0] % n
                made[device].append(peers[device].export())
            elif action == "import":
                every = [p for ps in made for p in ps]
                if every:
                    peers[args[0] % n].take(every[args[1] % len(every)])
            else:
                _forge(peers, made, *args)
        finals = [p.export() for p in peers]
        for i, peer in enumerate(peers):
            for j, path in enumerate(finals):
                if i != j:
                    peer.take(path)
        dumps = {p.dump() for p in peers}
        assert len(dumps) == 1
        assert FORGED_PHONE not in dumps.pop()
    finally:
        for p in peers:
            p.close()


def _forge(peers: list[Peer], made: list[list[Path]], how: str, target: int,
           pick: int) -> None:
    """d0 takes an honest device's bundle, exports (so it holds ops to relay), and hands
    a changed copy of its export to an honest device."""
    honest = [p for ps in made[1:] for p in ps]
    if not honest:
        return
    relay, victim = peers[0], peers[target % len(peers) or 1]
    relay.take(honest[pick % len(honest)])
    path = relay.export()
    made[0].append(path)
    lines = forged_lines(relay, path, how, pick)
    if lines is None:
        return
    bad = resealed_by(relay, victim, path, lines).write(path.with_suffix(".forged"))
    before = victim.dump()
    try:
        victim.take(bad)
    except BundleRefused:
        pass
    else:
        raise AssertionError(f"a forged bundle ({how}) was accepted")
    assert victim.dump() == before


def _holds(peer: Peer, client_id: str) -> bool:
    try:
        clients.get_client(peer.db, client_id)
    except NotFoundError:
        return False
    return True


def _log(line: bytes) -> tuple[str, str | None]:
    record = json.loads(line)
    return record["d"], record.get("st")
