"""The people side of the demo: which categories a client is in, how old they are, and who
lives with them. Split from demo_data, whose names it uses; demo_data re-exports these.
"""

from __future__ import annotations

import datetime
from bisect import bisect_right
from itertools import accumulate
from random import Random

from app.demo.data import _MALE_CODES, person_name, random_surname

# ---------------------------------------------------------------------------------------------
# 7. Client categories and ages
# ---------------------------------------------------------------------------------------------

# Relative weight of each category as a client's main category, among the clients eligible
# for it (children's categories: under 18; elderly categories: 60+; left-behind women:
# women 18–59). Within each age band the eligible weights are renormalised.
CATEGORY_WEIGHTS: dict[str, float] = {
    "minimum_allowance": 30.0,
    "extreme_poverty": 7.0,
    "temporary_assistance": 5.0,
    "orphan": 1.2,
    "unsupported_child": 3.5,
    "left_behind_child": 36.0,
    "left_behind_woman": 16.0,
    "left_behind_elderly": 34.0,
    "elderly_in_difficulty": 12.0,
    "disabled": 10.0,
    "homeless": 0.4,
}
_CHILD_ONLY = frozenset({"orphan", "unsupported_child", "left_behind_child"})
_ELDERLY_ONLY = frozenset({"left_behind_elderly", "elderly_in_difficulty"})
_ADULT_WOMAN_ONLY = frozenset({"left_behind_woman"})

# Pairs that never go together (低保 and 特困 are separate schemes; 特困 means no one
# liable for support, so not "left-behind"; the three child statuses exclude each other).
_EXCLUSIVE_PAIRS: tuple[tuple[str, str], ...] = (
    ("minimum_allowance", "extreme_poverty"),
    ("orphan", "unsupported_child"),
    ("orphan", "left_behind_child"),
    ("unsupported_child", "left_behind_child"),
    ("orphan", "minimum_allowance"),
    ("orphan", "extreme_poverty"),
    ("unsupported_child", "extreme_poverty"),
    ("extreme_poverty", "left_behind_child"),
    ("extreme_poverty", "left_behind_woman"),
    ("extreme_poverty", "left_behind_elderly"),
    *(("homeless", c) for c in CATEGORY_WEIGHTS if c not in ("homeless", "disabled",
                                                              "temporary_assistance")),
)
_EXCLUDES: dict[str, frozenset[str]] = {
    c: frozenset(
        {b for a, b in _EXCLUSIVE_PAIRS if a == c} | {a for a, b in _EXCLUSIVE_PAIRS if b == c}
    )
    for c in CATEGORY_WEIGHTS
}
# Weights for a second/third category: disability often comes on top; a child status or
# homelessness is always the main category.
_EXTRA_FACTOR: dict[str, float] = {
    "disabled": 2.5, "orphan": 0.0, "unsupported_child": 0.0, "homeless": 0.0,
}
# Probability of a second category, and of a third given a second, per band.
_BAND_CHILD, _BAND_ADULT_MALE, _BAND_ADULT_FEMALE, _BAND_ELDERLY = range(4)
_P_SECOND: tuple[float, ...] = (0.15, 0.22, 0.22, 0.30)
_P_THIRD = 0.25

_Table = tuple[tuple[str, ...], tuple[float, ...], float]


def _eligible(code: str, band: int) -> bool:
    if code in _CHILD_ONLY:
        return band == _BAND_CHILD
    if code in _ELDERLY_ONLY:
        return band == _BAND_ELDERLY
    if code in _ADULT_WOMAN_ONLY:
        return band == _BAND_ADULT_FEMALE
    if code == "homeless":
        return band != _BAND_CHILD
    return True


def _table(weights: dict[str, float]) -> _Table | None:
    items = [(c, w) for c, w in weights.items() if w > 0]
    if not items:
        return None
    cum = tuple(accumulate(w for _, w in items))
    return tuple(c for c, _ in items), cum, cum[-1]


def _primary_table(band: int) -> _Table:
    table = _table({c: w for c, w in CATEGORY_WEIGHTS.items() if _eligible(c, band)})
    assert table is not None
    return table


_PRIMARY: tuple[_Table, ...] = tuple(_primary_table(band) for band in range(4))
_EXTRA_TABLES: dict[tuple[int, str, str], _Table | None] = {}


def _extra_table(band: int, a: str, b: str) -> _Table | None:
    """Categories that may join {a, b} (b == a when there is only one so far)."""
    key = (band, a, b)
    try:
        return _EXTRA_TABLES[key]
    except KeyError:
        pass
    taken = {a, b}
    banned = _EXCLUDES[a] | _EXCLUDES[b]
    table = _table({
        c: w * _EXTRA_FACTOR.get(c, 1.0)
        for c, w in CATEGORY_WEIGHTS.items()
        if c not in taken and c not in banned and _eligible(c, band)
    })
    _EXTRA_TABLES[key] = table
    return table


for _band in range(4):  # warm the cache so calls never build tables
    for _a in _PRIMARY[_band][0]:
        _t = _extra_table(_band, _a, _a)
        for _b in _t[0] if _t else ():
            _extra_table(_band, _a, _b)


def pick_categories(rng: Random, age: int, gender: str) -> set[str]:
    """One to three category codes for a client of ``age`` and ``gender``.

    Children's categories only under 18, elderly categories only at 60+, left-behind woman
    only for women 18–59; mutually exclusive schemes never appear together. Usually one
    category, sometimes two or three (e.g. minimum_allowance + disabled + left_behind_elderly).
    Only membership of the returned set is meaningful; sort it before storing if the order
    of rows matters (set iteration order of strings varies between processes).
    """
    if age < 18:
        band = _BAND_CHILD
    elif age >= 60:
        band = _BAND_ELDERLY
    elif gender in _MALE_CODES:
        band = _BAND_ADULT_MALE
    else:
        band = _BAND_ADULT_FEMALE
    r = rng.random
    codes, cum, total = _PRIMARY[band]
    a = codes[bisect_right(cum, r() * total)]
    if r() >= _P_SECOND[band]:
        return {a}
    t = _EXTRA_TABLES[(band, a, a)]
    if t is None:
        return {a}
    codes, cum, total = t
    b = codes[bisect_right(cum, r() * total)]
    if r() >= _P_THIRD:
        return {a, b}
    t = _EXTRA_TABLES[(band, a, b)]
    if t is None:
        return {a, b}
    codes, cum, total = t
    return {a, b, codes[bisect_right(cum, r() * total)]}


# Age mix of the people served: many elderly 60–95, a band of children 3–17, some adults.
def _age_weight(age: int) -> float:
    if age < 3:
        return 0.0
    if age < 18:
        return 1.0
    if age < 30:
        return 0.2
    if age < 45:
        return 0.35
    if age < 60:
        return 0.55
    if age < 65:
        return 1.2
    if age < 75:
        return 1.6
    if age < 85:
        return 1.5
    if age < 90:
        return 0.9
    if age <= 95:
        return 0.4
    return 0.0


_AGES: tuple[int, ...] = tuple(a for a in range(0, 96) if _age_weight(a) > 0)
_AGE_CUM: tuple[float, ...] = tuple(accumulate(_age_weight(a) for a in _AGES))
_AGE_TOTAL: float = _AGE_CUM[-1]
# today -> per age index (first ordinal of a birth date giving that age today, span in days)
_BIRTH_RANGES: dict[datetime.date, tuple[tuple[int, int], ...]] = {}


def _years_before(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a non-leap year
        return day.replace(year=day.year - years, day=28)


def _birth_ranges(today: datetime.date) -> tuple[tuple[int, int], ...]:
    ranges = []
    for age in _AGES:
        latest = _years_before(today, age).toordinal()
        earliest = _years_before(today, age + 1).toordinal() + 1
        ranges.append((earliest, latest - earliest + 1))
    result = tuple(ranges)
    if len(_BIRTH_RANGES) > 64:
        _BIRTH_RANGES.clear()
    _BIRTH_RANGES[today] = result
    return result


def pick_birth(rng: Random, today: datetime.date) -> datetime.date:
    """A birth date such that the person's age on ``today`` follows the served population
    (about 59 % aged 60–95, 20 % children 3–17, 21 % adults 18–59)."""
    ranges = _BIRTH_RANGES.get(today)
    if ranges is None:
        ranges = _birth_ranges(today)
    r = rng.random
    first, span = ranges[bisect_right(_AGE_CUM, r() * _AGE_TOTAL)]
    return datetime.date.fromordinal(first + int(r() * span))


def _age_on(birth: datetime.date, today: datetime.date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


# ---------------------------------------------------------------------------------------------
# 6. Households
# ---------------------------------------------------------------------------------------------

RELATIONSHIP_CODES: tuple[str, ...] = (
    "spouse", "child", "parent", "grandparent", "grandchild", "sibling", "uncle_aunt", "other",
)
# (name, relationship of the member to the client, gender, is_guardian)
Member = tuple[str, str, str, bool]


def _gender(rng: Random) -> str:
    return "male" if rng.random() < 0.5 else "female"


def household(
    rng: Random,
    client_name: str,
    client_gender: str,
    client_birth: datetime.date,
    categories: set[str] | frozenset[str],
    today: datetime.date | None = None,
) -> list[Member]:
    """Family members for a client, consistent with the categories.

    Returns (name, relationship, gender, is_guardian) with ``relationship`` one of
    RELATIONSHIP_CODES, meaning what the member is *to the client* ("grandparent" = the
    client's grandparent). Children get exactly one guardian: for left-behind children a
    grandparent (sometimes an uncle/aunt) while both parents, listed as "parent" and not
    guardian, work away; orphans and de-facto unsupported children live with a grandparent or
    an uncle/aunt. Left-behind elderly have children away (and often a left-behind
    grandchild); people in extreme poverty or homeless usually have no one. Adults have no
    guardian. ``today`` (default: the real date) only decides whether the client is a child
    when no child category says so; pass it for fully reproducible output.
    """
    r = rng.random
    by = client_birth.year
    surname = client_name[0] if client_name else random_surname(rng)
    male = client_gender in _MALE_CODES
    if categories & _CHILD_ONLY:
        is_child, is_elderly = True, False
    else:
        age = _age_on(client_birth, today or datetime.date.today())
        is_child, is_elderly = age < 18, age >= 60
    members: list[Member] = []

    if is_child:
        parent_year = by - 22 - int(r() * 13)
        gp_year = parent_year - 22 - int(r() * 9)
        if "orphan" in categories or "unsupported_child" in categories:
            if r() < 0.5:
                g = "female" if r() < 0.7 else "male"
                gs = surname if g == "male" else None
                members.append((person_name(rng, g, gp_year, gs), "grandparent", g, True))
            else:
                g = _gender(rng)
                gs = surname if g == "male" or r() < 0.5 else None  # 叔伯/姑 or 舅/姨
                members.append(
                    (person_name(rng, g, parent_year - 3 + int(r() * 7), gs), "uncle_aunt", g,
                     True)
                )
            if "unsupported_child" in categories and r() < 0.3:
                # The mother who left, or the father in prison / missing: on record, no care.
                g = "female" if r() < 0.7 else "male"
                gs = surname if g == "male" else None
                members.append((person_name(rng, g, parent_year, gs), "parent", g, False))
        elif "left_behind_child" in categories:
            if r() < 0.85:
                gm = person_name(rng, "female", gp_year + int(r() * 4))
                members.append((gm, "grandparent", "female", True))
                if r() < 0.45:
                    members.append(
                        (person_name(rng, "male", gp_year, surname), "grandparent", "male", False)
                    )
            else:
                g = _gender(rng)
                members.append(
                    (person_name(rng, g, parent_year - 2 + int(r() * 5),
                                 surname if g == "male" else None), "uncle_aunt", g, True)
                )
            # Both parents work away (广东务工) in most cases; one of them otherwise.
            members.append((person_name(rng, "male", parent_year, surname), "parent", "male",
                            False))
            if r() < 0.8:
                members.append((person_name(rng, "female", parent_year + int(r() * 4)),
                                "parent", "female", False))
        else:
            mother_guardian = r() < 0.65
            mother = person_name(rng, "female", parent_year + int(r() * 4))
            father = person_name(rng, "male", parent_year, surname)
            if mother_guardian:
                members.append((mother, "parent", "female", True))
                if r() < 0.6:
                    members.append((father, "parent", "male", False))
            else:
                members.append((father, "parent", "male", True))
                if r() < 0.5:
                    members.append((mother, "parent", "female", False))
        if r() < 0.4:
            g = _gender(rng)
            members.append(
                (person_name(rng, g, by - 4 + int(r() * 9), surname), "sibling", g, False)
            )
        return members

    if "homeless" in categories or "extreme_poverty" in categories:
        x = r()
        if x < 0.7:
            return members
        if x < 0.88 or not is_elderly:
            g = _gender(rng)
            members.append(
                (person_name(rng, g, by - 6 + int(r() * 13), surname if g == "male" else None),
                 "sibling", g, False)
            )
        else:  # a nephew or niece who looks in
            g = _gender(rng)
            members.append((person_name(rng, g, by + 25 + int(r() * 10)), "other", g, False))
        return members

    # Adults and elderly: spouse, children (away or at home), sometimes a grandchild/parent.
    spouse_p = 0.85 if "left_behind_woman" in categories else (0.5 if is_elderly else 0.6)
    child_surname = surname
    if r() < spouse_p:
        g = "female" if male else "male"
        spouse_surname = None
        if not male:
            spouse_surname = random_surname(rng)
            child_surname = spouse_surname
        members.append(
            (person_name(rng, g, by - 1 + int(r() * 6) if male else by - int(r() * 5),
                         spouse_surname), "spouse", g, False)
        )
    elif not male:
        child_surname = random_surname(rng)
    if is_elderly:
        if "left_behind_elderly" in categories:
            n_children = 2 if r() < 0.45 else 1
        else:
            n_children = 1 if r() < 0.6 else 0
    elif "left_behind_woman" in categories:
        n_children = 2 if r() < 0.5 else 1
    else:
        x = r()
        n_children = 0 if x < 0.35 else (1 if x < 0.8 else 2)
    for _ in range(n_children):
        g = _gender(rng)
        members.append(
            (person_name(rng, g, by + 20 + int(r() * 14), child_surname), "child", g, False)
        )
    if is_elderly:
        if "left_behind_elderly" in categories and r() < 0.3:
            g = _gender(rng)
            members.append(
                (person_name(rng, g, by + 48 + int(r() * 15), child_surname), "grandchild", g,
                 False)
            )
    elif r() < 0.25:
        g = "female" if r() < 0.6 else "male"
        members.append(
            (person_name(rng, g, by - 24 - int(r() * 10), surname if g == "male" else None),
             "parent", g, False)
        )
    return members
