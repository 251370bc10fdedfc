"""The spent mark beside the keys (app.sync.spent) and the import's own-id check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from categories import TBA
from peers import Peer, crafted, log_tops

from app.errors import BundleRefused
from app.models.ids import uuid7
from app.services import clients
from app.sync.keys import load_signing_key
from app.sync.spent import SPENT_FILE, raise_spent, read_spent
from app.sync.wire import WireOp, encode, schema


def own_id_bundle(sender: Peer, importer: Peer, seq: int, path: Path) -> Path:
    """A bundle from a trusted peer carrying an op under the IMPORTER's device id."""
    values = {**dict.fromkeys(schema()["client"]), "name": "新人", "gender": "female"}
    line = encode(WireOp("client", uuid7(), 1_796_000_000_000 << 16, importer.id, seq,
                         True, values, {}))
    r = crafted(sender, importer, [line])
    # signed with the importer's own key: only the own-id rule can tell
    r.origin_keys[importer.id] = load_signing_key(importer.db.paths.keys)
    r.prev[(importer.id, None)] = log_tops(importer, importer.id).get(None, (0, bytes(32)))
    return r.write(path)


def next_seq(peer: Peer) -> int:
    return int(peer.rows("SELECT next_seq FROM sync_clock")[0][0])


def test_the_mark_only_grows_and_is_the_device_s_own(tmp_path: Path) -> None:
    device = str(uuid7())
    assert read_spent(tmp_path) is None
    raise_spent(tmp_path, device, 40, 3)
    raise_spent(tmp_path, device, 12, 2)  # a smaller one never lowers it
    mark = read_spent(tmp_path, device)
    assert mark is not None and (mark.op_seq, mark.bundle_seq) == (40, 3)
    assert read_spent(tmp_path, str(uuid7())) is None
    (tmp_path / SPENT_FILE).write_text("{half")
    assert read_spent(tmp_path) is None
    assert not list(tmp_path.glob("*.part"))


def test_own_ops_the_importer_never_made_are_refused_unless_spent_before_a_restore(
        tmp_path: Path) -> None:
    sender, importer = Peer(tmp_path, "韦丽"), Peer(tmp_path, "站长")
    try:
        importer.trust(sender)
        sender.trust(importer)
        clients.register_client(importer.db, clients.ClientInput(name="王芳", categories=TBA))
        top = next_seq(importer) - 1  # init and the client made ops 1..top here
        before = importer.dump()
        squat = own_id_bundle(sender, importer, top + 1, tmp_path / "squat.bundle")
        with pytest.raises(BundleRefused, match="never made"):
            importer.take(squat)
        assert importer.dump() == before
        # the importer had written ops top+1..top+2 and sent them; then its database
        # went back to an older copy: the mark beside the keys remembers them
        raise_spent(importer.db.paths.keys, importer.id, top + 2, 1)
        importer.close()
        importer = Peer.reopen(tmp_path, "站长")
        assert next_seq(importer) == top + 3  # moved past the mark at open
        back = own_id_bundle(sender, importer, top + 1, tmp_path / "back.bundle")
        assert importer.take(back).applied == 1
        with pytest.raises(BundleRefused, match="never made"):
            importer.take(own_id_bundle(sender, importer, top + 9, tmp_path / "ahead.bundle"))
        clients.register_client(importer.db, clients.ClientInput(name="覃秀兰", categories=TBA))
        assert next_seq(importer) > top + 3
        assert json.loads((importer.db.paths.keys / SPENT_FILE).read_text())["op_seq"] \
            == top + 2
    finally:
        sender.close()
        importer.close()
