"""A county office whose data lives in PostgreSQL (issue 12), through the command line,
beside one on SQLite that receives the very same files: two stations' heads (SQLite,
real keys, `shegong demo`) send their months to both offices; both print the same
import lines, the same `state dump`, the same `stations` and the same roll-up; a head
and the PostgreSQL office converge after exchanging both ways; and the office on
PostgreSQL refuses what the one on SQLite refuses, changing nothing."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from county_world import (
    MONTH,
    STATIONS,
    cli,
    clients_of,
    device_id,
    dump,
    make_head,
    ok,
    station_id,
)
from pg_server import PgServer

from app.models import Client
from app.paths import resolve_paths
from app.store.database import Database

OFFICE = "南宁市武鸣区民政局"


@dataclass
class Offices:
    root: Path
    sqlite: Path  # the office with its data in the folder
    pg: Path  # the office with its data in PostgreSQL
    heads: list[Path]
    files: list[Path]
    lines: dict[str, str]  # office -> what `bundle import` printed
    sent: dict[tuple[str, str], dict[str, object]]  # the heads' records, as they sent them


def admit(root: Path, office: Path, head: Path) -> None:
    ok(head, "keys", "trust", str(root / f"{office.name}.card"), "--role", "county")
    ok(office, "keys", "trust", str(root / f"{head.name}.card"), "--role", "head")


@pytest.fixture(scope="module")
def offices(tmp_path_factory: pytest.TempPathFactory, pg_server: PgServer) -> Iterator[Offices]:
    root = tmp_path_factory.mktemp("county-pg")
    url = pg_server.create_database("county_pg")
    sqlite, pg = root / "office", root / "pg-office"
    ok(sqlite, "init", "--county-office", OFFICE, "--device", "县局电脑")
    ok(pg, "init", "--county-office", OFFICE, "--device", "县局服务器", "--db", url)
    assert not resolve_paths(pg).database.exists()  # the tables are on the server
    heads, files = [], []
    for office in (sqlite, pg):
        ok(office, "keys", "export", "--out", str(root / f"{office.name}.card"))
    for name, township, worker, seed in STATIONS:
        head = make_head(root, name, township, worker)
        for office in (sqlite, pg):
            admit(root, office, head)
        ok(head, "demo", "--clients", "30", "--seed", str(seed))
        out = root / f"{township}-{MONTH}.shegong"
        ok(head, "bundle", "export", "--out", str(out),
           "--to", device_id(sqlite), "--to", device_id(pg))
        heads.append(head)
        files.append(out)
    sent = {k: v for head in heads for k, v in records(dump(head)).items()}
    lines = {office.name: ok(office, "bundle", "import", *map(str, files))
             for office in (sqlite, pg)}
    yield Offices(root, sqlite, pg, heads, files, lines, sent)
    pg_server.drop_database("county_pg")


def records(state: str) -> dict[tuple[str, str], dict[str, object]]:
    """A `state dump` as its records by (table, id)."""
    return {(table, r["id"]): r for table, rows in json.loads(state)["tables"].items()
            for r in rows}


def test_both_offices_import_the_same_files_alike(offices: Offices) -> None:
    printed = offices.lines[offices.pg.name].splitlines()
    assert printed == offices.lines[offices.sqlite.name].splitlines()
    assert len(printed) == 2 and all(" applied " in line for line in printed)
    # Convergence across engines: every record the heads sent, field for field, in both;
    # besides them each office holds only its own grants (to the heads it admitted).
    for office in (offices.sqlite, offices.pg):
        held = records(dump(office))
        assert {key: held.get(key) for key in offices.sent} == offices.sent
        assert {table for table, _ in set(held) - set(offices.sent)} == {"device_grant"}
    # Again: every op is known, nothing changes.
    again = ok(offices.pg, "bundle", "import", *map(str, offices.files))
    assert all("already imported" in line or " applied 0 " in line
               for line in again.splitlines()), again


def test_a_head_and_the_postgresql_office_converge(offices: Offices) -> None:
    first, second = offices.heads
    down = offices.root / "down.shegong"
    ok(offices.pg, "bundle", "export", "--out", str(down), "--to", device_id(first))
    ok(first, "bundle", "import", str(down))
    assert clients_of(first) == {station_id(first)}
    # The head goes on working, and sends its next month up.
    ok(first, "demo", "--edits", "20", "--seed", "11")
    up = offices.root / "up.shegong"
    ok(first, "bundle", "export", "--out", str(up), "--to", device_id(offices.pg),
       "--to", device_id(offices.sqlite))
    ok(offices.pg, "bundle", "import", str(up))
    head, office = records(dump(first)), records(dump(offices.pg))
    assert {key: office.get(key) for key in head} == head  # every record, field for field
    others = records(dump(second))
    # Nothing else but the office's grant to the other head (which stays with that head).
    assert {t for t, _ in set(office) - set(head) - set(others)} <= {"device_grant"}
    assert station_id(second) not in dump(first)


def arrived(figures: dict[str, Any]) -> None:
    """Takes out the second each office took a station's last file in: they differ."""
    for station in figures["stations"]:
        assert station.pop("last_bundle").startswith(figures["month"])


def test_stations_and_the_roll_up_are_the_same_on_both_engines(offices: Offices) -> None:
    # The second office saw the convergence test's month too, when that ran first.
    up = offices.root / "up.shegong"
    if up.exists():
        ok(offices.sqlite, "bundle", "import", str(up))
    lines = {o.name: json.loads(ok(o, "stations", "--format", "json"))
             for o in (offices.sqlite, offices.pg)}
    for line in lines.values():
        arrived(line)
    assert lines[offices.pg.name] == lines[offices.sqlite.name]
    assert {s["name"] for s in lines[offices.pg.name]["stations"]} == {n for n, *_ in STATIONS}
    assert ok(offices.pg, "stations") == ok(offices.sqlite, "stations")
    rolls = {}
    for o in (offices.sqlite, offices.pg):
        out = offices.root / f"{o.name}-roll.json"
        ok(o, "report", "--month", MONTH, "--format", "json", "--out", str(out))
        rolls[o.name] = json.loads(out.read_text(encoding="utf-8"))
    for roll in rolls.values():
        arrived(roll)
    assert rolls[offices.pg.name] == rolls[offices.sqlite.name]
    assert rolls[offices.pg.name]["totals"]["visits"] > 0


def refused(office: Path, bundle: Path) -> str:
    before = dump(office)
    code, out, err = cli(office, "bundle", "import", str(bundle))
    assert code != 0 and out == "" and len(err.strip().splitlines()) == 1, (out, err)
    assert "internal error" not in err
    assert dump(office) == before
    return err


def test_a_station_the_postgresql_office_never_admitted_is_refused(offices: Offices) -> None:
    stranger = make_head(offices.root, "太平镇社工站", "太平镇", "蒙秀英")
    ok(stranger, "keys", "trust", str(offices.root / "pg-office.card"), "--role", "county")
    ok(stranger, "demo", "--clients", "5", "--seed", "3")
    out = offices.root / "stranger.shegong"
    ok(stranger, "bundle", "export", "--out", str(out), "--to", device_id(offices.pg))
    err = refused(offices.pg, out)
    assert "太平镇站长的电脑" in err or "trust" in err


def test_a_head_writing_another_stations_records_is_refused_on_postgresql(
        offices: Offices) -> None:
    first, second = offices.heads
    hostile = offices.root / "hostile"  # a copy of the first head's laptop, gone bad
    shutil.copytree(first, hostile)
    db = Database(resolve_paths(hostile))
    try:
        with db.write() as s:
            s.add(Client(station_id=station_id(second), name="冒名者", village="双桥村"))
    finally:
        db.close()
    out = offices.root / "forged.shegong"
    ok(hostile, "bundle", "export", "--out", str(out), "--to", device_id(offices.pg))
    assert "may not make" in refused(offices.pg, out)
