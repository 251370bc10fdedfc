"""A laptop joins the station of the head whose card it was given: one station record
shared by every laptop, and the worker's records count for the station."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.cli import main
from app.paths import resolve_paths
from app.services.devices import this_device
from app.services.overview import overview
from app.services.station import TrainingInput, compliance, record_training
from app.store.database import Database

FOUND = ["init", "--station", "那龙镇社工站", "--county", "南宁市武鸣区", "--township", "那龙镇",
         "--device", "站长的电脑", "--worker", "黄海燕"]


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def ok(data: Path, *args: str) -> None:
    assert run(data, *args) == 0, args


def stations(data: Path) -> list[dict[str, object]]:
    out = data.parent / f"{data.name}-state.json"
    ok(data, "state", "dump", "--out", str(out))
    return json.loads(out.read_text(encoding="utf-8"))["tables"]["station"]


@pytest.fixture
def head(tmp_path: Path) -> Path:
    data = tmp_path / "head"
    ok(data, *FOUND)
    ok(data, "keys", "export", "--out", str(tmp_path / "head.card"))
    return data


def test_a_joined_laptop_shares_the_heads_station_and_its_training_counts(
        head: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    worker = tmp_path / "worker"
    ok(worker, "init", "--join", str(tmp_path / "head.card"), "--device", "韦丽的电脑",
       "--worker", "韦丽")
    printed = capsys.readouterr().out
    ok(head, "keys", "show")
    head_station = [line for line in capsys.readouterr().out.splitlines()
                    if line.startswith("station")]
    assert head_station and head_station[0].split()[1] in printed
    assert stations(worker) == []  # the station's record comes with the head's bundle
    db = Database(resolve_paths(worker))
    try:
        assert overview(db).station_name == "那龙镇社工站"  # from the card until then
        me = this_device(db)
        worker_id = _worker_id(db)
        record_training(db, TrainingInput(worker_id=worker_id, training_date=dt.date.today(),
                                          hours=48, topic="儿童保护政策"))
    finally:
        db.close()
    assert me.role == "worker"

    ok(worker, "keys", "export", "--out", str(tmp_path / "worker.card"))
    ok(head, "keys", "trust", str(tmp_path / "worker.card"), "--role", "worker")
    ok(worker, "bundle", "export", "--all", "--out", str(tmp_path / "w1.shegong"))
    ok(head, "bundle", "import", str(tmp_path / "w1.shegong"))
    ok(head, "bundle", "export", "--all", "--out", str(tmp_path / "h1.shegong"))
    ok(worker, "bundle", "import", str(tmp_path / "h1.shegong"))

    assert len(stations(head)) == 1 and stations(head) == stations(worker)
    db = Database(resolve_paths(head))
    try:
        hours = {t.name: t.hours for t in compliance(db).training}
    finally:
        db.close()
    assert hours["韦丽"] == 48  # the head's Station screen counts the worker's training
    assert (head.parent / "head-state.json").read_bytes() == \
        (worker.parent / "worker-state.json").read_bytes()


def _worker_id(db: Database) -> str:
    with db.read() as s:
        from app.store.database import local_setting

        return local_setting(s, "worker_id") or ""


def test_joining_with_a_workers_card_is_refused_and_sets_nothing_up(
        head: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    worker = tmp_path / "worker"
    ok(worker, "init", "--join", str(tmp_path / "head.card"), "--device", "韦丽的电脑")
    ok(worker, "keys", "export", "--out", str(tmp_path / "worker.card"))
    capsys.readouterr()
    other = tmp_path / "other"
    assert run(other, "init", "--join", str(tmp_path / "worker.card"), "--device", "x") == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not the card of a station head" in err[0]
    assert not (other / "keys" / "device_ed25519.pem").exists()
    assert run(other, "keys", "show") == 2  # still not set up


@pytest.mark.parametrize("args, words", [
    (["--join", "CARD", "--station", "别的站"], "not both"),
    (["--station", "那龙镇社工站"], "--county and --township"),
])
def test_found_or_join_not_both_not_half(tmp_path: Path, args: list[str], words: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    assert run(data, "init", *args, "--device", "韦丽的电脑") == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and words in err[0]
    assert not (data / "keys").exists() or not any((data / "keys").iterdir())
