"""The clients list: ids for a search, filters and sort, then rows for a window of them.

A table of 100,000 clients holds only the ordered ids (like Anki's browser); the rows a
view shows are fetched a window at a time. Searching scans the narrow client index.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, overload

from sqlalchemy import LargeBinary, func, select, type_coerce

from app.models import Client, ClientCategory, ClientIndex, Worker
from app.models.ids import id_from_bytes
from app.store.database import Database


@dataclass(frozen=True)
class ClientQuery:
    search: str = ""
    category: str | None = None
    village: str | None = None
    risk_level: str | None = None
    worker_id: str | None = None
    status: str | None = None
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class ClientListRow:
    id: str
    name: str
    gender: str | None
    birth_date: dt.date | None
    id_number: str | None
    phone: str | None
    village: str | None
    risk_level: str | None
    status: str | None
    last_visit: dt.date | None
    next_followup: dt.date | None


def _needs_client_table(q: ClientQuery) -> bool:
    return bool(q.village or q.risk_level or q.worker_id or q.status) or q.sort in (
        "village", "birth_date", "risk_level")


class ClientIds(Sequence[str]):
    """The ids of one result, kept as their 16 raw bytes and written out as text only when
    read: converting 100,000 ids costs ~40 ms per keystroke, and a screen shows 30."""

    __slots__ = ("_raw",)

    def __init__(self, raw: list[bytes]) -> None:
        self._raw = raw

    def __len__(self) -> int:
        return len(self._raw)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [id_from_bytes(b) for b in self._raw[index]]
        return id_from_bytes(self._raw[index])

    def index(self, value: Any, start: int = 0, stop: int = sys.maxsize) -> int:
        if not isinstance(value, str):
            raise ValueError(value)
        return self._raw.index(bytes.fromhex(value.replace("-", "")), start, stop)

    def __contains__(self, value: object) -> bool:
        try:
            self.index(value)
        except ValueError:
            return False
        return True

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ClientIds):
            return self._raw == other._raw
        if isinstance(other, list):
            return list(self) == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"ClientIds({list(self)!r})"


def client_ids(db: Database, q: ClientQuery) -> ClientIds:
    """Ids of the live clients that match, in the asked order."""
    ci = ClientIndex
    stmt: Any = select(type_coerce(ci.client_id, LargeBinary)).where(ci.live.is_(True))
    text = q.search.strip().lower()
    if text:
        stmt = stmt.where(ci.hay.like(like_pattern(text), escape="\\"))
    if _needs_client_table(q):
        stmt = stmt.join(Client, Client.id == ci.client_id)
        for column, value in ((Client.village, q.village), (Client.risk_level, q.risk_level),
                              (Client.status, q.status)):
            if value:
                stmt = stmt.where(column == value)
        if q.worker_id:
            stmt = stmt.where(Client.assigned_worker_id == q.worker_id)
    if q.category:
        stmt = stmt.where(ci.client_id.in_(
            select(ClientCategory.client_id).where(ClientCategory.category == q.category,
                                                   ClientCategory.void_reason.is_(None))))
    key = {"name": ci.sort_key, "village": Client.village, "birth_date": Client.birth_date,
           "risk_level": _risk_rank(), "last_visit": ci.last_visit,
           "next_followup": ci.next_followup}.get(q.sort, ci.sort_key)
    if q.sort == "name":  # never null: the plain order lets SQLite read the sorted index
        stmt = stmt.order_by(ci.sort_key.desc() if q.descending else ci.sort_key,
                             ci.client_id.desc() if q.descending else ci.client_id)
    else:
        order = key.desc() if q.descending else key.asc()
        stmt = stmt.order_by(order.nulls_last(), ci.sort_key, ci.client_id)
    return ordered_ids(db, stmt)


def client_search(column: Any, text: str) -> Any:
    """`column` (a record's client) is a live client whose index matches `text` (name,
    pinyin initials, village, phone, ID number): the search of every record list."""
    return column.in_(select(ClientIndex.client_id).where(
        ClientIndex.live.is_(True), ClientIndex.hay.like(like_pattern(text), escape="\\")))


def like_pattern(text: str) -> str:
    """`text` anywhere, as a LIKE pattern with escape character \\."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def ordered_ids(db: Database, stmt: Any) -> ClientIds:
    """The ids a statement of one raw id column selects, in its order. SQLAlchemy binds
    the parameters; the rows are read off the driver's cursor, as raw 16 bytes: per-row
    result processing would cost more than the query itself on 100,000 rows."""
    with db.read() as s:
        result = s.connection().execute(stmt)
        return ClientIds([row[0] for row in result.cursor.fetchall()])




def _risk_rank() -> Any:
    from sqlalchemy import case

    return case({"high": 3, "medium": 2, "low": 1}, value=Client.risk_level, else_=0)


def client_rows(db: Database, ids: Sequence[str]) -> dict[str, ClientListRow]:
    """The rows for a window of ids (a few hundred at most), by id."""
    if not ids:
        return {}
    with db.read() as s:
        rows = s.execute(
            select(Client, ClientIndex.last_visit, ClientIndex.next_followup)
            .join(ClientIndex, ClientIndex.client_id == Client.id)
            .where(Client.id.in_(ids)))
        return {c.id: list_row(c, last, follow) for c, last, follow in rows}


def list_row(c: Client, last_visit: dt.date | None,
             next_followup: dt.date | None) -> ClientListRow:
    """The list's row of one client, with the visit dates from its index."""
    return ClientListRow(c.id, c.name or "", c.gender, c.birth_date, c.id_number, c.phone,
                         c.village, c.risk_level, c.status, last_visit, next_followup)


def villages(db: Database) -> list[str]:
    with db.read() as s:
        return [v for v in s.scalars(select(Client.village).where(
            Client.void_reason.is_(None), Client.village.is_not(None))
            .group_by(Client.village).order_by(func.count().desc(), Client.village)) if v]


@dataclass(frozen=True)
class WorkerRow:
    id: str
    name: str
    role: str | None
    certification: str | None
    phone: str | None
    active: bool


def workers(db: Database) -> list[WorkerRow]:
    with db.read() as s:
        return [WorkerRow(w.id, w.name or "", w.role, w.certification, w.phone, bool(w.active))
                for w in s.scalars(select(Worker).where(Worker.void_reason.is_(None))
                                   .order_by(Worker.name))]
