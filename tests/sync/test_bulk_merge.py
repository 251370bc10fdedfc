"""A big bundle's merge: the visit triggers paused and their work done per set of rows
(app.sync.visit_index), the ops checked in a helper process (app.sync.checker). The
result must be the one the per-row path gives."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from peers import Peer, crafted

from app.demo.generate import generate
from app.errors import BundleRefused
from app.models.ids import uuid7
from app.reports.visit_months import visit_months
from app.services.devices import this_device
from app.store.database import session_raw
from app.store.triggers import PausedTriggers
from app.sync import checker, visit_index
from app.sync.wire import WireOp, encode, schema

SPAN = (dt.date(2023, 1, 1), dt.date.today())  # every month the demo's visits fall in
INDEX = ("SELECT client_id, live, active, name, village, sort_key, hay, last_visit, "
         "last_visit_id, next_followup FROM client_index ORDER BY client_id")


def triggers(peer: Peer) -> list[tuple[str, str]]:
    """The visit table's triggers as the engine holds them: SQLite's statements, or
    PostgreSQL's names and whether each is enabled."""
    with peer.db.read() as s:
        raw = session_raw(s)
        if peer.db.engine.dialect.name == "sqlite":
            rows = raw.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                               "AND tbl_name = 'visit' ORDER BY name").fetchall()
        else:
            rows = raw.execute("SELECT tgname, tgenabled FROM pg_trigger WHERE NOT "
                               "tgisinternal AND tgrelid = 'visit'::regclass "
                               "ORDER BY tgname").fetchall()
    return [tuple(r) for r in rows]


def test_bulk_merge_keeps_the_index_and_the_cache_as_the_row_triggers_do(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker's laptop with 400 clients and their visits sends them to two laptops of
    its station: one merges with the row triggers, the other in bulk."""
    maker = Peer(tmp_path, "韦丽")
    per_row, bulk = Peer(tmp_path, "逐行"), Peer(tmp_path, "成批")
    for peer in (per_row, bulk):
        maker.trust(peer)
        peer.trust(maker)
        visit_months(peer.db, *SPAN)  # a cache row for every month, to go stale
    generate(maker.db, clients=400, seed=5)
    bundle = maker.export()
    before = triggers(bulk)
    monkeypatch.setattr(visit_index, "BULK", 10**9)
    assert per_row.take(bundle).applied > 2000
    monkeypatch.setattr(visit_index, "BULK", 500)
    pauses: list[str] = []
    pause = PausedTriggers.pause
    monkeypatch.setattr(PausedTriggers, "pause",
                        lambda self: (pauses.append(self.table), pause(self)))
    assert bulk.take(bundle).applied > 2000
    assert pauses  # the bulk path was taken
    assert triggers(bulk) == before  # back, exactly as the migrations made them
    assert bulk.rows(INDEX) == per_row.rows(INDEX) == maker.rows(INDEX)
    assert sum(1 for r in bulk.rows(INDEX) if r[7] is not None) > 300  # latest visits set
    months = "SELECT month, station, data FROM report_visit_month ORDER BY 1, 2"
    assert bulk.rows(months) == per_row.rows(months)
    assert visit_months(bulk.db, *SPAN) == visit_months(per_row.db, *SPAN) \
        == visit_months(maker.db, *SPAN)


def test_a_refused_bulk_merge_leaves_the_triggers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pause is part of the transaction: a bundle refused after the pause (its last
    op names an unknown visit mode, which only the helper process checks) rolls it back
    with the rest, and the sentence is the helper's."""
    head = Peer(tmp_path, "站长")
    worker = Peer(tmp_path, "韦丽")
    station = this_device(worker.db).station_id
    hlc = int(time.time() * 1000) << 16
    client = uuid7()
    ops = [WireOp("client", client, hlc, worker.id, 1001, True,
                  {**dict.fromkeys(schema()["client"]), "name": "覃秀兰",
                   "gender": "female"}, {}, station=station)]
    for n in range(1, 801):
        mode = "flying" if n == 800 else "home"
        ops.append(WireOp("visit", uuid7(), hlc + n, worker.id, 1001 + n, True,
                          {**dict.fromkeys(schema()["visit"]), "client_id": client,
                           "visit_date": "2026-11-02", "mode": mode}, {},
                          station=station))
    bundle = crafted(worker, head, [encode(op) for op in ops]).write(tmp_path / "bad.bundle")
    before, dump = triggers(head), head.dump()
    monkeypatch.setattr(checker, "ASIDE_FROM", 0)
    with pytest.raises(BundleRefused, match=r"operation 801 has a bad value for visit\.mode"):
        head.take(bundle)
    assert triggers(head) == before
    assert head.dump() == dump
    monkeypatch.setattr(checker, "ASIDE_FROM", 10**9)  # in line: the same sentence
    with pytest.raises(BundleRefused, match=r"operation 801 has a bad value for visit\.mode"):
        head.take(bundle)
