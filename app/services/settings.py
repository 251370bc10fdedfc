"""Settings kept in the database of this device: visit intervals by client category."""

from __future__ import annotations

import json

from app.errors import ValidationError
from app.models.vocab import CLIENT_CATEGORY
from app.store.database import Database

VISIT_INTERVALS = "visit_intervals"
# Days between visits: monthly for the most vulnerable, and for someone still to be
# assessed (the assessment is the next visit); quarterly for the others.
DEFAULT_INTERVALS: dict[str, int] = {
    code: 30 if code in {"orphan", "unsupported_child", "left_behind_child", "extreme_poverty",
                         "to_be_assessed"}
    else 90
    for code in CLIENT_CATEGORY.codes()
}
NO_CATEGORY_INTERVAL = 90


def database_location(db: Database) -> str:
    """The database file, or a county office's PostgreSQL database (no password)."""
    return db.location()


def visit_intervals(db: Database) -> dict[str, int]:
    raw = db.setting(VISIT_INTERVALS)
    saved = json.loads(raw) if raw else {}
    return {code: int(saved.get(code, days)) for code, days in DEFAULT_INTERVALS.items()}


def set_visit_intervals(db: Database, intervals: dict[str, int]) -> None:
    for code, days in intervals.items():
        if code not in CLIENT_CATEGORY:
            raise ValidationError("intervals", f"Unknown client category {code}.",
                                  f"未知的服务对象类别：{code}。")
        if not isinstance(days, int) or not 1 <= days <= 366:
            label = CLIENT_CATEGORY.term(code)
            raise ValidationError(
                "intervals", f"The visit interval for {label.en} must be 1 to 366 days.",
                f"“{label.zh}”的走访间隔应为1到366天。")
    merged = {**visit_intervals(db), **intervals}
    db.set_setting(VISIT_INTERVALS, json.dumps(merged))


def interval_for(categories: list[str] | set[str], intervals: dict[str, int]) -> int:
    """A client in several categories is visited as often as the strictest one asks."""
    days = [intervals[c] for c in categories if c in intervals]
    return min(days) if days else NO_CATEGORY_INTERVAL
