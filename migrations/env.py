"""Alembic environment: runs in-process at start-up, in batch mode for SQLite (batch
mode alters a PostgreSQL table in place, so the same scripts serve both)."""

from __future__ import annotations

from alembic import context

import app.models
from app.store.engine import make_engine

config = context.config
target_metadata = app.models.Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        url = config.get_main_option("sqlalchemy.url")
        engine = make_engine(url or "sqlite://")
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Shegong migrations run online only")
run_migrations_online()
