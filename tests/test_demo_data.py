"""Tests for app.demo.data (synthetic raw material for the demo database)."""

from __future__ import annotations

import datetime
import random
import re
from collections import Counter
from typing import Any

import pytest

from app.demo import data as dd
from app.demo import family as df
from app.models.vocab import CLIENT_CATEGORY, GENDER, RELATIONSHIP

TODAY = datetime.date(2025, 6, 1)
CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")
CHILD = {"orphan", "unsupported_child", "left_behind_child"}
ELDERLY = {"left_behind_elderly", "elderly_in_difficulty"}


def age_on(birth: datetime.date, today: datetime.date = TODAY) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def gb11643_check(first17: str) -> str:
    """Check character computed independently of the module: weight i = 2**(17 - i) mod 11,
    check value = (12 - sum mod 11) mod 11, written "X" for 10."""
    total = sum(int(c) * pow(2, 17 - i, 11) for i, c in enumerate(first17))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def sample_everything(seed: int) -> list[Any]:
    rng = random.Random(seed)
    out: list[Any] = []
    for _ in range(300):
        place = dd.pick_place(rng)
        birth = df.pick_birth(rng, TODAY)
        gender = "male" if rng.random() < 0.5 else "female"
        name = dd.person_name(rng, gender, birth.year)
        cats = df.pick_categories(rng, age_on(birth), gender)
        village = dd.village_names(rng, place.township, 3)
        group = dd.village_group(rng, village[0])
        out.append((
            place, birth, name, sorted(cats), village, group,
            dd.id_number(rng, place.county_code, birth, gender),
            dd.mobile(rng), dd.landline(rng, place.county_code), dd.landline(rng),
            dd.address(rng, village[1], group), dd.address(rng, village[2], 4),
            df.household(rng, name, gender, birth, cats, TODAY),
            dd.volunteer_name(rng), dd.random_surname(rng),
            dd.pick(rng, dd.OBSERVATIONS), dd.pick(rng, dd.GOALS),
        ))
    return out


# --- determinism ------------------------------------------------------------------------------


def test_same_seed_same_output() -> None:
    assert sample_everything(7) == sample_everything(7)


def test_different_seed_different_output() -> None:
    assert sample_everything(7) != sample_everything(8)


def test_never_uses_global_random(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("global random used")

    for fn in ("random", "randint", "randrange", "choice", "choices", "shuffle", "sample",
               "uniform", "getrandbits", "gauss"):
        monkeypatch.setattr(random, fn, boom)
    sample_everything(3)


# --- places -----------------------------------------------------------------------------------


def test_places() -> None:
    assert len(dd.PLACES) >= 12
    codes = [c.code for c in dd.PLACES]
    assert len(set(codes)) == len(codes)
    assert len({c.name for c in dd.PLACES}) == len(dd.PLACES)
    for county in dd.PLACES:
        assert re.fullmatch(r"45(0[1-9]|1[0-4])\d\d", county.code), county
        assert county.name.endswith(("县", "区", "市")) and "市" in county.name[:4]
        assert 3 <= len(county.townships) <= 6
        for t in county.townships:
            assert t.endswith(("镇", "乡", "街道")), t
    known = {c.name: c.code for c in dd.PLACES}
    assert known["南宁市武鸣区"] == "450110"
    assert known["河池市都安瑶族自治县"] == "451228"
    assert known["崇左市天等县"] == "451425"


def test_pick_place_covers_counties() -> None:
    rng = random.Random(1)
    seen = {dd.pick_place(rng) for _ in range(5000)}
    assert {p.county for p in seen} == {c.name for c in dd.PLACES}
    for p in seen:
        assert isinstance(p, dd.Place)
        county = next(c for c in dd.PLACES if c.name == p.county)
        assert p.county_code == county.code and p.township in county.townships


def test_village_names_distinct() -> None:
    rng = random.Random(2)
    for place in dd.ALL_PLACES:
        names = dd.village_names(rng, place.township, 15)
        assert len(names) == 15 == len(set(names))
        for n in names:
            assert n.endswith(("村", "社区")) and len(n) >= 3, n
    big = dd.village_names(rng, "双桥镇", 500)
    assert len(set(big)) == 500
    assert big[0] == "双桥社区"
    assert dd.village_names(rng, "古寨瑶族乡", 2)[0] == "古寨村"
    assert dd.village_names(rng, "双桥镇", 0) == []
    with pytest.raises(ValueError):
        dd.village_names(rng, "双桥镇", 100_000)


def test_village_groups_and_addresses() -> None:
    rng = random.Random(3)
    for _ in range(500):
        g = dd.village_group(rng)
        assert re.fullmatch(r"第\d{1,2}村民小组|[\u4e00-\u9fff]{2}屯", g), g
        a = dd.address(rng, "那坡村", g)
        assert re.fullmatch(r"那坡村" + re.escape(g) + r"\d{1,3}号", a), a
    assert re.fullmatch(r"那坡村第3村民小组\d{1,3}号", dd.address(rng, "那坡村", 3))
    assert re.fullmatch(r"城厢社区第2居民小组\d{1,3}号", dd.address(rng, "城厢社区", 2))
    assert dd.village_group(rng, "城厢社区").endswith("居民小组")
    assert dd.ADDRESS is dd.address


# --- names ------------------------------------------------------------------------------------


@pytest.mark.parametrize("gender", ["male", "female"])
@pytest.mark.parametrize("birth_year", [None, 1935, 1959, 1960, 1985, 1998, 2015])
def test_names_are_2_to_3_cjk(gender: str, birth_year: int | None) -> None:
    rng = random.Random(4)
    names = [dd.person_name(rng, gender, birth_year) for _ in range(2000)]
    for n in names:
        assert CJK_NAME.fullmatch(n), n
    assert len(set(names)) > 500  # plenty of variety


def test_name_generations_differ() -> None:
    rng = random.Random(5)
    old = {dd.person_name(rng, "female", 1940, "黄")[1:] for _ in range(3000)}
    new = {dd.person_name(rng, "female", 2012, "黄")[1:] for _ in range(3000)}
    assert len(old & new) < 0.1 * len(old)


def test_surname_forced_and_weighted() -> None:
    rng = random.Random(6)
    assert all(dd.person_name(rng, "male", 1970, "韦").startswith("韦") for _ in range(100))
    surnames = Counter(dd.person_name(rng, "female")[0] for _ in range(20_000))
    assert surnames.most_common(1)[0][0] == "黄"
    for s in ("韦", "覃", "莫", "蒙", "陆", "农", "梁"):
        assert surnames[s] > 0, s
    assert surnames["黄"] > 5 * surnames["农"]


# --- ID numbers -------------------------------------------------------------------------------


def test_reference_checker_on_standard_example() -> None:
    # The worked example of GB 11643-1999.
    assert gb11643_check("11010519491231002") == "X"


def test_id_numbers_valid() -> None:
    rng = random.Random(8)
    for _ in range(5000):
        place = dd.pick_place(rng)
        birth = df.pick_birth(rng, TODAY)
        gender = "male" if rng.random() < 0.5 else "female"
        n = dd.id_number(rng, place.county_code, birth, gender)
        assert len(n) == 18 and n[:17].isdigit() and (n[17].isdigit() or n[17] == "X"), n
        assert n[17] == gb11643_check(n[:17]), n
        assert n[:6] == place.county_code
        assert n[6:14] == birth.strftime("%Y%m%d")
        assert int(n[16]) % 2 == (1 if gender == "male" else 0), (n, gender)


def test_id_number_leap_day_and_bad_region() -> None:
    rng = random.Random(9)
    n = dd.id_number(rng, "450124", datetime.date(1948, 2, 29), "female")
    assert n[6:14] == "19480229" and n[17] == gb11643_check(n[:17])
    with pytest.raises(ValueError):
        dd.id_number(rng, "4501", datetime.date(1948, 2, 1), "female")


def test_id_check_digit_x_occurs() -> None:
    rng = random.Random(10)
    birth = datetime.date(1950, 1, 1)
    checks = {dd.id_number(rng, "451228", birth, "male")[17] for _ in range(2000)}
    assert "X" in checks and len(checks) == 11


# --- phones -----------------------------------------------------------------------------------


def test_phone_numbers() -> None:
    rng = random.Random(11)
    for _ in range(2000):
        assert re.fullmatch(r"1(3\d|5[0-35-9]|7[35-8]|8\d|9[13589])\d{8}", dd.mobile(rng))
        assert re.fullmatch(r"077[1-9]-[2-8]\d{6}", dd.landline(rng))
    assert dd.landline(rng, "451228").startswith("0778-")  # 河池
    assert dd.landline(rng, "450110").startswith("0771-")  # 南宁
    assert dd.landline(rng, "450324").startswith("0773-")  # 桂林


# --- text snippets ----------------------------------------------------------------------------


@pytest.mark.parametrize("pool_name", [
    "OBSERVATIONS", "PEOPLE_MET", "MATERIAL_NOTES", "EMOTIONAL_NOTES", "SOCIAL_NOTES", "RISKS",
    "PRESENTING_PROBLEMS", "GOALS", "ACTIVITY_TITLES", "ACTIVITY_PLACES", "ACTIVITY_SUMMARIES",
    "REFERRAL_REASONS",
])
def test_text_pools(pool_name: str) -> None:
    pool = getattr(dd, pool_name)
    assert isinstance(pool, tuple)
    assert len(pool) >= 40
    assert len(set(pool)) == len(pool)
    for text in pool:
        assert 1 <= len(text) <= 30, text
        assert not re.search(r"[A-Za-z]", text), text


def test_long_snippets_are_sentences() -> None:
    for pool in (dd.OBSERVATIONS, dd.MATERIAL_NOTES, dd.EMOTIONAL_NOTES, dd.SOCIAL_NOTES,
                 dd.ACTIVITY_SUMMARIES, dd.PRESENTING_PROBLEMS, dd.GOALS, dd.REFERRAL_REASONS):
        short = [t for t in pool if not 10 <= len(t) <= 30]
        assert not short


# --- categories and ages ----------------------------------------------------------------------


def test_category_codes_match_vocab() -> None:
    # Demo people are assessed already: none is left "to be assessed".
    assert set(df.CATEGORY_WEIGHTS) == set(CLIENT_CATEGORY.codes()) - {"to_be_assessed"}
    assert set(df.RELATIONSHIP_CODES) == set(RELATIONSHIP.codes())


def test_pick_birth_age_mix() -> None:
    rng = random.Random(12)
    ages = [age_on(df.pick_birth(rng, TODAY)) for _ in range(20_000)]
    assert min(ages) >= 3 and max(ages) <= 95
    n = len(ages)
    elderly = sum(a >= 60 for a in ages) / n
    children = sum(a < 18 for a in ages) / n
    adults = 1 - elderly - children
    assert 0.5 < elderly < 0.7
    assert 0.12 < children < 0.3
    assert 0.1 < adults < 0.3
    assert sum(a >= 85 for a in ages) > 0


@pytest.mark.parametrize("today", [TODAY, datetime.date(2024, 2, 29), datetime.date(2023, 1, 1)])
def test_pick_birth_exact_age_range(today: datetime.date) -> None:
    rng = random.Random(13)
    for _ in range(3000):
        b = df.pick_birth(rng, today)
        assert b <= today and 3 <= age_on(b, today) <= 95


def check_category_rules(cats: set[str], age: int, gender: str) -> None:
    assert 1 <= len(cats) <= 3
    assert cats <= set(df.CATEGORY_WEIGHTS)
    if cats & CHILD:
        assert age < 18, (cats, age)
    if cats & ELDERLY:
        assert age >= 60, (cats, age)
    if "left_behind_woman" in cats:
        assert gender == "female" and 18 <= age < 60, (cats, age, gender)
    assert not {"minimum_allowance", "extreme_poverty"} <= cats
    assert len(cats & CHILD) <= 1
    if "homeless" in cats:
        assert age >= 18 and cats <= {"homeless", "disabled", "temporary_assistance"}


def test_categories_respect_age_and_gender() -> None:
    rng = random.Random(14)
    for _ in range(5000):
        birth = df.pick_birth(rng, TODAY)
        age = age_on(birth)
        gender = "male" if rng.random() < 0.5 else "female"
        check_category_rules(df.pick_categories(rng, age, gender), age, gender)
    for age in range(0, 101):  # every age, not just the sampled mix
        for gender in GENDER.codes():
            for _ in range(50):
                check_category_rules(df.pick_categories(rng, age, gender), age, gender)


def test_category_mix() -> None:
    rng = random.Random(15)
    counts: Counter[str] = Counter()
    sizes: Counter[int] = Counter()
    for _ in range(5000):
        birth = df.pick_birth(rng, TODAY)
        gender = "male" if rng.random() < 0.5 else "female"
        cats = df.pick_categories(rng, age_on(birth), gender)
        counts.update(cats)
        sizes[len(cats)] += 1
    orphan = max(counts["orphan"], 1)
    assert counts["minimum_allowance"] > 10 * orphan
    assert counts["left_behind_elderly"] > 10 * orphan
    assert counts["minimum_allowance"] == max(counts.values()) or (
        counts["left_behind_elderly"] == max(counts.values())
    )
    assert counts["homeless"] < counts["disabled"] / 5
    assert sizes[1] > 0.6 * 5000
    assert sizes[2] > 0 and sizes[3] > 0
    assert set(counts) >= set(df.CATEGORY_WEIGHTS) - {"homeless", "orphan"}


# --- households -------------------------------------------------------------------------------


def check_household(
    members: list[tuple[str, str, str, bool]], cats: set[str], age: int
) -> None:
    assert len(members) <= 5
    guardians = [m for m in members if m[3]]
    for name, rel, gender, is_guardian in members:
        assert CJK_NAME.fullmatch(name), name
        assert rel in df.RELATIONSHIP_CODES
        assert gender in ("male", "female")
        assert isinstance(is_guardian, bool)
    if age < 18:
        assert len(guardians) == 1, members
    else:
        assert not guardians, members
    if cats & {"left_behind_child", "orphan", "unsupported_child"}:
        assert guardians[0][1] in ("grandparent", "uncle_aunt"), members
    if "left_behind_child" in cats:
        assert any(m[1] == "parent" and not m[3] for m in members), members
    if "orphan" in cats:
        assert not any(m[1] == "parent" for m in members), members
    if "left_behind_elderly" in cats:
        assert any(m[1] == "child" for m in members), members
    if "homeless" in cats:
        assert len(members) <= 1


def test_households_consistent() -> None:
    rng = random.Random(16)
    sizes: Counter[int] = Counter()
    for _ in range(5000):
        birth = df.pick_birth(rng, TODAY)
        age = age_on(birth)
        gender = "male" if rng.random() < 0.5 else "female"
        cats = df.pick_categories(rng, age, gender)
        name = dd.person_name(rng, gender, birth.year)
        members = df.household(rng, name, gender, birth, cats, TODAY)
        check_household(members, cats, age)
        sizes[len(members)] += 1
    assert sum(v for k, v in sizes.items() if 1 <= k <= 3) > 0.6 * 5000


@pytest.mark.parametrize("cats", [
    {"left_behind_child"}, {"orphan"}, {"unsupported_child"}, {"unsupported_child", "disabled"},
    {"minimum_allowance"},
])
def test_child_households(cats: set[str]) -> None:
    rng = random.Random(17)
    birth = datetime.date(2013, 4, 5)
    for _ in range(500):
        members = df.household(rng, "韦小梅", "female", birth, cats, TODAY)
        check_household(members, cats, age_on(birth))


def test_left_behind_child_family_shares_surname() -> None:
    rng = random.Random(18)
    for _ in range(200):
        members = df.household(rng, "覃浩宇", "male", datetime.date(2015, 9, 1),
                               {"left_behind_child"}, TODAY)
        fathers = [m for m in members if m[1] == "parent" and m[2] == "male"]
        assert len(fathers) == 1 and fathers[0][0].startswith("覃") and not fathers[0][3]


def test_elderly_households() -> None:
    rng = random.Random(19)
    birth = datetime.date(1944, 10, 1)
    for cats in ({"left_behind_elderly"}, {"extreme_poverty", "elderly_in_difficulty"},
                 {"minimum_allowance", "disabled", "left_behind_elderly"}, {"homeless"}):
        for _ in range(300):
            check_household(df.household(rng, "黄秀英", "female", birth, cats, TODAY), cats, 80)
    alone = sum(
        not df.household(rng, "蒙德福", "male", birth, {"extreme_poverty"}, TODAY)
        for _ in range(1000)
    )
    assert alone > 500  # 特困: usually no one liable for support


def test_volunteer_names() -> None:
    rng = random.Random(20)
    for _ in range(500):
        assert CJK_NAME.fullmatch(dd.volunteer_name(rng))
