"""PostgreSQL's side of app.store.raw: psycopg's connection dressed as sqlite3's.
Imported only when a database is PostgreSQL, so a laptop never loads psycopg."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from functools import lru_cache
from typing import Any

from psycopg import Connection, Cursor
from psycopg.adapt import Dumper, Loader
from psycopg.types.string import TextLoader


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
        copy = _copy_of(sql)
        if copy is None:
            self._cur.executemany(pg_sql(sql), parameters)
            return self
        # A plain INSERT of many rows (the merge's new records and change log): COPY,
        # several times faster than one INSERT a row; the same rows, triggers and errors.
        with self._cur.copy(copy) as out:
            for row in parameters:
                out.write_row(row)
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


# (SQLite's spelling, PostgreSQL's): whole-statement rewrites, before the placeholders.
_PG_SPELLINGS: Sequence[tuple[re.Pattern[str], str]] = (
    # INSERT OR IGNORE of VALUES: the same as ON CONFLICT DO NOTHING, which ends it.
    (re.compile(r"^\s*INSERT OR IGNORE INTO(.*?);?\s*$", re.S | re.I),
     r"INSERT INTO\1 ON CONFLICT DO NOTHING"),
    # SQLite's IS compares with NULL as a value, as IS NOT DISTINCT FROM does.
    (re.compile(r"\bIS NOT (\?|:\w+)", re.I), r"IS DISTINCT FROM \1"),
    (re.compile(r"\bIS (\?|:\w+)", re.I), r"IS NOT DISTINCT FROM \1"),
    # A spill's field set to a JSON text; the path parameter is SQLite's '$."name"'.
    (re.compile(r"json_set\(coalesce\((\w+), '\{\}'\), \?, json\(\?\)\)"),
     "CAST(coalesce(CAST(\\1 AS jsonb), '{}') || jsonb_build_object("
     "btrim(substr(CAST(? AS text), 3), '\"'), CAST(CAST(? AS text) AS jsonb)) AS json)"),
)
_PLAIN_INSERT = re.compile(r"\s*INSERT INTO (\w+) \(([\w, ]+)\) VALUES \(\?(?:, \?)*\)\s*")


@lru_cache(maxsize=256)
def _copy_of(sql: str) -> str | None:
    """The COPY statement that does what a plain `INSERT INTO t (cols) VALUES (?, ...)`
    does for many rows, or None for any other statement."""
    m = _PLAIN_INSERT.fullmatch(sql)
    if m is None or m.group(2).count(",") != sql.count("?") - 1:
        return None
    return f"COPY {m.group(1)} ({m.group(2)}) FROM STDIN"


_STRING = re.compile(r"('(?:[^']|'')*')")
_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


@lru_cache(maxsize=2048)
def pg_sql(sql: str) -> str:
    """A statement written for sqlite3, as psycopg takes it on PostgreSQL."""
    for pattern, replacement in _PG_SPELLINGS:
        sql = pattern.sub(replacement, sql)
    # psycopg reads every %, in string literals too; ? and :name only outside them.
    parts = _STRING.split(sql.replace("%", "%%"))
    for i in range(0, len(parts), 2):
        parts[i] = _NAMED.sub(r"%(\1)s", parts[i].replace("?", "%s"))
    return "".join(parts)


__all__ = ["PgCursor", "PgRaw", "pg_sql"]
