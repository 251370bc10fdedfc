"""The raw connection of the bundle exchange, bulk loads and admissions, on either engine.

The sync layer writes a million ops through plain SQL with `?` placeholders on a
sqlite3 connection (the ORM's per-row cost would be the bottleneck). On SQLite it gets
exactly that connection. On PostgreSQL it gets `PgRaw`: the psycopg connection under
the same SQLAlchemy transaction, made to speak as sqlite3 does, so that nothing above
app.store learns which engine it runs on:

- placeholders: `?` becomes `%s`, `:name` becomes `%(name)s` (and a literal `%` `%%`);
- the few SQLite spellings the sync layer uses, written once (`pg_raw._PG_SPELLINGS`):
  `INSERT OR IGNORE`, `IS ?`, and json_set on a spill;
- values as SQLite stores them: dates and JSON read back as their text, booleans as
  0/1, sums as int; an int parameter goes untyped so that 0/1 fill a boolean column and
  any int fills an integer one, as SQLite's dynamic types allow; bytes are bytea;
- `lastrowid`: the last value a serial column took in this session (lastval()).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from app.store import cipher


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
    if isinstance(driver, cipher.Connection):
        return driver
    from app.store.pg_raw import PgRaw  # psycopg is loaded on PostgreSQL only

    return PgRaw(driver)


__all__ = ["RawConnection", "RawCursor", "raw_connection"]
