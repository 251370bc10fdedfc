"""The PostgreSQL server the tests run against is real, and each test has its own database."""

from __future__ import annotations

import psycopg
from pg_server import PgServer
from sqlalchemy import create_engine, text


def test_the_server_answers_on_its_socket(pg_server: PgServer, pg_url: str) -> None:
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        version = conn.execute(text("SHOW server_version_num")).scalar_one()
        collation = conn.execute(text("SHOW lc_collate")).scalar_one()
    engine.dispose()
    assert int(version) >= 150000
    assert collation == "C"  # text sorts by bytes, as in SQLite


def test_each_test_gets_a_database_of_its_own(pg_server: PgServer, pg_url: str) -> None:
    with psycopg.connect(pg_url.replace("postgresql+psycopg", "postgresql")) as conn:
        tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                              ).fetchone()
    assert tables == (0,)
