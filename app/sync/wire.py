"""Ops on the wire: one JSON object per line, checked against the schema before merging.

    {"t": table, "r": row id, "h": hlc, "d": origin device id, "s": origin sequence,
     "c": 1 for a create, "f": {field: value}, "p": {field: [hlc, device id]}}

The schema is read from the models, so a column added by a migration is accepted by the
same version that created it, and a bundle naming an unknown table or field, a field that
never travels (derived or clock metadata), a wrong type, an over-long string, a bad UUID
or an unknown vocabulary code is refused as a whole.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Annotated, Any, Literal, TypeGuard

import msgspec
import orjson
from sqlalchemy import JSON, Boolean, Date, Float, Integer, String

from app.errors import BundleRefused
from app.models import synced_tables
from app.models.base import UUIDBytes
from app.models.ids import is_uuid
from app.models.rules import Rule, check_stored, field_rules
from app.models.validation import hidden_chars
from app.models.vocab import ALL_VOCABS

# Clocks and sequence numbers stay below 2**62: SQLite integers end at 2**63 - 1, and an
# op at the limit would make the importer's next tick overflow.
WIRE_INT_LIMIT = 1 << 62
MAX_HLC = WIRE_INT_LIMIT - 1
# No op is older than Shegong: a clock before 2000-01-01 is a dead battery or a forgery.
MIN_HLC = 946_684_800_000 << 16
DAY_MS = 86_400_000
_KEYS = frozenset({"t", "r", "h", "d", "s", "f", "c", "p", "st"})  # every key an op may have


@dataclass(frozen=True)
class FieldSpec:
    kind: str  # str, code, codes, uuid, int, float, bool, date
    max_len: int = 0
    codes: frozenset[str] = frozenset()


@dataclass(slots=True)
class WireOp:
    table: str
    row_id: str
    hlc: int
    device: str
    seq: int
    create: bool
    values: dict[str, Any]
    prev: dict[str, tuple[int, str]]
    # Where the op stands in its origin's log (app.sync.origins), filled when its line is
    # checked against the log's signed head: the line itself, the previous op of the
    # same origin, this op's link, and the previous link when the op starts a range.
    line: bytes = b""
    prev_seq: int = 0
    link: bytes | None = None
    prev_link: bytes | None = None
    station: str | None = None  # the station the record belongs to (app.models.scope)


@cache
def schema() -> dict[str, dict[str, FieldSpec]]:
    """For every synced table, the spec of every field that travels."""
    out: dict[str, dict[str, FieldSpec]] = {}
    for name, model in synced_tables().items():
        table = model.__table__
        specs: dict[str, FieldSpec] = {}
        for field in model.sync_fields():
            column = table.c[field]
            specs[field] = _spec(column)
        out[name] = specs
    return out


def _spec(column: Any) -> FieldSpec:
    info = column.info
    if "vocab" in info:
        return FieldSpec("code", codes=frozenset(ALL_VOCABS[info["vocab"]].codes()))
    if "vocab_list" in info:
        return FieldSpec("codes", codes=frozenset(ALL_VOCABS[info["vocab_list"]].codes()))
    kind = column.type
    if isinstance(kind, UUIDBytes):
        return FieldSpec("uuid")
    if isinstance(kind, String):
        return FieldSpec("str", max_len=kind.length or 100_000)
    if isinstance(kind, Boolean):
        return FieldSpec("bool")
    if isinstance(kind, Integer):
        return FieldSpec("int")
    if isinstance(kind, Float):
        return FieldSpec("float")
    if isinstance(kind, Date):
        return FieldSpec("date")
    if isinstance(kind, JSON):
        return FieldSpec("codes")
    raise TypeError(f"no wire type for {column}")


def canonical_line(op: WireOp) -> bytes:
    """The op's one canonical form (keys sorted at every level, no whitespace, UTF-8 as
    is, numbers as orjson writes them): the bytes its origin's log links and signs, so
    any device holding the op rebuilds exactly these bytes to forward it."""
    record: dict[str, Any] = {"t": op.table, "r": op.row_id, "h": op.hlc, "d": op.device,
                              "s": op.seq, "f": op.values}
    if op.create:
        record["c"] = 1
    if op.prev:
        record["p"] = {f: [h, d] for f, (h, d) in op.prev.items()}
    if op.station:
        record["st"] = op.station
    return orjson.dumps(record, option=orjson.OPT_SORT_KEYS)


def encode(op: WireOp) -> bytes:
    """The op's line in a bundle: its canonical form and a newline."""
    return canonical_line(op) + b"\n"


def decode(line: bytes, number: int) -> WireOp:
    """Parse and check one line; any fault refuses the bundle with a sentence."""
    try:
        record = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        raise _bad(number, "is not valid UTF-8 JSON", "不是有效的 UTF-8 JSON") from exc
    if not isinstance(record, dict):
        raise _bad(number, "is not an object", "格式不正确")
    op = _checked(record, number)
    if orjson.dumps(record, option=orjson.OPT_SORT_KEYS) != line:
        # Another form of the same op would hash differently once rebuilt and forwarded.
        raise _bad(number, "is not written in the canonical form (docs/bundle-format.md)",
                   "不是规范格式（见同步文件格式说明）")
    op.line = line
    return op


def _checked(record: dict[str, Any], number: int) -> WireOp:
    table = record.get("t")
    if not isinstance(table, str) or (specs := schema().get(table)) is None:
        raise _bad(number, f"names an unknown table {table!r}", f"含有未知的表 {table!r}")
    row_id, device, station = record.get("r"), record.get("d"), record.get("st")
    if not is_uuid(row_id) or not _is_known_id(device) \
            or not (station is None or _is_known_id(station)):
        raise _bad(number, "has an invalid record, device or station id",
                   "含有无效的记录、设备或站点编号")
    seq = record.get("s")
    if not _int(seq) or not 0 < seq < WIRE_INT_LIMIT:
        raise _bad(number, "has an invalid sequence number", "含有无效的序号")
    hlc = _check_clock(record.get("h"), number, table, row_id)
    values = record.get("f")
    if not isinstance(values, dict):
        raise _bad(number, "has no fields", "缺少字段")
    today = _op_day(hlc // (DAY_MS << 16))
    if not _values_pass(table, values, today):
        _check_values(values, specs, number, table, row_id, today)
    prev: dict[str, tuple[int, str]] = {}
    raw_prev = record.get("p", {})
    if not isinstance(raw_prev, dict):
        raise _bad(number, "has bad previous clocks", "前序时钟格式不正确")
    for field, clock in raw_prev.items():
        if (field not in specs or not isinstance(clock, list) or len(clock) != 2
                or not _int(clock[0]) or not 0 <= clock[0] < WIRE_INT_LIMIT
                or not (clock[1] == "" or is_uuid(clock[1]))):
            raise _bad(number, "has bad previous clocks", "前序时钟格式不正确")
        prev[field] = (clock[0], clock[1])
    create = record.get("c")
    if create not in (None, 1) or (create is None and not values):
        raise _bad(number, "changes no field", "没有修改任何字段")
    if create and len(values) != len(specs):
        # A create sets every field, so the op rebuilt from the record is this one.
        missing = sorted(set(specs) - set(values))[:3]
        raise _bad(number, f"creates {table} {row_id} without the fields {missing} (made "
                   "by another version of Shegong?)",
                   f"创建 {table} {row_id} 时缺少字段 {missing}（发送方版本不同？）")
    if not _KEYS.issuperset(record):
        raise _bad(number, "has keys Shegong does not write", "含有未知的键")
    return WireOp(table, row_id, hlc, device, seq, create == 1, values, prev,
                  station=station)


_GOOD_IDS: set[str] = set()


def _is_known_id(value: Any) -> TypeGuard[str]:
    """is_uuid for ids that repeat op after op (a bundle has a few devices and stations)."""
    if type(value) is str and value in _GOOD_IDS:
        return True
    if not is_uuid(value):
        return False
    if len(_GOOD_IDS) > 100_000:
        _GOOD_IDS.clear()
    _GOOD_IDS.add(value)
    return True


def _check_clock(hlc: Any, number: int, table: str, row_id: str) -> int:
    """The op's clock within what any device can hold. (Rules against the importer's own
    clock belong here too, in the same pass over the ops.)"""
    if not _int(hlc) or not MIN_HLC <= hlc <= MAX_HLC:
        raise _bad(number, f"(record {table} {row_id}) has a clock outside the range "
                   "Shegong accepts (from 2000-01-01, below 2^62)",
                   f"（记录 {table} {row_id}）的时钟超出允许范围（2000-01-01 起，小于 2^62）")
    return hlc


def _check_values(values: dict[str, Any], specs: dict[str, FieldSpec], number: int,
                  table: str, row_id: str, today: dt.date) -> None:
    """Each field: one that travels, of its type and within its column, then the same rule
    the form applies (app.models.rules), judged on the op's own day."""
    plan = _field_plan(table)
    for field, value in values.items():
        checks = plan.get(field)
        if checks is None:
            raise _bad(number, f"sets {table}.{field}, which does not travel between devices",
                       f"含有不允许同步的字段 {table}.{field}")
        spec, rule, text_cap, hidden = checks
        if value is None:
            continue
        # The commonest case without a call: this runs for every field of a million-op
        # bundle. Clean text within its caps passes the type and the text rule at once.
        if hidden is not None and type(value) is str and len(value) <= text_cap \
                and hidden.search(value) is None:
            continue
        if not (spec.kind == "str" and type(value) is str and len(value) <= spec.max_len):
            problem = _check(spec, value)
            if problem:
                raise _bad(number, f"has a bad value for {table}.{field} of record {row_id}: "
                           f"{problem}", f"记录 {table} {row_id} 的字段 {field} 的值不正确："
                           f"{problem}")
        if rule is not None and not check_stored(table, field, value, today):
            en, zh = rule.reason()
            raise BundleRefused(
                f"The bundle holds a value the forms refuse: operation {number} sets "
                f"{table}.{field} of record {row_id} to {en}. Nothing was imported.",
                f"同步文件含有表单不允许的值：第 {number} 条操作把记录 {table} {row_id} 的"
                f"字段 {field} 设为{zh}。未导入任何数据。")


Plan = tuple[FieldSpec, "Rule | None", int, "re.Pattern[str] | None"]


@cache
def _field_plan(table: str) -> dict[str, Plan]:
    """Per field that travels: its wire spec and its rule; for text with a text rule, the
    length both allow and the pattern of characters it may not hold."""
    rules = field_rules(table)
    plan: dict[str, Plan] = {}
    for field, spec in schema()[table].items():
        rule = rules.get(field)
        if rule is not None and rule.kind == "text" and spec.kind in ("code", "codes"):
            rule = None  # a known vocabulary code is plain text within its column
        if rule is not None and rule.kind == "text" and spec.kind == "str":
            plan[field] = (spec, rule, min(spec.max_len, rule.max_len),
                           hidden_chars(rule.lines))
        else:
            plan[field] = (spec, rule, 0, None)
    return plan


@lru_cache(maxsize=64)
def _op_day(day: int) -> dt.date:
    """The latest day a value written on UTC day `day` (since 1970) may call "today": that
    day plus one, for laptops east of UTC (China is UTC+8). Cached: a bundle's ops share
    few days."""
    return dt.date(1970, 1, 1) + dt.timedelta(days=day + 1)


# -- the fast path ------------------------------------------------------------------------
# Checking each field in Python costs more than parsing the op. A C decoder (msgspec)
# checks the type, length, UUID form and vocabulary of every field of an op at once; the
# checks it cannot express (text characters, floats, dates, the forms' rules) run here
# on the fields set. It only ever says "passes" or "not sure": an op it does not pass
# goes through _check_values, the one place that words a refusal. So it must never pass
# a value _check_values refuses (tests/sync/test_wire_fast.py).

_UUID_PATTERN = r"\A[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z"
PostCheck = Callable[[Any, dt.date], bool]


def _values_pass(table: str, values: dict[str, Any], today: dt.date) -> bool:
    struct, post = _fast_plan(table)
    try:
        msgspec.convert(values, struct)
    except (msgspec.ValidationError, ValueError):  # (a lone surrogate cannot be encoded)
        return False
    for field, check in post:
        value = values.get(field)
        if value is not None and not check(value, today):
            return False
    return True


@cache
def _fast_plan(table: str) -> tuple[type, tuple[tuple[str, PostCheck], ...]]:
    """The table's fields as a msgspec Struct (every field optional: an update sets a
    few), and the checks left to Python, per field."""
    fields, post = [], []
    for field, (spec, rule, text_cap, hidden) in _field_plan(table).items():
        fields.append((field, _fast_type(spec) | None | msgspec.UnsetType, msgspec.UNSET))
        check = _post_check(table, field, spec, rule, text_cap, hidden)
        if check is not None:
            post.append((field, check))
    struct = msgspec.defstruct(f"Fast_{table}", fields, forbid_unknown_fields=True)
    return struct, tuple(post)


def _fast_type(spec: FieldSpec) -> Any:
    kind = spec.kind
    if kind == "str":
        return Annotated[str, msgspec.Meta(max_length=spec.max_len)]
    if kind in ("code", "codes"):
        if not spec.codes:
            return Any  # no code is known: left to the post check, which never passes
        code = Literal[tuple(sorted(spec.codes))]  # type: ignore[valid-type]
        return code if kind == "code" else list[code]  # type: ignore[valid-type]
    if kind == "uuid":
        return Annotated[str, msgspec.Meta(pattern=_UUID_PATTERN)]
    if kind == "int":
        return Annotated[int, msgspec.Meta(gt=-(1 << 53), lt=1 << 53)]
    if kind == "date":
        return Annotated[str, msgspec.Meta(min_length=10, max_length=10)]
    return {"bool": bool, "float": float}[kind]


def _post_check(table: str, field: str, spec: FieldSpec, rule: Rule | None, text_cap: int,
                hidden: re.Pattern[str] | None) -> PostCheck | None:
    """What is left to check in Python for a field, once msgspec passed its type."""
    kind = spec.kind
    if hidden is not None:  # text with a text rule: the fast case of _check_values
        return lambda v, _day: len(v) <= text_cap and hidden.search(v) is None
    if kind in ("code", "codes") and not spec.codes:
        return lambda _v, _day: False
    own: PostCheck | None = {"codes": lambda v, _day: len(set(v)) == len(v),
                             "float": lambda v, _day: _check(spec, v) is None,
                             "date": lambda v, _day: _date_ok(v)}.get(kind)
    if rule is None:
        return own
    return lambda v, day: (own is None or own(v, day)) and _rule_ok(table, field, v, day)


@lru_cache(maxsize=4096)
def _date_ok(value: str) -> bool:
    """A bundle's dates repeat (a month of visits): each is parsed once."""
    return _check(FieldSpec("date"), value) is None


# Dates, durations and hours repeat: each is judged once per day. (typed: the value's
# type is the field's by then, but 1 and 1.0 must never share an answer.)
_cached_rule = lru_cache(maxsize=8192, typed=True)(check_stored)


def _rule_ok(table: str, field: str, value: Any, day: dt.date) -> bool:
    try:
        return _cached_rule(table, field, value, day)
    except TypeError:  # a value that cannot be a key (a list): judged without the cache
        return check_stored(table, field, value, day)


def _int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _check(spec: FieldSpec, value: Any) -> str | None:
    if value is None:
        return None
    kind = spec.kind
    if kind == "str":
        if not isinstance(value, str):
            return "not text"
        return "too long" if len(value) > spec.max_len else None
    if kind == "code":
        return None if isinstance(value, str) and value in spec.codes else \
            f"unknown code {value!r}"
    if kind == "codes":
        if not isinstance(value, list) or not all(isinstance(v, str) and v in spec.codes
                                                  for v in value):
            return "unknown codes"
        # The forms keep each code once, so a list is never longer than its vocabulary.
        return "repeated codes" if len(set(value)) != len(value) else None
    if kind == "uuid":
        return None if is_uuid(value) else "not a UUID"
    if kind == "bool":
        return None if isinstance(value, bool) else "not true/false"
    if kind == "int":
        return None if _int(value) and abs(value) < 1 << 53 else "not a whole number"
    if kind == "float":
        # Always written with a decimal point (2.0): stored as REAL it reads back a float,
        # and the op rebuilt from the record must be the op as its origin signed it.
        if type(value) is not float or not math.isfinite(value):
            return "not a number written with a decimal point"
        negative_zero = value == 0.0 and math.copysign(1.0, value) < 0  # reads back 0.0
        ok = not negative_zero
        return None if ok else "not a number written with a decimal point"
    if kind == "date":
        if not isinstance(value, str) or len(value) != 10:
            return "not a date"
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return "not a date"
        return None
    return "unsupported"


def _bad(number: int, en: str, zh: str) -> BundleRefused:
    return BundleRefused(
        f"The bundle is damaged or not from Shegong: operation {number} {en}. Nothing was "
        "imported.",
        f"同步文件已损坏或不是社工站助手生成的：第 {number} 条操作{zh}。未导入任何数据。")


def read_op(line: bytes, number: int) -> WireOp:
    """Parse a line whose checks run elsewhere (app.sync.checker): only what reaches
    the text of SQL statements, the table's and the fields' names, is checked here."""
    try:
        record = orjson.loads(line)
        table, values, prev = record["t"], record["f"], record.get("p", {})
        specs = schema()[table]
        if not (specs.keys() >= values.keys() and specs.keys() >= prev.keys()):
            raise KeyError(table)
        return WireOp(table, record["r"], record["h"], record["d"], record["s"],
                      record.get("c") == 1, values,
                      {f: (c[0], c[1]) for f, c in prev.items()}, line=line,
                      station=record.get("st"))
    except (orjson.JSONDecodeError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise _bad(number, "does not match the schema", "与数据结构不符") from exc
