"""Supervision and training logs, and the plan's rules computed from them."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.errors import ValidationError
from app.models import Client, Worker
from app.services.common import local_setting
from app.services.station import (
    SupervisionInput,
    TrainingInput,
    compliance,
    record_supervision,
    record_training,
    supervision_log,
    supervisors,
)
from app.store.database import Database

ON = dt.date(2026, 7, 1)  # half the year gone: 24 of the 48 hours are due by now


def workers(db: Database) -> dict[str, str]:
    with db.write() as s:
        s.add(Worker(name="覃海燕", role="worker", active=True,
                     station_id=local_setting(s, "station_id")))
    with db.read() as s:
        return {w.name: w.id for w in s.scalars(select(Worker))}


def test_training_pace_and_monthly_supervision(db: Database) -> None:
    ids = workers(db)
    record_training(db, TrainingInput(ids["韦丽"], "2026-03-10", 16, topic="个案工作实务"))
    record_training(db, TrainingInput(ids["韦丽"], "2026-05-20", 12, "online",
                                      topic="儿童保护政策"))
    record_training(db, TrainingInput(ids["覃海燕"], "2026-04-02", 8, topic="老年社会工作"))
    record_training(db, TrainingInput(ids["覃海燕"], "2025-12-30", 40, topic="去年的培训"))
    result = compliance(db, ON)
    by_name = {t.name: t for t in result.training}
    assert by_name["韦丽"].hours == 28 and by_name["韦丽"].on_track
    assert by_name["覃海燕"].hours == 8 and not by_name["覃海燕"].on_track
    assert by_name["覃海燕"].needed == 40
    assert by_name["覃海燕"].hours_per_month_needed == pytest.approx(40 / 6)
    codes = [w.code for w in result.warnings]
    assert codes == ["training_behind", "supervision_missing"]
    assert "覃海燕" in result.warnings[0].zh and "48" in result.warnings[0].en
    record_supervision(db, SupervisionInput("2026-06-30", 8, topics="个案督导"))  # June's
    record_supervision(db, SupervisionInput("2026-07-01", 8, topics="个案督导"))
    assert not compliance(db, ON).supervision.done  # 8 hours is not a supervision
    with pytest.raises(ValidationError) as err:  # nor is one day of 16 hours
        record_supervision(db, SupervisionInput("2026-07-01", 16, topics="个案督导"))
    assert err.value.field == "hours" and "一天最多 12 小时" in err.value.zh
    with pytest.raises(ValidationError) as err:  # a session says what it covered
        record_supervision(db, SupervisionInput("2026-07-01", 8, topics=" "))
    assert err.value.field == "topics" and "督导内容" in err.value.zh
    # the second day of the same supervision (ON is its first day, so both count by ON)
    record_supervision(db, SupervisionInput("2026-07-01", 8, cases_discussed="黄小梅个案"))
    status = compliance(db, ON).supervision
    assert (status.month, status.sessions, status.hours, status.done) == ("2026-07", 2, 16, True)
    assert [w.code for w in compliance(db, ON).warnings] == ["training_behind"]


@pytest.mark.parametrize(("data", "field"), [
    (TrainingInput("01900000-0000-7000-8000-000000000000", "2026-01-01", 4, topic="x"),
     None),
    (TrainingInput("", "2099-01-01", 4, topic="x"), "training_date"),
    (TrainingInput("", "2026-01-01", -1, topic="x"), "hours"),
    (TrainingInput("", "2026-01-01", 4, mode="carrier pigeon", topic="x"), "mode"),
    (TrainingInput("", "2026-01-01", 4, topic=" "), "topic"),
])
def test_bad_training_input_is_refused(db: Database, data: TrainingInput,
                                       field: str | None) -> None:
    from dataclasses import replace

    from app.errors import NotFoundError

    me = workers(db)["韦丽"]
    if field is None:
        with pytest.raises(NotFoundError):
            record_training(db, data)
        return
    with pytest.raises(ValidationError) as err:
        record_training(db, replace(data, worker_id=me))
    assert err.value.field == field
    assert compliance(db, ON).training[0].hours == 0


def test_zero_hours_and_a_failed_session_write_nothing(db: Database) -> None:
    ids = workers(db)
    for bad in (0, -1):
        with pytest.raises(ValidationError) as err:
            record_training(db, TrainingInput(ids["韦丽"], "2026-03-10", bad, topic="伦理"))
        assert err.value.field == "hours"
    with pytest.raises(ValidationError) as err:
        record_supervision(db, SupervisionInput("2026-03-10", 0, supervisor_name="黄志强",
                                                topics="个案研讨"))
    assert err.value.field == "hours" and "大于 0" in err.value.zh
    # A session refused after its supervisor was looked up leaves no new supervisor.
    with pytest.raises(ValidationError):
        record_supervision(db, SupervisionInput(dt.date.today() + dt.timedelta(days=3), 8,
                                                supervisor_name="黄志强", topics="个案研讨"))
    assert supervisors(db) == []
    first = record_supervision(db, SupervisionInput("2026-03-10", 8, supervisor_name="黄志强",
                                                    topics="个案研讨"))
    second = record_supervision(db, SupervisionInput("2026-04-10", 8, supervisor_name="黄志强",
                                                     topics="个案研讨"))
    assert [p.name for p in supervisors(db)] == ["黄志强"]  # registered once, then found
    rows = supervision_log(db, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert [r.id for r in rows] == [second, first] and rows[0].supervisor == "黄志强"


def test_work_waiting_overdue_stale_cases_conflicts_and_duplicates(db: Database) -> None:
    from app.models.sync_local import Conflict
    from app.models.validation import id_check_digit
    from app.services.cases import open_case
    from app.services.clients import CategoryInput, ClientInput, register_client
    from app.services.visits import VisitInput, record_visit

    today = dt.date.today()
    body = "45012219400101001"
    number = body + id_check_digit(body)

    def client(name: str, *cats: str, id_number: str | None = None) -> str:
        return register_client(db, ClientInput(
            name=name, village="那龙村", id_number=id_number,
            categories=tuple(CategoryInput(c) for c in cats)))

    never = client("黄阿婆", "left_behind_elderly", "disabled")  # never visited: overdue
    fresh = client("陆小明", "left_behind_child")  # visited today: fine
    record_visit(db, VisitInput(client_id=fresh, visit_date=today, mode="home",
                                observations="电话回访"))
    stale = client("蒙大叔", "minimum_allowance")  # visited 40 days ago, with an open case
    record_visit(db, VisitInput(client_id=stale, visit_date=today - dt.timedelta(days=40),
                                mode="phone", observations="电话回访"))
    open_case(db, stale, "独居无人照料", opened_on=today - dt.timedelta(days=45))
    client("韦秀英", "extreme_poverty", id_number=number)
    with db.write() as s:  # the same person registered on another laptop, synced here
        s.add(Client(name="韦秀英", id_number=number, village="那龙村"))
        s.add(Conflict(table_name="client", row_id=fresh, field="phone",
                       kept_value="13800000000", kept_hlc=1, kept_device=fresh,
                       other_value="13900000000", other_hlc=2, other_device=fresh,
                       detected_at="2026-11-01T00:00:00+00:00"))

    result = compliance(db, today)
    assert result.overdue_by_category["left_behind_elderly"] == 1
    assert result.overdue_by_category["disabled"] == 1
    assert result.overdue_by_category["left_behind_child"] == 0
    assert never and result.overdue_clients >= 1
    assert result.stale_cases == 1 and result.conflicts == 1 and result.duplicates == 1
    for code in ("visits_overdue", "cases_stale", "sync_conflicts", "duplicates"):
        assert result.light(code) == "amber"
        warning = next(w for w in result.warnings if w.code == code)
        assert "请" in warning.text("zh") and warning.text("en")
    assert "1 open cases" in next(w.en for w in result.warnings if w.code == "cases_stale")
