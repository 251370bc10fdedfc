"""Pinyin search keys for Chinese names: "zhangxiaoming" and "zxm" for 张晓明.

Names are read character by character (cached), which is fast enough for a 100,000-row
import. A surname with several readings (覃 is Qín as a surname, tán elsewhere) yields
every reading, space-separated, so a worker finds the person whichever one they type.
"""

from __future__ import annotations

from functools import lru_cache

from pypinyin import Style, pinyin


@lru_cache(maxsize=20000)
def _readings(char: str) -> tuple[str, ...]:
    found = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
    readings = tuple(dict.fromkeys(r.lower() for r in found[0])) if found else ()
    return readings or ((char.lower(),) if char.isascii() and char.isalnum() else ("",))


def name_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials): lower case; alternatives for the surname, space-separated."""
    chars = [c for c in name.strip() if not c.isspace()]
    if not chars:
        return "", ""
    rest_full = "".join(_readings(c)[0] for c in chars[1:])
    rest_initials = "".join(_readings(c)[0][:1] for c in chars[1:])
    surnames = _readings(chars[0])[:3]
    full = " ".join(s + rest_full for s in surnames)
    initials = " ".join(dict.fromkeys(s[:1] + rest_initials for s in surnames))
    return full, initials
