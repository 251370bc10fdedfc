"""Supervision and training logs, and the plan's rules computed from them."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.errors import ValidationError
from app.models import Worker
from app.services.common import local_setting
from app.services.station import (
    SupervisionInput,
    TrainingInput,
    compliance,
    record_supervision,
    record_training,
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
    record_supervision(db, SupervisionInput("2026-07-01", 12, topics="个案督导"))
    assert not compliance(db, ON).supervision.done  # 12 hours is not a supervision
    record_supervision(db, SupervisionInput("2026-07-01", 16, topics="个案督导"))
    status = compliance(db, ON).supervision
    assert (status.month, status.sessions, status.hours, status.done) == ("2026-07", 2, 28, True)
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
