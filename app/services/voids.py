"""Voiding: the only way a record goes away. It stays in the database with its reason."""

from __future__ import annotations

from app.models import synced_tables
from app.models.validation import require_text
from app.services.common import get_live
from app.store.database import Database


def void_record(db: Database, table: str, record_id: str, reason: str) -> None:
    model = synced_tables().get(table)
    if model is None:
        raise ValueError(f"not a synced table: {table}")
    text = require_text(reason, "void_reason", "reason for voiding", "作废原因", 200)
    with db.write() as s:
        record = get_live(s, model, record_id, "record", "记录")
        record.void_reason = text
