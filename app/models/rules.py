"""The rules each record's field values obey: one table, used by the forms and the import.

A service checks what a person typed with `check(table, field, value, today)`; the bundle
import (app.sync.wire) checks every field an op sets with the same call, `today` being
the op's own day from its clock, so every device decides the same way for the same op.
Rules here look at one field at a time: an update op carries only the fields it sets,
and last-writer-wins may combine fields written on different laptops, so rules between
fields (a follow-up after its visit, a birth date matching the ID number) stay with the
forms. docs/bundle-format.md lists these rules for other implementations.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import String

from app.errors import ValidationError
from app.models.base import synced_tables
from app.models.validation import (
    EARLIEST_DAY,
    check_day,
    check_hours,
    check_not_future,
    check_text,
    normalize_phone,
    parse_id_number,
)

# Text longer than this is written in a multi-line box (notes, observations,
# assessments) and may hold newlines and tabs; shorter text is one line.
ONE_LINE_MAX = 200
PLAN_DAYS = 3653  # a planned date (a follow-up, a goal) lies at most 10 years ahead
# Births go back to 1900; the work itself (visits, cases, sessions) is recorded from 2000:
# a visit "in 1900" is a typo or a dead clock battery, never a record to keep.
WORK_SINCE = dt.date(2000, 1, 1)
VISIT_MINUTES = 24 * 60


@dataclass(frozen=True)
class Rule:
    kind: str  # text, id_number, phone, happened, planned, hours, minutes, people,
    #            sha256, bytes
    en: str
    zh: str
    high: float = 0.0  # hours, minutes, people: the most allowed
    allow_zero: bool = True  # hours: zero allowed (a volunteer who came but did not count)
    max_len: int = 0  # text
    lines: bool = False  # text: newlines and tabs allowed
    since: dt.date = WORK_SINCE  # dates: the earliest allowed

    def reason(self) -> tuple[str, str]:
        """What is wrong, in words without the value (error sentences carry no personal
        values)."""
        return _REASONS[self.kind]


_REASONS = {
    "text": ("text that is too long or holds invisible control characters",
             "文字过长或含有不可见的控制字符"),
    "id_number": ("not a valid resident ID number", "不是有效的身份证号码"),
    "phone": ("not a valid phone number in its stored form", "不是有效的电话号码"),
    "happened": ("a date out of range (before 2000, a birth before 1900, or after the "
                 "day it was written)",
                 "超出范围的日期（早于2000年、出生早于1900年或晚于记录当天）"),
    "planned": ("a date before 2000 or more than 10 years after the day it was written",
                "日期早于2000年或晚于记录当天10年以上"),
    "hours": ("a number of hours out of range", "小时数超出范围"),
    "minutes": ("a number of minutes out of range", "分钟数超出范围"),
    "people": ("a number of people out of range", "人数超出范围"),
    "sha256": ("not a SHA-256 in 64 lowercase hex digits", "不是64位小写十六进制的SHA-256值"),
    "bytes": ("a file size out of range", "文件大小超出范围"),
}
# The most people one activity may count besides its registered participants.
HEAD_COUNT_MAX = 10_000
# The largest attached file, after a photo is downscaled: a scanned PDF of a few pages.
ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024
HEX = frozenset("0123456789abcdef")


def _happened(en: str, zh: str) -> Rule:
    return Rule("happened", en, zh)


def _born(en: str, zh: str) -> Rule:
    return Rule("happened", en, zh, since=EARLIEST_DAY)


def _planned(en: str, zh: str) -> Rule:
    return Rule("planned", en, zh)


_PHONE = Rule("phone", "phone number", "电话号码")
# The fields with a rule beyond their column's type and length.
_SPECIAL: dict[str, dict[str, Rule]] = {
    "client": {"birth_date": _born("birth date", "出生日期"),
               "id_number": Rule("id_number", "ID number", "身份证号码"),
               "phone": _PHONE, "consent_date": _happened("consent date", "知情同意日期")},
    "household_member": {"birth_date": _born("birth date", "出生日期"), "phone": _PHONE},
    "worker": {"phone": _PHONE},
    "activity_volunteer": {"phone": _PHONE,
                           "hours": Rule("hours", "volunteer hours", "志愿服务时长", 24 * 31)},
    "supervision_session": {
        "session_date": _happened("supervision date", "督导日期"),
        "hours": Rule("hours", "supervision hours", "督导时长", 24 * 7, allow_zero=False)},
    "training_record": {
        "training_date": _happened("training date", "培训日期"),
        "hours": Rule("hours", "training hours", "培训时长", 24 * 31, allow_zero=False)},
    "visit": {"visit_date": _happened("visit date", "走访日期"),
              "duration_min": Rule("minutes", "duration", "走访时长", VISIT_MINUTES),
              "next_followup": _planned("next follow-up date", "下次跟进日期")},
    "activity": {"activity_date": _happened("activity date", "活动日期"),
                 "duration_min": Rule("minutes", "duration", "活动时长", VISIT_MINUTES),
                 "unregistered_count": Rule("people", "number of people not registered",
                                            "未登记的参与人数", HEAD_COUNT_MAX)},
    "case_record": {"opened_on": _happened("opening date", "开案日期"),
                    "closed_on": _happened("closing date", "结案日期"),
                    "assessed_on": _happened("assessment date", "评估日期"),
                    "next_followup": _planned("next follow-up date", "下次跟进日期")},
    "case_goal": {"target_date": _planned("target date", "目标日期")},
    "case_event": {"event_date": _happened("date", "日期")},
    "referral": {"referred_on": _happened("referral date", "转介日期")},
    "closure_request": {"closed_on": _happened("closing date", "结案日期"),
                        "requested_on": _happened("request date", "申请日期")},
    "closure_decision": {"decided_on": _happened("decision date", "审批日期")},
    "helper": {"phone": _PHONE},
    "attachment": {"sha256": Rule("sha256", "file checksum", "文件校验值"),
                   "size": Rule("bytes", "file size", "文件大小", ATTACHMENT_MAX_BYTES),
                   "added_on": _happened("date attached", "添加日期")},
}


@cache
def field_rules(table: str) -> dict[str, Rule]:
    """Every rule of a synced table's fields: the special ones above, and for each other
    text column its length (the column's) and the characters it may hold."""
    model = synced_tables()[table]
    out: dict[str, Rule] = {}
    for name in model.sync_fields():
        column = model.__table__.c[name]
        if isinstance(column.type, String) and column.type.length:
            length = column.type.length
            out[name] = Rule("text", name.replace("_", " "), name, max_len=length,
                             lines=length > ONE_LINE_MAX)
    out.update(_SPECIAL.get(table, {}))
    return out


def check(table: str, field: str, value: Any, today: dt.date, label_en: str | None = None,
          label_zh: str | None = None) -> Any:
    """The value in its stored form, or a ValidationError naming the field. `today` is the
    day the value is written on: the form's today, or an imported op's day. A date may
    come as a date or as ISO text (as ops carry it); None is always allowed here (whether
    a field is required is the form's business)."""
    rule = field_rules(table).get(field)
    if rule is None or value is None:
        return value
    en, zh = label_en or rule.en, label_zh or rule.zh
    kind = rule.kind
    if kind == "text":
        return check_text(value, field, en, zh, rule.max_len, rule.lines)
    if kind == "id_number":
        return parse_id_number(value, field, today=today).number
    if kind == "phone":
        return normalize_phone(value, field)
    if kind in ("happened", "planned"):
        day = dt.date.fromisoformat(value) if isinstance(value, str) else value
        if kind == "happened":  # the forms' sentence: "cannot be in the future"
            return check_not_future(check_day(day, field, en, zh, dt.date.max, rule.since),
                                    field, en, zh, today)
        return check_day(day, field, en, zh, today + dt.timedelta(days=PLAN_DAYS), rule.since)
    if kind == "hours":
        return check_hours(value, field, en, zh, max_hours=rule.high,
                           allow_zero=rule.allow_zero)
    if kind == "minutes":
        if isinstance(value, bool) or not isinstance(value, int) or \
                not 0 < value <= rule.high:
            raise ValidationError(
                field, f"The {en} must be between 1 and {rule.high:g} minutes.",
                f"{zh}应在1到{rule.high:g}分钟之间。")
        return value
    if kind == "people":
        if isinstance(value, bool) or not isinstance(value, int) or \
                not 0 <= value <= rule.high:
            raise ValidationError(
                field, f"The {en} must be a whole number from 0 to {rule.high:,.0f}.",
                f"{zh}应为0到{rule.high:.0f}之间的整数。")
        return value
    if kind == "sha256":
        if not isinstance(value, str) or len(value) != 64 or not HEX.issuperset(value):
            raise ValidationError(field, f"The {en} must be 64 lowercase hex digits.",
                                  f"{zh}应为64位小写十六进制数字。")
        return value
    if kind == "bytes":
        if isinstance(value, bool) or not isinstance(value, int) or \
                not 0 < value <= rule.high:
            raise ValidationError(
                field, f"The {en} must be from 1 byte to {rule.high / 2**20:g} MB.",
                f"{zh}应在1字节到{rule.high / 2**20:g} MB之间。")
        return value
    raise AssertionError(f"unknown rule kind {kind}")


def check_stored(table: str, field: str, value: Any, today: dt.date) -> bool:
    """True when the value passes its rule and is already in its stored form (an ID number
    in capitals, a phone number as the forms store it): what an import accepts."""
    try:
        stored = check(table, field, value, today)
    except ValidationError:
        return False
    if isinstance(stored, dt.date) and isinstance(value, str):
        return stored.isoformat() == value
    return bool(stored == value)
