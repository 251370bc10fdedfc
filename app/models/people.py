"""Small facts about people that every layer shows or checks: age, a masked ID number."""

from __future__ import annotations

import datetime as dt


def age_on(birth: dt.date | None, day: dt.date | None = None) -> int | None:
    """Full years on `day` (today by default); None when the birth date is unknown."""
    if birth is None:
        return None
    ref = day or dt.date.today()
    return ref.year - birth.year - ((ref.month, ref.day) < (birth.month, birth.day))


def mask_id_number(number: str | None) -> str:
    """4501**********1234: enough to tell people apart, not enough to copy off a screen
    the whole village office can see. Anything 8 characters or shorter is shown as is."""
    if not number:
        return ""
    if len(number) <= 8:
        return number
    return number[:4] + "*" * (len(number) - 8) + number[-4:]
