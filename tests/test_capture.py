"""Change capture: every write to a synced table is an op in the same transaction."""

from __future__ import annotations

import datetime as dt

import pytest
from categories import TBA
from sqlalchemy import func, select

from app.models import Client, ClientCategory, Op, SyncClock
from app.services import clients as svc
from app.services.voids import void_record
from app.store.database import Database
from app.sync.capture import SyncWriteError
from app.sync.hlc import HybridClock
from app.sync.oplog import full_ops

GOOD_ID = "11010519491231002X"


def ops(db: Database) -> list[Op]:
    with db.read() as s:
        return list(s.scalars(select(Op).order_by(Op.seq)))


def client_op(db: Database, client_id: str) -> Op:
    """The newest op of the client record (registering also writes its category)."""
    return next(o for o in reversed(ops(db)) if o.row_id == client_id)


def register(db: Database, **kw: object) -> str:
    kw.setdefault("categories", TBA)
    return svc.register_client(db, svc.ClientInput(name=kw.pop("name", "张晓明"), **kw))


def test_create_writes_one_create_op_per_row(db: Database) -> None:
    before = len(ops(db))
    client_id = register(db, id_number=GOOD_ID, village="那龙村",
                         categories=(svc.CategoryInput("left_behind_elderly"),))
    new = ops(db)[before:]
    assert [(o.table_name, o.fields, o.prev) for o in new] == [
        ("client", None, None), ("client_category", None, None)]
    assert new[0].row_id == client_id
    with db.read() as s:
        client = s.get(Client, client_id)
        assert client is not None
        assert client.field_clock("name") == (new[0].hlc, new[0].dev)
        assert client.birth_date == dt.date(1949, 12, 31)  # derived from the ID number


def test_update_op_names_fields_and_their_previous_clocks(db: Database) -> None:
    client_id = register(db)
    create = client_op(db, client_id)
    last_seq = ops(db)[-1].seq
    svc.update_client(db, client_id, phone="13812345678", address="那龙村第3村民小组12号")
    update = ops(db)[-1]
    assert update.fields == ["phone", "address"]
    assert update.prev == {"phone": [create.hlc, create.dev], "address": [create.hlc, create.dev]}
    assert update.hlc > create.hlc
    assert update.seq == last_seq + 1  # no gap in the device's sequence
    # A second update's previous clock is the first update's.
    svc.update_client(db, client_id, phone="13912345678")
    again = ops(db)[-1]
    assert again.fields == ["phone"]
    assert again.prev == {"phone": [update.hlc, update.dev]}


def test_two_fields_changed_in_one_transaction_share_one_op(db: Database) -> None:
    client_id = register(db)
    before = len(ops(db))
    with db.write() as s:
        client = s.get(Client, client_id)
        assert client is not None
        client.phone = "13812345678"
        s.flush()  # a flush in the middle must not split the change into two ops
        client.village = "板六村"
    new = ops(db)[before:]
    assert len(new) == 1
    assert new[0].fields == ["phone", "village"]


def test_void_is_an_update_of_the_void_field(db: Database) -> None:
    client_id = register(db)
    create = client_op(db, client_id)
    void_record(db, "client", client_id, "重复登记")
    op = ops(db)[-1]
    assert op.fields == ["void_reason"]
    assert op.prev == {"void_reason": [create.hlc, create.dev]}
    with db.read() as s:
        assert s.get(Client, client_id) is not None  # still there, voided
        assert s.get(Client, client_id).void_reason == "重复登记"  # type: ignore[union-attr]


def test_rolled_back_transaction_leaves_no_op_and_no_gap(db: Database) -> None:
    before = ops(db)
    with db.read() as s:
        next_seq = s.get(SyncClock, 1).next_seq  # type: ignore[union-attr]
    with pytest.raises(RuntimeError), db.write() as s:
        s.add(Client(name="李四"))
        s.flush()
        raise RuntimeError("power cut")
    assert [o.seq for o in ops(db)] == [o.seq for o in before]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Client)) == 0
        assert s.get(SyncClock, 1).next_seq == next_seq  # type: ignore[union-attr]
    register(db)
    assert ops(db)[len(before)].seq == next_seq  # no hole in this device's sequence


def test_deleting_a_synced_row_is_refused(db: Database) -> None:
    client_id = register(db)
    with pytest.raises(SyncWriteError), db.write() as s:
        s.delete(s.get(Client, client_id))
    with db.read() as s:
        assert s.get(Client, client_id) is not None


def test_overwritten_values_stay_readable_in_their_ops(db: Database) -> None:
    client_id = register(db, phone="13812345678")
    svc.update_client(db, client_id, phone="13912345678")
    svc.update_client(db, client_id, phone="0771-5551234")
    with db.read() as s:
        history = [o.values.get("phone") for o in full_ops(s)
                   if o.table == "client" and o.row_id == client_id]
    assert history == ["13812345678", "13912345678", "0771-5551234"]


def test_category_facts_are_rows_of_their_own(db: Database) -> None:
    client_id = register(db, categories=(svc.CategoryInput("minimum_allowance"),))
    svc.set_categories(db, client_id, [svc.CategoryInput("disabled", "physical", "2")])
    with db.read() as s:
        rows = list(s.scalars(select(ClientCategory).where(ClientCategory.client_id == client_id)
                              .order_by(ClientCategory.category)))
    assert [(r.category, r.void_reason, r.disability_grade) for r in rows] == [
        ("disabled", None, "2"), ("minimum_allowance", "removed", None)]


def test_hlc_never_runs_backwards_when_the_wall_clock_does() -> None:
    wall = [1_800_000_000_000]
    clock = HybridClock(0, wall_ms=lambda: wall[0])
    seen = [clock.tick()]
    for jump in (-3_600_000, -86_400_000, 5, -1, 0, 0, 10_000):
        wall[0] += jump
        seen.append(clock.tick())
    assert seen == sorted(seen) and len(set(seen)) == len(seen)
    wall[0] += 86_400_000  # back within 24 h of the clock: an observed clock is followed
    assert clock.observe(seen[-1] + 1_000_000)
    assert clock.tick() > seen[-1] + 1_000_000


def test_hlc_is_persisted_and_survives_a_backwards_clock(db: Database) -> None:
    register(db)
    last = ops(db)[-1].hlc
    db.close()
    reopened = Database(db.paths)
    assert reopened.sync is not None
    reopened.sync.clock = HybridClock(reopened.sync.clock.last, wall_ms=lambda: 1_000)  # 1970
    register(reopened, name="王芳")
    assert ops(reopened)[-1].hlc > last
    reopened.close()


def test_bulk_update_through_the_session_is_refused(db: Database) -> None:
    from sqlalchemy import update

    client_id = register(db)
    with pytest.raises(SyncWriteError), db.write() as s:
        s.execute(update(Client).where(Client.id == client_id).values(name="篡改"))
    assert svc.get_client(db, client_id).row.name == "张晓明"
