"""Dates and times as people read them, in Chinese or English: the screens (through
app.ui.kit.i18n) and the printed report (app.render, also made by the command line, where
no Qt translator is installed) write them the same way. Pure Python."""

from __future__ import annotations

import datetime as dt


def format_date(value: object, lang: str) -> str:
    """2026年11月28日 in Chinese, 28 Nov 2026 in English."""
    if not isinstance(value, dt.date):
        return ""
    if lang == "zh":
        return f"{value.year}年{value.month}月{value.day}日"
    return value.strftime("%d %b %Y").lstrip("0")


def local_time(value: object, lang: str) -> str:
    """A UTC time (datetime or ISO text) in this computer's time zone:
    2026年11月28日 14:05 in Chinese, 28 Nov 2026 14:05 in English."""
    if isinstance(value, str):
        text = value
        try:
            value = dt.datetime.fromisoformat(text)
        except ValueError:
            return text
    if not isinstance(value, dt.datetime):
        return ""
    if value.tzinfo is None:  # the app keeps times in UTC
        value = value.replace(tzinfo=dt.UTC)
    t = value.astimezone()
    return f"{format_date(t.date(), lang)} {t:%H:%M}"
