"""The small helpers that put values and dates into translated text."""

from __future__ import annotations

import datetime as dt

from app.ui.kit.i18n import arg, format_date


def test_arg_fills_every_placeholder_once() -> None:
    assert arg("%1 · %2%3", "那龙镇社工站", "南宁市武鸣区", "那龙镇") == \
        "那龙镇社工站 · 南宁市武鸣区那龙镇"
    # A value holding "%2" is not substituted again; a missing value leaves its marker.
    assert arg("%1 in %2", "100%2 sure", "C:\\logs") == "100%2 sure in C:\\logs"
    assert arg("%1 and %3", "a") == "a and %3"


def test_dates_read_as_people_write_them() -> None:
    day = dt.date(2026, 11, 8)
    assert format_date(day, "zh") == "2026年11月8日"
    assert format_date(day, "en") == "8 Nov 2026"
    assert format_date(None, "zh") == ""
