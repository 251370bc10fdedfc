"""The monthly report in Excel, re-opened with openpyxl: the summary's numbers against
counts made here from the records created, and every ledger row against those records."""

from __future__ import annotations

import datetime as dt
import io
import math
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from test_report_figures import OCT, SEP, YTD, World, expected, within

from app.errors import OutputRefused
from app.models import Worker
from app.models.validation import id_check_digit
from app.models.vocab import (
    ACTIVITY_KIND,
    CLIENT_CATEGORY,
    DELIVERY_MODE,
    NEED_LEVEL,
    SERVICE_DOMAIN,
    SERVICE_TYPE,
    VISIT_MODE,
)
from app.reports import sections, xlsx_stream
from app.reports.figures import monthly_figures
from app.reports.xlsx_report import write_xlsx
from app.reports.xlsx_stream import StreamedSheet, rewrite
from app.services.station import (
    SupervisionInput,
    TrainingInput,
    record_supervision,
    record_training,
)
from app.services.voids import void_record
from app.store.database import Database

D = dt.date
ZH_SHEETS = ["月报汇总", "服务对象台账", "走访台账", "活动台账", "督导台账", "培训台账"]


def id_number(birth: D, sequence: int) -> str:
    """A valid resident ID number (odd sequence: a man)."""
    first17 = f"450122{birth:%Y%m%d}{sequence:03d}"
    return first17 + id_check_digit(first17)


class Month(World):
    """World's records, plus what only the ledgers show about each person."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.people: dict[str, dict] = {}
        self.supervision_rows: list[tuple] = []
        self.training_rows: list[tuple] = []

    def person(self, name: str, cats: tuple[str, ...], birth: D, number: str | None,
               village: str, group: str, gender: str = "female") -> str:
        cid = self.client(name, *cats, birth_date=birth, id_number=number, gender=gender,
                          village=village, village_group=group)
        self.people[cid] = dict(name=name, birth=birth, number=number, village=village,
                                group=group, gender=gender, cats=cats)
        return cid


@pytest.fixture
def month(db: Database) -> Month:
    w = Month(db)
    a = w.person("黄小梅", ("unsupported_child", "left_behind_child"), D(2015, 3, 15),
                 id_number(D(2015, 3, 15), 2), "那龙村", "第3村民小组")
    b = w.person("李阿婆", ("left_behind_elderly", "elderly_in_difficulty"), D(1948, 11, 2),
                 id_number(D(1948, 11, 2), 4), "东风村", "第1村民小组")
    c = w.person("陆大伯", ("disabled", "minimum_allowance"), D(1960, 1, 20),
                 id_number(D(1960, 1, 20), 11), "东风村", "第2村民小组", gender="male")
    d = w.person("蒙小东", ("orphan",), D(2012, 9, 9), None, "那龙村", "第3村民小组")
    e = w.person("韦有才", ("extreme_poverty",), D(1955, 5, 5), None, "三联村", "第5村民小组")
    ghost = w.person("重复登记", ("minimum_allowance",), D(1970, 1, 1), None, "那龙村", "")

    # Six live visits in October (one date each, so the ledger's order is the dates').
    w.visit(c, D(2026, 10, 1), "station", ("覃海燕", "韦丽"), ("low", "none", "high"),
            ("benefit_application",), minutes=30)
    w.visit(a, D(2026, 10, 3), "home", ("韦丽", "覃海燕"), ("high", "high", "medium"),
            ("emotional_support", "education_support"), minutes=60,
            followup=D(2026, 11, 3))
    w.visit(b, D(2026, 10, 8), "elsewhere", ("覃海燕",), minutes=20)
    w.visit(c, D(2026, 10, 15), "home", ("韦丽",), ("high", "high", "high"),
            ("material_help",), minutes=90, followup=D(2026, 12, 1))
    w.visit(a, D(2026, 10, 20), "phone", ("韦丽",), ("medium", "high", "high"),
            ("emotional_support",), minutes=15)
    w.visit(b, D(2026, 10, 31), "home", ("覃海燕",), ("high", "low", "none"),
            ("daily_care", "safety_check", "policy_advice"), minutes=45)
    w.visit(c, D(2026, 10, 16), "home", minutes=40, void=True)  # voided: never shows
    w.visit(ghost, D(2026, 10, 15), "home", minutes=10)  # of a voided client
    w.visit(d, D(2026, 9, 12), "home", minutes=50)  # d's last visit before October
    w.visit(e, D(2026, 9, 30), "home", ("韦丽",), ("high", "none", "none"), ("referral",))
    w.visit(b, D(2026, 9, 10), "phone", ("覃海燕",), minutes=10)
    w.visit(e, D(2026, 11, 1), "home", minutes=25)  # after the month

    w.activity(D(2026, 10, 9), "community", "elderly_care", (b, d, a), (2.5, 3.0))
    # Streamed after the template row: its place must survive XML escaping.
    w.activity(D(2026, 10, 25), "group", "child_care", (a, ghost), (1.5,),
               title="儿童安全小组", place="村委会<二楼>&礼堂")
    w.activity(D(2026, 10, 26), "group", "child_care", (c, e), (4.0,), void=True)
    w.activity(D(2026, 9, 5), "community", None, (e,), (2.0,))

    void_record(w.db, "client", ghost, "registered twice")
    del w.clients[ghost], w.people[ghost]

    for day, hours, form, who, topics in [
            (D(2026, 10, 12), 8.0, "offline", "覃海燕", "个案督导：困境儿童"),
            (D(2026, 10, 14), 8.0, "offline", "覃海燕", "个案督导：困境儿童（第二天）"),
            (D(2026, 10, 28), 3.5, "online", None, "服务记录规范"),
            (D(2026, 9, 14), 8.0, "offline", None, "小组工作"),
            (D(2026, 9, 15), 8.0, "offline", None, "小组工作（第二天）")]:
        record_supervision(w.db, SupervisionInput(
            day, hours, supervisor_id=w.workers[who] if who else None, form=form,
            topics=topics, cases_discussed="黄小梅个案", follow_ups="按时回访"))
        w.supervision.append((day, hours))
        w.supervision_rows.append((day, who, hours, form, topics))
    sid = record_supervision(w.db, SupervisionInput(D(2026, 10, 13), 10.0, topics="个案研讨"))
    void_record(w.db, "supervision_session", sid, "wrong date")

    for name, day, hours, mode in [("韦丽", D(2026, 10, 18), 2.5, "online"),
                                   ("韦丽", D(2026, 10, 8), 6.0, "offline"),
                                   ("覃海燕", D(2026, 10, 8), 6.0, "offline"),
                                   ("覃海燕", D(2026, 9, 1), 12.0, "offline")]:
        record_training(w.db, TrainingInput(w.workers[name], day, hours, mode=mode,
                                            provider="市社会工作协会", topic="个案管理",
                                            certificate="结业证书"))
        w.training.append((name, day, hours))
        w.training_rows.append((day, name, hours, mode))
    tid = record_training(w.db, TrainingInput(w.workers["韦丽"], D(2026, 10, 9), 30.0,
                                              topic="重复"))
    void_record(w.db, "training_record", tid, "entered twice")
    return w


@pytest.fixture
def saved(month: Month, tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    out = write_xlsx(month.db, monthly_figures(month.db, "2026-10"), folder / "十月.xlsx")
    assert list(folder.iterdir()) == [out]  # no .part left behind
    return out


@pytest.fixture
def book(saved: Path) -> openpyxl.Workbook:
    out = saved
    with zipfile.ZipFile(out) as z:  # every part is well-formed XML
        for name in z.namelist():
            if name.endswith((".xml", ".rels")):
                ElementTree.fromstring(z.read(name))
    return openpyxl.load_workbook(out)


def data_rows(ws: Worksheet) -> list[tuple]:
    return list(ws.iter_rows(min_row=2, values_only=True))


def day(value: D | None) -> dt.datetime | None:
    return dt.datetime.combine(value, dt.time()) if value else None


def label(vocab, code: str | None) -> str | None:
    return vocab.label(code, "zh") if code else None


def joined(vocab, codes) -> str | None:
    return "、".join(t.zh for t in vocab if t.code in codes) or None


# -- the summary -------------------------------------------------------------------------------

def summary_lines(ws: Worksheet) -> dict[tuple[str, str], tuple]:
    """(section title, line label) -> (unit, this month, last month, year to date)."""
    lines, section = {}, ""
    for label_, unit, *values in ws.iter_rows(min_row=5, max_col=5, values_only=True):
        if label_ and unit is None and values == [None, None, None]:
            section = label_
        elif unit is not None:
            lines[(section, label_)] = (unit, *values)
    return lines


def test_summary_numbers_match_the_records(month: Month, book: openpyxl.Workbook) -> None:
    assert book.sheetnames == ZH_SHEETS
    ws = book["月报汇总"]
    assert "那龙镇社工站" in ws["A1"].value and "2026年10月" in ws["A1"].value
    assert ws["A1"].font.b and "A1:E1" in {str(r) for r in ws.merged_cells.ranges}
    assert [c.value for c in ws[4]] == ["项目", "单位", "本月", "上月", "本年累计"]
    lines = summary_lines(ws)
    want = [expected(month, period) for period in (OCT, SEP, YTD)]

    def check(section: str, line: str, unit: str, values: list) -> None:
        got = lines[(sections.text(section, "zh"), line)]
        assert got == (unit, *values), line
        assert all(isinstance(v, int | float) for v in got[1:])

    check("s_clients", sections.text("people_served", "zh"), "人",
          [w["people_served"] for w in want])
    assert [w["people_served"] for w in want] == [4, 3, 5]  # a b c d / b d e / all five
    check("s_visits", sections.text("visits", "zh"), "次", [w["visits"] for w in want])
    for code in VISIT_MODE.codes():
        check("s_visits", VISIT_MODE.label(code, "zh"), "次",
              [w["visits_by_mode"][code] for w in want])
    check("s_activities", sections.text("volunteer_hours", "zh"), "小时",
          [w["volunteer_hours"] for w in want])
    check("s_staff", sections.text("supervision_hours", "zh"), "小时",
          [w["supervision_hours"] for w in want])
    check("s_staff", sections.text("training_hours", "zh"), "小时",
          [w["training_hours"] for w in want])
    assert [w["training_hours"] for w in want] == [14.5, 12.0, 26.5]


def test_summary_prints_on_a4(book: openpyxl.Workbook) -> None:
    ws = book["月报汇总"]
    assert ws.freeze_panes == "A5"  # below the header row
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert ws.page_setup.orientation == "portrait" and ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$4:$4"
    last = ws.max_row
    assert ws.print_area == f"'月报汇总'!$A$1:$E${last}"
    signature = " ".join(str(c.value) for row in ws.iter_rows(min_row=last - 1) for c in row
                         if c.value)
    assert "站长（签字）" in signature and "日期" in signature and "填报人" in signature
    header = ws[4]
    assert all(c.font.b and c.fill.fgColor.rgb.endswith("DDEBF7") for c in header)
    assert all(c.border.left.style == "thin" for c in header)
    assert ws.column_dimensions["A"].width >= 2 * len("服务总人数（每人只计一次）")


# -- the ledgers -------------------------------------------------------------------------------

def test_visits_ledger_has_the_live_visits_of_the_month(month: Month, saved: Path,
                                                        book: openpyxl.Workbook) -> None:
    ws = book["走访台账"]
    names = {v: k for k, v in month.workers.items()}
    assert names  # the lead worker's name comes from the workers
    live = sorted((v for v in month.visits if within(v["day"], OCT)
                   and v["client"] in month.clients), key=lambda v: v["day"])
    assert len(live) == 6
    want = [(day(v["day"]), month.people[v["client"]]["name"],
             month.people[v["client"]]["village"], v["lead"], label(VISIT_MODE, v["mode"]),
             v["minutes"], *(label(NEED_LEVEL, lv) for lv in v["levels"]),
             joined(SERVICE_TYPE, v["services"]), day(v["followup"])) for v in live]
    assert data_rows(ws) == want
    assert ws.dimensions == f"A1:K{len(want) + 1}"
    # Readers that stream a sheet trust its dimension: it must count the streamed rows.
    streamed = openpyxl.load_workbook(saved, read_only=True)["走访台账"]
    assert streamed.max_row == len(want) + 1
    assert [r[:2] for r in streamed.iter_rows(min_row=2, values_only=True)] == [
        r[:2] for r in want]
    for row in ws.iter_rows(min_row=2):  # the template row and the streamed ones alike
        assert isinstance(row[0].value, dt.datetime) and row[0].number_format == "yyyy-mm-dd"
        assert isinstance(row[5].value, int) and row[5].number_format == "0"
        assert all(c.border.left.style == "thin" for c in row)
    assert ws["K3"].value == dt.datetime(2026, 11, 3) and ws["K3"].is_date
    assert ws.freeze_panes == "A2" and ws.print_title_rows == "$1:$1"
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert all(c.font.b and c.fill.fill_type == "solid" for c in ws[1])


def test_clients_ledger_shows_masked_id_numbers(month: Month, book: openpyxl.Workbook,
                                               saved: Path) -> None:
    ws = book["服务对象台账"]
    end = OCT[1]
    rows = {r[0]: r for r in data_rows(ws)}
    assert list(rows) == ["黄小梅", "李阿婆", "陆大伯", "蒙小东"]  # in pinyin order
    for cid, p in month.people.items():
        visits = [v["day"] for v in month.visits if v["client"] == cid]
        in_month = [d for d in visits if within(d, OCT)]
        acts = sum(1 for a in month.activities if within(a["day"], OCT) and cid in a["people"])
        if not in_month and not acts:
            assert p["name"] not in rows
            continue
        age = end.year - p["birth"].year - ((end.month, end.day) < (p["birth"].month,
                                                                      p["birth"].day))
        number = p["number"]
        masked = number[:4] + "**********" + number[-4:] if number else None
        last = max(d for d in visits if d <= end)
        assert rows[p["name"]] == (
            p["name"], "男" if p["gender"] == "male" else "女", age, masked, p["village"],
            p["group"], joined(CLIENT_CATEGORY, p["cats"]), len(in_month), acts, day(last))
    assert rows["蒙小东"][-1] == dt.datetime(2026, 9, 12)  # served at an activity only
    # A report leaves the laptop: no whole ID number anywhere in the file.
    with zipfile.ZipFile(saved) as z:
        raw = b"".join(z.read(name) for name in z.namelist())
    assert all(p["number"].encode() not in raw for p in month.people.values() if p["number"])


def test_activity_supervision_and_training_ledgers(month: Month,
                                                   book: openpyxl.Workbook) -> None:
    acts = [a for a in month.activities if within(a["day"], OCT)]
    assert data_rows(book["活动台账"]) == [
        (day(a["day"]), a["title"], label(ACTIVITY_KIND, a["kind"]),
         label(SERVICE_DOMAIN, a["domain"]), a["place"],
         sum(1 for p in a["people"] if p in month.clients), sum(a["volunteers"]))
        for a in sorted(acts, key=lambda a: a["day"])]
    assert book["活动台账"]["E3"].value == "村委会<二楼>&礼堂"
    assert data_rows(book["督导台账"]) == [
        (day(d), who, hours, label(DELIVERY_MODE, form), topics, "黄小梅个案", "按时回访")
        for d, who, hours, form, topics in sorted(month.supervision_rows) if within(d, OCT)]
    # By date, then by name: 覃 before 韦 (in pinyin, qin before wei, too).
    assert data_rows(book["培训台账"]) == [
        (day(d), name, hours, label(DELIVERY_MODE, mode), "市社会工作协会", "个案管理", "结业证书")
        for d, name, hours, mode in sorted(month.training_rows) if within(d, OCT)]
    assert [r[1] for r in data_rows(book["培训台账"])] == ["覃海燕", "韦丽", "韦丽"]


def test_english_workbook(month: Month, tmp_path: Path) -> None:
    report = monthly_figures(month.db, "2026-10")
    book = openpyxl.load_workbook(write_xlsx(month.db, report, tmp_path / "oct.xlsx", "en"))
    assert book.sheetnames == ["Summary", "Clients served", "Visits", "Activities",
                               "Supervision", "Training"]
    assert [c.value for c in book["Summary"][4]] == [
        "Item", "Unit", "This month", "Last month", "Year to date"]
    assert book["Visits"]["E2"].value == "At the station"
    assert book["Clients served"]["B2"].value == "Female"


def test_odd_text_is_shown_as_typed(db: Database, tmp_path: Path) -> None:
    """A name that looks like a formula stays text; a pasted control character (which
    XML cannot hold) is dropped, in the summary, the template row and streamed rows."""
    w = World(db)
    with db.write() as s:
        s.add(Worker(name="农\x0b金凤", role="worker", active=True))
    with db.read() as s:
        w.workers = {wk.name: wk.id for wk in s.scalars(select(Worker))}
    odd = w.client('=HYPERLINK("http://x","点我")', "orphan")
    w.visit(odd, D(2026, 10, 2), minutes=5, workers=("农\x0b金凤",))
    w.visit(odd, D(2026, 10, 3), minutes=6, workers=("农\x0b金凤",))  # streamed
    book = openpyxl.load_workbook(write_xlsx(
        db, monthly_figures(db, "2026-10"), tmp_path / "r.xlsx"))
    rows = list(book["走访台账"].iter_rows(min_row=2))
    assert [(r[1].value, r[1].data_type, r[3].value) for r in rows] == [
        ('=HYPERLINK("http://x","点我")', "s", "农金凤")] * 2
    labels = [c.value for c in book["月报汇总"]["A"]]
    assert sections.text("by_worker", "zh") % "农金凤" in labels


def test_an_empty_month_has_headers_only(db: Database, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(
        write_xlsx(db, monthly_figures(db, "2026-10"), tmp_path / "r.xlsx"))
    for name in ZH_SHEETS[1:]:
        assert book[name].max_row == 1 and book[name]["A1"].value


# -- writing -----------------------------------------------------------------------------------

def test_a_missing_folder_is_refused_and_nothing_is_left(db: Database, tmp_path: Path) -> None:
    report = monthly_figures(db, "2026-10")
    with pytest.raises(OutputRefused):
        write_xlsx(db, report, tmp_path / "nowhere" / "r.xlsx")
    assert not (tmp_path / "nowhere").exists() and not list(tmp_path.rglob("*.part"))


def test_a_failure_half_way_keeps_the_old_file(month: Month, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "r.xlsx"
    target.write_bytes(b"last month's report")
    real = xlsx_stream._rows_xml

    def broken(*args, **kw):
        yield from real(*args, **kw)
        raise OSError("disk full")

    monkeypatch.setattr(xlsx_stream, "_rows_xml", broken)
    with pytest.raises(OSError, match="disk full"):
        write_xlsx(month.db, monthly_figures(month.db, "2026-10"), target)
    assert target.read_bytes() == b"last month's report"
    assert list(target.parent.iterdir()) == [target]


def test_streamed_cells_read_back_as_written() -> None:
    """Every kind of value, after a template row whose styles the streamed rows reuse."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["text", "number", "date", "shown"])
    ws.append(["first", 1, D(2026, 10, 1), "a"])
    ws["B2"].number_format = "0.0#"
    ws["C2"].number_format = "yyyy-mm-dd"
    template = io.BytesIO()
    wb.save(template)
    rows = [("a&b<c>d", 2.25, D(2026, 10, 31), "b"), ("x\x01y\x0b", True, None, None),
            ("  spaced ", math.nan, D(1900, 3, 1), "a"), ("", -7, D(2026, 1, 1), "c"),
            ("長い名前𠀀", 10**12, D(2026, 2, 28), "b")]
    out = io.BytesIO()
    rewrite(template.getvalue(), out, [StreamedSheet(
        ws.path.lstrip("/"), iter(rows), (None, None, None, str.upper), 2 + len(rows))])
    assert openpyxl.load_workbook(io.BytesIO(out.getvalue()), read_only=True).active.max_row == 7
    back = openpyxl.load_workbook(io.BytesIO(out.getvalue()))
    ws = back.active
    assert ws.dimensions == "A1:D7"
    assert list(ws.iter_rows(min_row=3, values_only=True)) == [
        ("a&b<c>d", 2.25, dt.datetime(2026, 10, 31), "B"), ("xy", True, None, None),
        ("  spaced ", None, dt.datetime(1900, 3, 1), "A"), (None, -7, dt.datetime(2026, 1, 1), "C"),
        ("長い名前𠀀", 10**12, dt.datetime(2026, 2, 28), "B")]
    for row in ws.iter_rows(min_row=3):
        assert row[1].number_format == "0.0#" and row[2].number_format == "yyyy-mm-dd"
