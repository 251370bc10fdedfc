"""The command line of DESIGN.md, on real data folders."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.models.ids import is_uuid

INIT = ["init", "--station", "那龙镇社工站", "--county", "南宁市武鸣区", "--township", "那龙镇",
        "--device", "韦丽的电脑", "--worker", "韦丽"]


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def dump(data: Path, capsys: pytest.CaptureFixture[str]) -> str:
    out = data.parent / f"{data.name}-dump.json"
    assert run(data, "state", "dump", "--out", str(out)) == 0
    capsys.readouterr()
    return out.read_text(encoding="utf-8")


def test_init_then_keys_show(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    assert run(data, *INIT) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("device ")
    assert run(data, "keys", "show") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == printed[0]
    assert "那龙镇社工站" in lines[2]
    key = data / "keys" / "device_ed25519.pem"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600


def test_init_twice_refuses_and_changes_nothing(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    assert run(data, *INIT) == 0
    before = dump(data, capsys)
    key_before = (data / "keys" / "device_ed25519.pem").read_bytes()
    assert run(data, *INIT[:-2], "--worker", "别人") == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "already set up" in err[0]
    assert dump(data, capsys) == before
    assert (data / "keys" / "device_ed25519.pem").read_bytes() == key_before


def test_commands_need_a_set_up_folder(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path / "empty", "demo", "--clients", "3") == 2
    assert "shegong init" in capsys.readouterr().err


def test_data_dir_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SHEGONG_DATA_DIR", str(tmp_path / "env"))
    assert main(INIT) == 0
    assert (tmp_path / "env" / "shegong.db").exists()


def test_demo_is_deterministic_by_seed_and_dumps_are_canonical(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    texts = []
    for name in ("a", "b"):
        data = tmp_path / name
        assert run(data, *INIT) == 0
        assert run(data, "demo", "--clients", "60", "--seed", "7") == 0
        texts.append(dump(data, capsys))
    docs = [json.loads(t) for t in texts]
    for table in ("client", "visit", "household_member", "case_record"):
        # Ids are this run's; the content is the seed's.
        a, b = (sorted(json.dumps({k: v for k, v in r.items() if not is_uuid(v)},
                                  sort_keys=True, ensure_ascii=False)
                       for r in doc["tables"][table]) for doc in docs)
        assert a == b, table
    clients = docs[0]["tables"]["client"]
    assert len(clients) == 60
    assert "name_pinyin" not in clients[0] and "sync_hlc" not in clients[0]
    assert [r["id"] for r in clients] == sorted(r["id"] for r in clients)
    assert 300 <= len(docs[0]["tables"]["visit"]) <= 900
    # The dump of the same database is byte-identical, twice.
    assert dump(tmp_path / "a", capsys) == texts[0]


def test_demo_edits_change_records_through_the_use_cases(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    assert run(data, *INIT) == 0
    assert run(data, "demo", "--clients", "30", "--seed", "1") == 0
    before = dump(data, capsys)
    assert run(data, "demo", "--edits", "40", "--seed", "2") == 0
    summary = capsys.readouterr().out
    assert "visit=" in summary
    assert dump(data, capsys) != before


@pytest.mark.parametrize("folder", ["d", "社工站 #2?%20"])
def test_backup_and_restore(tmp_path: Path, folder: str,
                            capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / folder  # '#', '?' and '%' would cut a file: URI short
    assert run(data, *INIT) == 0
    assert run(data, "demo", "--clients", "5") == 0
    saved = dump(data, capsys)
    assert run(data, "backup", "--out", str(tmp_path / "b.db")) == 0
    assert run(data, "demo", "--clients", "5", "--seed", "9") == 0
    assert dump(data, capsys) != saved
    assert run(data, "restore", str(tmp_path / "b.db")) == 0
    assert dump(data, capsys) == saved
    bogus = tmp_path / "bogus.db"
    bogus.write_text("not a database")
    assert run(data, "restore", str(bogus)) == 2
    assert "not a Shegong backup" in capsys.readouterr().err
    assert dump(data, capsys) == saved


def test_python_dash_m_app_is_the_shegong_command(tmp_path: Path) -> None:
    env = {**os.environ, "SHEGONG_LANG": "zh"}
    done = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(tmp_path / "d"),
                           "keys", "show"], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 2
    assert done.stderr.strip() == "此数据文件夹尚未初始化，请先运行 `shegong init`。"
    done = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(tmp_path / "d"),
                           *INIT], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0 and done.stdout.startswith("device ")


@pytest.mark.parametrize("command", [("keys", "export"), ("state", "dump")])
def test_writing_into_a_missing_folder_is_one_sentence(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]) -> None:
    data = tmp_path / "data"
    assert run(data, "init", "--station", "那龙镇社工站", "--county", "南宁市武鸣区",
               "--township", "那龙镇", "--device", "韦丽的电脑") == 0
    capsys.readouterr()
    out = tmp_path / "没有的文件夹" / "out.file"
    assert run(data, *command, "--out", str(out)) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(out) in err
    assert not out.parent.exists()
