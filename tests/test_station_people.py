"""The station's people as the head keeps them (add, edit, deactivate, reactivate, the
refusals), and a training several workers attended, entered once."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.errors import NotFoundError, ShegongError, ValidationError
from app.models import TrainingRecord, Worker
from app.models.local import Op as SyncOp
from app.models.local import WriteLog
from app.services.common import local_setting
from app.services.people import (
    PersonInput,
    add_person,
    edit_person,
    set_active,
    station_people,
)
from app.services.station import (
    GroupTrainingInput,
    compliance,
    record_group_training,
    station_workers,
    training_log,
)
from app.store.database import Database

YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def writes(db: Database) -> int:
    """How many write transactions were committed (each leaves one write_log row)."""
    with db.read() as s:
        return s.scalar(select(func.max(WriteLog.seq))) or 0


def people(db: Database) -> dict[str, tuple[str | None, str | None, str | None, bool]]:
    return {p.name: (p.role, p.certification, p.phone, p.active) for p in station_people(db)}


def test_the_head_adds_edits_deactivates_and_reactivates(db: Database) -> None:
    wei = add_person(db, PersonInput("  韦丽华 ", "worker", "assistant", "138 1234 5678"))
    huang = add_person(db, PersonInput("黄海燕", "worker"))
    lan = add_person(db, PersonInput("蓝秀梅", "supervisor", "senior", "0771-5551234"))
    assert people(db) == {
        "韦丽": ("head", "none", None, True),  # this laptop's: init founded the station
        "韦丽华": ("worker", "assistant", "13812345678", True),
        "黄海燕": ("worker", "none", None, True),
        "蓝秀梅": ("supervisor", "senior", "0771-5551234", True)}
    # workers, then supervisors; by name in each
    assert [p.name for p in station_people(db)] == ["韦丽", "韦丽华", "黄海燕", "蓝秀梅"]
    assert [p.is_me for p in station_people(db)] == [True, False, False, False]

    edit_person(db, huang, PersonInput("黄海燕", "worker", "social_worker", "13900001111"))
    assert people(db)["黄海燕"] == ("worker", "social_worker", "13900001111", True)
    with db.read() as s:  # only the fields that changed travel
        op = s.scalars(select(SyncOp).order_by(SyncOp.seq.desc())).first()
        assert op is not None and sorted(op.fields or []) == ["certification", "phone"]

    set_active(db, wei, False)
    listed = station_people(db)
    assert [p.name for p in listed][-1] == "韦丽华"  # still listed, after the active ones
    assert people(db)["韦丽华"][3] is False
    assert "韦丽华" not in [p.name for p in station_workers(db)]  # no longer to be trained
    with db.read() as s:
        row = s.get(Worker, wei)
        assert row is not None and row.void_reason is None  # deactivated, never deleted
        op = s.scalars(select(SyncOp).order_by(SyncOp.seq.desc())).first()
        assert op is not None and op.fields == ["active"]
    set_active(db, wei, True)
    assert people(db)["韦丽华"][3] is True
    with db.read() as s:
        ops = s.scalar(select(func.count()).select_from(SyncOp))
    set_active(db, lan, True)  # already active: nothing to write
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(SyncOp)) == ops


@pytest.mark.parametrize(("data", "field", "zh"), [
    (PersonInput(" "), "name", "请填写姓名"),
    (PersonInput("韦\u202e丽"), "name", "不可见"),
    (PersonInput("韦丽\x00"), "name", "不可见"),
    (PersonInput("韦" * 51), "name", "最多50"),
    (PersonInput("覃海燕", phone="1381234567"), "phone", "11位"),
    (PersonInput("覃海燕", phone="电话"), "phone", "格式不正确"),
    (PersonInput("覃海燕", role="county"), "role", "角色"),
    (PersonInput("覃海燕", role=""), "role", "请选择角色"),
    (PersonInput("覃海燕", certification="phd"), "certification", "职业资格"),
    (PersonInput("韦丽"), "name", "已是本站人员"),
])
def test_a_bad_person_is_refused_naming_the_field(db: Database, data: PersonInput,
                                                  field: str, zh: str) -> None:
    before = people(db)
    with pytest.raises(ValidationError) as err:
        add_person(db, data)
    assert err.value.field == field and zh in err.value.zh and err.value.en
    assert people(db) == before


def test_edits_that_are_refused_change_nothing(db: Database) -> None:
    huang = add_person(db, PersonInput("黄海燕"))
    qin = add_person(db, PersonInput("覃海燕"))
    set_active(db, qin, False)
    with pytest.raises(ValidationError) as err:
        edit_person(db, huang, PersonInput("覃海燕"))  # a deactivated namesake
    assert "重新启用" in err.value.zh and "reactivate" in err.value.en
    with pytest.raises(ValidationError) as err:
        add_person(db, PersonInput("覃海燕"))
    assert err.value.field == "name"
    with db.read() as s:
        me = local_setting(s, "worker_id")
    assert me is not None
    with pytest.raises(ShegongError) as refused:
        set_active(db, me, False)  # this laptop records as the head
    assert "本机" in refused.value.zh
    with pytest.raises(ValidationError) as err:
        edit_person(db, me, PersonInput("韦丽", "worker"))
    assert err.value.field == "role"
    edit_person(db, me, PersonInput("韦丽", "head", "assistant"))  # her own certification
    assert people(db)["韦丽"] == ("head", "assistant", None, True)
    with pytest.raises(NotFoundError):
        set_active(db, "01900000-0000-7000-8000-000000000000", False)
    with db.write() as s:  # a worker of another station, received in a bundle
        other_station = Worker(name="农志刚", role="worker", active=True,
                               station_id="01900000-0000-7000-8000-00000000abcd")
        s.add(other_station)
        s.flush()
        other_id = other_station.id
    with pytest.raises(ShegongError) as refused:
        edit_person(db, other_id, PersonInput("农志刚", certification="senior"))
    assert "不是本站人员" in refused.value.zh
    assert "农志刚" not in people(db)


def test_a_training_of_three_workers_is_one_write_of_three_records(db: Database) -> None:
    ids = [add_person(db, PersonInput(n)) for n in ("韦丽华", "黄海燕", "覃海燕")]
    before = writes(db)
    saved = record_group_training(db, GroupTrainingInput(
        (*ids, ids[0]), "2026-03-10", 6, "online", "南宁市社会工作协会", "儿童保护政策"))
    assert len(saved) == 3 and writes(db) == before + 1  # one transaction
    log = training_log(db, *YEAR)
    assert sorted(r.worker for r in log) == ["覃海燕", "韦丽华", "黄海燕"]
    assert {(r.training_date, r.hours, r.mode, r.provider, r.topic, r.certificate)
            for r in log} == {(dt.date(2026, 3, 10), 6.0, "online", "南宁市社会工作协会",
                               "儿童保护政策", "")}
    hours = {t.name: t.hours for t in compliance(db, dt.date(2026, 7, 1)).training}
    assert hours == {"韦丽": 0, "韦丽华": 6, "黄海燕": 6, "覃海燕": 6}


@pytest.mark.parametrize(("worker_ids", "certificate", "field"), [
    ((), None, "workers"),
    (("",), None, "workers"),
    (None, "NN-2026-031", "certificate"),  # one number for three people
    (None, None, None),  # the third worker does not exist: no record for the first two
])
def test_a_refused_group_training_writes_no_record(
        db: Database, worker_ids: tuple[str, ...] | None, certificate: str | None,
        field: str | None) -> None:
    ids = (add_person(db, PersonInput("黄海燕")), add_person(db, PersonInput("覃海燕")),
           "01900000-0000-7000-8000-000000000000")
    if worker_ids is None:
        worker_ids = ids if field is None else ids[:2] + ids[:1]
    data = GroupTrainingInput(worker_ids, "2026-03-10", 6, topic="儿童保护政策",
                              certificate=certificate)
    with pytest.raises(ShegongError) as err:
        record_group_training(db, data)
    if field is not None:
        assert isinstance(err.value, ValidationError) and err.value.field == field
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(TrainingRecord)) == 0
