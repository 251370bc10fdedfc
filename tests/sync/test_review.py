"""Resolving conflicts, merging duplicate clients, clock warnings, bundle history."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from categories import TBA
from peers import Peer, mesh

from app.models.validation import id_check_digit
from app.services import clients, visits
from app.services.sync_review import (
    bundle_history,
    clock_problems,
    duplicate_clients,
    merge_clients,
    open_conflicts,
    resolve_conflict,
    this_clock_behind_ms,
)
from app.sync.hlc import HybridClock


def test_choosing_the_other_value_is_an_edit_that_syncs(tmp_path: Path) -> None:
    a, b = mesh(tmp_path, ["韦丽", "站长"])
    client_id = clients.register_client(a.db, clients.ClientInput(name="覃秀兰", categories=TBA))
    b.take(a.export())
    clients.update_client(a.db, client_id, village="那龙村")
    clients.update_client(b.db, client_id, village="板六村")
    from_a, from_b = a.export(), b.export()
    a.take(from_b)
    b.take(from_a)
    [conflict] = open_conflicts(b.db)
    assert conflict.record_label == "覃秀兰" and conflict.field == "village"
    assert {conflict.kept_value, conflict.other_value} == {"那龙村", "板六村"}
    assert {conflict.kept_device, conflict.other_device} == {"韦丽", "站长"}
    resolve_conflict(b.db, conflict.id, "other")
    assert open_conflicts(b.db) == []
    assert clients.get_client(b.db, client_id).row.village == conflict.other_value
    a.take(b.export())
    assert clients.get_client(a.db, client_id).row.village == conflict.other_value
    assert open_conflicts(a.db) == []  # the chosen value settled a's record too
    assert a.dump() == b.dump()
    a.close()
    b.close()


def test_duplicates_from_two_laptops_are_merged_into_one(tmp_path: Path) -> None:
    a, b = mesh(tmp_path, ["韦丽", "覃海燕"])
    number = "45011019380512002"
    number += id_check_digit(number)
    first = clients.register_client(a.db, clients.ClientInput(
        name="韦美华", id_number=number,
        categories=(clients.CategoryInput("left_behind_elderly"),)))
    second = clients.register_client(b.db, clients.ClientInput(
        name="韦美华", id_number=number, phone="13812345678",
        categories=(clients.CategoryInput("left_behind_elderly"),
                    clients.CategoryInput("disabled", "physical", "2"))))
    visits.record_visit(b.db, visits.VisitInput(client_id=second, visit_date=dt.date.today(),
                                                observations="电话回访"))
    a.take(b.export())
    [pair] = duplicate_clients(a.db)
    assert {pair.keep_id, pair.other_id} == {first, second}
    merge_clients(a.db, pair.keep_id, pair.other_id)
    assert duplicate_clients(a.db) == []
    kept = clients.get_client(a.db, pair.keep_id)
    assert {c.category for c in kept.categories} == {"left_behind_elderly", "disabled"}
    assert kept.row.phone == "13812345678"
    assert len(visits.visits_of_client(a.db, pair.keep_id)) == 1
    b.take(a.export())
    assert a.dump() == b.dump()
    a.close()
    b.close()


def test_clock_far_ahead_is_reported_and_a_clock_behind_is_noticed(tmp_path: Path) -> None:
    a, b = mesh(tmp_path, ["钟快", "站长"])
    assert a.db.sync is not None
    a.db.sync.clock = HybridClock(0, wall_ms=lambda: int(
        (dt.datetime.now(dt.UTC) + dt.timedelta(days=3)).timestamp() * 1000))
    clients.register_client(a.db, clients.ClientInput(name="未来人", categories=TBA))
    summary = b.take(a.export())
    assert summary.clock_warnings and 70 <= next(iter(summary.clock_warnings.values())) <= 73
    assert "clock-warnings" in summary.line() and "ahead" in summary.line()
    # The ops 3 days ahead are held, not applied; a's setup (stamped before) is merged.
    assert summary.held == 2 and summary.applied + summary.known == summary.ops - 2
    assert "held 2 (dated more than 24 h ahead" in summary.line()  # the client, its category
    [problem] = clock_problems(b.db)
    assert problem.device_name == "钟快"
    # b's clock did not follow a's: b's computer is not "behind the newest clock seen".
    assert this_clock_behind_ms(b.db) == 0
    history = bundle_history(b.db)
    assert history[0].direction == "in" and history[0].device == "钟快"
    a.close()
    b.close()


def test_bundle_history_lists_exports(tmp_path: Path) -> None:
    a = Peer(tmp_path, "韦丽")
    a.export()
    [row] = bundle_history(a.db)
    assert (row.direction, row.kind) == ("out", "all")
    a.close()
