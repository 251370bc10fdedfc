"""Visit drafts: an unfinished visit form, saved every few seconds into a local table.

Local only (never synced): a draft is one worker's typing, not a record yet. After a crash
or a power cut the app offers every draft back; saving the visit discards the draft.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.models import Client, VisitDraft
from app.services.common import now_iso
from app.store.database import Database


@dataclass(frozen=True)
class DraftRow:
    id: int
    client_id: str | None
    client_name: str
    updated_at: str
    payload: dict[str, Any]


def save_draft(db: Database, draft_id: int | None, client_id: str | None,
               payload: dict[str, Any]) -> int:
    """Create or overwrite a draft; returns its id. One small transaction, fsynced."""
    now = now_iso()
    with db.write() as s:
        draft = s.get(VisitDraft, draft_id) if draft_id is not None else None
        if draft is None:
            draft = VisitDraft(client_id=client_id, payload=payload, created_at=now,
                               updated_at=now)
            s.add(draft)
        else:
            draft.client_id, draft.payload, draft.updated_at = client_id, dict(payload), now
        s.flush()
        return draft.id


def list_drafts(db: Database) -> list[DraftRow]:
    with db.read() as s:
        rows = s.execute(select(VisitDraft, Client.name)
                         .outerjoin(Client, Client.id == VisitDraft.client_id)
                         .order_by(VisitDraft.updated_at.desc()))
        return [DraftRow(d.id, d.client_id, name or "", d.updated_at, d.payload)
                for d, name in rows]


def get_draft(db: Database, draft_id: int) -> DraftRow | None:
    return next((d for d in list_drafts(db) if d.id == draft_id), None)


def discard_draft(db: Database, draft_id: int) -> None:
    with db.write() as s:
        draft = s.get(VisitDraft, draft_id)
        if draft is not None:
            s.delete(draft)
