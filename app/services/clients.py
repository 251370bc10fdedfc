"""Use cases for clients (服务对象): register, update, categories, household, queries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.models import Client, ClientCategory, ClientIndex, HouseholdMember
from app.models.ids import uuid7
from app.models.people import age_on
from app.models.pinyin import name_keys
from app.models.validation import (
    check_code,
    normalize_phone,
    parse_id_number,
    require_text,
)
from app.models.vocab import (
    CHILD_CATEGORIES,
    CLIENT_CATEGORY,
    CLIENT_STATUS,
    DISABILITY_GRADE,
    DISABILITY_TYPE,
    GENDER,
    RELATIONSHIP,
    RISK_LEVEL,
)
from app.services.client_list import ClientListRow, list_row
from app.services.common import (
    checked,
    checked_text,
    get_live,
    local_setting,
    parse_date,
    set_changed,
)
from app.services.common import (
    today as today_,
)
from app.store.database import Database


@dataclass(frozen=True)
class CategoryInput:
    category: str
    disability_type: str | None = None
    disability_grade: str | None = None


@dataclass(frozen=True)
class MemberInput:
    name: str
    relationship: str
    gender: str | None = None
    birth_date: dt.date | str | None = None
    is_guardian: bool = False
    lives_with_client: bool = True
    phone: str | None = None
    notes: str | None = None
    id: str | None = None  # an existing member to update


@dataclass(frozen=True)
class ClientInput:
    name: str
    gender: str | None = None
    birth_date: dt.date | str | None = None
    id_number: str | None = None
    phone: str | None = None
    village: str | None = None
    village_group: str | None = None
    address: str | None = None
    risk_level: str = "low"
    assigned_worker_id: str | None = None
    status: str = "active"
    consent_given: bool = False
    consent_date: dt.date | str | None = None
    notes: str | None = None
    categories: tuple[CategoryInput, ...] = ()
    household: tuple[MemberInput, ...] = ()


CLIENT_FIELDS = (
    "name", "gender", "birth_date", "id_number", "phone", "village", "village_group",
    "address", "risk_level", "assigned_worker_id", "status", "consent_given",
    "consent_date", "notes",
)


TO_BE_ASSESSED = "to_be_assessed"


def require_category(data: ClientInput) -> None:
    """A client saved whole (registered, or saved from the form) has a category: the
    report counts people by category. "Other / to be assessed" is a choice of its own."""
    if not data.categories:
        raise ValidationError(
            "categories", "Choose at least one category, or “Other / to be assessed” when "
            "none is known yet: the report counts people by category.",
            "请至少选择一个类别；暂不清楚的请选“其他（待评估）”：报表按类别统计人数。")
    if len(data.categories) > 1 and TO_BE_ASSESSED in {c.category for c in data.categories}:
        raise ValidationError(
            "categories", "“Other / to be assessed” stands alone: untick it once a category "
            "is known.", "“其他（待评估）”不能与其他类别同时选择：确定类别后请取消勾选。")


def validate_client(data: ClientInput, today: dt.date | None = None) -> ClientInput:
    """The input with normalised values, or a ValidationError naming the first bad field."""
    today = today or today_()
    name = require_text(data.name, "name", "name", "姓名", 50)
    birth = parse_date(data.birth_date, "birth_date", "birth date", "出生日期")
    gender = data.gender
    id_number = None
    if data.id_number and data.id_number.strip():
        info = parse_id_number(data.id_number, "id_number", today=today)
        id_number = info.number
        if birth is not None and birth != info.birth_date:
            raise ValidationError(
                "birth_date",
                f"The birth date does not match the ID number ({info.birth_date.isoformat()}).",
                f"出生日期与身份证号码不一致（身份证上为 {info.birth_date.isoformat()}）。",
            )
        if gender and gender != info.gender:
            raise ValidationError(
                "gender", "The gender does not match the ID number.", "性别与身份证号码不一致。")
        birth, gender = info.birth_date, info.gender
    if gender is not None:
        check_code(gender, GENDER.codes(), "gender", "gender", "性别")
    birth = checked("client", "birth_date", birth, today)
    phone = normalize_phone(data.phone, "phone") if data.phone and data.phone.strip() else None
    check_code(data.risk_level, RISK_LEVEL.codes(), "risk_level", "risk level", "风险等级")
    check_code(data.status, CLIENT_STATUS.codes(), "status", "status", "状态")
    consent_date = checked("client", "consent_date", parse_date(
        data.consent_date, "consent_date", "consent date", "知情同意日期"), today)
    categories = tuple(validate_category(c, birth, today) for c in data.categories)
    seen: set[str] = set()
    for c in categories:
        if c.category in seen:
            raise ValidationError("categories", f"The category {c.category} is listed twice.",
                                  f"类别“{CLIENT_CATEGORY.label(c.category, 'zh')}”重复。")
        seen.add(c.category)
    household = tuple(validate_member(m, today) for m in data.household)
    return replace(
        data, name=name, gender=gender, birth_date=birth, id_number=id_number, phone=phone,
        village=checked_text("client", "village", data.village),
        village_group=checked_text("client", "village_group", data.village_group),
        address=checked_text("client", "address", data.address), consent_date=consent_date,
        notes=checked_text("client", "notes", data.notes), categories=categories,
        household=household,
    )


def validate_category(c: CategoryInput, birth: dt.date | None,
                      today: dt.date | None = None) -> CategoryInput:
    check_code(c.category, CLIENT_CATEGORY.codes(), "categories", "client category", "服务对象类别")
    if c.category in CHILD_CATEGORIES and birth is not None:
        ref = today or dt.date.today()
        age = age_on(birth, ref) or 0
        if age >= 18:
            label = CLIENT_CATEGORY.term(c.category)
            raise ValidationError(
                "categories",
                f"“{label.en}” is for children under 18; this person is {age}.",
                f"“{label.zh}”仅适用于未满18周岁的儿童，此人已{age}岁。",
            )
    if c.category == "disabled":
        if c.disability_type is not None:
            check_code(c.disability_type, DISABILITY_TYPE.codes(), "disability_type",
                       "disability type", "残疾类别")
        if c.disability_grade is not None:
            check_code(c.disability_grade, DISABILITY_GRADE.codes(), "disability_grade",
                       "disability grade", "残疾等级")
        return c
    return replace(c, disability_type=None, disability_grade=None)


def validate_member(m: MemberInput, today: dt.date | None = None) -> MemberInput:
    name = require_text(m.name, "household", "household member's name", "家庭成员姓名", 50)
    check_code(m.relationship, RELATIONSHIP.codes(), "household", "relationship", "与服务对象关系")
    if m.gender is not None:
        check_code(m.gender, GENDER.codes(), "household", "gender", "性别")
    phone = normalize_phone(m.phone, "household") if m.phone and m.phone.strip() else None
    birth = checked("household_member", "birth_date",
                    parse_date(m.birth_date, "household", "birth date", "出生日期"), today)
    return replace(m, name=name, phone=phone, birth_date=birth,
                   notes=checked_text("household_member", "notes", m.notes))


# -- writes -------------------------------------------------------------------------------

def register_client(db: Database, data: ClientInput) -> str:
    """Register a new client with categories and household, in one transaction."""
    data = validate_client(data)
    require_category(data)
    with db.write() as s:
        return new_client(s, data, local_setting(s, "station_id"),
                          local_setting(s, "worker_id")).id


def new_client(s: Session, data: ClientInput, station_id: str | None,
               worker_id: str | None) -> Client:
    """Add a new client of validated `data` with its categories and household to the
    session: the one create path of register_client and the roster import. The id is
    made here, not by a flush, so a roster of thousands adds rows without a round trip
    each. `worker_id` is the assigned worker when `data` names none."""
    client = Client(id=uuid7(), station_id=station_id,
                    **{f: getattr(data, f) for f in CLIENT_FIELDS})
    _set_name_keys(client)
    if client.assigned_worker_id is None:
        client.assigned_worker_id = worker_id
    s.add(client)
    for c in data.categories:
        s.add(ClientCategory(client_id=client.id, category=c.category,
                             disability_type=c.disability_type,
                             disability_grade=c.disability_grade))
    for m in data.household:
        s.add(_new_member(client.id, m))
    return client


def update_client(db: Database, client_id: str, **changes: Any) -> None:
    """Change some profile fields; the whole record is validated again."""
    unknown = set(changes) - set(CLIENT_FIELDS)
    if unknown:
        raise ValueError(f"not client fields: {sorted(unknown)}")
    with db.write() as s:
        update_profile(s, client_id, changes)


def set_categories(db: Database, client_id: str, categories: list[CategoryInput]) -> None:
    """Make the client's categories exactly these: add new rows, void removed ones."""
    with db.write() as s:
        _set_categories(s, client_id, categories)


def save_client(db: Database, client_id: str, data: ClientInput) -> None:
    """The client form's save: profile, categories and household in one transaction, so
    a crash half-way cannot leave half an edit. Only what changed is written."""
    data = validate_client(data)
    require_category(data)
    with db.write() as s:
        update_profile(s, client_id, {f: getattr(data, f) for f in CLIENT_FIELDS})
        _set_categories(s, client_id, list(data.categories))
        _set_household(s, client_id, list(data.household))


def update_profile(s: Session, client_id: str, changes: dict[str, Any]) -> None:
    """Set some profile fields of a live client in the caller's session; the whole record
    is validated again first, so a ValidationError leaves the client untouched. Only the
    fields whose value differs are set (an unchanged field writes no op)."""
    client = get_live(s, Client, client_id, "client", "服务对象")
    current = ClientInput(**{f: getattr(client, f) for f in CLIENT_FIELDS})
    # The ID number defines birth date and gender: a new number replaces both.
    if changes.get("id_number") and changes["id_number"] != client.id_number:
        current = replace(current, birth_date=None, gender=None)
    data = validate_client(replace(current, **changes))
    set_changed(client, ((f, getattr(data, f)) for f in CLIENT_FIELDS))
    _set_name_keys(client)


def _set_categories(s: Session, client_id: str, categories: list[CategoryInput]) -> None:
    client = get_live(s, Client, client_id, "client", "服务对象")
    wanted = {c.category: c for c in
              (validate_category(c, client.birth_date) for c in categories)}
    existing = {r.category: r for r in s.scalars(
        select(ClientCategory).where(ClientCategory.client_id == client_id,
                                     ClientCategory.void_reason.is_(None)))}
    for code, row in existing.items():
        if code not in wanted:
            row.void_reason = "removed"
            continue
        c = wanted[code]
        if (row.disability_type, row.disability_grade) != (c.disability_type,
                                                           c.disability_grade):
            row.disability_type, row.disability_grade = c.disability_type, c.disability_grade
    for code, c in wanted.items():
        if code not in existing:
            s.add(ClientCategory(client_id=client_id, category=code,
                                 disability_type=c.disability_type,
                                 disability_grade=c.disability_grade))


def _set_household(s: Session, client_id: str, valid: list[MemberInput]) -> None:
    get_live(s, Client, client_id, "client", "服务对象")
    existing = {r.id: r for r in s.scalars(
        select(HouseholdMember).where(HouseholdMember.client_id == client_id,
                                      HouseholdMember.void_reason.is_(None)))}
    kept: set[str] = set()
    for m in valid:
        row = existing.get(m.id) if m.id else None
        if row is None:
            s.add(_new_member(client_id, m))
            continue
        kept.add(row.id)
        for f in fields(MemberInput):
            if f.name != "id" and getattr(row, f.name) != getattr(m, f.name):
                setattr(row, f.name, getattr(m, f.name))
    for row_id, row in existing.items():
        if row_id not in kept:
            row.void_reason = "removed"


def _new_member(client_id: str, m: MemberInput) -> HouseholdMember:
    values = {f.name: getattr(m, f.name) for f in fields(MemberInput) if f.name != "id"}
    return HouseholdMember(client_id=client_id, **values)


def _set_name_keys(client: Client) -> None:
    full, initials = name_keys(client.name or "")
    if client.name_pinyin != full:
        client.name_pinyin, client.name_initials = full, initials


# -- queries ------------------------------------------------------------------------------

@dataclass(frozen=True)
class ClientDetail:
    row: ClientListRow
    village_group: str | None
    address: str | None
    assigned_worker_id: str | None
    consent_given: bool
    consent_date: dt.date | None
    notes: str | None
    categories: tuple[CategoryInput, ...] = field(default_factory=tuple)
    household: tuple[MemberInput, ...] = field(default_factory=tuple)


def get_client(db: Database, client_id: str) -> ClientDetail:
    with db.read() as s:
        c = get_live(s, Client, client_id, "client", "服务对象")
        cats = s.scalars(select(ClientCategory).where(
            ClientCategory.client_id == client_id, ClientCategory.void_reason.is_(None))
            .order_by(ClientCategory.category))
        members = s.scalars(select(HouseholdMember).where(
            HouseholdMember.client_id == client_id, HouseholdMember.void_reason.is_(None))
            .order_by(HouseholdMember.id))
        return ClientDetail(
            row=_row(s, c), village_group=c.village_group, address=c.address,
            assigned_worker_id=c.assigned_worker_id, consent_given=bool(c.consent_given),
            consent_date=c.consent_date, notes=c.notes,
            categories=tuple(CategoryInput(r.category or "", r.disability_type,
                                           r.disability_grade) for r in cats),
            household=tuple(MemberInput(
                name=m.name or "", relationship=m.relationship or "other", gender=m.gender,
                birth_date=m.birth_date, is_guardian=bool(m.is_guardian),
                lives_with_client=bool(m.lives_with_client), phone=m.phone, notes=m.notes,
                id=m.id) for m in members),
        )


def _row(s: Session, c: Client) -> ClientListRow:
    index = s.get(ClientIndex, c.id)
    return list_row(c, index.last_visit if index else None,
                    index.next_followup if index else None)


def client_input(db: Database, client_id: str) -> ClientInput:
    """The live client as the form edits it: every profile field, categories, household
    (members carry their ids, so saving the household back updates them in place)."""
    detail = get_client(db, client_id)
    row = detail.row
    return ClientInput(
        name=row.name, gender=row.gender, birth_date=row.birth_date, id_number=row.id_number,
        phone=row.phone, village=row.village, village_group=detail.village_group,
        address=detail.address, risk_level=row.risk_level or "low",
        assigned_worker_id=detail.assigned_worker_id, status=row.status or "active",
        consent_given=detail.consent_given, consent_date=detail.consent_date,
        notes=detail.notes, categories=detail.categories, household=detail.household,
    )

