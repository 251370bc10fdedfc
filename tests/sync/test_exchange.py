"""Bundles between real devices: convergence, idempotence, conflicts, replays, clocks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from categories import TBA
from peers import Peer, mesh
from sqlalchemy import select

from app.demo.generate import generate, random_edits
from app.errors import BundleRefused
from app.models import Conflict
from app.services import clients, visits


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[list[Peer]]:
    peers = mesh(tmp_path, ["韦丽", "覃海燕", "站长"])
    yield peers
    for p in peers:
        p.close()


def test_full_exchange_converges_and_replay_changes_nothing(trio: list[Peer]) -> None:
    a, b, c = trio
    generate(a.db, clients=40, seed=1)
    generate(b.db, clients=30, seed=2)
    random_edits(a.db, edits=30, seed=3)
    bundle_a, bundle_b = a.export(), b.export()
    first = c.take(bundle_a)
    # all new to c but the head's admissions of the laptops, which c holds already
    assert first.applied == first.ops - first.known > 0 and first.known < 10
    c.take(bundle_b)
    again = c.take(bundle_a)
    assert again.already_imported
    a.take(bundle_b)
    b.take(bundle_a)
    from_c = c.export()
    summary = a.take(from_c)
    b.take(from_c)
    assert a.dump() == b.dump() == c.dump()
    # c forwarded what it had from a and b: a knew all of it but c's own records.
    assert summary.known == summary.ops - summary.applied
    assert summary.applied <= 2  # c's own person record


def test_concurrent_edits_keep_both_values_in_a_conflict(trio: list[Peer]) -> None:
    a, b, c = trio
    client_id = clients.register_client(
        a.db, clients.ClientInput(name="覃秀兰", phone="13800000001", categories=TBA))
    b.take(a.export())
    clients.update_client(a.db, client_id, phone="13800000002")
    clients.update_client(b.db, client_id, phone="13900000003")
    from_a, from_b = a.export(), b.export()
    c.take(from_a)
    summary = c.take(from_b)
    a.take(from_b)
    b.take(from_a)
    from_c = c.export()
    a.take(from_c)
    b.take(from_c)
    assert a.dump() == b.dump() == c.dump()
    assert summary.conflicts == 1
    for peer in (a, b, c):
        with peer.db.read() as s:
            rows = list(s.scalars(select(Conflict)))
        assert [(r.field, sorted([r.kept_value, r.other_value])) for r in rows] == [
            ("phone", ["13800000002", "13900000003"])]
    winner = clients.get_client(a.db, client_id).row.phone
    assert winner in ("13800000002", "13900000003")


def test_sequential_edits_are_not_conflicts(trio: list[Peer]) -> None:
    a, b, c = trio
    client_id = clients.register_client(a.db, clients.ClientInput(name="黄小燕", categories=TBA))
    b.take(a.export())
    clients.update_client(b.db, client_id, village="板六村")
    a.take(b.export())
    clients.update_client(a.db, client_id, village="那龙村")
    c.take(a.export())
    for peer in (a, b, c):
        with peer.db.read() as s:
            assert list(s.scalars(select(Conflict))) == []
    assert clients.get_client(c.db, client_id).row.village == "那龙村"


def test_concurrent_category_additions_both_survive(trio: list[Peer]) -> None:
    a, b, _ = trio
    client_id = clients.register_client(
        a.db, clients.ClientInput(name="陆小红", birth_date="2014-01-01", categories=TBA))
    b.take(a.export())
    clients.set_categories(a.db, client_id, [clients.CategoryInput("left_behind_child")])
    clients.set_categories(b.db, client_id, [clients.CategoryInput("minimum_allowance")])
    from_a, from_b = a.export(), b.export()
    a.take(from_b)
    b.take(from_a)
    assert a.dump() == b.dump()
    got = {c.category for c in clients.get_client(a.db, client_id).categories}
    assert got == {"left_behind_child", "minimum_allowance"}


def test_month_bundle_and_delta_for_a_peer(trio: list[Peer]) -> None:
    a, b, _ = trio
    generate(a.db, clients=10, seed=4)
    month = dt.date.today().strftime("%Y-%m")
    summary = b.take(a.export("month", month=month))
    assert summary.applied > 0
    empty = b.take(a.export("month", month="2001-01"))
    assert empty.ops == 0
    # b tells a what it holds (its bundle's knowledge): a's delta for b is then empty.
    a.take(b.export())
    assert b.take(a.export("delta", for_device=b.id)).ops == 0
    client_id = clients.register_client(a.db, clients.ClientInput(name="新登记", categories=TBA))
    visits.record_visit(a.db, visits.VisitInput(client_id=client_id, visit_date=dt.date.today(),
                                                observations="电话回访"))
    delta = b.take(a.export("delta", for_device=b.id))
    assert delta.ops == delta.applied == 3  # the client, its category, the visit
    assert a.dump() == b.dump()


def test_untrusted_and_revoked_senders_are_refused(tmp_path: Path) -> None:
    a, b = Peer(tmp_path, "甲"), Peer(tmp_path, "乙")  # b joins a's station: trusts a
    stranger = Peer(tmp_path, "生人", join=False)  # a laptop of a station of its own
    stranger.trust(b)
    generate(stranger.db, clients=3, seed=2)
    with pytest.raises(BundleRefused) as err:
        b.take(stranger.export())
    assert "does not trust" in err.value.en
    generate(a.db, clients=3, seed=1)
    bundle = a.export()
    before = b.dump()
    assert b.take(bundle).applied > 0
    from app.services.devices import revoke

    revoke(b.db, a.id)
    later = a.export()
    with pytest.raises(BundleRefused) as err:
        b.take(later)
    assert "revoked" in err.value.en
    assert before != b.dump()
    for peer in (a, b, stranger):
        peer.close()
