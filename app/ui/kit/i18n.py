"""Loading the translation: Chinese first, English on request or on a non-Chinese system."""

from __future__ import annotations

import re
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

# Qt-free (app.reports.dates), so the printed report writes dates as the screens do.
from app.reports.dates import format_date as format_date
from app.reports.dates import local_time as local_time

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


def names_list(names: list[str], lang: str) -> str:
    """A list, not a phrase: 站长的电脑、县民政局 in Chinese; "head, county" in English."""
    return ("、" if lang == "zh" else ", ").join(names)


def one_line(text: object) -> str:
    """A note of several lines on one table line (the tooltip shows the same)."""
    return " ".join(str(text or "").split())



def failure_text(exc: object, lang: str, fallback: str) -> str:
    """What a person reads when a load failed: the sentence of a failure they can act on
    (a damaged database, a full disk: app.store.failures), else `fallback`, never the
    exception's own text, which may quote SQL."""
    from app.errors import ShegongError

    return exc.text(lang) if isinstance(exc, ShegongError) else fallback
