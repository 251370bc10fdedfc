"""The cases list (个案): every live case, newest opened first, by stage and by the worker
in charge, with a search of the client; ids first, then rows for the window a view shows
(as the visits list). The stage row's counts come from `cases.count_by_stage`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import LargeBinary, select, type_coerce

from app.models import Case, Client
from app.services.cases import CaseRow
from app.services.client_list import ClientIds, client_search, ordered_ids
from app.store.database import Database


@dataclass(frozen=True)
class CaseQuery:
    search: str = ""  # the client's name, pinyin initials, village or phone
    stage: str | None = None
    worker_id: str | None = None  # the worker in charge of the case


def case_ids(db: Database, q: CaseQuery) -> ClientIds:
    """Ids of the live cases that match, the newest opened first."""
    stmt: Any = select(type_coerce(Case.id, LargeBinary)).where(Case.void_reason.is_(None))
    if q.stage:
        stmt = stmt.where(Case.stage == q.stage)
    if q.worker_id:
        stmt = stmt.where(Case.worker_id == q.worker_id)
    text = q.search.strip().lower()
    if text:
        stmt = stmt.where(client_search(Case.client_id, text))
    return ordered_ids(db, stmt.order_by(Case.opened_on.desc(), Case.id.desc()))


def case_rows(db: Database, ids: Sequence[str]) -> dict[str, CaseRow]:
    if not ids:
        return {}
    with db.read() as s:
        rows = s.execute(select(Case, Client.name).outerjoin(Client, Client.id == Case.client_id)
                         .where(Case.id.in_(list(ids))))
        return {c.id: CaseRow(c.id, c.client_id or "", name or "", c.stage or "intake",
                              c.opened_on, c.closed_on, c.next_followup, c.presenting_problem)
                for c, name in rows}
