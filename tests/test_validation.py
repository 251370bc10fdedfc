"""Tests for app.models.validation: ID numbers, phones and the general field checks."""

from __future__ import annotations

import math
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.models.validation import (
    PROVINCE_CODES,
    IdNumberInfo,
    check_code,
    check_hours,
    check_not_future,
    id_check_digit,
    normalize_phone,
    parse_id_number,
    require_text,
)

TODAY = date(2026, 11, 28)


def make_id(region: str, birth: date, seq: int) -> str:
    """A valid ID number built the way the issuing office does it."""
    first17 = f"{region}{birth:%Y%m%d}{seq:03d}"
    return first17 + id_check_digit(first17)


def refused(exc: pytest.ExceptionInfo[ValidationError]) -> tuple[str, str, str]:
    err = exc.value
    return err.field, err.en, err.zh


# --- id_check_digit ------------------------------------------------------------------------


def test_check_digit_of_well_known_example() -> None:
    assert id_check_digit("11010519491231002") == "X"


@pytest.mark.parametrize("bad", ["", "1101051949123100", "110105194912310021", "1101051949123100A"])
def test_check_digit_needs_17_digits(bad: str) -> None:
    with pytest.raises(ValueError):
        id_check_digit(bad)


# --- parse_id_number: valid numbers --------------------------------------------------------


def test_well_known_example_parses() -> None:
    info = parse_id_number("11010519491231002X", today=TODAY)
    assert info == IdNumberInfo(
        number="11010519491231002X", region_code="110105",
        birth_date=date(1949, 12, 31), gender="female",
    )


@pytest.mark.parametrize(
    ("region", "birth", "seq", "gender"),
    [
        ("450102", date(1938, 5, 12), 123, "male"),     # Nanning, Xingning district
        ("452122", date(1938, 2, 28), 48, "female"),    # Mashan county
        ("452122", date(2015, 6, 1), 7, "male"),        # a child
        ("450102", date(2015, 12, 31), 990, "female"),
        ("820101", date(2000, 2, 29), 1, "male"),         # Macao, a leap day
    ],
)
def test_computed_numbers_parse(region: str, birth: date, seq: int, gender: str) -> None:
    number = make_id(region, birth, seq)
    info = parse_id_number(number, today=TODAY)
    assert info.number == number
    assert info.region_code == region
    assert info.birth_date == birth
    assert info.gender == gender


def test_lowercase_x_and_spaces_are_normalised() -> None:
    info = parse_id_number(" 110105 19491231 002x ", today=TODAY)
    assert info.number == "11010519491231002X"


def test_full_width_digits_are_accepted() -> None:
    full_width = "１１０１０５１９４９１２３１００２Ｘ"
    assert parse_id_number(full_width, today=TODAY).number == "11010519491231002X"


def test_born_today_is_accepted() -> None:
    number = make_id("450102", TODAY, 11)
    assert parse_id_number(number, today=TODAY).birth_date == TODAY


def test_info_is_frozen() -> None:
    info = parse_id_number("11010519491231002X", today=TODAY)
    with pytest.raises(AttributeError):
        info.gender = "male"  # type: ignore[misc]


# --- parse_id_number: each kind of error ---------------------------------------------------


@pytest.mark.parametrize(("value", "length"), [
    ("", 0), ("1101051949123100", 16), ("11010519491231002X1", 19), ("4501021938", 10),
])
def test_wrong_length(value: str, length: int) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_id_number(value, "id_number", today=TODAY)
    assert refused(exc) == (
        "id_number",
        f"The ID number must have 18 characters; this one has {length}.",
        f"身份证号码应为18位，当前为{length}位。",
    )


@pytest.mark.parametrize("value", [
    "11010519491231002A", "1101051949123100X2", "11010519491231-02X", "X10105194912310021",
])
def test_wrong_format(value: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_id_number(value, "id_number", today=TODAY)
    assert exc.value.field == "id_number"
    assert "17" in exc.value.en and "X" in exc.value.en
    assert "17位数字" in exc.value.zh


@pytest.mark.parametrize("region", ["990102", "000000", "160102", "720102", "830102", "450000"])
def test_wrong_region(region: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_id_number(make_id(region, date(1980, 1, 1), 12), "id_number", today=TODAY)
    assert exc.value.field == "id_number"
    assert region in exc.value.en and "region code" in exc.value.en
    assert region in exc.value.zh and "行政区划代码" in exc.value.zh


@pytest.mark.parametrize("birth", ["19490231", "19491301", "19490000", "20230229"])
def test_impossible_birth_date(birth: str) -> None:
    first17 = f"450102{birth}123"
    with pytest.raises(ValidationError) as exc:
        parse_id_number(first17 + id_check_digit(first17), "id_number", today=TODAY)
    assert exc.value.field == "id_number"
    assert birth in exc.value.en and "not a real date" in exc.value.en
    assert birth in exc.value.zh and "不是有效日期" in exc.value.zh


def test_birth_before_1900() -> None:
    with pytest.raises(ValidationError) as exc:
        parse_id_number(make_id("450102", date(1899, 12, 31), 1), today=TODAY)
    assert exc.value.field == "id_number"
    assert "1899-12-31" in exc.value.en and "1900" in exc.value.en
    assert "早于1900年" in exc.value.zh


def test_birth_1900_01_01_is_accepted() -> None:
    assert parse_id_number(make_id("450102", date(1900, 1, 1), 1), today=TODAY).birth_date \
        == date(1900, 1, 1)


def test_future_birth_date_with_injected_today() -> None:
    number = make_id("452122", date(2026, 11, 29), 2)
    with pytest.raises(ValidationError) as exc:
        parse_id_number(number, "client_id", today=TODAY)
    assert exc.value.field == "client_id"
    assert "2026-11-29" in exc.value.en and "future" in exc.value.en
    assert "晚于今天" in exc.value.zh
    # The same number is fine once that day has come.
    assert parse_id_number(number, today=date(2026, 11, 29)).birth_date == date(2026, 11, 29)


def test_wrong_check_digit_names_the_right_one() -> None:
    with pytest.raises(ValidationError) as exc:
        parse_id_number("110105194912310021", "id_number", today=TODAY)
    assert refused(exc) == (
        "id_number",
        "The ID number's check digit is wrong: it should be X.",
        "身份证号码校验位错误：应为 X。",
    )


def test_wrong_check_digit_numeric() -> None:
    number = make_id("450102", date(1938, 5, 12), 123)
    wrong = "X" if number[-1] != "X" else "0"
    with pytest.raises(ValidationError) as exc:
        parse_id_number(number[:17] + wrong, today=TODAY)
    assert exc.value.en == f"The ID number's check digit is wrong: it should be {number[-1]}."
    assert exc.value.zh == f"身份证号码校验位错误：应为 {number[-1]}。"


def test_error_text_follows_language() -> None:
    with pytest.raises(ValidationError) as exc:
        parse_id_number("110105194912310021", today=TODAY)
    assert exc.value.text("zh") == "身份证号码校验位错误：应为 X。"
    assert exc.value.text("en") == "The ID number's check digit is wrong: it should be X."


# --- property: build with id_check_digit, then break the last character --------------------


@given(
    province=st.sampled_from(sorted(PROVINCE_CODES)),
    county=st.integers(min_value=1, max_value=9999),
    birth=st.dates(min_value=date(1900, 1, 1), max_value=TODAY),
    seq=st.integers(min_value=0, max_value=999),
)
def test_built_numbers_parse_and_any_other_last_char_fails(
    province: str, county: int, birth: date, seq: int,
) -> None:
    region = f"{province}{county:04d}"
    number = make_id(region, birth, seq)

    info = parse_id_number(number, today=TODAY)
    assert info.number == number
    assert info.region_code == region
    assert info.birth_date == birth
    assert info.gender == ("male" if seq % 2 else "female")

    right = number[-1]
    for other in "0123456789X":
        if other == right:
            continue
        with pytest.raises(ValidationError) as exc:
            parse_id_number(number[:17] + other, today=TODAY)
        assert exc.value.en == f"The ID number's check digit is wrong: it should be {right}."
        assert exc.value.zh == f"身份证号码校验位错误：应为 {right}。"


# --- normalize_phone -----------------------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [
    ("13812345678", "13812345678"),
    ("+86 138 1234 5678", "13812345678"),
    ("86 13812345678", "13812345678"),
    ("+8613812345678", "13812345678"),
    ("138-1234-5678", "13812345678"),
    ("  19912345678 ", "19912345678"),
    ("１３８１２３４５６７８", "13812345678"),
    ("0771-5551234", "0771-5551234"),
    ("07715551234", "0771-5551234"),
    ("0771 5551234", "0771-5551234"),
    ("(0771)5551234", "0771-5551234"),
    ("010-12345678", "010-12345678"),
    ("01012345678", "010-12345678"),
    ("020 87654321", "020-87654321"),
    ("0771-5551234转808", "0771-5551234-808"),
    ("0771-5551234 转 808", "0771-5551234-808"),
    ("0771-5551234-808", "0771-5551234-808"),
    ("0771－5551234", "0771-5551234"),
])
def test_valid_phones(value: str, expected: str) -> None:
    assert normalize_phone(value) == expected


@pytest.mark.parametrize("value", [
    "", "   ", "12812345678", "23812345678", "+1 138 1234 5678", "0771-55512",
    "0771-555123456", "abc", "5551234", "0771-5551234转", "138123456789x",
])
def test_bad_phones(value: str) -> None:
    with pytest.raises(ValidationError) as exc:
        normalize_phone(value, "household")
    assert exc.value.field == "household"
    # Every refusal shows what a right number looks like.
    assert "13812345678" in exc.value.en and "13812345678" in exc.value.zh


def test_mobile_with_a_digit_missing_says_how_many() -> None:
    with pytest.raises(ValidationError) as exc:
        normalize_phone("1381234567")
    assert exc.value.field == "phone"
    assert "11 digits" in exc.value.en and "10" in exc.value.en
    assert "11位" in exc.value.zh and "当前为10位" in exc.value.zh


def test_landline_example_in_message() -> None:
    with pytest.raises(ValidationError) as exc:
        normalize_phone("0771-55")
    assert "0771-5551234" in exc.value.en and "0771-5551234" in exc.value.zh


# --- require_text --------------------------------------------------------------------------


def test_require_text_strips() -> None:
    assert require_text("  王小明 \n", "name", "name", "姓名") == "王小明"


@pytest.mark.parametrize("value", [None, "", "   ", "\t\n"])
def test_require_text_empty(value: str | None) -> None:
    with pytest.raises(ValidationError) as exc:
        require_text(value, "name", "name", "姓名")
    assert refused(exc) == ("name", "Please enter the name.", "请填写姓名。")


def test_require_text_too_long() -> None:
    assert require_text("字" * 50, "name", "name", "姓名", 50) == "字" * 50
    with pytest.raises(ValidationError) as exc:
        require_text("字" * 51, "name", "name", "姓名", 50)
    assert exc.value.field == "name"
    assert "50" in exc.value.en and "51" in exc.value.en
    assert "最多50个字" in exc.value.zh and "51" in exc.value.zh


# --- check_not_future ----------------------------------------------------------------------


def test_not_future_accepts_today_and_past() -> None:
    assert check_not_future(TODAY, "visit_date", "visit date", "走访日期", today=TODAY) == TODAY
    past = date(2020, 1, 1)
    assert check_not_future(past, "visit_date", "visit date", "走访日期", today=TODAY) == past


def test_not_future_refuses_tomorrow() -> None:
    with pytest.raises(ValidationError) as exc:
        check_not_future(date(2026, 11, 29), "visit_date", "visit date", "走访日期", today=TODAY)
    assert exc.value.field == "visit_date"
    assert exc.value.en.startswith("The visit date cannot be in the future")
    assert "2026-11-28" in exc.value.en
    assert exc.value.zh.startswith("走访日期不能晚于今天")


def test_not_future_takes_datetime_as_its_day() -> None:
    moment = datetime(2026, 11, 28, 23, 59)
    assert check_not_future(moment, "d", "date", "日期", today=TODAY) == TODAY


def test_not_future_defaults_to_real_today() -> None:
    assert check_not_future(date(2000, 1, 1), "d", "date", "日期") == date(2000, 1, 1)
    with pytest.raises(ValidationError):
        check_not_future(date(9999, 1, 1), "d", "date", "日期")


# --- check_code ----------------------------------------------------------------------------


def test_check_code_accepts_known() -> None:
    assert check_code("high", ("low", "medium", "high"), "risk_level", "risk level",
                      "风险等级") == "high"


def test_check_code_accepts_a_generator() -> None:
    assert check_code("b", (c for c in "abc"), "f", "thing", "东西") == "b"


def test_check_code_names_value_and_field() -> None:
    with pytest.raises(ValidationError) as exc:
        check_code("severe", ["low", "medium", "high"], "risk_level", "risk level", "风险等级")
    assert exc.value.field == "risk_level"
    assert "severe" in exc.value.en and "risk level" in exc.value.en
    assert "low, medium, high" in exc.value.en
    assert "severe" in exc.value.zh and "风险等级" in exc.value.zh


@pytest.mark.parametrize("value", [None, ""])
def test_check_code_missing(value: str | None) -> None:
    with pytest.raises(ValidationError) as exc:
        check_code(value, ["a"], "role", "role", "角色")
    assert refused(exc) == ("role", "Please choose the role.", "请选择角色。")


# --- check_hours ---------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [(0, 0.0), (2.5, 2.5), (3, 3.0), (744, 744.0)])
def test_check_hours_valid(value: float, expected: float) -> None:
    result = check_hours(value, "volunteers", "volunteer hours", "志愿服务时长")
    assert result == expected and isinstance(result, float)


def test_check_hours_negative() -> None:
    with pytest.raises(ValidationError) as exc:
        check_hours(-1, "volunteers", "volunteer hours", "志愿服务时长")
    assert refused(exc) == (
        "volunteers", "The volunteer hours cannot be negative.", "志愿服务时长不能为负数。",
    )


@pytest.mark.parametrize("value", [744.5, 10_000, math.inf])
def test_check_hours_absurd(value: float) -> None:
    with pytest.raises(ValidationError) as exc:
        check_hours(value, "volunteers", "volunteer hours", "志愿服务时长")
    assert exc.value.field == "volunteers"
    assert "744" in exc.value.en and "744" in exc.value.zh


def test_check_hours_custom_limit() -> None:
    assert check_hours(8, "h", "hours", "时长", max_hours=8) == 8.0
    with pytest.raises(ValidationError) as exc:
        check_hours(8.5, "h", "hours", "时长", max_hours=8)
    assert "8 hours" in exc.value.en


@pytest.mark.parametrize("value", [math.nan, True, "2", None])
def test_check_hours_not_a_number(value: object) -> None:
    with pytest.raises(ValidationError) as exc:
        check_hours(value, "h", "hours", "时长")  # type: ignore[arg-type]
    assert exc.value.field == "h"
    assert "number of hours" in exc.value.en and "小时数" in exc.value.zh


def test_the_written_out_hidden_characters_cover_this_pythons_unicode() -> None:
    """The list is fixed so every device decides alike; it must still hold every control
    and format character the running Python knows."""
    import unicodedata

    from app.models.validation import HIDDEN_CHARS

    missing = [hex(cp) for cp in range(0x110000)
               if unicodedata.category(chr(cp)) in ("Cc", "Cf", "Cs", "Zl", "Zp")
               and not HIDDEN_CHARS.match(chr(cp))]
    assert missing == []
    assert not HIDDEN_CHARS.search("覃秀兰 Qin-Xiulan 𠀀")


def test_every_vocabulary_code_is_plain_text_within_its_column() -> None:
    """The import skips the text rule for a known code (app.sync.wire._field_plan)."""
    from app.models.validation import HIDDEN_CHARS
    from app.models.vocab import ALL_VOCABS

    for vocab in ALL_VOCABS.values():
        for code in vocab.codes():
            assert len(code) <= 32 and code.isascii() and not HIDDEN_CHARS.search(code), code
