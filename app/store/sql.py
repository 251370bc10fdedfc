"""The statements SQLite and PostgreSQL spell differently, written once each in
SQLAlchemy Core: the caller builds one expression, the engine's dialect picks the words.

- `days_between(later, earlier)`: whole days between two dates (SQLite: julianday).
- `year_month(date)`: 'YYYY-MM' of a date (SQLite: substr of its ISO text).
- `greatest(a, b)`: the larger of two values (SQLite: the two-argument max()).
- `json_set_key(column, key, value_json)`: a JSON object with one key set to a JSON
  text (SQLite: json_set; PostgreSQL: jsonb's ||).
- `upsert(dialect, table, ignore=...)`: INSERT OR REPLACE / INSERT OR IGNORE on the
  primary key, as ON CONFLICT, which both dialects speak.
- String aggregation needs nothing here: SQLAlchemy's `func.aggregate_strings(expr, sep)`
  is group_concat on SQLite and string_agg on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, Integer, String, Table, literal
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import FunctionElement, Insert
from sqlalchemy.sql.visitors import InternalTraversal


def _as_date(value: Any) -> Any:
    return literal(value, Date) if isinstance(value, dt.date) else value


class days_between(FunctionElement[int]):
    """`later - earlier` in days, for date columns or dates. NULL when either is NULL."""

    type = Integer()
    inherit_cache = True
    name = "days_between"

    def __init__(self, later: Any, earlier: Any) -> None:
        super().__init__(_as_date(later), _as_date(earlier))


@compiles(days_between, "sqlite")
def _days_sqlite(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = element.clauses
    return (f"(julianday({compiler.process(later, **kw)}) - "
            f"julianday({compiler.process(earlier, **kw)}))")


@compiles(days_between, "postgresql")
def _days_pg(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = element.clauses
    return (f"(CAST({compiler.process(later, **kw)} AS DATE) - "
            f"CAST({compiler.process(earlier, **kw)} AS DATE))")


class year_month(FunctionElement[str]):
    """'YYYY-MM' of a date column (the month key of reports and report_visit_month)."""

    type = String(7)
    inherit_cache = True
    name = "year_month"


@compiles(year_month, "sqlite")
def _month_sqlite(element: year_month, compiler: SQLCompiler, **kw: Any) -> str:
    return f"substr({compiler.process(element.clauses, **kw)}, 1, 7)"


@compiles(year_month, "postgresql")
def _month_pg(element: year_month, compiler: SQLCompiler, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM')"


class greatest(FunctionElement[Any]):
    """The larger of two values of one type. Unlike SQLite's max(a, b), PostgreSQL's
    greatest() ignores a NULL: give it two values that are never NULL."""

    inherit_cache = True
    name = "greatest"

    def __init__(self, a: Any, b: Any) -> None:
        super().__init__(a, b)
        first = self.clauses.clauses[0]
        self.type = getattr(first, "type", Integer())


@compiles(greatest, "sqlite")
def _greatest_sqlite(element: greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return f"max({compiler.process(element.clauses, **kw)})"


@compiles(greatest, "postgresql")
def _greatest_pg(element: greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return f"greatest({compiler.process(element.clauses, **kw)})"


class json_set_key(FunctionElement[Any]):
    """`column` (a JSON object, NULL read as {}) with `key` set to the JSON value whose
    text is `value_json`; the other keys kept. `key` is a field name, written into the
    statement (SQLite's path syntax), never a person's text."""

    type = JSON(none_as_null=True)
    inherit_cache = True
    name = "json_set_key"
    # The key is written into the statement: it must be part of the cache key, or a
    # statement compiled for one field would be reused for another.
    _traverse_internals = [*FunctionElement._traverse_internals,
                           ("key", InternalTraversal.dp_string)]

    def __init__(self, column: Any, key: str, value_json: Any) -> None:
        if not key.isidentifier():
            raise ValueError(f"not a field name: {key!r}")
        self.key = key
        super().__init__(column, value_json)


@compiles(json_set_key, "sqlite")
def _json_set_sqlite(element: json_set_key, compiler: SQLCompiler, **kw: Any) -> str:
    column, value = element.clauses
    return (f"json_set(coalesce({compiler.process(column, **kw)}, '{{}}'), "
            f"'$.\"{element.key}\"', json({compiler.process(value, **kw)}))")


@compiles(json_set_key, "postgresql")
def _json_set_pg(element: json_set_key, compiler: SQLCompiler, **kw: Any) -> str:
    column, value = element.clauses
    return (f"CAST(coalesce(CAST({compiler.process(column, **kw)} AS jsonb), '{{}}') || "
            f"jsonb_build_object('{element.key}', "
            f"CAST({compiler.process(value, **kw)} AS jsonb)) AS json)")


def upsert(dialect: Dialect | str, table: Table, ignore: bool = False) -> Insert:
    """INSERT into `table` that, on a row with the same primary key, replaces its other
    columns (SQLite's INSERT OR REPLACE), or with `ignore` leaves it (INSERT OR IGNORE).
    Values come from execute()'s parameters, one dict or many."""
    name = dialect if isinstance(dialect, str) else dialect.name
    module: Any = {"sqlite": sqlite, "postgresql": postgresql}[name]
    stmt = module.insert(table)
    keys = [c.name for c in table.primary_key.columns]
    if ignore:
        return stmt.on_conflict_do_nothing(index_elements=keys)
    others = {c.name: stmt.excluded[c.name] for c in table.columns if c.name not in keys}
    if not others:
        return stmt.on_conflict_do_nothing(index_elements=keys)
    return stmt.on_conflict_do_update(
        index_elements=keys, set_=others)


__all__ = ["days_between", "greatest", "json_set_key", "upsert", "year_month"]
