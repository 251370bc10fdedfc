"""Synthetic raw material for the demo database: Guangxi places, names, ID numbers, phone
numbers, social-work field-note snippets, households and client categories.

Pure Python, stdlib only. Every function takes a ``random.Random`` and draws only from it,
so the same seed gives the same data; the module never touches the global ``random``.

Speed matters (the demo generator makes ~1,000,000 calls for a 100,000-client database),
so all tables are built once at import time and each call does a handful of
``rng.random()`` draws, tuple indexing and ``bisect`` on prebuilt cumulative weights.

Category codes and relationship codes are the stable codes of ``app.models.vocab``
(CLIENT_CATEGORY, RELATIONSHIP); gender codes are ``"male"`` / ``"female"``.
"""

from __future__ import annotations

import datetime
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from random import Random
from typing import TypeVar

__all__ = [
    "ACTIVITY_PLACES",
    "ACTIVITY_SUMMARIES",
    "ACTIVITY_TITLES",
    "ADDRESS",
    "ALL_PLACES",
    "EMOTIONAL_NOTES",
    "GOALS",
    "MATERIAL_NOTES",
    "OBSERVATIONS",
    "PEOPLE_MET",
    "PLACES",
    "PRESENTING_PROBLEMS",
    "REFERRAL_REASONS",
    "RISKS",
    "SOCIAL_NOTES",
    "County",
    "Place",
    "address",
    "id_number",
    "landline",
    "mobile",
    "person_name",
    "pick",
    "pick_place",
    "random_surname",
    "village_group",
    "village_names",
    "volunteer_name",
]

from app.demo.texts import (
    ACTIVITY_PLACES,
    ACTIVITY_SUMMARIES,
    ACTIVITY_TITLES,
    EMOTIONAL_NOTES,
    GOALS,
    MATERIAL_NOTES,
    OBSERVATIONS,
    PEOPLE_MET,
    PRESENTING_PROBLEMS,
    REFERRAL_REASONS,
    RISKS,
    SOCIAL_NOTES,
)

T = TypeVar("T")


def _unique(chars: str) -> tuple[str, ...]:
    """The distinct characters of ``chars``, in order (so a pool never repeats one)."""
    return tuple(dict.fromkeys(chars))


def pick(rng: Random, seq: Sequence[T]) -> T:
    """A uniform choice from a non-empty prebuilt sequence (cheaper than ``rng.choice``)."""
    return seq[int(rng.random() * len(seq))]


# ---------------------------------------------------------------------------------------------
# 1. Places
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class County:
    name: str  # prefecture + county, e.g. "南宁市武鸣区"
    code: str  # 6-digit administrative division code (GB/T 2260), e.g. "450110"
    townships: tuple[str, ...]


@dataclass(frozen=True)
class Place:
    county: str
    county_code: str
    township: str


# Current (post-2019) county-level codes; township names are real townships of each county.
PLACES: tuple[County, ...] = (
    County("南宁市武鸣区", "450110",
           ("城厢镇", "双桥镇", "锣圩镇", "陆斡镇", "罗波镇", "灵马镇")),
    County("南宁市马山县", "450124",
           ("白山镇", "百龙滩镇", "林圩镇", "古零镇", "加方乡", "古寨瑶族乡")),
    County("南宁市上林县", "450125",
           ("大丰镇", "明亮镇", "巷贤镇", "白圩镇", "澄泰乡", "镇圩瑶族乡")),
    County("柳州市融水苗族自治县", "450225",
           ("融水镇", "三防镇", "怀宝镇", "安太乡", "香粉乡", "杆洞乡")),
    County("柳州市三江侗族自治县", "450226",
           ("古宜镇", "独峒镇", "八江镇", "林溪镇", "良口乡", "富禄苗族乡")),
    County("桂林市全州县", "450324",
           ("全州镇", "黄沙河镇", "才湾镇", "绍水镇", "咸水镇", "蕉江瑶族乡")),
    County("桂林市龙胜各族自治县", "450328",
           ("龙胜镇", "龙脊镇", "瓢里镇", "三门镇", "泗水乡", "江底乡")),
    County("百色市田阳区", "451003",
           ("田州镇", "那坡镇", "坡洪镇", "百育镇", "五村镇", "巴别乡")),
    County("百色市凌云县", "451027",
           ("泗城镇", "逻楼镇", "加尤镇", "下甲镇", "伶站瑶族乡", "玉洪瑶族乡")),
    County("百色市靖西市", "451081",
           ("新靖镇", "化峒镇", "湖润镇", "岳圩镇", "龙邦镇", "安德镇")),
    County("河池市都安瑶族自治县", "451228",
           ("安阳镇", "地苏镇", "高岭镇", "下坳镇", "三只羊乡", "板岭乡")),
    County("河池市大化瑶族自治县", "451229",
           ("大化镇", "都阳镇", "岩滩镇", "贡川乡", "七百弄乡", "板升乡")),
    County("河池市环江毛南族自治县", "451226",
           ("思恩镇", "水源镇", "洛阳镇", "川山镇", "下南乡", "驯乐苗族乡")),
    County("河池市巴马瑶族自治县", "451227",
           ("巴马镇", "甲篆镇", "燕洞镇", "所略乡", "那社乡")),
    County("河池市东兰县", "451224",
           ("东兰镇", "武篆镇", "隘洞镇", "长乐镇", "三石镇")),
    County("来宾市忻城县", "451321",
           ("城关镇", "大塘镇", "思练镇", "红渡镇", "果遂镇", "欧洞乡")),
    County("来宾市金秀瑶族自治县", "451324",
           ("金秀镇", "桐木镇", "头排镇", "三角乡", "长垌乡")),
    County("崇左市天等县", "451425",
           ("天等镇", "龙茗镇", "向都镇", "进结镇", "都康乡", "驮堪乡")),
    County("崇左市大新县", "451424",
           ("桃城镇", "全茗镇", "雷平镇", "硕龙镇", "下雷镇")),
)

ALL_PLACES: tuple[Place, ...] = tuple(
    Place(c.name, c.code, t) for c in PLACES for t in c.townships
)
_N_PLACES = len(ALL_PLACES)


def pick_place(rng: Random) -> Place:
    """A township, uniformly over all townships of all counties."""
    return ALL_PLACES[int(rng.random() * _N_PLACES)]


# Syllables of village names; Zhuang place-name prefixes (那 field, 板/班 village, 弄 hollow
# among karst hills, 六/渌 valley, 百/巴 mouth, 陇 mountain dell ...) are typical of Guangxi.
_VILLAGE_FIRST: tuple[str, ...] = _unique(
    "那板弄六龙江平福新东坡岭塘百巴都古渌陇拉伏定上下中大小良加果念马敢达安团"
    "长清石合仁林高凤金同兴北南"
)
_VILLAGE_SECOND: tuple[str, ...] = _unique(
    "坡岭塘江平福新安龙合和兴利城桥洞马乐良林隆河旺明光华山水湾排务垌浪团满蒙造"
    "棉岩洪乐甘林美朝阳峒康"
)
_N_VF = len(_VILLAGE_FIRST)
_N_VS = len(_VILLAGE_SECOND)
# Distinct two-syllable stems available (an upper bound for village_names' n).
_MAX_VILLAGE_STEMS = len({a + b for a in _VILLAGE_FIRST for b in _VILLAGE_SECOND if a != b})
_ETHNIC_PREFIXES: tuple[str, ...] = ("瑶族", "苗族", "侗族", "壮族", "毛南族", "仫佬族")


def _township_stem(township: str) -> tuple[str, bool]:
    """("双桥", True) for "双桥镇"; ("古寨", False) for "古寨瑶族乡"; the bool means a town."""
    for suffix, is_town in (("街道", True), ("镇", True), ("乡", False)):
        if township.endswith(suffix):
            stem = township[: -len(suffix)]
            for ethnic in _ETHNIC_PREFIXES:
                if stem.endswith(ethnic) and len(stem) > len(ethnic):
                    stem = stem[: -len(ethnic)]
                    break
            return stem, is_town
    return township, False


def _village_stem(rng: Random) -> str:
    r = rng.random
    a = _VILLAGE_FIRST[int(r() * _N_VF)]
    b = _VILLAGE_SECOND[int(r() * _N_VS)]
    while b == a:
        b = _VILLAGE_SECOND[int(r() * _N_VS)]
    return a + b


def village_names(rng: Random, township: str, n: int) -> list[str]:
    """``n`` distinct village names (ending in 村 or 社区) for one township.

    A town (镇/街道) gets its seat community first (双桥镇 -> 双桥社区) and a township (乡)
    its seat village (加方乡 -> 加方村); the rest are two-syllable village names.
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    if n > _MAX_VILLAGE_STEMS:
        raise ValueError(f"at most {_MAX_VILLAGE_STEMS} distinct village names")
    out: list[str] = []
    if n == 0:
        return out
    seen: set[str] = set()
    stem, is_town = _township_stem(township)
    if stem:
        seat = stem + ("社区" if is_town else "村")
        out.append(seat)
        seen.add(stem)
    r = rng.random
    while len(out) < n:
        s = _village_stem(rng)
        if s in seen:
            continue
        seen.add(s)
        out.append(s + ("社区" if r() < 0.05 else "村"))
    return out


def village_group(rng: Random, village: str = "") -> str:
    """A village group: "第3村民小组" (or "第3居民小组" in a 社区) or a natural hamlet "弄谷屯"."""
    r = rng.random
    if village.endswith("社区"):
        return _RESIDENT_GROUPS[int(r() * 12)]
    if r() < 0.6:
        return _VILLAGER_GROUPS[int(r() * 15)]
    return _village_stem(rng) + "屯"


_VILLAGER_GROUPS: tuple[str, ...] = tuple(f"第{i}村民小组" for i in range(1, 21))
_RESIDENT_GROUPS: tuple[str, ...] = tuple(f"第{i}居民小组" for i in range(1, 21))
_HOUSE_NUMBERS: tuple[str, ...] = tuple(f"{i}号" for i in range(1, 121))


def address(rng: Random, village: str, group: int | str) -> str:
    """A home address: "那坡村第3村民小组12号"; ``group`` is a number or a group name."""
    if isinstance(group, int):
        group = f"第{group}{'居民' if village.endswith('社区') else '村民'}小组"
    r = rng.random()
    # Small hamlets have low house numbers.
    n = int(r * r * 120)
    return village + group + _HOUSE_NUMBERS[n]


ADDRESS = address  # the name used in the brief


# ---------------------------------------------------------------------------------------------
# 2. Names
# ---------------------------------------------------------------------------------------------

# Surname frequencies (per mille, rough) for rural Guangxi: Zhuang-heavy 黄/韦/覃/莫/蒙/陆/农/
# 蓝/卢, Yao 盘/赵/邓, Dong/Miao 杨/吴/龙/石, plus the national top surnames.
_SURNAME_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("黄", 90), ("李", 60), ("韦", 55), ("陈", 45), ("梁", 35), ("覃", 30), ("莫", 30),
    ("刘", 28), ("罗", 25), ("林", 22), ("杨", 22), ("张", 20), ("蒙", 18), ("王", 18),
    ("廖", 15), ("何", 14), ("潘", 14), ("陆", 14), ("周", 13), ("卢", 12), ("吴", 12),
    ("蓝", 10), ("农", 10), ("谢", 10), ("邓", 10), ("唐", 10), ("苏", 9), ("赵", 8),
    ("黎", 8), ("钟", 7), ("谭", 7), ("许", 6), ("马", 6), ("冯", 6), ("曾", 6), ("庞", 6),
    ("甘", 6), ("凌", 5), ("胡", 5), ("蒋", 5), ("邱", 4), ("岑", 4), ("石", 4), ("龙", 4),
    ("盘", 3), ("滕", 3), ("欧", 3), ("吕", 3), ("班", 3), ("宁", 3), ("韩", 3), ("零", 2),
    ("闭", 2), ("银", 2), ("侬", 2), ("磨", 2), ("粟", 2), ("秦", 2), ("施", 2), ("玉", 2),
)
_SURNAMES: tuple[str, ...] = tuple(s for s, _ in _SURNAME_WEIGHTS)
_SURNAME_CUM: tuple[float, ...] = tuple(accumulate(w for _, w in _SURNAME_WEIGHTS))
_SURNAME_TOTAL: float = _SURNAME_CUM[-1]

# Given-name characters by generation and gender. (chars, probability of a 1-character name)
_OLD_MALE = _unique(
    "德福有国家建振宝金进茂桂财发水生贵祖荣"
    "仁义广善庆寿禄顺明光朝开春秋炳汉绍显世玉"
)
_OLD_FEMALE = _unique(
    "秀英兰桂凤玉梅月娥珍花妹金银翠"
    "美莲芬菊琼爱素淑彩娇惠群春二四姣"
)
_MID_MALE = _unique(
    "伟强军明华勇杰涛斌刚平辉东林海峰波鹏健文志国永建春"
    "俊荣新福德成光宏锋立才兴胜金祥贵运宁忠良武昌远超亮"
)
_MID_FEMALE = _unique(
    "丽芳燕红艳梅玲娟霞英秀兰萍敏静琴凤莲春花"
    "翠月桂冬美菊珍妹金玉姣婷慧娥香连群爱彩荣"
)
_NEW_MALE = _unique(
    "子浩宇轩梓俊杰博文睿泽晨铭航鑫瑞嘉豪然"
    "凯宏毅锦霖宸烨天奕志家思明诚翔恒朗一阳"
)
_NEW_FEMALE = _unique(
    "欣怡雨涵梓诗佳思琪萱悦婷可馨紫彤语雅晴妍"
    "嘉一若芷心艺蕊菲璐瑶月晓静慧颖雪冰桐依梦"
)

_Pool = tuple[tuple[str, ...], int, float]
# index: [generation][is_male]; generation 0 = born before 1960, 1 = 1960-1997, 2 = 1998+
_NAME_POOLS: tuple[tuple[_Pool, _Pool], ...] = (
    ((_OLD_FEMALE, len(_OLD_FEMALE), 0.22), (_OLD_MALE, len(_OLD_MALE), 0.18)),
    ((_MID_FEMALE, len(_MID_FEMALE), 0.30), (_MID_MALE, len(_MID_MALE), 0.32)),
    ((_NEW_FEMALE, len(_NEW_FEMALE), 0.12), (_NEW_MALE, len(_NEW_MALE), 0.15)),
)
_MALE_CODES: frozenset[str] = frozenset({"male", "m", "M", "男"})


def random_surname(rng: Random) -> str:
    """A surname drawn by Guangxi frequency."""
    return _SURNAMES[bisect_right(_SURNAME_CUM, rng.random() * _SURNAME_TOTAL)]


def person_name(
    rng: Random, gender: str, birth_year: int | None = None, surname: str | None = None
) -> str:
    """A 2–3 character Chinese name. ``gender`` is "male"/"female" (also accepts 男/女).

    ``birth_year`` picks a generation-appropriate pool (before 1960: 秀英, 德福 ...; after
    1997: 梓轩, 欣怡 ...; otherwise/None: 1960s–1990s names). ``surname`` forces the family
    name (children usually share the father's).
    """
    r = rng.random
    if surname is None:
        surname = _SURNAMES[bisect_right(_SURNAME_CUM, r() * _SURNAME_TOTAL)]
    if birth_year is None:
        gen = 1
    elif birth_year < 1960:
        gen = 0
    elif birth_year < 1998:
        gen = 1
    else:
        gen = 2
    chars, n, single = _NAME_POOLS[gen][gender in _MALE_CODES]
    if r() < single:
        return surname + chars[int(r() * n)]
    i = int(r() * n)
    j = int(r() * (n - 1))
    if j >= i:
        j += 1
    return surname + chars[i] + chars[j]


def volunteer_name(rng: Random) -> str:
    """A volunteer's name (volunteers are mostly women, born 1965–2004)."""
    gender = "female" if rng.random() < 0.62 else "male"
    return person_name(rng, gender, 1965 + int(rng.random() * 40))


# ---------------------------------------------------------------------------------------------
# 3. Resident ID numbers (GB 11643-1999)
# ---------------------------------------------------------------------------------------------

_ID_WEIGHTS: tuple[int, ...] = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
# Sequence block (positions 15–17): string and weighted digit sum, for 000..999.
_SEQ_PARTS: tuple[tuple[str, int], ...] = tuple(
    (f"{k:03d}", sum(int(c) * w for c, w in zip(f"{k:03d}", _ID_WEIGHTS[14:], strict=True)))
    for k in range(1000)
)
_REGION_SUMS: dict[str, int] = {}
_DATE_PARTS: dict[datetime.date, tuple[str, int]] = {}


def _region_sum(region_code: str) -> int:
    if len(region_code) != 6 or not region_code.isascii() or not region_code.isdigit():
        raise ValueError(f"region code must be 6 digits: {region_code!r}")
    s = sum(int(c) * w for c, w in zip(region_code, _ID_WEIGHTS[:6], strict=True))
    _REGION_SUMS[region_code] = s
    return s


def _date_part(birth: datetime.date) -> tuple[str, int]:
    text = f"{birth.year:04d}{birth.month:02d}{birth.day:02d}"
    if len(text) != 8:
        raise ValueError(f"birth year out of range: {birth!r}")
    part = (text, sum(int(c) * w for c, w in zip(text, _ID_WEIGHTS[6:14], strict=True)))
    _DATE_PARTS[birth] = part
    return part


def id_number(rng: Random, region_code: str, birth: datetime.date, gender: str) -> str:
    """A valid 18-character resident ID number: region + YYYYMMDD + 2 digits + gender digit
    (odd male, even female) + GB 11643 check character (0-9 or X)."""
    rs = _REGION_SUMS.get(region_code)
    if rs is None:
        rs = _region_sum(region_code)
    dp = _DATE_PARTS.get(birth)
    if dp is None:
        dp = _date_part(birth)
    seq_text, seq_sum = _SEQ_PARTS[
        int(rng.random() * 500) * 2 + (1 if gender in _MALE_CODES else 0)
    ]
    return region_code + dp[0] + seq_text + _ID_CHECK[(rs + dp[1] + seq_sum) % 11]


# ---------------------------------------------------------------------------------------------
# 4. Phone numbers
# ---------------------------------------------------------------------------------------------

# Repeated entries weight the common prefixes.
_MOBILE_PREFIXES: tuple[str, ...] = (
    "130", "131", "132", "133", "134", "135", "135", "136", "137", "138", "138", "139", "139",
    "150", "151", "152", "153", "155", "156", "157", "158", "159",
    "173", "175", "176", "177", "178",
    "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
    "191", "193", "195", "198", "199",
)
_N_MOBILE = len(_MOBILE_PREFIXES)

# Area codes by prefecture (first 4 digits of the county code).
_AREA_CODES: dict[str, str] = {
    "4501": "0771",  # 南宁
    "4502": "0772",  # 柳州
    "4503": "0773",  # 桂林
    "4504": "0774",  # 梧州
    "4505": "0779",  # 北海
    "4506": "0770",  # 防城港
    "4507": "0777",  # 钦州
    "4508": "0775",  # 贵港
    "4509": "0775",  # 玉林
    "4510": "0776",  # 百色
    "4511": "0774",  # 贺州
    "4512": "0778",  # 河池
    "4513": "0772",  # 来宾
    "4514": "0771",  # 崇左
}
_ALL_AREA_CODES: tuple[str, ...] = tuple(f"077{i}" for i in range(1, 10))


def mobile(rng: Random) -> str:
    """An 11-digit mobile number with a real carrier prefix (13x/15x/17x/18x/19x)."""
    r = rng.random
    return _MOBILE_PREFIXES[int(r() * _N_MOBILE)] + f"{int(r() * 100_000_000):08d}"


def landline(rng: Random, county_code: str | None = None) -> str:
    """A Guangxi landline "0771-2345678"; with ``county_code`` the prefecture's area code."""
    r = rng.random
    area = _AREA_CODES.get(county_code[:4]) if county_code else None
    if area is None:
        area = _ALL_AREA_CODES[int(r() * 9)]
    return f"{area}-{int(r() * 7) + 2}{int(r() * 1_000_000):06d}"

