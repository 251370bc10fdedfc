"""Roster import: the civil-affairs office's Excel list of recipients, into clients.

read_sheet → guess_columns → preview (good rows and bad rows with their sentences) →
import_roster (all good rows in one transaction). A person already registered with the
same ID number is updated and gains the category; importing the same file twice writes
nothing the second time.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.errors import ShegongError, ValidationError
from app.models import Client, ClientCategory
from app.models.vocab import CLIENT_CATEGORY, GENDER
from app.services.client_list import villages
from app.services.clients import (
    CategoryInput,
    ClientInput,
    new_client,
    update_profile,
    validate_client,
)
from app.services.common import local_setting
from app.store.database import Database

# Fields a roster column can fill, in the order a mapping screen shows them.
ROSTER_FIELDS = ("name", "id_number", "gender", "birth_date", "phone", "village",
                 "village_group", "address", "category")

_HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "户主姓名", "救助对象姓名", "对象姓名"),
    "id_number": ("身份证号", "身份证号码", "公民身份号码", "身份证", "证件号码"),
    "gender": ("性别",),
    "birth_date": ("出生日期", "出生年月", "出生年月日"),
    "phone": ("联系电话", "电话", "手机号码", "手机号", "手机", "电话号码"),
    "village": ("村(社区)", "村(居)", "所在村", "村名", "村", "社区", "村委会", "所在村(社区)"),
    "village_group": ("组", "村民小组", "小组", "屯"),
    "address": ("家庭住址", "住址", "地址", "居住地址", "现住址"),
    "category": ("类别", "救助类别", "人员类别", "对象类别", "保障类别"),
}

_CATEGORY_SHORT: dict[str, str] = {
    "低保": "minimum_allowance", "低保户": "minimum_allowance", "城乡低保": "minimum_allowance",
    "农村低保": "minimum_allowance", "城市低保": "minimum_allowance",
    "特困": "extreme_poverty", "特困供养": "extreme_poverty", "五保": "extreme_poverty",
    "五保户": "extreme_poverty", "特困供养人员": "extreme_poverty",
    "临时救助": "temporary_assistance",
    "孤儿": "orphan",
    "事实无人抚养": "unsupported_child", "事实无人抚养儿童": "unsupported_child",
    "留守儿童": "left_behind_child", "留守妇女": "left_behind_woman",
    "留守老人": "left_behind_elderly", "留守老年人": "left_behind_elderly",
    "困难老人": "elderly_in_difficulty", "特殊困难老人": "elderly_in_difficulty",
    "残疾": "disabled", "残疾人": "disabled",
    "流浪乞讨": "homeless", "流浪乞讨人员": "homeless",
}
_GENDER_WORDS = {"男": "male", "男性": "male", "女": "female", "女性": "female",
                 "m": "male", "f": "female"}


def _norm(text: str) -> str:
    """Header/label key: full-width brackets and digits to ASCII, no spaces, no '*'."""
    return "".join(unicodedata.normalize("NFKC", text).split()).replace("*", "").lower()


_CATEGORY_WORDS: dict[str, str] = {_norm(k): v for k, v in _CATEGORY_SHORT.items()}
for _t in CLIENT_CATEGORY:
    _CATEGORY_WORDS.setdefault(_norm(_t.code), _t.code)
    _CATEGORY_WORDS.setdefault(_norm(_t.zh), _t.code)
    _CATEGORY_WORDS.setdefault(_norm(_t.en), _t.code)


def category_code(value: str) -> str | None:
    """The CLIENT_CATEGORY code for a code, a Chinese label or a common short form."""
    return _CATEGORY_WORDS.get(_norm(value))


# -- reading the file -----------------------------------------------------------------------

@dataclass(frozen=True)
class Sheet:
    path: Path
    name: str
    sheet_names: tuple[str, ...]
    header_row: int  # as numbered in Excel
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (Excel row number, cells as text)
    # (row, column index) of numbers too long for Excel to keep every digit of
    lossy: frozenset[tuple[int, int]] = frozenset()


def _not_xlsx(path: Path) -> ShegongError:
    return ShegongError(
        f"{path.name} cannot be read as an Excel .xlsx workbook; open it in Excel or WPS "
        "and save it as .xlsx.",
        f"无法以 Excel .xlsx 工作簿读取 {path.name}，请用 Excel 或 WPS 打开后另存为 .xlsx 格式。",
    )


def read_sheet(path: Path | str, sheet: str | None = None) -> Sheet:
    """The sheet's header row and data rows as text (the first sheet when none is named)."""
    import openpyxl

    path = Path(path)
    if not path.is_file():
        raise ShegongError(f"There is no file {path}.", f"找不到文件 {path}。")
    if not zipfile.is_zipfile(path):
        raise _not_xlsx(path)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not xlsx
        raise _not_xlsx(path) from exc
    try:
        names = tuple(wb.sheetnames)
        if sheet is None:
            if not names:
                raise _not_xlsx(path)
            sheet = names[0]
        elif sheet not in names:
            listed = "、".join(names)
            raise ShegongError(
                f"The workbook has no sheet called “{sheet}”; its sheets are: "
                f"{', '.join(names)}.",
                f"工作簿中没有名为“{sheet}”的工作表，现有工作表：{listed}。")
        ws = wb[sheet]
        ws.reset_dimensions()  # some writers record wrong dimensions; read every row
        header_row = 0
        headers: tuple[str, ...] = ()
        rows: list[tuple[int, tuple[str, ...]]] = []
        lossy: set[tuple[int, int]] = set()
        for number, values in enumerate(ws.iter_rows(min_row=1, values_only=True), start=1):
            cells = tuple(_text(v) for v in values)
            lossy.update((number, i) for i, v in enumerate(values)
                         if isinstance(v, int | float) and not isinstance(v, bool)
                         and abs(v) >= _EXACT_LIMIT)
            if not header_row:
                if sum(1 for c in cells if c) >= 2:
                    header_row, headers = number, cells
                continue
            if any(cells):
                rows.append((number, cells))
    finally:
        wb.close()
    if not header_row:
        raise ShegongError(
            f"The sheet “{sheet}” has no header row (a row with at least two column names).",
            f"工作表“{sheet}”中没有表头行（至少有两个列名的一行）。")
    width = len(headers)
    rows = [(n, c[:width] + ("",) * (width - len(c))) for n, c in rows]
    return Sheet(path, sheet, names, header_row, headers, tuple(rows), frozenset(lossy))


# Excel keeps 15 significant digits of a number; doubles hold integers exactly to 2**53.
_EXACT_LIMIT = 10**15


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # ID and phone numbers Excel stored as numbers: digits, not 4.501e+17.
        return str(int(value)) if value.is_integer() else repr(value)
    return " ".join(str(value).split())


def guess_columns(headers: tuple[str, ...] | list[str]) -> dict[str, int]:
    """Field → column index for the headers recognised (the first column wins)."""
    mapping: dict[str, int] = {}
    keys = [_norm(h) for h in headers]
    for fname, aliases in _HEADER_ALIASES.items():
        wanted = {_norm(a) for a in aliases}
        for i, key in enumerate(keys):
            if key in wanted and i not in mapping.values():
                mapping[fname] = i
                break
    return mapping


# -- preview -------------------------------------------------------------------------------

@dataclass(frozen=True)
class GoodRow:
    row: int
    data: ClientInput  # validated, categories = (the row's category,)
    existing_id: str | None  # the live client with this ID number, to update

    @property
    def updates(self) -> bool:
        return self.existing_id is not None


@dataclass(frozen=True)
class BadRow:
    row: int
    en: str
    zh: str
    field: str | None = None

    def text(self, lang: str | None = None) -> str:
        return ShegongError(self.en, self.zh).text(lang)


@dataclass(frozen=True)
class RosterPreview:
    sheet: str
    mapping: dict[str, int]
    category: str | None
    good: tuple[GoodRow, ...]
    bad: tuple[BadRow, ...]
    # Fields the sheet fills, so an update never blanks what the roster does not hold.
    fields: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class RosterResult:
    created: int
    updated: int
    unchanged: int
    bad: tuple[BadRow, ...]

    def line(self) -> str:
        return (f"created {self.created} updated {self.updated} "
                f"unchanged {self.unchanged} bad {len(self.bad)}")


def check_category(code: str) -> str:
    found = code if code in CLIENT_CATEGORY else category_code(code)
    if found is None:
        raise ValidationError(
            "category", f"There is no client category “{code}”; use one of: "
            f"{', '.join(CLIENT_CATEGORY.codes())}.",
            f"没有“{code}”这一服务对象类别，可用：{'、'.join(CLIENT_CATEGORY.codes())}。")
    return found


_DATE_PARTS = re.compile(r"(\d{4})\D{1,2}(\d{1,2})(?:\D{1,2}(\d{1,2}))?\D?")


def _date_text(value: str) -> str | None:
    """ISO text for common date spellings; None for a year-month only; else as given."""
    text = unicodedata.normalize("NFKC", value).strip()
    if re.fullmatch(r"\d{8}", text):
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    m = _DATE_PARTS.fullmatch(text)
    if m is None:
        return text  # validate_client says what is wrong with it
    if m.group(3) is None:
        return None  # 出生年月 without the day: the ID number gives the full date
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"


def preview(db: Database, sheet: Sheet, mapping: dict[str, int],
            category: str | None, today: dt.date | None = None,
            new_villages: bool = False) -> RosterPreview:
    """Every row checked: good rows ready to import, bad rows with the sentence why.

    A village the station has no client in is a bad row (a misspelt village splits the
    station's figures) unless `new_villages` allows it, or the station has no villages yet.
    """
    for required, en, zh in (("name", "name", "姓名"), ("id_number", "ID number", "身份证号")):
        if required not in mapping:
            raise ShegongError(
                f"Choose the column that holds the {en}; rows are matched by ID number.",
                f"请指定“{zh}”所在的列（按身份证号匹配已登记的人员）。")
    default = check_category(category) if category else None
    candidates: list[tuple[int, ClientInput]] = []
    bad: list[BadRow] = []
    first_row: dict[str, int] = {}
    known = set() if new_villages else {_norm(v) for v in villages(db)}
    for number, cells in sheet.rows:
        try:
            data = _row_input(cells, mapping, default, today)
            _check_village(data.village, known)
        except ValidationError as err:
            if err.field == "id_number" and (number, mapping["id_number"]) in sheet.lossy:
                err = ValidationError(
                    "id_number",
                    "Excel stored this ID number as a number and lost its last digits; "
                    "format the column as text and type the number again.",
                    "Excel 把该身份证号存成了数字，末几位已丢失；"
                    "请把该列设置为“文本”格式后重新录入。")
            bad.append(BadRow(number, err.en, err.zh, err.field))
            continue
        assert data.id_number is not None
        if data.id_number in first_row:
            n = first_row[data.id_number]
            bad.append(BadRow(number, f"Same ID number as row {n}.",
                              f"与第 {n} 行身份证号重复。", "id_number"))
            continue
        first_row[data.id_number] = number
        candidates.append((number, data))
    existing = _existing_ids(db, [d.id_number for _, d in candidates if d.id_number])
    good = tuple(GoodRow(n, d, existing.get(d.id_number or "")) for n, d in candidates)
    filled = tuple(f for f in ROSTER_FIELDS if f in mapping and f != "category")
    return RosterPreview(sheet.name, dict(mapping), default, good,
                         tuple(sorted(bad, key=lambda b: b.row)), filled)


def _row_input(cells: tuple[str, ...], mapping: dict[str, int], default: str | None,
               today: dt.date | None) -> ClientInput:
    def cell(f: str) -> str:
        i = mapping.get(f)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    name = cell("name")
    if not name:
        raise ValidationError("name", "The name is missing.", "姓名为空。")
    raw_id = cell("id_number")
    if not raw_id:
        raise ValidationError("id_number", "The ID number is missing.", "身份证号为空。")
    code = default
    raw_cat = cell("category")
    if raw_cat:
        code = category_code(raw_cat)
        if code is None:
            raise ValidationError("category", f"Unknown category “{raw_cat}”.",
                                  f"无法识别的类别“{raw_cat}”。")
    if code is None:
        raise ValidationError("category", "The category is missing.", "类别为空。")
    raw_gender = cell("gender")
    gender = _GENDER_WORDS.get(raw_gender.lower(), raw_gender) if raw_gender else None
    if gender is not None and gender not in GENDER:
        raise ValidationError("gender", f"Unknown gender “{raw_gender}”; use 男 or 女.",
                              f"无法识别的性别“{raw_gender}”，请填写“男”或“女”。")
    birth = _date_text(cell("birth_date")) if cell("birth_date") else None
    data = ClientInput(
        name=name, id_number=raw_id, gender=gender, birth_date=birth,
        phone=cell("phone") or None, village=cell("village") or None,
        village_group=cell("village_group") or None, address=cell("address") or None,
        categories=(CategoryInput(code),))
    return validate_client(data, today=today)


def _check_village(village: str | None, known: set[str]) -> None:
    if village and known and _norm(village) not in known:
        raise ValidationError(
            "village",
            f"The village “{village}” is not one of the station's villages; check the "
            "spelling, or allow new villages to register it.",
            f"村(社区)“{village}”不在本站已有的村(社区)中；请核对名称，"
            "或选择“允许新的村(社区)”后再导入。")


def _existing_ids(db: Database, numbers: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    with db.read() as s:
        for chunk in _chunks(numbers):
            for cid, num in s.execute(select(Client.id, Client.id_number).where(
                    Client.id_number.in_(chunk), Client.void_reason.is_(None))
                    .order_by(Client.id)):  # UUIDv7: the earliest registered wins
                found.setdefault(num, cid)
    return found


def _chunks(items: list[str], size: int = 500) -> list[list[str]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


# -- import --------------------------------------------------------------------------------

def import_roster(db: Database, pv: RosterPreview) -> RosterResult:
    """All good rows in one transaction: update (and add the category) or register."""
    created = updated = unchanged = 0
    bad = list(pv.bad)
    with db.write() as s, s.no_autoflush:
        station_id = local_setting(s, "station_id")
        worker_id = local_setting(s, "worker_id")
        ids = [r.existing_id for r in pv.good if r.existing_id]
        clients: dict[str, Client] = {}
        cats: dict[str, set[str]] = {}
        for chunk in _chunks(ids):
            for c in s.scalars(select(Client).where(Client.id.in_(chunk))):
                clients[c.id] = c
            for cid, code in s.execute(select(ClientCategory.client_id, ClientCategory.category)
                                       .where(ClientCategory.client_id.in_(chunk),
                                              ClientCategory.void_reason.is_(None))):
                cats.setdefault(cid, set()).add(code)
        for r in pv.good:
            code = r.data.categories[0].category
            if r.existing_id is None:
                new_client(s, r.data, station_id, worker_id)  # its category: the row's
                created += 1
                continue
            client = clients[r.existing_id]
            changes = {f: getattr(r.data, f) for f in pv.fields
                       if getattr(r.data, f) is not None}
            try:
                update_profile(s, client.id, changes)
            except ValidationError as err:  # checked before anything is set: nothing changed
                bad.append(BadRow(r.row, err.en, err.zh, err.field))
                continue
            changed = s.is_modified(client)
            if code not in cats.get(client.id, set()):
                s.add(ClientCategory(client_id=client.id, category=code))
                cats.setdefault(client.id, set()).add(code)
                changed = True
            if changed:
                updated += 1
            else:
                unchanged += 1
    return RosterResult(created, updated, unchanged, tuple(sorted(bad, key=lambda b: b.row)))
