"""Wrong clocks (DESIGN.md, sync guarantee 5): a laptop whose date reads 2099 cannot drag
anyone's clock there, its far-future ops are held visibly (never applied), they apply
once their time comes, and `clock repair` on that laptop puts things right.

Clocks are injected (HybridClock's wall clock, which the merge reads too); nothing sleeps.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from categories import TBA
from peers import Peer, mesh
from sqlalchemy import select

from app.cli import main
from app.errors import ShegongError
from app.models import Client, Conflict, HeldOp, Op
from app.services import clients
from app.services.clocks import (
    DAY_MS,
    held_changes,
    repair_clock,
    startup_clock_check,
)
from app.services.common import local_setting
from app.store.database import Database
from app.sync.hlc import MAX_AHEAD_MS, HybridClock, hlc_from_ms, hlc_to_ms
from app.sync.knowledge import holds, local_knowledge

Y2099_MS = int(dt.datetime(2099, 1, 1, tzinfo=dt.UTC).timestamp() * 1000)


def now_ms() -> int:
    return int(time.time() * 1000)


def set_wall(db: Database, wall: int | None) -> None:
    """This device's wall clock from now on: fixed at `wall`, or the system's (None).
    The persisted clock stays as it is, as when a laptop's date is changed."""
    assert db.sync is not None
    db.sync.clock = HybridClock(db.sync.clock.last,
                                wall_ms=(lambda: wall) if wall is not None else None)


def sane(db: Database, hlc: int) -> bool:
    assert db.sync is not None
    return hlc_to_ms(hlc) - db.sync.clock.wall_ms() <= MAX_AHEAD_MS


def held(db: Database) -> list[HeldOp]:
    with db.read() as s:
        return list(s.scalars(select(HeldOp).order_by(HeldOp.id)))


def last_op(db: Database) -> Op:
    """This device's newest op."""
    assert db.sync is not None
    with db.read() as s:
        op = s.scalars(select(Op).where(Op.dev == db.sync.devno)
                       .order_by(Op.seq.desc()).limit(1)).one()
        s.expunge(op)
        return op


def client_named(db: Database, name: str) -> str:
    with db.read() as s:
        return s.scalars(select(Client.id).where(Client.name == name)).one()


@pytest.fixture
def station(tmp_path: Path) -> Iterator[tuple[Peer, Peer, Peer]]:
    """A worker laptop whose date will read 2099, the head, and a second worker."""
    head, fast, worker = mesh(tmp_path, ["站长", "钟快", "韦丽"])
    yield fast, head, worker
    for p in (fast, head, worker):
        p.close()


def write_in_2099(fast: Peer) -> str:
    """Two clients written with the right date, then one with the date at 2099."""
    clients.register_client(fast.db, clients.ClientInput(name="覃秀兰", phone="13800000001",
                                                         categories=TBA))
    clients.register_client(fast.db, clients.ClientInput(name="黄小燕", categories=TBA))
    set_wall(fast.db, Y2099_MS)
    return bare_client(fast.db, "未来人")


def bare_client(db: Database, name: str) -> str:
    """A client row written alone, without the category the form adds: one op, so the
    held and repaired counts below are of one record each."""
    with db.write() as s:
        return clients.new_client(s, clients.ClientInput(name=name),
                                  local_setting(s, "station_id"), local_setting(s, "worker_id")).id


def test_an_op_of_2099_is_held_and_the_rest_applied(station: tuple[Peer, Peer, Peer]) -> None:
    fast, head, _ = station
    future_id = write_in_2099(fast)
    bundle = fast.export()
    assert head.db.sync is not None
    clock_before = head.db.sync.clock.last
    summary = head.take(bundle)
    # (the head already holds its own admissions of the laptops: known)
    assert summary.held == 1 and summary.applied + summary.known == summary.ops - 1
    assert summary.applied > 2
    assert summary.held_by == {fast.id: 1}
    assert "held 1 (dated more than 24 h ahead" in summary.line()
    assert "`shegong clock repair`" in summary.line()
    dump = head.dump()
    assert "覃秀兰" in dump and "黄小燕" in dump and "未来人" not in dump
    # The importer's clock did not move to 2099, neither in memory nor persisted.
    assert sane(head.db, head.db.sync.clock.last)
    assert head.db.sync.clock.last - clock_before < hlc_from_ms(60_000)
    # The held op: whole, with its origin, sequence, clock, bundle; not in the change log.
    [row] = held(head.db)
    wire = json.loads(row.wire)
    assert (row.device_id, wire["d"], wire["r"], wire["f"]["name"]) == \
        (fast.id, fast.id, future_id, "未来人")
    assert row.seq == wire["s"] and row.hlc == wire["h"] and hlc_to_ms(row.hlc) >= Y2099_MS
    assert row.bundle_id == summary.bundle_id
    with head.db.read() as s:
        assert s.get(Client, future_id) is None
        assert s.scalar(select(Op).where(Op.hlc == row.hlc)) is None
        knowledge = local_knowledge(s.connection().connection.cursor())
    assert not holds(knowledge[fast.id], row.seq)
    # A later edit on the head is stamped with a sane clock.
    clients.register_client(head.db, clients.ClientInput(name="站里登记", categories=TBA))
    assert sane(head.db, last_op(head.db).hlc)
    [group] = held_changes(head.db)
    assert (group.device_name, group.count) == ("钟快", 1)
    assert group.days_ahead > 365 * 70


def test_importing_again_holds_nothing_twice(station: tuple[Peer, Peer, Peer]) -> None:
    fast, head, _ = station
    write_in_2099(fast)
    bundle = fast.export()
    head.take(bundle)
    before = head.dump()
    assert head.take(bundle).already_imported
    again = head.take(fast.export())  # another bundle carrying the same ops
    # held before: known, not held a second time
    assert again.held == 0 and again.known >= 1 and again.applied == 0
    assert len(held(head.db)) == 1 and head.dump() == before


def test_the_head_does_not_spread_2099(station: tuple[Peer, Peer, Peer]) -> None:
    fast, head, worker = station
    write_in_2099(fast)
    head.take(fast.export())
    from_head = head.export()
    summary = worker.take(from_head)
    # The head forwards the op inside the fast laptop's signed range; the worker holds it
    # aside too, visibly, and its clock stays where it was.
    assert summary.held == 1 and "kept aside" in summary.line()
    assert len(held(worker.db)) == 1
    assert worker.db.sync is not None and sane(worker.db, worker.db.sync.clock.last)
    with worker.db.read() as s:
        assert s.scalar(select(Op).where(Op.hlc >= hlc_from_ms(Y2099_MS))) is None
    clients.update_client(worker.db, client_named(worker.db, "覃秀兰"), phone="13900000002")
    assert sane(worker.db, last_op(worker.db).hlc)
    head.take(worker.export())
    assert worker.dump() == head.dump()
    # The head's knowledge (in its bundle) does not claim the held op either.
    with head.db.read() as s:
        knowledge = local_knowledge(s.connection().connection.cursor())
    [row] = held(head.db)
    assert not holds(knowledge[fast.id], row.seq)


def test_a_held_op_is_applied_when_its_time_comes(station: tuple[Peer, Peer, Peer]) -> None:
    fast, head, worker = station
    future_id = write_in_2099(fast)
    head.take(fast.export())
    [row] = held(head.db)
    # Held while more than 24 h ahead of the head's clock; due from then on.
    set_wall(head.db, hlc_to_ms(row.hlc) - MAX_AHEAD_MS - 1)
    assert head.take(worker.export()).released == 0 and len(held(head.db)) == 1
    set_wall(head.db, hlc_to_ms(row.hlc) - MAX_AHEAD_MS)
    clients.register_client(worker.db, clients.ClientInput(name="后来的", categories=TBA))
    summary = head.take(worker.export())
    assert summary.released == 1 and held(head.db) == []
    assert "released 1" in summary.line()
    with head.db.read() as s:
        assert s.get(Client, future_id) is not None
    # Everyone who has seen the same ops holds the same data.
    set_wall(worker.db, hlc_to_ms(row.hlc))
    worker.take(head.export())
    fast.take(head.export())
    assert fast.dump() == head.dump() == worker.dump()


def test_the_clock_never_follows_a_far_future_clock() -> None:
    wall = 1_800_000_000_000
    clock = HybridClock(hlc_from_ms(wall), wall_ms=lambda: wall)
    assert not clock.observe(hlc_from_ms(wall + MAX_AHEAD_MS + 1))
    assert clock.last == hlc_from_ms(wall)
    assert clock.observe(hlc_from_ms(wall + MAX_AHEAD_MS))
    assert clock.tick() == hlc_from_ms(wall + MAX_AHEAD_MS) + 1
    assert clock.too_far_ahead(hlc_from_ms(wall + MAX_AHEAD_MS + 1))
    # A persisted clock already far ahead (the date was wrong, then set right): local
    # writes still go up by one, so they stay ordered on this device.
    ahead = HybridClock(hlc_from_ms(Y2099_MS), wall_ms=lambda: wall)
    assert ahead.tick() == hlc_from_ms(Y2099_MS) + 1
    assert ahead.ahead_ms() > 70 * 365 * DAY_MS


# -- the start-up warning ---------------------------------------------------------------

def test_startup_check_says_behind_jumped_or_nothing(tmp_path: Path) -> None:
    peer = Peer(tmp_path, "韦丽")
    db = peer.db
    clients.register_client(db, clients.ClientInput(name="覃秀兰", categories=TBA))
    assert startup_clock_check(db) is None  # fine
    newest = hlc_to_ms(last_op(db).hlc)
    set_wall(db, newest - 5 * 60_000)
    assert startup_clock_check(db) is None  # minutes between laptops are nothing
    set_wall(db, newest - 3 * DAY_MS)
    check = startup_clock_check(db)
    assert check is not None and (check.kind, check.days) == ("behind", 3)
    assert check.repairable
    assert check.text("en") == (
        "Warning: the computer's clock is behind the newest record by 3 days; check the "
        "date. If the date is right now, run `shegong clock repair`.")
    assert "慢了 3 天" in check.text("zh")
    set_wall(db, newest - 2 * 3_600_000)
    check = startup_clock_check(db)
    assert check is not None and not check.repairable and "by 2 hours" in check.text("en")
    set_wall(db, newest + 400 * DAY_MS)
    check = startup_clock_check(db)
    assert check is not None and (check.kind, check.days) == ("jumped", 400)
    assert check.text("en") == ("Warning: the computer's date jumped 400 days ahead of the "
                                "newest record; check it before recording anything.")
    set_wall(db, newest + 300 * DAY_MS)
    assert startup_clock_check(db) is None  # months without recording: a long holiday
    peer.close()


def test_commands_that_write_warn_on_stderr_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    peer = Peer(tmp_path, "韦丽")
    set_wall(peer.db, Y2099_MS)
    bare_client(peer.db, "未来人")
    peer.close()
    data = str(tmp_path / "韦丽")
    assert main(["--data-dir", data, "keys", "show"]) == 0
    assert capsys.readouterr().err == ""  # reading: no warning
    assert main(["--data-dir", data, "demo", "--edits", "1"]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "behind the newest record" in err[0] or "慢了" in err[0]


# -- the repair -------------------------------------------------------------------------

def test_repair_restamps_what_the_laptop_wrote_ahead_and_converges(
        station: tuple[Peer, Peer, Peer]) -> None:
    fast, head, worker = station
    future_id = write_in_2099(fast)
    kept_id = bare_client(fast.db, "覃海燕")
    old_id = client_named(fast.db, "覃秀兰")
    clients.update_client(fast.db, old_id, phone="13800000009")  # an edit in 2099
    first = head.take(fast.export())
    assert first.held == 3  # the 2099 client, the next one and the edit: all after 2099
    # The head edits the old client's village meanwhile: a later, sane, concurrent edit.
    clients.update_client(head.db, old_id, village="板六村")
    # The laptop's date is set right; its persisted clock is still in 2099.
    set_wall(fast.db, None)
    check = startup_clock_check(fast.db)
    assert check is not None and check.repairable
    clients.update_client(fast.db, kept_id, village="那龙村")  # before the repair
    assert hlc_to_ms(last_op(fast.db).hlc) >= Y2099_MS  # still last + 1: ordered here
    assert fast.db.sync is not None
    result = repair_clock(fast.db)
    assert result.records == 3 and result.fields > 3
    assert hlc_to_ms(result.hlc_before) >= Y2099_MS and sane(fast.db, result.hlc_after)
    assert startup_clock_check(fast.db) is None
    # Every field clock on the laptop is sane again, values unchanged.
    limit = hlc_from_ms(now_ms() + MAX_AHEAD_MS)
    with fast.db.read() as s:
        for client in s.scalars(select(Client)):
            for name in Client.sync_fields():
                assert client.field_clock(name)[0] < limit, (client.name, name)
        assert s.get(Client, old_id).phone == "13800000009"  # type: ignore[union-attr]
        assert s.get(Client, kept_id).village == "那龙村"  # type: ignore[union-attr]
    # A local edit after the repair wins locally (LWW against the re-stamped clocks).
    clients.update_client(fast.db, future_id, phone="13700000001")
    assert sane(fast.db, last_op(fast.db).hlc)
    # The next bundle imports without holds, and everyone converges.
    summary = head.take(fast.export())
    assert summary.held == 0, summary.line()
    assert summary.conflicts == 0  # the re-stamped edits follow what the head had
    head.take(worker.export())
    fast.take(head.export())
    worker.take(head.export())
    assert fast.dump() == head.dump() == worker.dump()
    dump = head.dump()
    assert "未来人" in dump and "13700000001" in dump and "板六村" in dump
    assert "13800000009" in dump and "那龙村" in dump
    with head.db.read() as s:
        assert list(s.scalars(select(Conflict))) == []
    # The old 2099 ops stay held at the head (harmless, never applied).
    assert len(held(head.db)) == first.held


def test_repair_refuses_while_the_date_is_visibly_wrong(
        station: tuple[Peer, Peer, Peer]) -> None:
    fast, head, _ = station
    clients.register_client(head.db, clients.ClientInput(name="站里登记", categories=TBA))
    fast.take(head.export())
    set_wall(fast.db, now_ms() - 30 * DAY_MS)  # a month behind the head's records
    before = fast.dump()
    with pytest.raises(ShegongError, match="date is wrong now"):
        repair_clock(fast.db)
    assert fast.dump() == before
    set_wall(fast.db, int(dt.datetime(2001, 1, 1, tzinfo=dt.UTC).timestamp() * 1000))
    with pytest.raises(ShegongError):
        repair_clock(fast.db)


def test_clock_repair_command(station: tuple[Peer, Peer, Peer],
                              capsys: pytest.CaptureFixture[str]) -> None:
    fast, head, _ = station
    write_in_2099(fast)
    fast.close()
    data = str(fast.db.paths.data)
    assert main(["--data-dir", data, "clock", "repair"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("clock repaired: ") and "of 1 records" in out
    again = Peer.reopen(fast.root, fast.name)
    assert startup_clock_check(again.db) is None
    summary = head.take(again.export())
    assert summary.held == 0 and "未来人" in head.dump()
    again.close()
