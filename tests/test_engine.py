"""The engine seam (app/store/engine.py): the same models on SQLite and on a real
PostgreSQL server, values that come back as they went in, and one writer at a time."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from app.errors import DatabaseRefused
from app.models import Base, Client, Visit
from app.models.ids import uuid7
from app.store.engine import IMMEDIATE, is_sqlite, make_engine


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    target: Path | str = tmp_path / "shegong.db"
    if request.param == "postgresql":
        target = request.getfixturevalue("pg_url")
    made = make_engine(target)
    Base.metadata.create_all(made)
    yield made
    made.dispose()


def test_the_url_chooses_the_dialect(tmp_path: Path, pg_url: str) -> None:
    sqlite = make_engine(tmp_path / "a?#b.db")
    assert is_sqlite(sqlite) and sqlite.url.database == str(tmp_path / "a?#b.db")
    postgres = make_engine(pg_url.replace("postgresql+psycopg", "postgresql"))
    assert not is_sqlite(postgres) and postgres.dialect.driver == "psycopg"
    with pytest.raises(DatabaseRefused, match="SQLite or PostgreSQL"):
        make_engine("mysql://someone@somewhere/db")


def test_values_round_trip(engine: Engine) -> None:
    client_id, visit_id = uuid7(), uuid7()
    with Session(engine) as s, s.begin():
        s.add(Client(id=client_id, name="覃秀兰", consent_given=True,
                     birth_date=dt.date(1951, 3, 9), sync_hlc=2**62, sync_station=uuid7(),
                     sync_clocks={"name": [2**62, 1, 7]}))
        s.add(Visit(id=visit_id, client_id=client_id, visit_date=dt.date(2026, 11, 30),
                    services=["policy_advice", "emotional_support"], sync_clocks=None))
    with Session(engine) as s:
        client = s.get(Client, client_id)
        visit = s.get(Visit, visit_id)
        assert client is not None and visit is not None
        assert (client.id, client.consent_given, client.birth_date) == (
            client_id, True, dt.date(1951, 3, 9))
        assert client.sync_hlc == 2**62 and client.sync_clocks == {"name": [2**62, 1, 7]}
        assert visit.client_id == client_id and visit.services == [
            "policy_advice", "emotional_support"]
        # A NULL JSON is SQL NULL, so raw SQL sees it as NULL on both.
        assert s.scalar(text("SELECT count(*) FROM visit WHERE sync_clocks IS NULL")) == 1
        # Ids are 16 bytes and sort as bytes, in creation order.
        stored = s.scalar(text("SELECT id FROM client"))
        assert bytes(stored) == bytes.fromhex(client_id.replace("-", ""))
        assert s.scalars(select(Client.id).where(Client.consent_given.is_(True))).all() == [
            client_id]


def test_writers_take_turns(engine: Engine) -> None:
    """The second write transaction waits at BEGIN until the first commits, then sees
    its row: the read-then-write of a sequence number is never interleaved."""
    writes = engine.execution_options(**{IMMEDIATE: True})
    with writes.connect() as conn:
        conn.execute(text("CREATE TABLE counter (n INTEGER)"))
        conn.execute(text("INSERT INTO counter VALUES (0)"))
        conn.commit()

    def bump() -> None:
        with writes.connect() as conn, conn.begin():
            n = conn.execute(text("SELECT n FROM counter")).scalar_one()
            time.sleep(0.05)  # both would read the same n without the lock
            conn.execute(text("UPDATE counter SET n = :n"), {"n": n + 1})

    threads = [threading.Thread(target=bump) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT n FROM counter")).scalar_one() == 4


def test_a_read_sees_one_snapshot(engine: Engine) -> None:
    """A read transaction keeps seeing what it first saw while a writer commits."""
    with engine.connect() as reader:
        before = reader.execute(select(Client.id)).all()
        with engine.execution_options(**{IMMEDIATE: True}).connect() as writer:
            writer.execute(Client.__table__.insert().values(id=uuid7(), name="王芳"))
            writer.commit()
        assert reader.execute(select(Client.id)).all() == before
