"""One home visit as the station's paper record (走访记录表): who was visited, when and
how, by whom, what was seen, the needs in the seed's three dimensions, what was done, the
risks and the next follow-up, with room to sign. For the paper archive and the on-site
evaluation; the ID number in full only when the worker asks (a submission that needs
it), masked otherwise."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.models import Client, ClientCategory, Visit, VisitWorker
from app.models.ids import is_uuid
from app.models.people import mask_id_number
from app.models.vocab import CLIENT_CATEGORY, GENDER, NEED_LEVEL, SERVICE_TYPE, VISIT_MODE
from app.reports.counts import worker_names
from app.store.database import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class VisitSheet:
    """Every text as printed, in the sheet's language."""

    client: str
    gender: str
    birth_date: dt.date | None
    id_number: str  # masked unless asked for in full
    village: str
    address: str
    categories: str
    visit_date: dt.date
    mode: str
    duration_min: int | None
    workers: str  # the one who led first
    people_met: str
    observations: str
    needs: tuple[tuple[str, str, str], ...]  # (dimension, level, notes), all three
    services: str
    risks: str
    next_followup: dt.date | None


NEEDS = (("material", "物质需求", "Material needs"), ("emotional", "精神需求", "Emotional needs"),
         ("social", "社会需求", "Social needs"))


def visit_sheet(db: Database, visit_id: str, lang: str = "zh",
                full_id: bool = False) -> VisitSheet:
    with db.read() as s:
        visit = s.get(Visit, visit_id) if is_uuid(visit_id) else None
        if visit is None or visit.void_reason is not None:
            raise NotFoundError(f"No live visit with id {visit_id}.",
                                f"找不到编号为 {visit_id} 的走访记录（或已作废）。")
        client = s.get(Client, visit.client_id) if visit.client_id else None
        if full_id and client is not None and client.id_number:
            log.info("a visit sheet with the ID number in full was asked for")
        return sheet_of(s, visit, client, worker_names(s), lang, full_id)


def live_categories(s: Session, client_id: str | None) -> list[str]:
    return [c for c in s.scalars(select(ClientCategory.category).where(
        ClientCategory.client_id == client_id, ClientCategory.void_reason.is_(None))
        .order_by(ClientCategory.category)) if c]


def sheet_of(s: Session, visit: Visit, client: Client | None, names: dict[str, str],
             lang: str, full_id: bool) -> VisitSheet:
    """One visit's sheet: the single sheet's and each visit of a case file's."""
    companions = s.scalars(select(VisitWorker.worker_id).where(
        VisitWorker.visit_id == visit.id, VisitWorker.void_reason.is_(None)))
    workers = [names.get(w, "") for w in (visit.worker_id, *companions) if w]
    number = (client.id_number if client else None) or ""
    sep = "、" if lang == "zh" else ", "
    return VisitSheet(
        client=(client.name or "") if client else "",
        gender=GENDER.label(client.gender, lang) if client else "",
        birth_date=client.birth_date if client else None,
        id_number=number if full_id else mask_id_number(number),
        village=(client.village or "") if client else "",
        address=(client.address or "") if client else "",
        categories=sep.join(CLIENT_CATEGORY.label(c, lang)
                            for c in live_categories(s, visit.client_id)),
        visit_date=visit.visit_date or dt.date.min,
        mode=VISIT_MODE.label(visit.mode, lang), duration_min=visit.duration_min,
        workers=sep.join(w for w in workers if w), people_met=visit.people_met or "",
        observations=visit.observations or "",
        needs=tuple((zh if lang == "zh" else en,
                     NEED_LEVEL.label(getattr(visit, f"{code}_level") or "none", lang),
                     getattr(visit, f"{code}_notes") or "") for code, zh, en in NEEDS),
        services=sep.join(SERVICE_TYPE.label(c, lang) for c in visit.services or ()),
        risks=visit.risks or "", next_followup=visit.next_followup)
