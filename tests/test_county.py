"""The county office of issue 12, through the command line: two stations' heads send
their months to the county office that admitted them; the county lists its stations,
writes the roll-up whose rows equal each station's own report, sends each head only
what belongs to its station, and refuses what no admitted head may send."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from county_world import (
    MONTH,
    STATIONS,
    County,
    admit_each_other,
    build_county,
    cli,
    clients_of,
    device_id,
    dump,
    make_head,
    ok,
    station_id,
)
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.models import Client, ReportVisitMonth
from app.paths import resolve_paths
from app.reports.county_report import COLUMNS
from app.reports.visit_months import LIGHT
from app.store.database import Database


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> County:
    return build_county(tmp_path_factory.mktemp("county"))


def test_the_county_imports_every_station_with_one_line_per_file(county: County) -> None:
    office = county.root / "office-again"
    ok(office, "init", "--county-office", "南宁市武鸣区民政局", "--device", "县局电脑")
    # A fresh office, admitted by nobody, holds no key to either file: refused per file.
    code, _, err = cli(office, "bundle", "import", *map(str, county.files))
    assert code != 0 and err.strip()
    assert ok(office, "stations") == ""

    # A folder of the month's files, and a damaged one among them: that one is refused
    # with its own line, the others are imported, and the exit status says so.
    folder = county.root / "inbox"
    folder.mkdir()
    for f in county.files:
        (folder / f.name).write_bytes(f.read_bytes())
    (folder / "0-damaged.shegong").write_bytes(county.files[0].read_bytes()[:-100])
    code, printed, err = cli(county.office, "bundle", "import", str(folder))
    assert code == 2 and err.startswith("0-damaged.shegong: ") and len(err.splitlines()) == 1
    lines = printed.splitlines()  # in the folder's order of names
    assert len(lines) == 2
    for name, *_rest in STATIONS:
        assert sum(f"station {name}" in line and "applied" in line for line in lines) == 1
    # The month is counted once the import is done: the stations list opens at once.
    db = Database(resolve_paths(county.office))
    try:
        with db.read() as s:
            kept = set(s.execute(select(ReportVisitMonth.month, ReportVisitMonth.version)
                                 .where(ReportVisitMonth.month == MONTH)).tuples())
    finally:
        db.close()
    assert kept == {(MONTH, LIGHT)}


def imported(county: County) -> None:
    """The stations' files are in (the import test may not have run first)."""
    ok(county.office, "bundle", "import", *map(str, county.files))


def test_stations_lists_each_station_with_its_month(county: County) -> None:
    imported(county)
    data = json.loads(ok(county.office, "stations", "--format", "json"))
    assert data["office"] == "南宁市武鸣区民政局" and data["month"] == MONTH
    by_name = {s["name"]: s for s in data["stations"]}
    assert set(by_name) == {name for name, *_ in STATIONS}
    for head in county.heads:
        own = json.loads(report(head, "json").read_text(encoding="utf-8"))
        line = by_name[own["station_name"]]
        assert line["station_id"] == station_id(head)
        assert line["visits"] == own["current"]["visits"] > 0
        assert line["lights"]["bundle"] == "green" and line["age_days"] == 0
    text = ok(county.office, "stations").splitlines()
    assert len(text) == 2 and all("bundle=ok" in t and "visits" in t for t in text)


def report(data: Path, fmt: str) -> Path:
    out = data.parent / f"{data.name}-report.{fmt}"
    ok(data, "report", "--month", MONTH, "--format", fmt, "--out", str(out))
    return out


def test_each_station_row_equals_that_stations_own_report(county: County) -> None:
    imported(county)
    roll = json.loads(report(county.office, "json").read_text(encoding="utf-8"))
    assert roll["kind"] == "county" and len(roll["stations"]) == 2
    rows = {s["id"]: s for s in roll["stations"]}
    for head in county.heads:
        own = json.loads(report(head, "json").read_text(encoding="utf-8"))["current"]
        row = rows[station_id(head)]
        for column in COLUMNS:
            if column.key in own:
                assert row[column.key] == own[column.key], column.key
        for key in ("clients_served_by_category", "cases_open_by_stage",
                    "activities_by_domain"):
            assert row[key] == own[key], key
        # Each worker's training this year, as the station's own year to date says it.
        ytd = json.loads(report(head, "json").read_text(encoding="utf-8"))["year_to_date"]
        trained = {w["name"]: w["value"] for w in ytd["training_by_worker"]}
        paces = {w["name"]: w["hours"] for w in roll["training"]
                 if w["station_id"] == station_id(head)}
        assert paces and all(paces[name] == hours for name, hours in trained.items()
                             if name in paces)
    for column in COLUMNS:
        assert roll["totals"][column.key] == pytest.approx(
            sum(r[column.key] for r in roll["stations"]))
    assert roll["silent_stations"] == []


def test_the_roll_up_as_xlsx_and_pdf(county: County, qapp: QApplication) -> None:
    # qapp: the pdf is drawn in this process; without a QApplication first, it would make
    # a QGuiApplication that the widget tests after it cannot use.
    from pypdf import PdfReader

    imported(county)
    roll = json.loads(report(county.office, "json").read_text(encoding="utf-8"))
    sheet = load_workbook(report(county.office, "xlsx")).worksheets[0]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert "南宁市武鸣区民政局" in str(values[0][0])
    head = values[2]
    visits_col = head.index("走访次数")
    named = {row[0]: row for row in values[3:]}
    for s in roll["stations"]:
        assert named[s["name"]][visits_col] == s["visits"]
    assert named["合计"][visits_col] == roll["totals"]["visits"]
    text = "".join(p.extract_text() for p in PdfReader(report(county.office, "pdf")).pages)
    assert "南宁市武鸣区民政局" in text
    for name, *_ in STATIONS:
        assert name in text


def test_a_head_receives_only_its_own_stations_records(county: County) -> None:
    imported(county)
    first, second = county.heads
    out = county.root / "down.shegong"
    ok(county.office, "bundle", "export", "--out", str(out), "--to", device_id(first))
    ok(first, "bundle", "import", str(out))
    assert clients_of(first) == {station_id(first)}
    assert station_id(second) not in dump(first)


def refused(county: County, bundle: Path) -> str:
    before = dump(county.office)
    code, out, err = cli(county.office, "bundle", "import", str(bundle))
    assert code != 0 and out == "" and len(err.strip().splitlines()) == 1, (out, err)
    assert dump(county.office) == before
    return err


def test_a_station_the_county_never_admitted_is_refused(county: County) -> None:
    imported(county)
    stranger = make_head(county.root, "太平镇社工站", "太平镇", "蒙秀英")
    ok(stranger, "keys", "trust", str(county.root / "office.card"), "--role", "county")
    ok(stranger, "demo", "--clients", "5", "--seed", "3")
    out = county.root / "stranger.shegong"
    ok(stranger, "bundle", "export", "--out", str(out), "--to", device_id(county.office))
    assert "太平镇站长的电脑" in refused(county, out) or "trust" in refused(county, out)


def test_a_head_writing_another_stations_records_is_refused(county: County) -> None:
    imported(county)
    first, second = county.heads
    db = Database(resolve_paths(first))
    try:  # a hostile head's laptop, using our own code to write into the other station
        with db.write() as s:
            s.add(Client(station_id=station_id(second), name="冒名者", village="双桥村"))
    finally:
        db.close()
    out = county.root / "forged.shegong"
    ok(first, "bundle", "export", "--out", str(out), "--to", device_id(county.office))
    assert "may not make" in refused(county, out)


def test_a_bundle_for_another_county_is_refused(county: County) -> None:
    imported(county)
    other = county.root / "other-office"
    ok(other, "init", "--county-office", "南宁市马山县民政局", "--device", "马山县局电脑")
    ok(other, "keys", "export", "--out", str(county.root / "other-office.card"))
    head = make_head(county.root, "白山镇社工站", "白山镇", "潘桂兰", county="南宁市马山县")
    admit_each_other(county.root, other, head)
    ok(head, "demo", "--clients", "5", "--seed", "4")
    out = county.root / "mashan.shegong"
    ok(head, "bundle", "export", "--out", str(out), "--to", device_id(other))
    refused(county, out)


def test_stations_is_for_a_county_office(county: County) -> None:
    code, out, err = cli(county.heads[0], "stations")
    assert code == 2 and out == "" and "county office" in err
