"""`shegong attach` and the attachments of `bundle export`, on a real data folder."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from photos import phone_photo

from app.cli import main
from app.models import Client
from app.paths import resolve_paths
from app.store.database import Database
from app.store.file_store import FileStore

INIT = ["init", "--station", "那龙镇社工站", "--county", "南宁市武鸣区", "--township", "那龙镇",
        "--device", "韦丽的电脑", "--worker", "韦丽"]


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


@pytest.fixture
def station(tmp_path: Path) -> tuple[Path, str]:
    data = tmp_path / "d"
    assert run(data, *INIT) == 0
    assert run(data, "demo", "--clients", "3", "--seed", "1") == 0
    db = Database(resolve_paths(data))
    try:
        with db.read() as s:
            client = s.query(Client.id).order_by(Client.name).first()[0]
    finally:
        db.close()
    return data, client


def test_attach_list_and_save(station: tuple[Path, str], tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    data, client = station
    capsys.readouterr()
    photo = phone_photo(tmp_path / "IMG_0001.jpg")
    assert run(data, "attach", "add", client, str(photo), "--title", "住房外观") == 0
    attachment = capsys.readouterr().out.split()[1]
    assert run(data, "attach", "list", client) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"{attachment} photo jpeg ") and line.endswith(" ok 住房外观")
    assert run(data, "attach", "save", attachment, "--out", str(tmp_path / "房屋")) == 0
    saved = tmp_path / "房屋.jpg"
    size = int(line.split()[3])
    assert saved.stat().st_size == size
    store = FileStore(data / "attachments")
    assert saved.read_bytes() in [store.read(p.name) for p in
                                  store.folder.rglob("*") if p.is_file()]


def test_a_bad_file_is_one_sentence_and_exit_2(station: tuple[Path, str], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    data, client = station
    capsys.readouterr()
    text = tmp_path / "名单.jpg"
    text.write_text("韦秀英 13812345678", encoding="utf-8")
    assert run(data, "attach", "add", client, str(text)) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "is not a photo or a PDF scan" in err[0]
    assert "13812345678" not in err[0]
    assert run(data, "attach", "list", client) == 0
    assert capsys.readouterr().out == ""


def test_the_export_states_its_limit_and_stops_past_it(
        station: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, client = station
    scan = tmp_path / "同意书.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + os.urandom(3 * 2**20 // 2))  # 1.5 MB, kept as is
    assert run(data, "attach", "add", client, str(scan), "--kind", "consent_form") == 0
    capsys.readouterr()
    out = tmp_path / "out"
    out.mkdir()
    assert run(data, "bundle", "export", "--all", "--out", str(out / "a.shegong"),
               "--attachments-limit", "1") == 2
    err = capsys.readouterr().err.strip()
    assert "more than the limit of 1 MB" in err and "--attachments-limit" in err
    assert list(out.iterdir()) == []
    assert run(data, "bundle", "export", "--all", "--out", str(out / "a.shegong")) == 0
    said = capsys.readouterr().out.splitlines()[1]
    assert said.startswith("attachments 1 bytes ") and said.endswith("limit 500 MB")
    month = dt.date.today().strftime("%Y-%m")
    assert run(data, "bundle", "export", "--month", month, "--out", str(out / "m.shegong")) == 0
    said = capsys.readouterr().out.splitlines()[1]
    assert said.startswith("attachments 0 bytes 0") and "--attachments" in said
    assert (out / "m.shegong").stat().st_size < (out / "a.shegong").stat().st_size - 2**20
