"""The plan's rules the figures are held against (seed README): every resident social
worker gets at least 48 hours of training a year; a station is supervised at least
once a month, at least 16 hours each time. One place, so the Station screen and the
county judge a station alike."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable

TRAINING_HOURS_A_YEAR = 48.0
SUPERVISION_HOURS = 16.0


def supervised(session_hours: Iterable[float | None]) -> bool:
    """The month's sessions at a station: at least one, and 16 hours in all (a session
    is one day's, at most 12 hours: the seed's supervision of 16 hours takes two)."""
    hours = [h or 0.0 for h in session_hours]
    return bool(hours) and sum(hours) >= SUPERVISION_HOURS


def on_training_pace(hours: float, day: dt.date) -> bool:
    """At least the year's share of 48 hours by `day`."""
    share = day.timetuple().tm_yday / (366 if calendar.isleap(day.year) else 365)
    return hours >= TRAINING_HOURS_A_YEAR * share
