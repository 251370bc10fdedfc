"""The station's people (人员): its social workers, its head and the supervisors who come
to it, with their role, certification and phone, active or not.

The station head adds, edits, deactivates and reactivates them. Nobody is deleted: a
person who left is made inactive (an ordinary synced edit of `active`), so the visits and
trainings that name them still do, and they can be made active again.

Which people are the station's: the live workers whose station is this device's, and the
supervisors registered here with no station (the supervision log registers a supervisor
the first time one is typed in; supervisors cover several stations).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from app.errors import ShegongError, ValidationError
from app.models import Worker
from app.models.validation import check_code, normalize_phone, require_text
from app.models.vocab import CERTIFICATION
from app.services.admission import require_right
from app.services.common import get_live, local_setting, set_changed
from app.store.database import Database

STATION_ROLES = ("worker", "head", "supervisor")  # the county office is no station's person
NAME_MAX = 50
ROLE_ORDER = {code: index for index, code in enumerate(("head", "worker", "supervisor"))}


@dataclass(frozen=True)
class PersonInput:
    name: str
    role: str = "worker"
    certification: str = "none"
    phone: str | None = None


@dataclass(frozen=True)
class PersonRow:
    id: str
    name: str
    role: str | None
    certification: str | None
    phone: str | None
    active: bool
    is_me: bool  # the person this laptop records as


@dataclass(frozen=True)
class _Clean:
    name: str
    role: str
    certification: str
    phone: str | None


def clean_name(value: str | None) -> str:
    """A person's name: runs of spaces become one, then the shared text rule (required,
    at most 50 characters, no invisible or control character, as the import checks)."""
    text = " ".join(unicodedata.normalize("NFC", value).split()) \
        if isinstance(value, str) else ""
    return require_text(text, "name", "name", "姓名", NAME_MAX)


def validate_person(data: PersonInput) -> _Clean:
    """The cleaned values, or a ValidationError naming the field."""
    name = clean_name(data.name)
    role = check_code(data.role, STATION_ROLES, "role", "role", "角色")
    certification = check_code(data.certification, CERTIFICATION.codes(), "certification",
                               "certification", "职业资格")
    phone = normalize_phone(data.phone, "phone") if data.phone and data.phone.strip() else None
    return _Clean(name, role, certification, phone)


def _of_station(station_id: str | None) -> ColumnElement[bool]:
    """The condition that a worker row is one of this station's people."""
    return and_(Worker.void_reason.is_(None), or_(
        Worker.station_id == station_id,
        and_(Worker.role == "supervisor", Worker.station_id.is_(None))))


def station_people(db: Database) -> list[PersonRow]:
    """Everyone of the station, inactive people included: the active first, then by role
    (head, workers, supervisors) and name."""
    with db.read() as s:
        station_id, me = local_setting(s, "station_id"), local_setting(s, "worker_id")
        rows = [PersonRow(w.id, w.name or "", w.role, w.certification, w.phone,
                          w.active is not False, w.id == me)
                for w in s.scalars(select(Worker).where(_of_station(station_id)))]
    rows.sort(key=lambda p: (not p.active, ROLE_ORDER.get(p.role or "", 9), p.name, p.id))
    return rows


def add_person(db: Database, data: PersonInput) -> str:
    """A new person of this station, active; returns the id."""
    clean = validate_person(data)
    with db.write() as s:
        _only_the_head(s)
        station_id = local_setting(s, "station_id")
        _refuse_same_name(s, station_id, clean.name, None)
        row = Worker(station_id=station_id, name=clean.name, role=clean.role,
                     certification=clean.certification, phone=clean.phone, active=True)
        s.add(row)
        s.flush()
        return row.id


def edit_person(db: Database, person_id: str, data: PersonInput) -> None:
    """Changes what differs (only changed fields become ops, so a concurrent edit of
    another field on another laptop is kept)."""
    clean = validate_person(data)
    with db.write() as s:
        _only_the_head(s)
        station_id = local_setting(s, "station_id")
        person = _person(s, station_id, person_id)
        if person.id == local_setting(s, "worker_id") and clean.role != person.role:
            raise ValidationError(
                "role", "This laptop records as this person; their role is changed on the "
                "laptop of the station's head or the county office.",
                "本机以此人的身份记录，其角色请在站长或县民政局的电脑上修改。")
        _refuse_same_name(s, station_id, clean.name, person.id)
        set_changed(person, {"name": clean.name, "role": clean.role,
                             "certification": clean.certification, "phone": clean.phone})


def set_active(db: Database, person_id: str, active: bool) -> None:
    """Deactivates (left the station, on long leave) or reactivates a person; never a
    delete. The person this laptop records as cannot be deactivated here."""
    with db.write() as s:
        _only_the_head(s)
        person = _person(s, local_setting(s, "station_id"), person_id)
        if not active and person.id == local_setting(s, "worker_id"):
            raise ShegongError(
                "This laptop records as this person, so they cannot be deactivated here.",
                "本机以此人的身份记录，不能在本机停用此人。")
        if person.active is not active:
            person.active = active


def _only_the_head(s: Session) -> None:
    require_right(s, "worker", "Only the station head's laptop manages the station's people.",
                  "只有站长的电脑可以管理本站人员。")


def _person(s: Session, station_id: str | None, person_id: str) -> Worker:
    person = get_live(s, Worker, person_id, "person", "人员")
    if not s.scalar(select(Worker.id).where(Worker.id == person_id,
                                            _of_station(station_id))):
        raise ShegongError(f"The person {person_id} is not one of this station's people.",
                           "此人不是本站人员。")
    return person


def _refuse_same_name(s: Session, station_id: str | None, name: str,
                      other_than: str | None) -> None:
    """Two people of one station with one name could not be told apart in a list."""
    query = select(Worker).where(_of_station(station_id), Worker.name == name)
    if other_than is not None:
        query = query.where(Worker.id != other_than)
    same = s.scalars(query).first()
    if same is None:
        return
    if same.active is False:
        raise ValidationError(
            "name", f"{name} is already one of the station's people, deactivated; "
            "reactivate them instead of adding them again.",
            f"{name}已是本站人员（已停用），请重新启用，不要重复添加。")
    raise ValidationError(
        "name", f"{name} is already one of the station's people. If this is someone else "
        "with the same name, add what tells them apart, e.g. their village in brackets.",
        f"{name}已是本站人员。如果是同名的另一人，请加上区分信息，例如在括号中注明村名。")
