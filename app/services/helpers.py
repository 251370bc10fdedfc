"""The station's register of volunteers and village cadres (志愿者、村干部): name, kind,
village and phone, reused across activities. An activity's volunteer is the registered
person of the same name in the station (a new name is registered when the activity is
saved), so a helper's hours over the year add up from every activity they came to."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.models import Activity, ActivityVolunteer, Helper, Visit, VisitHelper
from app.models.validation import check_code, require_text
from app.models.vocab import HELPER_KIND
from app.services.common import checked, checked_text, local_setting
from app.store.database import Database


@dataclass(frozen=True)
class HelperInput:
    name: str
    kind: str = "volunteer"
    village: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class HelperRow:
    id: str
    name: str
    kind: str
    village: str
    phone: str
    hours: float  # in the year asked for: at activities, and on visits (their duration)
    activities: int  # that year's activities they helped at
    visits: int = 0  # and home visits they came along on


def add_helper(db: Database, data: HelperInput) -> str:
    name = require_text(data.name, "name", "name", "姓名", 50)
    check_code(data.kind, HELPER_KIND.codes(), "kind", "kind", "类别")
    village = checked_text("helper", "village", data.village)
    phone = checked("helper", "phone", (data.phone or "").strip() or None)
    with db.write() as s:
        station_id = local_setting(s, "station_id")
        if _named(s, station_id, name) is not None:
            raise ValidationError(
                "name", f"{name} is in the register already. Someone else of the same name: "
                "add what tells them apart, e.g. their village in brackets.",
                f"{name}已在登记册中。若是同名的另一人，请加上区分信息，例如在括号中注明村名。")
        helper = Helper(station_id=station_id, name=name, kind=data.kind, village=village,
                        phone=phone)
        s.add(helper)
        s.flush()
        return helper.id


def register_volunteers(s: Session, names_and_phones: list[tuple[str, str | None]]) -> None:
    """Inside an activity's save: its volunteers not in the register yet are added to it."""
    station_id = local_setting(s, "station_id")
    for name, phone in names_and_phones:
        if _named(s, station_id, name) is None:
            s.add(Helper(station_id=station_id, name=name, kind="volunteer", phone=phone))
            s.flush()


def helpers(db: Database, year: int | None = None) -> list[HelperRow]:
    """The station's live register by name, with each one's hours and activities in
    `year` (this year by default)."""
    year = year or dt.date.today().year
    with db.read() as s:
        station_id = local_setting(s, "station_id")
        worked = {name: (float(hours or 0), n) for name, hours, n in s.execute(
            select(ActivityVolunteer.name, func.sum(ActivityVolunteer.hours),
                   func.count(func.distinct(Activity.id)))
            .join(Activity, Activity.id == ActivityVolunteer.activity_id)
            .where(ActivityVolunteer.void_reason.is_(None), Activity.void_reason.is_(None),
                   Activity.station_id == station_id,
                   Activity.activity_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
            .group_by(ActivityVolunteer.name))}
        visited = {h: (float(minutes or 0) / 60, n) for h, minutes, n in s.execute(
            select(VisitHelper.helper_id, func.sum(Visit.duration_min), func.count())
            .join(Visit, Visit.id == VisitHelper.visit_id)
            .where(VisitHelper.void_reason.is_(None), Visit.void_reason.is_(None),
                   Visit.visit_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
            .group_by(VisitHelper.helper_id))}
        rows = s.scalars(select(Helper).where(Helper.void_reason.is_(None),
                                              Helper.station_id == station_id)
                         .order_by(Helper.name))
        out = []
        for h in rows:
            hours, activities = worked.get(h.name or "", (0.0, 0))
            visit_hours, visits = visited.get(h.id, (0.0, 0))
            out.append(HelperRow(h.id, h.name or "", h.kind or "volunteer", h.village or "",
                                 h.phone or "", round(hours + visit_hours, 2), activities,
                                 visits))
        return out


def _named(s: Session, station_id: str | None, name: str) -> str | None:
    return s.scalar(select(Helper.id).where(Helper.void_reason.is_(None),
                                            Helper.station_id == station_id,
                                            Helper.name == name))
