"""Triggers in both dialects, for the migrations that keep derived tables by trigger.

SQLite writes a trigger's statements inside CREATE TRIGGER ... BEGIN ... END. PostgreSQL
runs a function: each trigger here becomes a plpgsql function and a row trigger of the
same name, whose body is the same statements (written by the migration in PostgreSQL's
words where SQLite's differ) and which returns NULL, as an AFTER trigger may.

A migration's meaning must never change once released: this module only spells out
statements, and what they say stays in each migration.
"""

from __future__ import annotations

from dataclasses import dataclass

from alembic import op


def is_postgres() -> bool:
    """Whether the migration runs on PostgreSQL (else SQLite)."""
    return op.get_bind().dialect.name == "postgresql"


@dataclass(frozen=True)
class PgTrigger:
    """One AFTER ... FOR EACH ROW trigger: `event` as in "INSERT" or "UPDATE OF a, b",
    `when` a condition on NEW/OLD (or None), `body` plpgsql statements ending in ';'."""

    name: str
    event: str
    table: str
    body: str
    when: str | None = None

    def create(self) -> None:
        # Two statements, two calls: a driver may refuse several in one.
        op.execute(f"CREATE FUNCTION {self.name}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                   f"BEGIN\n{self.body}\nRETURN NULL;\nEND\n$$")
        when = f"WHEN ({self.when}) " if self.when else ""
        op.execute(f"CREATE TRIGGER {self.name} AFTER {self.event} ON {self.table} "
                   f"FOR EACH ROW {when}EXECUTE FUNCTION {self.name}()")

    def drop(self) -> None:
        op.execute(f"DROP TRIGGER IF EXISTS {self.name} ON {self.table}")
        op.execute(f"DROP FUNCTION IF EXISTS {self.name}()")
