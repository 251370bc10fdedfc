"""Checks for values people type or import: ID numbers, phone numbers, text, dates, codes.

Pure Python (no Qt, no SQLAlchemy) so the CLI, the UI and the op importer share one set of
rules. Every refusal is a `ValidationError` naming the field, with an English and a Chinese
sentence that says what is wrong and what to do about it.
"""

from __future__ import annotations

import calendar
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from app.errors import ValidationError

__all__ = [
    "EARLIEST_DAY",
    "PROVINCE_CODES",
    "IdNumberInfo",
    "check_code",
    "check_day",
    "check_hours",
    "check_not_future",
    "check_text",
    "id_check_digit",
    "normalize_phone",
    "parse_id_number",
    "parse_month",
    "require_text",
]

# --- Resident ID numbers (GB 11643-1999) ---------------------------------------------------

# Province-level codes from GB/T 2260. Only the first two digits are checked against a list:
# county codes change every year and a stale full list would refuse real people.
PROVINCE_CODES: frozenset[str] = frozenset(
    [f"{n}" for n in range(11, 16)]
    + [f"{n}" for n in range(21, 24)]
    + [f"{n}" for n in range(31, 38)]
    + [f"{n}" for n in range(41, 47)]
    + [f"{n}" for n in range(50, 55)]
    + [f"{n}" for n in range(61, 66)]
    + ["71", "81", "82"]
)

_ID_WEIGHTS: tuple[int, ...] = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK_CHARS = "10X98765432"  # indexed by (weighted sum mod 11)
_ID_FORMAT = re.compile(r"[0-9]{17}[0-9X]")
_EARLIEST_BIRTH = date(1900, 1, 1)
EARLIEST_DAY = _EARLIEST_BIRTH  # no record of this work describes anything earlier


@dataclass(frozen=True)
class IdNumberInfo:
    """What an ID number says about its holder, after it passed every check."""

    number: str  # normalised: 18 characters, uppercase X
    region_code: str  # first 6 digits, the place of first registration
    birth_date: date
    gender: str  # "male" or "female", the vocabulary codes used for clients


def id_check_digit(first17: str) -> str:
    """The 18th character for the given first 17 digits (ISO 7064 MOD 11-2)."""
    # A programming error, not a person's: callers pass digits they have already checked.
    if len(first17) != 17 or not all("0" <= c <= "9" for c in first17):
        raise ValueError(f"id_check_digit needs 17 ASCII digits, got {first17!r}")
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK_CHARS[total % 11]


def _squeeze(value: str) -> str:
    # NFKC turns full-width digits and letters (common with Chinese input methods) into
    # ASCII; then every kind of whitespace goes, since people group digits with spaces.
    text = unicodedata.normalize("NFKC", value)
    return "".join(text.split())


def parse_id_number(value: str, field: str = "id_number",
                    today: date | None = None) -> IdNumberInfo:
    """Check an 18-character resident ID number and read the birth date and gender from it.

    Checks run from the coarsest to the finest so the sentence shown names the first thing
    a person should fix. `today` is injectable so tests do not depend on the clock.
    """
    number = _squeeze(value if isinstance(value, str) else "").upper()
    _check_id_shape(number, field)
    region = number[:6]
    _check_id_region(region, field)
    birth = _id_birth_date(number[6:14], field, today or date.today())
    expected = id_check_digit(number[:17])
    if number[17] != expected:
        raise ValidationError(
            field,
            f"The ID number's check digit is wrong: it should be {expected}.",
            f"身份证号码校验位错误：应为 {expected}。",
        )
    # The 17th digit is the sequence number's last digit: odd for men, even for women.
    gender = "male" if int(number[16]) % 2 == 1 else "female"
    return IdNumberInfo(number=number, region_code=region, birth_date=birth, gender=gender)


def _check_id_shape(number: str, field: str) -> None:
    """18 characters: 17 digits, then a digit or X."""
    if len(number) != 18:
        raise ValidationError(
            field,
            f"The ID number must have 18 characters; this one has {len(number)}.",
            f"身份证号码应为18位，当前为{len(number)}位。",
        )
    if not _ID_FORMAT.fullmatch(number):
        raise ValidationError(
            field,
            "The ID number must be 17 digits followed by a digit or X.",
            "身份证号码应为17位数字加最后一位数字或X。",
        )


def _check_id_region(region: str, field: str) -> None:
    """The first 6 digits: a real province, and more than the province alone."""
    if region[:2] not in PROVINCE_CODES or region[2:] == "0000":
        raise ValidationError(
            field,
            f"The ID number starts with {region}, which is not a real region code; "
            "please check the first 6 digits.",
            f"身份证号码前6位（{region}）不是有效的行政区划代码，请核对。",
        )


def _id_birth_date(raw_birth: str, field: str, today: date) -> date:
    """Digits 7 to 14 as a real date between 1900 and today."""
    try:
        birth = date(int(raw_birth[:4]), int(raw_birth[4:6]), int(raw_birth[6:]))
    except ValueError:
        raise ValidationError(
            field,
            f"The birth date in the ID number (digits 7 to 14: {raw_birth}) is not a real "
            "date; please check them.",
            f"身份证号码中的出生日期（第7至14位：{raw_birth}）不是有效日期，请核对。",
        ) from None
    if birth < _EARLIEST_BIRTH:
        raise ValidationError(
            field,
            f"The birth date in the ID number ({birth.isoformat()}) is before 1900; "
            "please check digits 7 to 14.",
            f"身份证号码中的出生日期（{birth.isoformat()}）早于1900年，请核对第7至14位。",
        )
    if birth > today:
        raise ValidationError(
            field,
            f"The birth date in the ID number ({birth.isoformat()}) is in the future; "
            "please check digits 7 to 14.",
            f"身份证号码中的出生日期（{birth.isoformat()}）晚于今天，请核对第7至14位。",
        )
    return birth


# --- Phone numbers ---------------------------------------------------------------------------

# Mobile: 11 digits starting 13-19, optionally written with the country code.
_MOBILE = re.compile(r"(?:\+86|0086|86)?(1[3-9][0-9]{9})")
# Landline: 0 + area code, optional dash/space, 7-8 digit local number, optional extension.
# Area codes 010 and 020-029 have two digits after the 0, every other one has three; the
# alternation is written so that choice is never ambiguous, even with no separator.
_LANDLINE = re.compile(
    r"\(?0(?P<area>10|2[0-9]|1[1-9][0-9]|[3-9][0-9]{2})\)?"
    r"[ -]?(?P<local>[0-9]{7,8})"
    r"(?:\s*(?:-|转|分机|ext\.?|x|#)\s*(?P<ext>[0-9]{1,6}))?",
    re.IGNORECASE,
)
# Dash look-alikes pasted from documents or typed with a Chinese keyboard.
_DASHES = str.maketrans({"–": "-", "—": "-", "―": "-", "‐": "-", "‑": "-", "−": "-"})


def normalize_phone(value: str, field: str = "phone") -> str:
    """A Chinese mobile or landline number in one stored form.

    Mobiles become 11 digits ("13812345678"); landlines become "0771-1234567", with
    "-808" appended for an extension. One form means duplicates can be found by equality.
    """
    text = unicodedata.normalize("NFKC", value if isinstance(value, str) else "")
    text = " ".join(text.translate(_DASHES).split())

    compact = re.sub(r"[\s()-]", "", text)
    mobile = _MOBILE.fullmatch(compact)
    if mobile:
        return mobile.group(1)

    landline = _LANDLINE.fullmatch(text)
    if landline:
        result = f"0{landline['area']}-{landline['local']}"
        return f"{result}-{landline['ext']}" if landline["ext"] else result

    # A mobile number with a digit missing or doubled is the commonest slip; say so.
    if compact.isdigit() and compact.startswith("1") and len(compact) != 11:
        raise ValidationError(
            field,
            f"A mobile number has 11 digits; this one has {len(compact)}. "
            "A right one looks like 13812345678.",
            f"手机号码应为11位，当前为{len(compact)}位。正确的例子：13812345678。",
        )
    raise ValidationError(
        field,
        "This is not a phone number we recognise. Enter a mobile number like 13812345678 "
        "or a landline with its area code like 0771-5551234.",
        "电话号码格式不正确。请填写手机号码（如 13812345678）"
        "或带区号的固定电话（如 0771-5551234）。",
    )


# --- General checks --------------------------------------------------------------------------


def require_text(value: str | None, field: str, label_en: str, label_zh: str,
                 max_len: int = 200, lines: bool | None = None) -> str:
    """The stripped text, refusing blanks and text longer than the column is meant for.
    Text longer than 200 characters is written in a multi-line box unless `lines` says."""
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        raise ValidationError(field, f"Please enter the {label_en}.", f"请填写{label_zh}。")
    return check_text(text, field, label_en, label_zh, max_len,
                      max_len > 200 if lines is None else lines)


# Control and format characters (Unicode Cc, Cf), surrogates and the line/paragraph
# separators: invisible, they hide a name's real spelling (a right-to-left override) or
# break files (NUL). Written out rather than read from unicodedata, so every device decides
# alike whatever Unicode version its Python has (a superset of Unicode 15.1).
_HIDDEN_RANGES: tuple[tuple[int, int], ...] = (
    (0x0, 0x8), (0x9, 0x9), (0xA, 0xA), (0xB, 0x1F), (0x7F, 0x9F), (0xAD, 0xAD),
    (0x600, 0x605), (0x61C, 0x61C), (0x6DD, 0x6DD), (0x70F, 0x70F), (0x890, 0x891),
    (0x8E2, 0x8E2), (0x180E, 0x180E), (0x200B, 0x200F), (0x2028, 0x202E), (0x2060, 0x2064),
    (0x2066, 0x206F), (0xD800, 0xDFFF), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD), (0x110CD, 0x110CD), (0x13430, 0x1343F), (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A), (0xE0001, 0xE0001), (0xE0020, 0xE007F),
)


def _char_class(ranges: Iterable[tuple[int, int]]) -> re.Pattern[str]:
    return re.compile("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges) + "]")


HIDDEN_CHARS = _char_class(_HIDDEN_RANGES)
# Multi-line text (notes, observations) may also hold the newline and the tab a form's
# text box puts there.
_HIDDEN_IN_LINES = _char_class(r for r in _HIDDEN_RANGES if r not in ((0x9, 0x9), (0xA, 0xA)))


def hidden_chars(lines: bool) -> re.Pattern[str]:
    """The characters a text may not hold: with `lines`, newline and tab are allowed."""
    return _HIDDEN_IN_LINES if lines else HIDDEN_CHARS


def check_text(value: str, field: str, label_en: str, label_zh: str, max_len: int,
               lines: bool = False) -> str:
    """Text within its length and free of invisible control characters."""
    if len(value) > max_len:
        raise ValidationError(
            field,
            f"The {label_en} can have at most {max_len} characters; this one has {len(value)}. "
            "Please shorten it.",
            f"{label_zh}最多{max_len}个字，当前为{len(value)}个字，请删减。",
        )
    if hidden_chars(lines).search(value):
        raise ValidationError(
            field,
            f"The {label_en} contains invisible control characters (often pasted from "
            "another program); please type it again.",
            f"{label_zh}含有不可见的控制字符（常因从其他程序粘贴而来），请重新输入。",
        )
    return value


def check_day(value: date, field: str, label_en: str, label_zh: str, latest: date,
              earliest: date = EARLIEST_DAY) -> date:
    """A date from `earliest` (1900-01-01 unless said) up to `latest` (today for what
    happened, further ahead for plans)."""
    day = value.date() if isinstance(value, datetime) else value
    if day < earliest:
        raise ValidationError(
            field,
            f"The {label_en} cannot be before {earliest.year}; please check the year.",
            f"{label_zh}不能早于{earliest.year}年，请核对年份。",
        )
    if day > latest:
        raise ValidationError(
            field,
            f"The {label_en} cannot be after {latest.isoformat()}; please check it.",
            f"{label_zh}不能晚于 {latest.isoformat()}，请核对。",
        )
    return day


def check_not_future(value: date, field: str, label_en: str, label_zh: str,
                     today: date | None = None) -> date:
    """Refuse a date after today; records describe what has already happened."""
    # datetime is a subclass of date but does not compare with one; keep the day only.
    day = value.date() if isinstance(value, datetime) else value
    ref = today or date.today()
    if day > ref:
        # Naming today's date helps when the real problem is a laptop with a wrong clock.
        raise ValidationError(
            field,
            f"The {label_en} cannot be in the future (today is {ref.isoformat()}).",
            f"{label_zh}不能晚于今天（今天是 {ref.isoformat()}）。",
        )
    return day


def check_code(value: str | None, allowed: Iterable[str], field: str, label_en: str,
               label_zh: str) -> str:
    """Refuse a code outside its vocabulary (a typo in the CLI, or an op from a newer app)."""
    choices = tuple(allowed)  # `allowed` may be a one-shot iterator; it is read twice below
    if value is None or value == "":
        raise ValidationError(field, f"Please choose the {label_en}.", f"请选择{label_zh}。")
    if value not in choices:
        listing = ", ".join(choices)
        raise ValidationError(
            field,
            f'"{value}" is not a known {label_en}. Choose one of: {listing}.',
            f"“{value}”不是有效的{label_zh}。请从以下选项中选择：{'、'.join(choices)}。",
        )
    return value


def check_hours(value: float, field: str, label_en: str, label_zh: str,
                max_hours: float = 24 * 31, allow_zero: bool = True) -> float:
    """A number of hours: not negative (nor zero, for a session that took place), not NaN,
    and not more than a month's worth."""
    # bool is an int in Python; True hours is a bug upstream, not a duration.
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        raise ValidationError(
            field,
            f"The {label_en} must be a number of hours, like 2 or 1.5.",
            f"{label_zh}应为小时数，例如 2 或 1.5。",
        )
    if value < 0:
        raise ValidationError(
            field,
            f"The {label_en} cannot be negative.",
            f"{label_zh}不能为负数。",
        )
    if value == 0 and not allow_zero:
        raise ValidationError(
            field,
            f"Enter the {label_en}; it must be more than 0.",
            f"请填写{label_zh}，应大于 0。",
        )
    if value > max_hours:
        raise ValidationError(
            field,
            f"The {label_en} cannot be more than {max_hours:g} hours; please check the number.",
            f"{label_zh}不能超过{max_hours:g}小时，请核对。",
        )
    return float(value)


_MONTH = re.compile(r"(\d{4})-(\d{2})")


def parse_month(month: str | None) -> tuple[date, date]:
    """The first and last day of "YYYY-MM", or a sentence saying how to write it."""
    m = _MONTH.fullmatch((month or "").strip())
    if not m or not 1 <= int(m[2]) <= 12 or int(m[1]) < 1900:
        raise ValidationError(
            "month",
            f'"{month}" is not a month; write it like 2026-10.',
            f"“{month}”不是有效的月份，请按 2026-10 的格式填写。")
    year, number = int(m[1]), int(m[2])
    return date(year, number, 1), date(year, number, calendar.monthrange(year, number)[1])


def months_back(newest: date, count: int) -> list[str]:
    """"YYYY-MM" of `newest`'s month and the `count` - 1 before it, newest first."""
    months, year, month = [], newest.year, newest.month
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months
