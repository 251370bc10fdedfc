"""The Visits list (走访记录) of a station with a million visits: the ids of one search and
its filters, newest first, then rows for the window a view shows (as the clients list).

The filters read indexes only: a month is a range of ix_visit_date_live, a worker and a
month a range of ix_visit_worker_date (migration 0012); both hold the visit's id, since the
table is WITHOUT ROWID. A search (name, pinyin initials, village, phone) finds the clients
in the narrow client index first, then their visits through ix_visit_client_date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import LargeBinary, select, type_coerce

from app.models import Client, ClientCategory, Visit, Worker
from app.models.validation import months_back, parse_month
from app.services.client_list import ClientIds, client_search, ordered_ids
from app.store.database import Database


@dataclass(frozen=True)
class VisitQuery:
    search: str = ""  # the client's name, pinyin initials, village or phone
    worker_id: str | None = None  # the worker who led the visit
    month: str | None = None  # YYYY-MM
    mode: str | None = None
    category: str | None = None  # the client's


@dataclass(frozen=True)
class VisitListRow:
    id: str
    client_id: str
    client_name: str
    village: str
    visit_date: dt.date | None
    mode: str | None
    duration_min: int | None
    worker_name: str
    observations: str


def visit_ids(db: Database, q: VisitQuery) -> ClientIds:
    """Ids of the live visits that match, newest first."""
    return ordered_ids(db, visit_statement(q))


def visit_statement(q: VisitQuery) -> Any:
    """The query of `visit_ids`: one raw id column."""
    stmt: Any = select(type_coerce(Visit.id, LargeBinary)).where(Visit.void_reason.is_(None))
    if q.month:
        first, last = parse_month(q.month)
        stmt = stmt.where(Visit.visit_date.between(first, last))
    if q.worker_id:
        stmt = stmt.where(Visit.worker_id == q.worker_id)
    if q.mode:
        stmt = stmt.where(Visit.mode == q.mode)
    text = q.search.strip().lower()
    if text:
        stmt = stmt.where(client_search(Visit.client_id, text))
    if q.category:
        stmt = stmt.where(Visit.client_id.in_(
            select(ClientCategory.client_id).where(ClientCategory.category == q.category,
                                                   ClientCategory.void_reason.is_(None))))
    return stmt.order_by(Visit.visit_date.desc(), Visit.id.desc())


def visit_rows(db: Database, ids: Sequence[str]) -> dict[str, VisitListRow]:
    """The rows for a window of ids (a few hundred at most), by id."""
    if not ids:
        return {}
    with db.read() as s:
        rows = s.execute(
            select(Visit.id, Visit.client_id, Client.name, Client.village, Visit.visit_date,
                   Visit.mode, Visit.duration_min, Worker.name, Visit.observations)
            .outerjoin(Client, Client.id == Visit.client_id)
            .outerjoin(Worker, Worker.id == Visit.worker_id)
            .where(Visit.id.in_(list(ids))))
        return {r[0]: VisitListRow(r[0], r[1] or "", r[2] or "", r[3] or "", r[4], r[5], r[6],
                                   r[7] or "", r[8] or "") for r in rows}


def visit_months(db: Database) -> list[str]:
    """The months that have live visits, newest first (for the month filter)."""
    return live_months(db, Visit.visit_date, Visit.void_reason)


def live_months(db: Database, date: Any, void: Any) -> list[str]:
    """Every month from the newest live row's `date` back to the oldest one's, newest
    first: the choices of a month filter."""
    with db.read() as s:
        first = s.scalar(select(date).where(void.is_(None)).order_by(date).limit(1))
        last = s.scalar(select(date).where(void.is_(None)).order_by(date.desc()).limit(1))
    if first is None or last is None:
        return []
    return months_back(last, (last.year - first.year) * 12 + last.month - first.month + 1)
