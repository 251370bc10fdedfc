"""The four-laptop story of issue 9, through the command line: a head, two workers who
joined its station, and a laptop of another station the head trusts for an exchange.

One station record on every laptop of the station; the workers' clients, visits and
training count for it; the head's supervision and the workers' training turn the
Station screen's lights green, and the monthly report says the same; the other
station's laptop neither receives our records nor sends us its own."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.cli import main
from app.paths import resolve_paths
from app.services.station import (
    SupervisionInput,
    TrainingInput,
    compliance,
    record_supervision,
    record_training,
)
from app.store.database import Database

PLACE = ["--county", "南宁市武鸣区", "--township", "那龙镇"]


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def ok(data: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert run(data, *args) == 0, args
    return capsys.readouterr().out


def dump(data: Path) -> dict[str, list[dict[str, object]]]:
    out = data.parent / f"{data.name}-state.json"
    assert run(data, "state", "dump", "--out", str(out)) == 0
    return json.loads(out.read_text(encoding="utf-8"))["tables"]


def test_four_laptops(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    head, w1, w2, other = (tmp_path / n for n in ("head", "w1", "w2", "other"))
    ok(head, capsys, "init", "--station", "那龙镇社工站", *PLACE, "--device", "站长的电脑",
       "--worker", "黄海燕")
    ok(head, capsys, "keys", "export", "--out", str(tmp_path / "head.card"))
    for data, name in ((w1, "韦丽"), (w2, "覃海燕")):
        ok(data, capsys, "init", "--join", str(tmp_path / "head.card"), "--device",
           f"{name}的电脑", "--worker", name)
        ok(data, capsys, "keys", "export", "--out", str(tmp_path / f"{data.name}.card"))
        printed = ok(head, capsys, "keys", "trust", str(tmp_path / f"{data.name}.card"),
                     "--role", "worker")
        assert "admitted as worker" in printed
    ok(other, capsys, "init", "--station", "双桥镇社工站", "--county", "南宁市武鸣区",
       "--township", "双桥镇", "--device", "双桥站长的电脑", "--worker", "陆永福")
    ok(other, capsys, "keys", "export", "--out", str(tmp_path / "other.card"))
    printed = ok(head, capsys, "keys", "trust", str(tmp_path / "other.card"), "--role", "head")
    assert "admitted" not in printed  # another station's head: trusted, no role here
    ok(other, capsys, "keys", "trust", str(tmp_path / "head.card"), "--role", "head")

    # The head's first bundle brings the station record and the admissions.
    first = tmp_path / "head-1.shegong"
    ok(head, capsys, "bundle", "export", "--out", str(first))
    for data in (w1, w2):
        ok(data, capsys, "bundle", "import", str(first))
    # The workers work: clients, visits, and their own training of the year.
    ok(w1, capsys, "demo", "--clients", "12", "--seed", "1")
    ok(w2, capsys, "demo", "--clients", "9", "--seed", "2")
    today = dt.date.today()
    for data in (w1, w2):
        db = Database(resolve_paths(data))
        try:
            record_training(db, TrainingInput(_me(db), today, 48.0, "offline",
                                              "县民政局", "个案工作实务"))
        finally:
            db.close()
    db = Database(resolve_paths(head))
    try:  # the head logs the month's supervision, and its own training
        # (yesterday, unless that is last month)
        for day, topics in ((max(today.replace(day=1), today - dt.timedelta(days=1)), "个案督导"),
                            (today, "个案督导（第二天）")):  # 16 hours over two days
            record_supervision(db, SupervisionInput(day, 8.0, supervisor_name="黄督导",
                                                    topics=topics))
        record_training(db, TrainingInput(_me(db), today, 48.0, "offline", "县民政局",
                                          "督导与自我照顾"))
    finally:
        db.close()

    # Each worker's bundle goes to the head; the head's to both workers.
    for data in (w1, w2):
        bundle = tmp_path / f"{data.name}.shegong"
        ok(data, capsys, "bundle", "export", "--out", str(bundle))
        line = ok(head, capsys, "bundle", "import", str(bundle))
        assert "applied" in line and line.count("\n") == 1
    back = tmp_path / "head-2.shegong"
    ok(head, capsys, "bundle", "export", "--out", str(back))
    for data in (w1, w2):
        ok(data, capsys, "bundle", "import", str(back))

    states = [dump(data) for data in (head, w1, w2)]
    assert states[0] == states[1] == states[2]
    assert len(states[0]["station"]) == 1  # one station record for its three laptops
    assert len(states[0]["client"]) == 21

    # The Station screen's lights and the monthly report agree.
    db = Database(resolve_paths(head))
    try:
        state = compliance(db, today)
    finally:
        db.close()
    assert state.supervision.done and not [w for w in state.warnings if w.level == "red"
                                           and w.code.startswith(("supervision", "training"))]
    report = tmp_path / "report.json"
    ok(head, capsys, "report", "--month", today.strftime("%Y-%m"), "--format", "json",
       "--out", str(report))
    month = json.loads(report.read_text(encoding="utf-8"))["current"]
    assert month["supervision_hours"] == 16.0 == state.supervision.hours
    assert month["training_hours"] >= 144.0  # the workers' hours count for the station
    assert {w.name for w in state.training if w.on_track} >= {"黄海燕", "韦丽", "覃海燕"}

    # The other station's laptop: it does not receive our clients, and what it writes
    # here is refused with one sentence.
    to_other = tmp_path / "to-other.shegong"
    ok(head, capsys, "bundle", "export", "--out", str(to_other), "--to",
       device_id(other, capsys))
    ok(other, capsys, "bundle", "import", str(to_other))
    assert not dump(other)["client"]  # none of ours
    ok(other, capsys, "demo", "--clients", "3")
    theirs = tmp_path / "from-other.shegong"
    ok(other, capsys, "bundle", "export", "--out", str(theirs), "--to",
       device_id(head, capsys))
    line = ok(head, capsys, "bundle", "import", str(theirs))
    assert " applied 0 " in line  # its station's records are not ours to receive
    assert dump(head) == states[0]
    # (what a hostile program on that laptop writes into our records is refused:
    # tests/sync/test_rights.py)


def _me(db: Database) -> str:
    worker = db.setting("worker_id")
    assert worker
    return worker


def device_id(data: Path, capsys: pytest.CaptureFixture[str]) -> str:
    first = ok(data, capsys, "keys", "show").splitlines()[0]
    assert first.startswith("device ")
    return first.split()[1]
