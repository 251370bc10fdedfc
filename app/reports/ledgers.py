"""The monthly report's ledgers (台账): one row per client served, visit, activity,
supervision session and training record of the month, ready to be laid out.

"Served" and "live" are those of app.reports.figures: a voided row never shows, nor a
row hanging off a voided client or activity, so each ledger adds up to the summary's
figures (visits, people served, participations, volunteer, supervision and training
hours).

The two big ledgers are a month of a 100,000-client station (~85,000 visits, ~60,000
people), so each is one query with its counts aggregated in SQL, streamed row by row.
Rows hold the values as stored (ISO dates, codes, id bytes: no conversion per row); each
column says how a stored value is shown (a date, a label in the report's language, a
masked ID number), which a writer does once per distinct value.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain
from operator import itemgetter
from typing import Any, Literal

from sqlalchemy import LargeBinary, String, func, literal, null, select, type_coerce, union_all
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement, Select

from app.models import (
    Activity,
    ActivityParticipant,
    ActivityVolunteer,
    Client,
    ClientCategory,
    SupervisionSession,
    TrainingRecord,
    Visit,
    Worker,
)
from app.models.people import age_on, mask_id_number
from app.models.vocab import (
    ACTIVITY_KIND,
    CLIENT_CATEGORY,
    DELIVERY_MODE,
    GENDER,
    NEED_LEVEL,
    SERVICE_DOMAIN,
    SERVICE_TYPE,
    VISIT_MODE,
    Vocab,
)
from app.reports.sections import in_lang
from app.store.database import Database

Kind = Literal["text", "int", "float", "date"]
Value = str | int | float | dt.date | None
Row = tuple[Value, ...]
JOIN = "、"  # how Chinese lists several terms in one cell

# (English, Chinese) of the sheet names and column titles.
TEXT: dict[str, tuple[str, str]] = {
    "summary": ("Summary", "月报汇总"),  # the sheet of report_sections, before the ledgers
    "clients": ("Clients served", "服务对象台账"),
    "visits": ("Visits", "走访台账"),
    "activities": ("Activities", "活动台账"),
    "supervision": ("Supervision", "督导台账"),
    "training": ("Training", "培训台账"),
    "name": ("Name", "姓名"),
    "gender": ("Gender", "性别"),
    "age": ("Age", "年龄"),
    "id_number": ("ID number", "身份证号"),
    "village": ("Village / community", "村（社区）"),
    "village_group": ("Group", "组"),
    "categories": ("Categories", "对象类别"),
    "visits_in_month": ("Visits this month", "本月走访次数"),
    "activities_in_month": ("Activities this month", "本月参加活动次数"),
    "last_visit": ("Last visit", "最近走访日期"),
    "visit_date": ("Date", "走访日期"),
    "client": ("Client", "服务对象"),
    "lead_worker": ("Lead worker", "主访社工"),
    "mode": ("Mode", "走访方式"),
    "duration_min": ("Minutes", "时长（分钟）"),
    "material": ("Material needs", "物质需求"),
    "emotional": ("Emotional needs", "精神需求"),
    "social": ("Social needs", "社会需求"),
    "services": ("Services delivered", "提供服务"),
    "next_followup": ("Next follow-up", "下次跟进日期"),
    "activity_date": ("Date", "活动日期"),
    "title": ("Title", "活动名称"),
    "kind": ("Type", "活动类型"),
    "domain": ("Domain", "服务领域"),
    "place": ("Place", "活动地点"),
    "participants": ("Participants", "参与人数"),
    "volunteer_hours": ("Volunteer hours", "志愿服务时长（小时）"),
    "session_date": ("Date", "督导日期"),
    "supervisor": ("Supervisor", "督导"),
    "hours": ("Hours", "时长（小时）"),
    "form": ("Form", "形式"),
    "topics": ("Topics", "督导内容"),
    "cases_discussed": ("Cases discussed", "讨论个案"),
    "follow_ups": ("Follow-ups agreed", "跟进事项"),
    "training_date": ("Date", "培训日期"),
    "worker": ("Worker", "社工"),
    "training_hours": ("Hours", "学时"),
    "training_mode": ("Online / offline", "线上/线下"),
    "provider": ("Provider", "培训机构"),
    "topic": ("Topic", "培训主题"),
    "certificate": ("Certificate", "证书"),
}


def text(key: str, lang: str) -> str:
    return in_lang(TEXT[key], lang)


Shown = Callable[[Any], Value]  # a stored value (never None) -> the value shown


@dataclass(frozen=True)
class Column:
    key: str  # its title in TEXT
    kind: Kind
    width: float  # in Excel's character widths, enough for the usual value
    # How a stored value is shown (a code as its label, an ISO date as a date); None: as
    # stored. A pure function of the value, so a writer may call it once per distinct one.
    shown: Shown | None = None


@dataclass
class Ledger:
    """One ledger of the month: its columns, how many rows, and the rows (read once),
    as stored values; `shown` turns one into the values of its cells."""

    key: str  # its sheet name in TEXT
    columns: tuple[Column, ...]
    total: int
    rows: Iterator[Sequence[Any]]

    def shown(self, row: Sequence[Any]) -> Row:
        return tuple(v if c.shown is None or v is None else c.shown(v)
                     for c, v in zip(self.columns, row, strict=True))


@contextmanager
def month_ledgers(db: Database, start: dt.date, end: dt.date,
                  lang: str) -> Iterator[list[Ledger]]:
    """The five ledgers of the period, in the order the county reads them, readable until
    the block ends. The two big queries run at once, each in its own read transaction
    (SQLite runs without the GIL): on two cores that is half a second sooner."""
    with db.read() as first, db.read() as second, ThreadPoolExecutor(2) as pool:
        names = _worker_names(first)
        clients = pool.submit(_clients, first, start, end, lang)
        visits = pool.submit(_visits, second, start, end, lang, names)
        big = [clients.result(), visits.result()]  # each session is free again after
        yield [*big, _activities(first, start, end, lang),
               _supervision(first, start, end, lang, names),
               _training(first, start, end, lang, names)]


# -- the ledgers -------------------------------------------------------------------------------

def _clients(s: Session, start: dt.date, end: dt.date, lang: str) -> Ledger:
    # One grouped pass over the month's live visits and participations gives the people
    # served with their counts (LEFT JOINs of two grouped CTEs here are quadratic).
    contacts = union_all(
        select(Visit.client_id, literal(1).label("visit"), Visit.visit_date.label("day"))
        .where(Visit.void_reason.is_(None), Visit.visit_date >= start,
               Visit.visit_date <= end),
        select(ActivityParticipant.client_id, literal(0), null())
        .join(Activity, Activity.id == ActivityParticipant.activity_id)
        .where(ActivityParticipant.void_reason.is_(None), Activity.void_reason.is_(None),
               Activity.activity_date >= start, Activity.activity_date <= end)).subquery()
    served = (select(contacts.c.client_id, func.sum(contacts.c.visit).label("visits"),
                     func.max(contacts.c.day).label("last"),
                     func.sum(1 - contacts.c.visit).label("activities"))
              .group_by(contacts.c.client_id).cte("served"))
    categories = (select(func.aggregate_strings(ClientCategory.category, ","))
                  .where(ClientCategory.client_id == Client.id,
                         ClientCategory.void_reason.is_(None)).scalar_subquery())
    # Someone served only at an activity this month: their last visit before it.
    earlier = (select(func.max(Visit.visit_date))
               .where(Visit.client_id == Client.id, Visit.void_reason.is_(None),
                      Visit.visit_date < start).scalar_subquery())
    stmt = (select(Client.name, Client.gender, _text(Client.birth_date), Client.id_number,
                   Client.village, Client.village_group, categories, served.c.visits,
                   served.c.activities, _text(func.coalesce(served.c.last, earlier)))
            .select_from(served).join(Client, Client.id == served.c.client_id)
            .where(Client.void_reason.is_(None))
            .order_by(func.coalesce(Client.name_pinyin, Client.name), Client.name, Client.id))
    columns = (
        Column("name", "text", 10), Column("gender", "text", 6, _labels(GENDER, lang)),
        Column("age", "int", 6, lambda iso: age_on(dt.date.fromisoformat(iso), end)),
        Column("id_number", "text", 21, mask_id_number), Column("village", "text", 12),
        Column("village_group", "text", 14),
        Column("categories", "text", 30,
               lambda codes: _join_terms(CLIENT_CATEGORY, codes.split(","), lang)),
        Column("visits_in_month", "int", 10), Column("activities_in_month", "int", 10),
        Column("last_visit", "date", 12, dt.date.fromisoformat))
    return _streamed(s, stmt, "clients", columns)


def _visits(s: Session, start: dt.date, end: dt.date, lang: str,
            names: dict[bytes, str]) -> Ledger:
    stmt = (select(_text(Visit.visit_date), Client.name, Client.village, _raw(Visit.worker_id),
                   Visit.mode, Visit.duration_min, Visit.material_level,
                   Visit.emotional_level, Visit.social_level, _text(Visit.services),
                   _text(Visit.next_followup))
            .select_from(Visit).join(Client, Client.id == Visit.client_id)
            .where(Visit.void_reason.is_(None), Visit.visit_date >= start,
                   Visit.visit_date <= end, Client.void_reason.is_(None))
            .order_by(Visit.visit_date, func.coalesce(Client.name_pinyin, Client.name),
                      Client.name, Visit.id))
    level = _labels(NEED_LEVEL, lang)
    columns = (
        Column("visit_date", "date", 12, dt.date.fromisoformat), Column("client", "text", 10),
        Column("village", "text", 12), Column("lead_worker", "text", 10, names.get),
        Column("mode", "text", 11, _labels(VISIT_MODE, lang)),
        Column("duration_min", "int", 8), Column("material", "text", 9, level),
        Column("emotional", "text", 9, level), Column("social", "text", 9, level),
        Column("services", "text", 30,
               lambda raw: _join_terms(SERVICE_TYPE, json.loads(raw), lang)),
        Column("next_followup", "date", 13, dt.date.fromisoformat))
    return _streamed(s, stmt, "visits", columns)


def _activities(s: Session, start: dt.date, end: dt.date, lang: str) -> Ledger:
    # Per activity, as the figures count them: live participants who are live clients.
    people = (select(func.count()).select_from(ActivityParticipant)
              .join(Client, Client.id == ActivityParticipant.client_id)
              .where(ActivityParticipant.activity_id == Activity.id,
                     ActivityParticipant.void_reason.is_(None), Client.void_reason.is_(None))
              .scalar_subquery())
    hours = (select(func.round(func.coalesce(func.sum(ActivityVolunteer.hours), 0.0), 2))
             .where(ActivityVolunteer.activity_id == Activity.id,
                    ActivityVolunteer.void_reason.is_(None)).scalar_subquery())
    stmt = (select(_text(Activity.activity_date), Activity.title, Activity.kind,
                   Activity.domain, Activity.place, people, hours)
            .where(Activity.void_reason.is_(None), Activity.activity_date >= start,
                   Activity.activity_date <= end)
            .order_by(Activity.activity_date, Activity.title, Activity.id))
    columns = (
        Column("activity_date", "date", 12, dt.date.fromisoformat),
        Column("title", "text", 28), Column("kind", "text", 11, _labels(ACTIVITY_KIND, lang)),
        Column("domain", "text", 11, _labels(SERVICE_DOMAIN, lang)),
        Column("place", "text", 18), Column("participants", "int", 9),
        Column("volunteer_hours", "float", 12))
    return _streamed(s, stmt, "activities", columns)


def _supervision(s: Session, start: dt.date, end: dt.date, lang: str,
                 names: dict[bytes, str]) -> Ledger:
    stmt = (select(_text(SupervisionSession.session_date),
                   _raw(SupervisionSession.supervisor_id), SupervisionSession.hours,
                   SupervisionSession.form, SupervisionSession.topics,
                   SupervisionSession.cases_discussed, SupervisionSession.follow_ups)
            .where(SupervisionSession.void_reason.is_(None),
                   SupervisionSession.session_date >= start,
                   SupervisionSession.session_date <= end)
            .order_by(SupervisionSession.id))
    columns = (
        Column("session_date", "date", 12, dt.date.fromisoformat),
        Column("supervisor", "text", 10, names.get), Column("hours", "float", 10),
        Column("form", "text", 8, _labels(DELIVERY_MODE, lang)),
        Column("topics", "text", 36), Column("cases_discussed", "text", 30),
        Column("follow_ups", "text", 30))
    return _small(s, stmt, "supervision", columns, names)


def _training(s: Session, start: dt.date, end: dt.date, lang: str,
              names: dict[bytes, str]) -> Ledger:
    stmt = (select(_text(TrainingRecord.training_date), _raw(TrainingRecord.worker_id),
                   TrainingRecord.hours, TrainingRecord.mode, TrainingRecord.provider,
                   TrainingRecord.topic, TrainingRecord.certificate)
            .where(TrainingRecord.void_reason.is_(None),
                   TrainingRecord.training_date >= start,
                   TrainingRecord.training_date <= end)
            .order_by(TrainingRecord.id))
    columns = (
        Column("training_date", "date", 12, dt.date.fromisoformat),
        Column("worker", "text", 10, names.get), Column("training_hours", "float", 8),
        Column("training_mode", "text", 10, _labels(DELIVERY_MODE, lang)),
        Column("provider", "text", 24), Column("topic", "text", 30),
        Column("certificate", "text", 20))
    return _small(s, stmt, "training", columns, names)


# -- helpers -----------------------------------------------------------------------------------

def _streamed(s: Session, stmt: Select[Any], key: str, columns: tuple[Column, ...]) -> Ledger:
    """A ledger read straight from its query, in Core (the ORM would buffer every row).
    A window over the whole result counts the rows before the first is read; it is cut
    off each row again."""
    result = iter(s.connection().execute(stmt.add_columns(func.count().over())))
    first = next(result, None)
    if first is None:
        return Ledger(key, columns, 0, iter(()))
    rows = chain((first,), result)
    return Ledger(key, columns, int(first[-1]), map(itemgetter(slice(len(columns))), rows))


def _small(s: Session, stmt: Select[Any], key: str, columns: tuple[Column, ...],
           names: dict[bytes, str]) -> Ledger:
    """A ledger of a few rows a month, sorted here by date, then by the worker's name in
    its second column. Names go in Unicode's order of characters (radical, then strokes):
    pinyin would mean loading pypinyin (55 MB, 0.25 s) for a dozen rows."""
    rows = [tuple(r) for r in s.connection().execute(stmt)]
    rows.sort(key=lambda r: (r[0] or "", names.get(r[1], "")))
    return Ledger(key, columns, len(rows), iter(rows))


def _worker_names(s: Session) -> dict[bytes, str]:
    """Every worker's name by the id's stored bytes (ids are read raw in the ledgers)."""
    return {wid: name or "" for wid, name in s.connection().execute(
        select(_raw(Worker.id), Worker.name))}


def _raw(column: Any) -> ColumnElement[bytes]:
    """An id as its stored 16 bytes: no UUID text made for each of 85,000 rows."""
    return type_coerce(column, LargeBinary)


def _text(column: Any) -> ColumnElement[str]:
    """A date (or JSON) as its stored text, converted once per distinct value."""
    return type_coerce(column, String)


def _labels(vocab: Vocab, lang: str) -> Callable[[str], str]:
    """A code's label (an unknown code as itself)."""
    labels = {t.code: t.label(lang) for t in vocab}
    return lambda code: labels.get(code, code)


def _join_terms(vocab: Vocab, codes: Iterable[str], lang: str) -> str | None:
    """Labels in the vocabulary's order, each once (two devices may add the same one)."""
    order = {c: i for i, c in enumerate(vocab.codes())}
    unique = sorted(set(codes), key=lambda c: (order.get(c, len(order)), c))
    return JOIN.join(vocab.label(c, lang) for c in unique) or None


__all__ = ["Column", "Kind", "Ledger", "Row", "Value", "month_ledgers", "text"]
