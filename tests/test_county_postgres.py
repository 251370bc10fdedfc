"""A county office whose data lives in PostgreSQL (issue 12), through the command line,
on the real server the tests start: `init --county-office ... --db URL` names the
database in the folder, and the county's commands run on it."""

from __future__ import annotations

import json
from pathlib import Path

from county_world import MONTH, cli, ok
from sqlalchemy import make_url

from app.paths import resolve_paths
from app.services.settings import database_location
from app.store.database import Database
from app.store.target import target_file


def test_a_county_office_in_postgresql(tmp_path: Path, pg_url: str) -> None:
    office = tmp_path / "office"
    printed = ok(office, "init", "--county-office", "南宁市武鸣区民政局", "--device", "县局电脑",
                 "--db", pg_url)
    assert printed.startswith("device ")
    assert json.loads(target_file(resolve_paths(office)).read_text())["db_url"] == pg_url
    assert not (office / "shegong.db").exists()
    assert "county-office 南宁市武鸣区民政局" in ok(office, "keys", "show")
    data = json.loads(ok(office, "stations", "--format", "json"))
    assert data["office"] == "南宁市武鸣区民政局" and data["stations"] == []
    out = tmp_path / "roll.json"
    ok(office, "report", "--month", MONTH, "--format", "json", "--out", str(out))
    roll = json.loads(out.read_text(encoding="utf-8"))
    assert roll["kind"] == "county" and roll["stations"] == [] and len(roll["history"]) == 12
    dump = tmp_path / "state.json"
    ok(office, "state", "dump", "--out", str(dump))
    assert json.loads(dump.read_text(encoding="utf-8"))["tables"]
    db = Database(resolve_paths(office))  # what Settings shows as the database's place
    try:
        shown = database_location(db)
    finally:
        db.close()
    assert shown.startswith("postgresql://") and make_url(pg_url).database in shown


def test_a_refused_county_init_leaves_the_folder_as_it_was(tmp_path: Path,
                                                           pg_url: str) -> None:
    office = tmp_path / "office"
    code, out, err = cli(office, "init", "--county-office", "  ", "--device", "县局电脑",
                         "--db", pg_url)
    assert code == 2 and out == "" and err.strip()
    assert not target_file(resolve_paths(office)).exists()
    code, _, err = cli(office, "init", "--county-office", "县局", "--device", "县局电脑",
                       "--db", "mysql://nobody@nowhere/x")
    assert code == 2 and "postgresql" in err.lower()
    assert not target_file(resolve_paths(office)).exists()
    code, _, err = cli(tmp_path / "laptop", "init", "--station", "那龙镇社工站", "--county",
                       "武鸣区", "--township", "那龙镇", "--device", "电脑", "--db", pg_url)
    assert code == 2 and "--db" in err
