"""A client's whole case file (个案档案) as the station keeps it on paper and shows it at
the on-site evaluation: the basic facts, household, categories, each case's assessment,
plan, steps and closure, every visit in date order, and the referrals. Voided records are
left out, as everywhere else. The ID number in full only when asked for (logged), masked
otherwise; household members' phones are printed, their ID numbers are not kept at all."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.models import (
    Attachment,
    Case,
    CaseEvent,
    CaseGoal,
    Client,
    ClientCategory,
    HouseholdMember,
    Referral,
    Visit,
)
from app.models.ids import is_uuid
from app.models.people import mask_id_number
from app.models.vocab import (
    ATTACHMENT_KIND,
    CASE_STAGE,
    CLIENT_CATEGORY,
    CLIENT_STATUS,
    CLOSURE_REASON,
    DISABILITY_GRADE,
    DISABILITY_TYPE,
    GENDER,
    GOAL_STATUS,
    REFERRAL_AGENCY,
    REFERRAL_STATUS,
    RELATIONSHIP,
    RISK_LEVEL,
)
from app.reports.counts import worker_names
from app.reports.county_report import pick
from app.reports.visit_sheet import VisitSheet, sheet_of
from app.store.database import Database

log = logging.getLogger(__name__)

# The assessment's fields in the order of the case form, with its labels.
ASSESSMENT = (
    ("assess_health", "Health", "健康状况"),
    ("assess_daily_living", "Daily living", "日常生活"),
    ("assess_material", "Material situation", "物质"),
    ("assess_emotional", "Emotional and mental state", "情绪/精神"),
    ("assess_social", "Social contacts", "社会交往"),
    ("family_pressures", "Family: pressures other than money", "家庭：除经济外的压力"),
    ("family_strengths", "Family: strengths and resources", "家庭：优势与资源"),
    ("family_subsidies", "Policy subsidies already received", "已享受的政策补贴"),
    ("community_services", "Places and services nearby", "周边场所与服务"),
    ("community_problems", "Problems that affect the client", "影响服务对象的问题"),
    ("community_resources", "Outside resources that could be linked", "可链接的外部资源"),
    ("needs_summary", "Summary of problems and needs", "问题与需求小结"),
)

Pairs = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class CaseSection:
    """One case of the client, every text as printed."""

    opened_on: dt.date | None
    closed_on: dt.date | None
    stage: str
    worker: str
    presenting_problem: str
    assessment: Pairs  # (label, text), only what was written
    assessed: str  # by whom and when, or ""
    goals: tuple[tuple[str, str, str], ...]  # description, status, target date
    steps: tuple[tuple[str, str, str], ...]  # date, from → to, note
    closure: str  # the reason, or "" while open


@dataclass(frozen=True)
class CaseFile:
    client: str
    facts: Pairs  # the basic facts, in the order printed
    categories: tuple[str, ...]
    # name, relation, gender, birth date, guardian, lives with the client, phone
    household: tuple[tuple[str, ...], ...]
    cases: tuple[CaseSection, ...]
    visits: tuple[VisitSheet, ...]  # oldest first
    referrals: tuple[tuple[str, ...], ...]  # date, agency, reason, status, outcome
    printed_on: dt.date
    # the attached photos and documents: date added, kind, title, what it belongs to
    attachments: tuple[tuple[str, ...], ...] = ()


def case_file(db: Database, client_id: str, lang: str = "zh", full_id: bool = False,
              today: dt.date | None = None) -> CaseFile:
    with db.read() as s:
        client = s.get(Client, client_id) if is_uuid(client_id) else None  # a typed id
        if client is None or client.void_reason is not None:
            raise NotFoundError(f"No live client with id {client_id}.",
                                f"找不到编号为 {client_id} 的服务对象（或已作废）。")
        if full_id and client.id_number:
            log.info("a case file with the ID number in full was asked for")
        names = worker_names(s)
        visits = s.scalars(select(Visit).where(
            Visit.client_id == client_id, Visit.void_reason.is_(None))
            .order_by(Visit.visit_date, Visit.id))
        return CaseFile(
            client=client.name or "", facts=_facts(client, names, lang, full_id),
            categories=_categories(s, client_id, lang),
            household=_household(s, client_id, lang),
            cases=tuple(_case(s, case, names, lang) for case in _live(s, Case, client_id)),
            visits=tuple(sheet_of(s, v, client, names, lang, full_id) for v in visits),
            referrals=_referrals(s, client_id, lang),
            printed_on=today or dt.date.today(),
            attachments=_attachments(s, client_id, lang))


def _live(s: Session, model: type[Case] | type[Referral], client_id: str) -> list:
    date = model.opened_on if model is Case else model.referred_on  # type: ignore[union-attr]
    return list(s.scalars(select(model).where(
        model.client_id == client_id, model.void_reason.is_(None)).order_by(date, model.id)))


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _yes(value: bool | None, lang: str) -> str:
    if value is None:
        return ""
    return pick("yes", "是", lang) if value else pick("no", "否", lang)


def _facts(c: Client, names: dict[str, str], lang: str, full_id: bool) -> Pairs:
    number = c.id_number or ""
    consent = _yes(c.consent_given, lang)
    if c.consent_given and c.consent_date:
        consent += f" ({c.consent_date})" if lang != "zh" else f"（{c.consent_date}）"
    return (
        (pick("Name", "姓名", lang), c.name or ""),
        (pick("Gender", "性别", lang), GENDER.label(c.gender, lang)),
        (pick("Birth date", "出生日期", lang), _text(c.birth_date)),
        (pick("ID number", "身份证号", lang), number if full_id else mask_id_number(number)),
        (pick("Phone", "联系电话", lang), c.phone or ""),
        (pick("Village", "村（社区）", lang),
         " ".join(v for v in (c.village, c.village_group) if v)),
        (pick("Address", "住址", lang), c.address or ""),
        (pick("Status", "状态", lang), CLIENT_STATUS.label(c.status, lang)),
        (pick("Risk level", "风险等级", lang), RISK_LEVEL.label(c.risk_level, lang)),
        (pick("Worker in charge", "责任社工", lang), names.get(c.assigned_worker_id or "", "")),
        (pick("Consent to services", "服务知情同意", lang), consent),
        (pick("Notes", "备注", lang), c.notes or ""),
    )


def _categories(s: Session, client_id: str, lang: str) -> tuple[str, ...]:
    rows = s.scalars(select(ClientCategory).where(
        ClientCategory.client_id == client_id, ClientCategory.void_reason.is_(None))
        .order_by(ClientCategory.category))
    out = []
    for c in rows:
        extra = [DISABILITY_TYPE.label(c.disability_type, lang) if c.disability_type else "",
                 DISABILITY_GRADE.label(c.disability_grade, lang) if c.disability_grade else ""]
        detail = "，".join(e for e in extra if e) if lang == "zh" else ", ".join(
            e for e in extra if e)
        label = CLIENT_CATEGORY.label(c.category, lang)
        out.append(f"{label}（{detail}）" if detail and lang == "zh"
                   else f"{label} ({detail})" if detail else label)
    return tuple(out)


def _household(s: Session, client_id: str, lang: str) -> tuple[tuple[str, ...], ...]:
    rows = s.scalars(select(HouseholdMember).where(
        HouseholdMember.client_id == client_id, HouseholdMember.void_reason.is_(None))
        .order_by(HouseholdMember.name, HouseholdMember.id))
    return tuple((m.name or "", RELATIONSHIP.label(m.relationship, lang),
                  GENDER.label(m.gender, lang), _text(m.birth_date),
                  _yes(m.is_guardian, lang), _yes(m.lives_with_client, lang), m.phone or "")
                 for m in rows)


def _case(s: Session, case: Case, names: dict[str, str], lang: str) -> CaseSection:
    assessed = ""
    if case.assessed_by or case.assessed_on:
        who = names.get(case.assessed_by or "", "")
        assessed = pick(f"Assessed by {who} on {_text(case.assessed_on)}",
                        f"评估人：{who}　评估日期：{_text(case.assessed_on)}", lang)
    goals = s.scalars(select(CaseGoal).where(
        CaseGoal.case_id == case.id, CaseGoal.void_reason.is_(None))
        .order_by(CaseGoal.target_date, CaseGoal.id))
    events = s.scalars(select(CaseEvent).where(
        CaseEvent.case_id == case.id, CaseEvent.void_reason.is_(None))
        .order_by(CaseEvent.event_date, CaseEvent.id))
    return CaseSection(
        opened_on=case.opened_on, closed_on=case.closed_on,
        stage=CASE_STAGE.label(case.stage, lang), worker=names.get(case.worker_id or "", ""),
        presenting_problem=case.presenting_problem or "",
        assessment=tuple((pick(en, zh, lang), getattr(case, field))
                         for field, en, zh in ASSESSMENT if getattr(case, field)),
        assessed=assessed,
        goals=tuple((g.description or "", GOAL_STATUS.label(g.status, lang),
                     _text(g.target_date)) for g in goals),
        steps=tuple((_text(e.event_date),
                     " → ".join(CASE_STAGE.label(x, lang) for x in (e.from_stage, e.to_stage)
                                if x), e.note or "") for e in events),
        closure=CLOSURE_REASON.label(case.closure_reason, lang) if case.closure_reason else "")


def _referrals(s: Session, client_id: str, lang: str) -> tuple[tuple[str, ...], ...]:
    return tuple((_text(r.referred_on), REFERRAL_AGENCY.label(r.agency, lang), r.reason or "",
                  REFERRAL_STATUS.label(r.status, lang), r.outcome or "")
                 for r in _live(s, Referral, client_id))


def _attachments(s: Session, client_id: str, lang: str) -> tuple[tuple[str, ...], ...]:
    """An index of the attached files, oldest first, for the paper archive to match."""
    rows = s.execute(select(Attachment, Case.opened_on, Visit.visit_date)
                     .outerjoin(Case, Case.id == Attachment.case_id)
                     .outerjoin(Visit, Visit.id == Attachment.visit_id)
                     .where(Attachment.client_id == client_id,
                            Attachment.void_reason.is_(None))
                     .order_by(Attachment.added_on, Attachment.id))
    out = []
    for a, opened, visited in rows:
        if a.case_id:
            belongs = pick(f"the case opened {_text(opened)}", f"{_text(opened)}开案的个案", lang)
        elif a.visit_id:
            belongs = pick(f"the visit of {_text(visited)}", f"{_text(visited)}的走访", lang)
        else:
            belongs = pick("the client", "服务对象本人", lang)
        out.append((_text(a.added_on), ATTACHMENT_KIND.label(a.kind, lang), a.title or "",
                    belongs))
    return tuple(out)
