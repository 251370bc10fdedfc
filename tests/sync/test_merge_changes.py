"""A bundle import reports the tables the merge wrote, like any other write; a bundle
already imported, or refused, reports nothing it did not write."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from categories import TBA
from peers import Peer, mesh

from app.errors import BundleRefused
from app.services import clients, visits


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[list[Peer]]:
    peers = mesh(tmp_path, ["韦丽", "站长"])
    yield peers
    for p in peers:
        p.close()


def test_bundle_import_reports_the_merged_tables(pair: list[Peer]) -> None:
    a, b = pair
    client_id = clients.register_client(a.db, clients.ClientInput(name="覃秀兰", categories=TBA))
    visits.record_visit(a.db, visits.VisitInput(client_id=client_id,
                                                visit_date=dt.date(2026, 11, 3),
                                                    observations="电话回访"))
    bundle = a.export()
    heard: list[frozenset[str]] = []
    b.db.changes.subscribe(heard.append)
    summary = b.take(bundle)
    assert summary.applied > 0
    tables = set().union(*heard)
    # the merged records, the ops, the ledger, and the triggers' client_index
    assert {"client", "visit", "sync_op", "bundle_ledger", "client_index"} <= tables

    heard.clear()
    assert b.take(bundle).already_imported
    assert not {"client", "visit"} & set().union(*heard)

    tampered = bundle.with_name("tampered.bundle")
    data = bytearray(bundle.read_bytes())
    data[-10] ^= 0xFF
    tampered.write_bytes(bytes(data))
    heard.clear()
    with pytest.raises(BundleRefused):
        b.take(tampered)
    assert heard == []
