"""Possible duplicates of a client being registered: the worker decides, not the code."""

from __future__ import annotations

from sqlalchemy import and_, or_, select

from app.models import Client
from app.services.client_list import ClientListRow, client_rows
from app.services.clients import ClientInput, validate_client
from app.store.database import Database


def possible_duplicates(db: Database, data: ClientInput,
                        exclude_id: str | None = None) -> list[ClientListRow]:
    """Live clients with the same ID number, or the same name and birth date in the same
    village. Validates first, so the ID number compared is the normalised one."""
    data = validate_client(data)
    conditions = []
    if data.id_number:
        conditions.append(Client.id_number == data.id_number)
    if data.birth_date is not None:
        conditions.append(and_(Client.name == data.name, Client.birth_date == data.birth_date,
                               Client.village.is_(None) if data.village is None
                               else Client.village == data.village))
    if not conditions:
        return []
    with db.read() as s:
        q = select(Client.id).where(Client.void_reason.is_(None), or_(*conditions))
        if exclude_id:
            q = q.where(Client.id != exclude_id)
        ids = list(s.scalars(q.order_by(Client.id)))
    rows = client_rows(db, ids)
    return [rows[i] for i in ids if i in rows]
