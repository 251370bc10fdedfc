"""The raw connection of the bundle exchange, bulk loads and admissions, on either engine.

The sync layer writes a million ops through plain SQL with `?` placeholders on a
sqlite3 connection (the ORM's per-row cost would be the bottleneck). On SQLite it gets
exactly that connection. On PostgreSQL it gets `PgRaw`: the psycopg connection under
the same SQLAlchemy transaction, made to speak as sqlite3 does, so that nothing above
app.store learns which engine it runs on:

- placeholders: `?` becomes `%s`, `:name` becomes `%(name)s` (and a literal `%` `%%`);
- the few SQLite spellings the sync layer uses, written once here (`_PG_SPELLINGS`):
  `INSERT OR IGNORE`, `IS ?`, and json_set on a spill;
- values as SQLite stores them: dates and JSON read back as their text, booleans as
  0/1, sums as int; an int parameter goes untyped so that 0/1 fill a boolean column and
  any int fills an integer one, as SQLite's dynamic types allow; bytes are bytea;
- `lastrowid`: the last value a serial column took in this session (lastval()).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, Protocol


class RawCursor(Protocol):
    """What the sync layer uses of a sqlite3 cursor."""

    rowcount: int

    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


class RawConnection(Protocol):
    """What the sync layer uses of a sqlite3 connection (which is one as it is)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...
    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Any: ...
    def cursor(self) -> Any: ...


def raw_connection(driver: Any) -> RawConnection:
    """The raw connection over a driver's connection: sqlite3's itself, or psycopg's
    dressed as sqlite3."""
    if isinstance(driver, sqlite3.Connection):
        return driver
    from app.store.pg_raw import PgRaw  # psycopg is loaded on PostgreSQL only

    return PgRaw(driver)


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


__all__ = ["RawConnection", "RawCursor", "pg_sql", "raw_connection"]
