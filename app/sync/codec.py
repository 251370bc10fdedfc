"""Field values as JSON: how a synced field's value is written into ops and dumps."""

from __future__ import annotations

import datetime as dt
from typing import Any


def to_json(value: Any) -> Any:
    """Python value of a synced field -> a JSON-able value (dates as ISO strings)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return list(value)
    return value


def date_from_json(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)
