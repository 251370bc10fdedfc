"""The county office's use cases: its stations' lines (`shegong stations`, the County
screen) and its refusal of what only a county office does."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path

from app.errors import ShegongError
from app.models.validation import parse_month
from app.reports.county import CountyMonth, county_month, is_county_office
from app.reports.county_report import MonthCompliance, compliance_history
from app.reports.figures import MonthlyReport, monthly_figures
from app.reports.output import write_county_report
from app.store.database import Database

__all__ = ["CountyView", "county_stations", "county_view", "is_county_office",
           "save_roll_up", "station_lines_json", "station_lines_text", "station_month"]
LIGHT_MARK = {"green": "ok", "amber": "watch", "red": "MISSING"}


def county_stations(db: Database, month: str | None = None) -> CountyMonth:
    """Every station's line for the month (this month by default); a county office only."""
    if month is not None:
        parse_month(month)
    if not is_county_office(db):
        raise ShegongError(
            "This data folder is not a county office's: `shegong stations` lists the "
            "stations a county office (shegong init --county-office) receives.",
            "此数据文件夹不属于县民政局：`shegong stations` 列出县民政局（shegong init "
            "--county-office）收到的各社工站。")
    return county_month(db, month)


def station_lines_json(db: Database, month: str | None = None) -> str:
    m = county_stations(db, month)
    data = {"office": m.office, "month": m.month, "today": m.today.isoformat(),
            "stations": [dataclasses.asdict(line) for line in m.stations]}
    return json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2) + "\n"


def station_lines_text(db: Database, month: str | None = None) -> str:
    """One line per station: id, name, township, last bundle (date and age), the month's
    visits, and the lights (bundle, supervision, training)."""
    m = county_stations(db, month)
    out = []
    for s in m.stations:
        last = f"{s.last_bundle[:10]} ({s.age_days}d)" if s.last_bundle else "never"
        lights = " ".join(f"{k}={LIGHT_MARK[v]}" for k, v in s.lights.items())
        out.append(f"{s.station_id} {s.name} {s.township} last-bundle {last} "
                   f"visits {s.visits} {lights}")
    return "".join(line + "\n" for line in out)


@dataclass(frozen=True)
class CountyView:
    """What the County screen shows: the stations' month and twelve months of lights."""

    month: CountyMonth
    history: tuple[MonthCompliance, ...]


def county_view(db: Database, month: str) -> CountyView:
    lines = county_stations(db, month)
    return CountyView(lines, compliance_history(db, month, last=lines))


def station_month(db: Database, month: str, station: str) -> MonthlyReport:
    """One station's monthly report, as its own laptop counts it."""
    return monthly_figures(db, month, station)


def save_roll_up(db: Database, month: str, fmt: str, path: Path, lang: str) -> Path:
    return write_county_report(db, month, fmt, path, lang)
