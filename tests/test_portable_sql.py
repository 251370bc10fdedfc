"""app/store/sql.py: each statement that SQLite and PostgreSQL spell differently gives
the same answer on both, on a real file and a real server."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import (
    Column,
    Date,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    func,
    select,
    update,
)

from app.models.base import NullableJSON
from app.store.engine import make_engine
from app.store.sql import days_between, greatest, json_set_key, upsert, year_month

meta = MetaData()
things = Table("things", meta, Column("id", Integer, primary_key=True),
               Column("day", Date), Column("n", Integer), Column("tag", String(20)),
               Column("spill", NullableJSON))


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    target: Path | str = tmp_path / "portable.db"
    if request.param == "postgresql":
        target = request.getfixturevalue("pg_url")
    made = make_engine(target)
    meta.create_all(made)
    with made.begin() as conn:
        conn.execute(things.insert(), [
            {"id": 1, "day": dt.date(2026, 11, 3), "n": 5, "tag": "b", "spill": None},
            {"id": 2, "day": dt.date(2026, 2, 27), "n": 9, "tag": "a",
             "spill": {"name": "王芳"}},
            {"id": 3, "day": None, "n": 1, "tag": "c", "spill": None}])
    yield made
    made.dispose()


def test_days_between(engine: Engine) -> None:
    with engine.connect() as conn:
        days = conn.execute(select(things.c.id, days_between(dt.date(2026, 12, 1), things.c.day))
                            .order_by(things.c.id)).all()
        overdue = conn.scalars(select(things.c.id).where(
            days_between(dt.date(2026, 12, 1), things.c.day) > 30)).all()
    assert [(i, None if d is None else int(d)) for i, d in days] == [(1, 28), (2, 277),
                                                                     (3, None)]
    assert overdue == [2]


def test_year_month(engine: Engine) -> None:
    with engine.connect() as conn:
        got = conn.scalars(select(year_month(things.c.day)).order_by(things.c.id)).all()
        counted = conn.execute(select(year_month(things.c.day), func.count())
                               .where(things.c.day.is_not(None))
                               .group_by(year_month(things.c.day))
                               .order_by(year_month(things.c.day))).all()
    assert got == ["2026-11", "2026-02", None]
    assert [tuple(r) for r in counted] == [("2026-02", 1), ("2026-11", 1)]


def test_greatest(engine: Engine) -> None:
    with engine.connect() as conn:
        got = conn.scalars(select(greatest(things.c.n, 6)).order_by(things.c.id)).all()
    assert got == [6, 9, 6]


def test_json_set_key_keeps_the_other_keys(engine: Engine) -> None:
    with engine.begin() as conn:
        for value in (None, "覃秀兰", [1, 2]):
            conn.execute(update(things).values(spill=json_set_key(
                things.c.spill, "phone", json.dumps(value, ensure_ascii=False))))
    with engine.connect() as conn:
        got = conn.scalars(select(things.c.spill).order_by(things.c.id)).all()
    assert got == [{"phone": [1, 2]}, {"name": "王芳", "phone": [1, 2]}, {"phone": [1, 2]}]


def test_upsert_replaces_or_ignores(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(upsert(engine.dialect, things),
                     [{"id": 1, "day": None, "n": 50, "tag": "z", "spill": None},
                      {"id": 4, "day": None, "n": 4, "tag": "d", "spill": None}])
        conn.execute(upsert(engine.dialect, things, ignore=True),
                     [{"id": 2, "day": None, "n": 90, "tag": "y", "spill": None}])
    with engine.connect() as conn:
        got = conn.execute(select(things.c.id, things.c.n, things.c.tag)
                           .order_by(things.c.id)).all()
        tags = conn.scalar(select(func.aggregate_strings(things.c.tag, ",")))
    assert [tuple(r) for r in got] == [(1, 50, "z"), (2, 9, "a"), (3, 1, "c"), (4, 4, "d")]
    assert sorted(str(tags).split(",")) == ["a", "c", "d", "z"]
