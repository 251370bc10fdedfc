"""Who may open this laptop's data: its password (one per person using the laptop), the
recovery key, locking. The keys themselves are app.vault's; this is what the window and
the command line ask of it.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from app import vault
from app.paths import Paths

# Passwords people choose first (and the keyboard's rows); each is refused as weak.
_COMMON = frozenset({
    "12345678", "123456789", "1234567890", "87654321", "11111111", "88888888",
    "66666666", "00000000", "password", "password1", "qwertyui", "qwertyuiop",
    "1qaz2wsx", "abc12345", "a1234567", "asdfghjk", "iloveyou", "woaini1314",
    "5201314520", "shegong123", "admin123",
})


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (refused) .. 4
    en: str
    zh: str


def strength(password: str) -> Strength:
    """A hint while a password is typed: long and mixed is strong; a common one, a run of
    one character or of consecutive digits is weak whatever its length."""
    if len(password) < vault.MIN_LENGTH:
        return Strength(0, f"Too short: at least {vault.MIN_LENGTH} characters.",
                        f"太短：至少 {vault.MIN_LENGTH} 个字符。")
    if password.lower() in _COMMON or len(set(password)) <= 2 or _is_run(password):
        return Strength(1, "Weak: a password many people use, or easy to guess.",
                        "弱：这是许多人都用的密码，或很容易猜到。")
    kinds = sum(any(test(c) for c in password) for test in (
        str.islower, str.isupper, str.isdigit, lambda c: not c.isascii() or not c.isalnum()))
    score = 1 + (kinds >= 2) + (kinds >= 3 or len(password) >= 14) + (len(password) >= 12)
    texts = {1: ("Weak: use letters and digits, or make it longer.",
                 "弱：请混合字母和数字，或加长密码。"),
             2: ("Fair: longer is better.", "一般：再长一些更好。"),
             3: ("Good.", "较强。"),
             4: ("Strong.", "强。")}
    en, zh = texts[min(score, 4)]
    return Strength(min(score, 4), en, zh)


def _is_run(password: str) -> bool:
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(password)}
    return steps <= {1} or steps <= {-1}


def has_password(paths: Paths) -> bool:
    return vault.has_vault(paths.data)


def is_unlocked(paths: Paths) -> bool:
    return vault.unlocked(paths.data) is not None


def logins(paths: Paths) -> list[str]:
    return vault.logins(paths.data)


def current_login(paths: Paths) -> str | None:
    opened = vault.unlocked(paths.data)
    return opened.login if opened is not None else None


def set_password(paths: Paths, password: str, login: str = "") -> str:
    """The first password of a laptop's data; returns the recovery key to show once."""
    paths.data.mkdir(parents=True, exist_ok=True)
    return vault.create(paths.data, password, login)


def unlock(paths: Paths, password: str, login: str | None = None) -> str:
    """Opens the data with a login's password; returns the login's name."""
    return vault.unlock(paths.data, password, login).login


def lock(paths: Paths) -> None:
    vault.lock(paths.data)


def change_password(paths: Paths, old: str, new: str, login: str | None = None) -> None:
    vault.change_password(paths.data, old, new, login)


def reset_password(paths: Paths, recovery: str, new: str, login: str | None = None) -> str:
    """A forgotten password replaced with the recovery key; returns the login's name."""
    return vault.reset_with_recovery(paths.data, recovery, new, login).login


def add_login(paths: Paths, login: str, password: str) -> None:
    vault.add_login(paths.data, login, password)


def wait_seconds(failures: int) -> int:
    return vault.wait_seconds(failures)
