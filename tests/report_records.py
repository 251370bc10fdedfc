"""Records for the monthly report's pdf and Reports screen tests, made through the
services, with the figures they should give counted here (not by the report code); and
a real report of the 100,000-client demo, read back from its json.

The month reported is the one before this one (its days are all in the past, so visits
may be recorded on any of them), with a few visits in the month before it too.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from app.models.validation import id_check_digit
from app.reports.figures import Figures, MonthlyReport, WeekVisits, WorkerCount
from app.services import Database
from app.services.clients import CategoryInput, ClientInput, register_client
from app.services.visits import Need, VisitInput, record_visit

# name, gender, ID number's first 17 digits (the 17th odd for a man), categories, visit
# days in the month, in the month before
PEOPLE = (
    ("黄小梅", "female", "45012220150603032", ("left_behind_child",), (3, 15, 28, 28), (9,)),
    ("李阿婆", "female", "45012219380512002", ("left_behind_elderly", "elderly_in_difficulty"),
     (2, 20), (10, 24)),
    ("陆大伯", "male", "45012219560101051", ("minimum_allowance",), (5, 6, 7, 19, 27), ()),
)


@dataclass(frozen=True)
class Recorded:
    month: str  # "YYYY-MM"
    visits: int  # in the month
    visits_before: int  # in the month before
    visits_ytd: int
    people: int  # served in the month
    people_before: int
    client_ids: tuple[str, ...]


def month_before(day: dt.date) -> dt.date:
    """The first day of the month before `day`'s month."""
    return (day.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


def add_records(db: Database, today: dt.date | None = None) -> Recorded:
    month = month_before(today or dt.date.today())
    before = month_before(month)
    ids = []
    for name, gender, first17, categories, days, days_before in PEOPLE:
        client = register_client(db, ClientInput(
            name=name, gender=gender, id_number=first17 + id_check_digit(first17),
            village="那龙村", address="那龙镇那龙村三组12号",
            categories=tuple(CategoryInput(c) for c in categories)))
        ids.append(client)
        for start, visit_days in ((month, days), (before, days_before)):
            for day in visit_days:
                record_visit(db, VisitInput(
                    client_id=client, visit_date=start.replace(day=day),
                    material=Need("high"), observations="屋顶漏雨，缺过冬棉被。"))
    visits = sum(len(p[4]) for p in PEOPLE)
    visits_before = sum(len(p[5]) for p in PEOPLE)
    return Recorded(
        month=month.strftime("%Y-%m"), visits=visits, visits_before=visits_before,
        visits_ytd=visits + (visits_before if before.year == month.year else 0),
        people=sum(1 for p in PEOPLE if p[4]), people_before=sum(1 for p in PEOPLE if p[5]),
        client_ids=tuple(ids))


BIG_REPORT = Path(__file__).parent / "render" / "data" / "monthly_report_100k.json"


def load_report(path: Path = BIG_REPORT) -> MonthlyReport:
    """A MonthlyReport from the json app.reports.json_report wrote (the figures of
    `shegong demo --clients 100000 --seed 1` for 2026-10: 25 workers, big numbers)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("format")

    def figures(raw: dict) -> Figures:
        return Figures(**{**raw, **{key: tuple(WorkerCount(**w) for w in raw[key])
                                    for key in ("visits_by_worker", "training_by_worker")}})

    periods = {key: figures(data[key]) for key in ("current", "previous", "year_to_date")}
    weeks = tuple(WeekVisits(**w) for w in data["visits_per_week"])
    return MonthlyReport(**{**data, **periods, "visits_per_week": weeks})
