"""The roster import screen's helpers: column letters, preview counts, the rows with
problems written back to an .xlsx (from a real roster made here with openpyxl)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.errors import ShegongError
from app.models.validation import id_check_digit
from app.services.clients import CategoryInput, ClientInput, register_client
from app.services.roster import guess_columns, preview, read_sheet
from app.services.roster_ui_support import column_letter, preview_counts, write_problem_rows
from app.store.database import Database


def make_id(birth: str, seq: int) -> str:
    first17 = f"450122{birth}{seq:03d}"
    return first17 + id_check_digit(first17)


KNOWN = make_id("19600520", 31)
GOOD = make_id("19800101", 11)
BAD = GOOD[:17] + ("0" if GOOD[17] != "0" else "1")


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "特困"
    ws.append(["那龙镇特困供养人员名册"])
    ws.append(["序号", "姓名", "身份证号", "村(社区)"])
    ws.append([1, "韦大明", GOOD, "那龙村"])
    ws.append([2, "李四", BAD, "那龙村"])
    ws.append([3, "覃老三", KNOWN, "那龙村"])
    ws.append([4, "韦大明", GOOD, "那龙村"])
    path = tmp_path / "名册.xlsx"
    wb.save(path)
    return path


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == [
        "A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]
    with pytest.raises(ValueError):
        column_letter(-1)


def test_counts_and_problem_rows(db: Database, roster: Path, tmp_path: Path) -> None:
    register_client(db, ClientInput(name="覃老三", id_number=KNOWN, village="那龙村",
                                    categories=(CategoryInput("disabled"),)))
    sheet = read_sheet(roster)
    pv = preview(db, sheet, guess_columns(sheet.headers), "extreme_poverty")
    counts = preview_counts(pv)
    assert (counts.register, counts.update, counts.problems) == (1, 1, 2)

    out = write_problem_rows(tmp_path / "问题行.xlsx", sheet, pv.bad, "zh", "行号", "问题")
    ws = openpyxl.load_workbook(out).active
    assert ws.title == "特困"
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("行号", "问题", "序号", "姓名", "身份证号", "村(社区)")
    assert [r[0] for r in rows[1:]] == [4, 6]  # numbered as in the roster, not the file
    assert "校验位" in rows[1][1] and rows[1][3:] == ("李四", BAD, "那龙村")
    assert rows[2][1] == "与第 3 行身份证号重复。"
    assert isinstance(rows[2][4], str)  # an ID number stays text, every digit kept

    english = write_problem_rows(tmp_path / "bad.xlsx", sheet, pv.bad, "en", "Row", "Problem")
    rows = list(openpyxl.load_workbook(english).active.iter_rows(values_only=True))
    assert rows[2][1] == "Same ID number as row 3."


def test_an_unwritable_place_is_a_sentence(db: Database, roster: Path,
                                           tmp_path: Path) -> None:
    sheet = read_sheet(roster)
    pv = preview(db, sheet, guess_columns(sheet.headers), "extreme_poverty")
    with pytest.raises(ShegongError) as err:
        write_problem_rows(tmp_path / "没有这个文件夹" / "x.xlsx", sheet, pv.bad, "zh",
                           "行号", "问题")
    assert "x.xlsx" in err.value.zh and "x.xlsx" in err.value.en
