"""The county's monthly roll-up: a row per station with its figures, the totals, the
stations that sent nothing, each supervisor's stations, and twelve months of compliance.

Each station's figures are the month's of its own monthly report (app.reports.figures,
`station_months`, read in one pass for all stations), so a station's row equals what
that station's laptop prints for the month. The columns are defined once here and laid
out by the json, xlsx and pdf writers alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from app.models.validation import parse_month
from app.models.vocab import CASE_STAGE, CLIENT_CATEGORY, SERVICE_DOMAIN
from app.reports.county import (
    CERTIFIED_GROWTH_GOAL,
    CountyMonth,
    StationLine,
    county_month,
)
from app.reports.figures import Figures, station_months
from app.reports.visit_months import months_between
from app.store.database import Database

Number = int | float


@dataclass(frozen=True)
class Column:
    key: str
    en: str
    zh: str
    value: Callable[[StationLine, Figures], Number]

    def label(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


def _f(name: str) -> Callable[[StationLine, Figures], Number]:
    return lambda _line, figures: getattr(figures, name)


def _l(name: str) -> Callable[[StationLine, Figures], Number]:
    return lambda line, _report: getattr(line, name)


COLUMNS = (
    Column("visits", "Visits", "走访次数", _f("visits")),
    Column("people_served", "People served", "服务人数", _f("people_served")),
    Column("new_clients", "New clients", "新增服务对象", _f("new_clients")),
    Column("cases_opened", "Cases opened", "开案", _f("cases_opened")),
    Column("cases_closed", "Cases closed", "结案", _f("cases_closed")),
    Column("cases_open_at_end", "Open cases", "在案个案", _f("cases_open_at_end")),
    Column("activities", "Activities", "活动场次", _f("activities")),
    Column("activity_participations", "Participations", "活动参与人次",
           _f("activity_participations")),
    Column("referrals", "Referrals", "转介", _f("referrals")),
    Column("supervision_sessions", "Supervision sessions", "督导次数",
           _f("supervision_sessions")),
    Column("supervision_hours", "Supervision hours", "督导时长", _f("supervision_hours")),
    Column("training_hours", "Training hours", "培训时长", _f("training_hours")),
    Column("workers", "Workers", "社工人数", _l("workers")),
    Column("certified", "Certified workers", "持证社工", _l("certified")),
    Column("training_behind", "Behind 48 h pace", "培训进度落后", _l("training_behind")),
)
LIGHTS = (("bundle", "Bundle", "报送"), ("supervision", "Supervision", "督导"),
          ("training", "Training", "培训"))
LIGHT_WORDS = {"green": ("OK", "达标"), "amber": ("Watch", "关注"), "red": ("Missing", "未达标")}


def pick(en: str, zh: str, lang: str) -> str:
    """The text in the report's language (the command line has no Qt translator)."""
    return zh if lang == "zh" else en


@dataclass(frozen=True)
class MonthCompliance:
    month: str
    stations: int
    supervised: int  # stations with >= 1 session and >= 16 hours
    trained: int  # stations with every worker on the training pace
    visits: int


@dataclass(frozen=True)
class CountyReport:
    month: CountyMonth
    reports: tuple[Figures, ...]  # one per station, in month.stations' order
    history: tuple[MonthCompliance, ...]  # the 12 months ending with this one

    def rows(self) -> list[tuple[StationLine, Figures]]:
        return list(zip(self.month.stations, self.reports, strict=True))

    def totals(self) -> dict[str, Number]:
        return {c.key: round(sum(c.value(line, r) for line, r in self.rows()), 2)
                for c in COLUMNS}

    def by_code(self, field: str) -> dict[str, int]:
        """A vocabulary-keyed figure of the month summed over the stations."""
        out: dict[str, int] = {}
        for report in self.reports:
            for code, n in getattr(report, field).items():
                out[code] = out.get(code, 0) + n
        return out

    def supervisors(self) -> dict[str, list[str]]:
        """Each supervisor's stations supervised this month (by station name)."""
        out: dict[str, list[str]] = {}
        for line in self.month.stations:
            for name in line.supervisors:
                out.setdefault(name, []).append(line.name)
        return dict(sorted(out.items()))


def county_report(db: Database, month: str, today: dt.date | None = None) -> CountyReport:
    lines = county_month(db, month, today)
    figures = station_months(db, month, [line.station_id for line in lines.stations])
    return CountyReport(lines, tuple(f for _, f in figures),
                        compliance_history(db, month, today, lines))


def compliance_history(db: Database, month: str, today: dt.date | None = None,
                       last: CountyMonth | None = None,
                       months: int = 12) -> tuple[MonthCompliance, ...]:
    """The stations meeting each rule in the 12 months ending with `month` (`last`: that
    month's lines, already read)."""
    end = parse_month(month)[1]
    start = (end.replace(day=1) - dt.timedelta(days=31 * (months - 1))).replace(day=1)
    out = []
    for m in months_between(start, end)[-months:]:
        lines = (last if last and last.month == m else county_month(db, m, today)).stations
        out.append(MonthCompliance(
            m, len(lines), sum(line.lights["supervision"] == "green" for line in lines),
            sum(line.lights["training"] == "green" for line in lines),
            sum(line.visits for line in lines)))
    return tuple(out)


def county_dict(report: CountyReport) -> dict[str, object]:
    """The roll-up as plain data: the json output, and what tests compare."""
    m = report.month
    return {
        "kind": "county", "office": m.office, "month": m.month,
        "stations": [
            {"id": line.station_id, "name": line.name, "county": line.county,
             "township": line.township, "last_bundle": line.last_bundle,
             "age_days": line.age_days, "lights": line.lights,
             "supervisors": list(line.supervisors),
             **{c.key: c.value(line, r) for c in COLUMNS},
             "clients_served_by_category": r.clients_served_by_category,
             "cases_open_by_stage": r.cases_open_by_stage,
             "activities_by_domain": r.activities_by_domain}
            for line, r in report.rows()],
        "totals": {**report.totals(),
                   "clients_served_by_category": report.by_code("clients_served_by_category"),
                   "cases_open_by_stage": report.by_code("cases_open_by_stage"),
                   "activities_by_domain": report.by_code("activities_by_domain")},
        "silent_stations": [line.station_id for line in m.silent],
        "supervisors": report.supervisors(),
        "certified": {"now": m.certified_now, "year_before": m.certified_year_before,
                      "growth": m.certified_growth, "goal": CERTIFIED_GROWTH_GOAL},
        "history": [vars(h) for h in report.history],
        "training": [vars(w) for w in m.workers],
    }


CODE_TABLES = (("clients_served_by_category", CLIENT_CATEGORY, "People served by category",
                "服务对象类别（人）"),
               ("cases_open_by_stage", CASE_STAGE, "Open cases by stage", "在案个案阶段"),
               ("activities_by_domain", SERVICE_DOMAIN, "Activities by domain", "活动领域"))
