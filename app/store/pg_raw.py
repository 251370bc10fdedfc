"""PostgreSQL's side of app.store.raw: psycopg's connection dressed as sqlite3's.
Imported only when a database is PostgreSQL, so a laptop never loads psycopg."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any

from psycopg import Connection, Cursor
from psycopg.adapt import Dumper, Loader
from psycopg.types.string import TextLoader

from app.store.raw import pg_sql


class PgRaw:
    def __init__(self, conn: Connection[Any]) -> None:
        self._conn = conn

    def cursor(self) -> PgCursor:
        return PgCursor(self._conn.cursor())

    def execute(self, sql: str, parameters: Any = (), /) -> PgCursor:
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> PgCursor:
        return self.cursor().executemany(sql, parameters)


class PgCursor:
    def __init__(self, cur: Cursor[Any]) -> None:
        adapters = cur.adapters
        adapters.register_dumper(int, _UntypedInt)
        for name in ("date", "json", "jsonb"):
            adapters.register_loader(name, TextLoader)
        adapters.register_loader("bool", _BoolAsInt)
        adapters.register_loader("numeric", _NumericAsNumber)
        self._cur = cur

    def execute(self, sql: str, parameters: Any = (), /) -> PgCursor:
        self._cur.execute(pg_sql(sql), parameters if parameters is not None else ())
        return self

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> PgCursor:
        self._cur.executemany(pg_sql(sql), parameters)
        return self

    @property
    def rowcount(self) -> int:
        return self._cur.rowcount

    @property
    def lastrowid(self) -> int:
        row = self._cur.connection.execute("SELECT lastval()").fetchone()
        assert row is not None
        return int(row[0])

    def fetchone(self) -> Any:
        return self._cur.fetchone()

    def fetchall(self) -> list[Any]:
        return self._cur.fetchall()

    def __iter__(self) -> Iterator[Any]:
        return iter(self._cur)

    def close(self) -> None:
        self._cur.close()


class _UntypedInt(Dumper):
    """An int sent as an untyped literal: PostgreSQL gives it the column's type (an
    integer, a bigint, a boolean from 0/1), as SQLite takes any int anywhere."""

    oid = 0

    def dump(self, obj: Any) -> bytes:
        return str(int(obj)).encode()


class _BoolAsInt(Loader):
    def load(self, data: Any) -> int:
        return 1 if bytes(data) == b"t" else 0


class _NumericAsNumber(Loader):
    """sum() of integers is numeric on PostgreSQL, an int on SQLite."""

    def load(self, data: Any) -> int | float:
        value = Decimal(bytes(data).decode())
        return int(value) if value == value.to_integral_value() else float(value)
