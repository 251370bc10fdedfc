"""Errors a person can cause, with a sentence for them in Chinese and English.

Code raises these; the CLI and the UI show `str(err)` (in the user's language) at the
boundary. Nothing matches on message text: callers catch by type and read `.field`.
"""

from __future__ import annotations

import locale
import os


def user_language() -> str:
    """'zh' or 'en': the language messages are shown in outside Qt (CLI, logs)."""
    forced = os.environ.get("SHEGONG_LANG")
    if forced in ("zh", "en"):
        return forced
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    loc = locale.getlocale()[0] or ""
    return "zh" if loc.lower().startswith("zh") else "en"


class ShegongError(Exception):
    """Something a person can put right; carries the sentence in both languages."""

    def __init__(self, en: str, zh: str) -> None:
        super().__init__(en)
        self.en = en
        self.zh = zh

    def text(self, lang: str | None = None) -> str:
        return self.zh if (lang or user_language()) == "zh" else self.en

    def __str__(self) -> str:
        return self.text()


class ValidationError(ShegongError):
    """A value a person typed or imported is wrong; `field` names the input."""

    def __init__(self, field: str, en: str, zh: str) -> None:
        super().__init__(en, zh)
        self.field = field


class NotFoundError(ShegongError):
    """A record asked for by id does not exist (or is not visible here)."""


class SetupError(ShegongError):
    """The data directory is not set up, or already is."""


class DatabaseRefused(ShegongError):
    """The database file cannot be used: not ours, corrupt, or from a newer version."""


class BundleRefused(ShegongError):
    """A bundle file that will not be imported (bad, untrusted, replayed, not for us).
    Nothing was changed when this is raised."""


class OutputRefused(ShegongError):
    """A file cannot be written where a person asked: no such folder, or no permission.
    Nothing was written when this is raised."""
