"""Roster import from a real .xlsx made here with openpyxl."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select, text

from app.cli import main
from app.errors import ShegongError
from app.models import Client, ClientCategory
from app.models.validation import id_check_digit
from app.services.clients import CategoryInput, ClientInput, client_input, register_client
from app.services.roster import guess_columns, import_roster, preview, read_sheet
from app.store.database import Database

HEADERS = ["姓名", "身份证号", "性别", "出生日期", "联系电话", "村(社区)", "家庭住址", "类别"]
INIT = ["init", "--station", "那龙镇社工站", "--county", "南宁市武鸣区", "--township", "那龙镇",
        "--device", "韦丽的电脑", "--worker", "韦丽"]


def make_id(birth: str, seq: int, region: str = "450122", no_x: bool = False) -> str:
    while True:
        first17 = f"{region}{birth}{seq:03d}"
        digit = id_check_digit(first17)
        if not (no_x and digit == "X"):
            return first17 + digit
        seq += 2  # keep the gender


def write_xlsx(path: Path, rows: list[list[object]], title: str | None = "那龙镇低保名册",
               sheet: str = "低保") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    if title:
        ws.append([title])  # one cell: a title, not the header row
    ws.append(HEADERS)
    for r in rows:
        ws.append(r)
    wb.create_sheet("说明").append(["本表由民政办提供"])
    wb.save(path)
    return path


def exact_as_number(birth: str) -> str:
    """An ID number a double holds exactly (a multiple of 64 near 4.5e17), even 17th digit."""
    for region in range(450100, 450200):
        for seq in range(0, 1000, 2):
            number = make_id(birth, seq, str(region))
            if number[-1] != "X" and int(number) % 64 == 0:
                return number
    raise AssertionError("no such number")


MAN = make_id("19800101", 11)  # odd 17th digit: male
WOMAN_NUM = exact_as_number("19750315")  # stored by Excel as a number, every digit kept
LOST = make_id("19700101", 61, no_x=True)  # stored as a number, last digits lost
KNOWN = make_id("19600520", 31)
BAD_CHECK = MAN[:17] + ("0" if MAN[17] != "0" else "1")


def fixture_rows() -> list[list[object]]:
    return [
        # row 3: good, the date as Excel stores it
        ["韦大明", MAN, "男", dt.datetime(1980, 1, 1), "138 1234 5678", "那龙村", "那龙村3组",
         None],
        # row 4: good, the ID number stored as a number
        ["黄秀英", int(WOMAN_NUM), "女", "1975-03-15", 13912345678, "东风村", None, "低保"],
        # row 5: bad ID number
        ["李四", BAD_CHECK, "男", None, None, "那龙村", None, None],
        # row 6: no name
        [None, make_id("19900101", 41), None, None, None, "那龙村", None, None],
        [None, None, None, None, None, None, None, None],  # row 7: blank, skipped
        # row 8: unknown category
        ["王五", make_id("19850101", 51), None, None, None, "那龙村", None, "外星人"],
        # row 9: same ID number as row 3
        ["韦大明", MAN, "男", None, None, "那龙村", None, None],
        # row 10: already registered: new phone and address, gains the category
        ["覃老三", KNOWN, "男", "1960-05-20", "13700001111", "那龙村", "新街12号", None],
        # row 11: an ID number Excel stored as a number too long to keep (bad)
        ["蒙六", int(LOST), None, None, None, "那龙村", None, None],
    ]


def sync_ops(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM sync_op")).scalar_one()


def test_guess_columns_knows_common_headers() -> None:
    headers = ["序号", "姓名", "公民身份号码", "性别", "出生年月", "手机号码", "村（社区）",
               "村民小组", "住址", "救助类别"]
    assert guess_columns(headers) == {
        "name": 1, "id_number": 2, "gender": 3, "birth_date": 4, "phone": 5, "village": 6,
        "village_group": 7, "address": 8, "category": 9}
    assert guess_columns(["身份证号码", "所在村", "组", "电话"]) == {
        "id_number": 0, "village": 1, "village_group": 2, "phone": 3}


def test_read_sheet_finds_header_dates_and_number_ids(tmp_path: Path) -> None:
    sheet = read_sheet(write_xlsx(tmp_path / "r.xlsx", fixture_rows()))
    assert sheet.name == "低保" and sheet.sheet_names == ("低保", "说明")
    assert sheet.header_row == 2 and list(sheet.headers) == HEADERS
    assert [n for n, _ in sheet.rows] == [3, 4, 5, 6, 8, 9, 10, 11]
    assert sheet.rows[0][1][3] == "1980-01-01"
    assert sheet.rows[1][1][1] == WOMAN_NUM and sheet.rows[1][1][4] == "13912345678"


def test_read_sheet_refuses_bad_files(tmp_path: Path) -> None:
    fake = tmp_path / "名册.xlsx"
    fake.write_text("姓名,身份证号\n", encoding="utf-8")
    with pytest.raises(ShegongError) as err:
        read_sheet(fake)
    assert "xlsx" in err.value.en and "xlsx" in err.value.zh
    good = write_xlsx(tmp_path / "r.xlsx", fixture_rows())
    with pytest.raises(ShegongError) as err:
        read_sheet(good, "特困")
    assert "低保" in err.value.en and "特困" in err.value.zh
    assert read_sheet(good, "低保").name == "低保"


def test_preview_and_import(db: Database, tmp_path: Path) -> None:
    known_id = register_client(db, ClientInput(
        name="覃老三", id_number=KNOWN, phone="13700002222", village="那龙村",
        categories=(CategoryInput("disabled"),)))
    sheet = read_sheet(write_xlsx(tmp_path / "r.xlsx", fixture_rows()))
    # The station has clients in 那龙村 only: 东风村 may be a misspelling.
    strict = preview(db, sheet, guess_columns(sheet.headers), "extreme_poverty")
    assert [g.row for g in strict.good] == [3, 10]
    unknown = next(b for b in strict.bad if b.row == 4)
    assert unknown.field == "village" and "东风村" in unknown.zh and "东风村" in unknown.en
    pv = preview(db, sheet, guess_columns(sheet.headers), "extreme_poverty",
                 new_villages=True)

    assert [g.row for g in pv.good] == [3, 4, 10]
    assert [g.existing_id for g in pv.good] == [None, None, known_id]
    assert pv.good[1].data.categories[0].category == "minimum_allowance"
    assert pv.good[0].data.phone == "13812345678" and pv.good[0].data.gender == "male"
    bad = {b.row: b for b in pv.bad}
    assert sorted(bad) == [5, 6, 8, 9, 11]
    assert "lost its last digits" in bad[11].en and "文本" in bad[11].zh
    assert "check digit" in bad[5].en and "校验位" in bad[5].zh
    assert bad[6].field == "name"
    assert "外星人" in bad[8].zh and bad[8].field == "category"
    assert bad[9].zh == "与第 3 行身份证号重复。"

    result = import_roster(db, pv)
    assert (result.created, result.updated, result.unchanged, len(result.bad)) == (2, 1, 0, 5)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Client)) == 3
        assert s.scalar(select(func.count()).where(Client.id_number == KNOWN)) == 1
    known = client_input(db, known_id)
    assert known.phone == "13700001111" and known.address == "新街12号"
    assert known.village == "那龙村"
    assert {c.category for c in known.categories} == {"disabled", "extreme_poverty"}

    # The same file again: nothing changes, not even a sync op.
    ops = sync_ops(db)
    pv2 = preview(db, read_sheet(sheet.path), guess_columns(sheet.headers), "extreme_poverty")
    assert all(g.updates for g in pv2.good)
    again = import_roster(db, pv2)
    assert (again.created, again.updated, again.unchanged, len(again.bad)) == (0, 0, 3, 5)
    assert sync_ops(db) == ops


def test_unknown_category_code_refused(db: Database, tmp_path: Path) -> None:
    sheet = read_sheet(write_xlsx(tmp_path / "r.xlsx", fixture_rows()))
    with pytest.raises(ShegongError):
        preview(db, sheet, guess_columns(sheet.headers), "martians")


def test_300_rows(db: Database, tmp_path: Path) -> None:
    rows: list[list[object]] = []
    for i in range(300):
        birth = dt.date(1940, 1, 1) + dt.timedelta(days=i * 37)
        rows.append([f"居民{i}", make_id(birth.strftime("%Y%m%d"), 100 + i % 800), None,
                     None, None, f"第{i % 7}村", None, None])
    sheet = read_sheet(write_xlsx(tmp_path / "big.xlsx", rows, title=None))
    first = import_roster(db, preview(db, sheet, guess_columns(sheet.headers), "低保"))
    assert (first.created, len(first.bad)) == (300, 0)
    ops = sync_ops(db)
    second = import_roster(db, preview(db, sheet, guess_columns(sheet.headers), "低保"))
    assert (second.created, second.updated, second.unchanged) == (0, 0, 300)
    assert sync_ops(db) == ops
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ClientCategory)) == 300


def test_cli_import_roster(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), *INIT]) == 0
    capsys.readouterr()
    xlsx = write_xlsx(tmp_path / "r.xlsx", fixture_rows())
    run = ["--data-dir", str(data), "import-roster", str(xlsx)]

    assert main([*run, "--category", "minimum_allowance"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "created 3 updated 0 unchanged 0 bad 5"
    assert [line.split(":")[0] for line in lines[:-1]] == [
        "row 5", "row 6", "row 8", "row 9", "row 11"]
    assert main([*run, "--category", "minimum_allowance", "--sheet", "低保"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "created 0 updated 0 unchanged 3 bad 5"

    assert main([*run, "--category", "martians"]) == 2
    assert main([*run, "--category", "orphan", "--sheet", "没有"]) == 2
    err = capsys.readouterr().err
    assert "martians" in err and "没有" in err
    not_xlsx = tmp_path / "roster.xls"
    not_xlsx.write_bytes(b"\xd0\xcf\x11\xe0 old excel")
    assert main(["--data-dir", str(data), "import-roster", str(not_xlsx),
                 "--category", "orphan"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "xlsx" in err[0]
