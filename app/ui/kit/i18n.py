"""Loading the translation: Chinese first, English on request or on a non-Chinese system."""

from __future__ import annotations

import re
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_installed: list[QTranslator] = []


def system_language() -> str:
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install_language(lang: str) -> str:
    """Install the translators for 'zh' or 'en'; returns the language in force."""
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if lang == "zh":
        folder = str(resources.files("app.resources") / "translations")
        ours = QTranslator(app)
        if ours.load("shegong_zh_CN.qm", folder):
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return lang


def arg(text: str, *values: object) -> str:
    """Qt's QString::arg for a translated text: %1, %2 ... replaced in one pass, so a
    value that itself contains "%2" is left alone."""
    return re.sub(r"%(\d+)", lambda m: str(values[int(m.group(1)) - 1])
                  if 0 < int(m.group(1)) <= len(values) else m.group(0), text)


def format_date(value: object, lang: str) -> str:
    """2026年11月28日 in Chinese, 28 Nov 2026 in English."""
    import datetime as dt

    if not isinstance(value, dt.date):
        return ""
    if lang == "zh":
        return f"{value.year}年{value.month}月{value.day}日"
    return value.strftime("%d %b %Y").lstrip("0")


def local_time(value: object, lang: str) -> str:
    """A UTC time (datetime or ISO text) in this computer's time zone:
    2026年11月28日 14:05 in Chinese, 28 Nov 2026 14:05 in English."""
    import datetime as dt

    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    if not isinstance(value, dt.datetime):
        return ""
    if value.tzinfo is None:  # the app keeps times in UTC
        value = value.replace(tzinfo=dt.UTC)
    t = value.astimezone()
    return f"{format_date(t.date(), lang)} {t:%H:%M}"


def names_list(names: list[str], lang: str) -> str:
    """A list, not a phrase: 站长的电脑、县民政局 in Chinese; "head, county" in English."""
    return ("、" if lang == "zh" else ", ").join(names)


def one_line(text: object) -> str:
    """A note of several lines on one table line (the tooltip shows the same)."""
    return " ".join(str(text or "").split())
