"""A person's own record (个人信息副本): everything the station holds about one client,
for a request by that person or their guardian — the case file, the history of each of
the client's records (who changed what, when, from what to what) and the attached photos
and documents. The ID number is in full (it is the person's own), and the request is
logged, without the number."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from sqlalchemy import select

from app.files import check_output
from app.models import Case, HouseholdMember, Referral, Visit
from app.models.vocab import ATTACHMENT_KIND
from app.reports.case_file import case_file
from app.reports.person_record import HistorySection, PersonRecord
from app.services.attachments import attachments_of, store
from app.services.field_labels import field_label
from app.services.history import CREATED, record_history
from app.store.database import Database

log = logging.getLogger(__name__)
# (table, what a person calls it)
SECTIONS = (("client", ("The client's record", "服务对象资料")),
            ("household_member", ("Household member", "家庭成员")),
            ("case_record", ("Case", "个案")), ("visit", ("Home visit", "走访记录")),
            ("referral", ("Referral", "转介")), ("attachment", ("Attachment", "附件")))


def person_record(db: Database, client_id: str, lang: str = "zh") -> PersonRecord:
    file = case_file(db, client_id, lang, full_id=True)  # refuses an unknown client
    log.info("a person's own record was asked for (ID number in full)")
    histories = [_history(db, table, record_id, name, lang)
                 for table, record_id, name in _records(db, client_id, lang)]
    photos, documents = [], []
    for row in reversed(attachments_of(db, client_id)):  # oldest first
        kind = ATTACHMENT_KIND.label(row.kind, lang)
        title = f"{kind}：{row.title}" if lang == "zh" else f"{kind}: {row.title}"
        data = store(db).read(row.sha256) if row.media_type != "pdf" else None
        if data is not None:
            photos.append((title, data))
        else:
            documents.append(title)
    return PersonRecord(file, tuple(histories), tuple(photos), tuple(documents))


def _records(db: Database, client_id: str, lang: str) -> list[tuple[str, str, str]]:
    """(table, id, name) of every record about the client, voided ones included: the
    person is owed those too."""
    found = [("client", client_id, _name("client", lang))]
    with db.read() as s:
        found += [("household_member", i, f"{_name('household_member', lang)} {n or ''}")
                  for i, n in s.execute(select(HouseholdMember.id, HouseholdMember.name)
                                        .where(HouseholdMember.client_id == client_id)
                                        .order_by(HouseholdMember.name))]
        for table, model, day in (("case_record", Case, Case.opened_on),
                                  ("visit", Visit, Visit.visit_date),
                                  ("referral", Referral, Referral.referred_on)):
            found += [(table, i, f"{_name(table, lang)} {d or ''}") for i, d in s.execute(
                select(model.id, day).where(model.client_id == client_id).order_by(day))]
    found += [("attachment", row.id, f"{_name('attachment', lang)} {row.title}")
              for row in reversed(attachments_of(db, client_id))]
    return found


def _name(table: str, lang: str) -> str:
    en, zh = dict(SECTIONS)[table]
    return zh if lang == "zh" else en


def _history(db: Database, table: str, record_id: str, name: str,
             lang: str) -> HistorySection:
    created = "（新建）" if lang == "zh" else "(recorded)"
    lines = tuple((c.at.strftime("%Y-%m-%d %H:%M"), c.device,
                   created if c.field == CREATED else field_label(c.field, lang), c.old, c.new)
                  for c in record_history(db, table, record_id, lang))
    return HistorySection(name.strip(), lines)


def write_person_record(db: Database, client_id: str, out: str | os.PathLike[str],
                        lang: str = "zh") -> Path:
    """The person's own record as one A4 pdf, written whole or not at all."""
    from app.render.person_record_document import write_person_record_pdf  # Qt: only here

    target = check_output(db.paths, Path(out))
    return write_person_record_pdf(person_record(db, client_id, lang), target, lang)
