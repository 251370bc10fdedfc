"""Honest failure: a damaged database, a full disk, a data folder that cannot be
written: one sentence (exit status 2), nothing lost, and for a damaged database the
newest good backup named and restorable."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from mounts import close_logs, small_tmpfs
from rawdb import raw_connect

from app.cli import main

INIT = ["init", "--station", "那龙镇社工站", "--county", "南宁市武鸣区", "--township", "那龙镇",
        "--device", "韦丽的电脑", "--worker", "韦丽"]


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert "SELECT" not in err[0] and "internal error" not in err[0]
    return err[0]


def damage(db: Path) -> None:
    """Pages in the middle of the file overwritten, as a failing disk does."""
    data = bytearray(db.read_bytes())
    for page in range(len(data) // 3, len(data) // 3 + 4096 * 20, 4096):
        data[page + 100:page + 600] = b"\x55" * 500
    db.write_bytes(bytes(data))


@pytest.fixture
def station(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    data = tmp_path / "d"
    assert run(data, *INIT) == 0
    assert run(data, "demo", "--clients", "200", "--seed", "2") == 0
    assert run(data, "state", "dump", "--out", str(tmp_path / "before.json")) == 0
    capsys.readouterr()
    return data


def test_a_damaged_database_names_the_newest_good_backup_which_restores_it(
        station: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(station, "backup") == 0
    [backup] = (station / "backups").glob("*.db")
    capsys.readouterr()
    damage(station / "shegong.db")
    # Both read every page: the dump every table, the backup its copy (quick_check).
    for command in (("state", "dump", "--out", str(tmp_path / "x.json")), ("backup",)):
        assert run(station, *command) == 2
        said = one_line(capsys)
        assert "is damaged" in said and backup.name in said and "shegong restore" in said
    # the damaged copy was not kept as a backup, nor any part of it
    assert sorted(p.name for p in (station / "backups").iterdir()) == [backup.name]
    assert run(station, "restore", str(backup)) == 0
    assert "damaged.db" in capsys.readouterr().out  # set aside whole, not deleted
    assert run(station, "state", "dump", "--out", str(tmp_path / "after.json")) == 0
    assert (tmp_path / "after.json").read_bytes() == (tmp_path / "before.json").read_bytes()


def test_a_damaged_database_without_a_good_backup_says_so(
        station: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    damage(station / "shegong.db")
    assert run(station, "state", "dump", "--out", str(tmp_path / "x.json")) == 2
    assert "no backup" in one_line(capsys)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 3 MB file system, so the disk really fills up."""
    with small_tmpfs(tmp_path / "small", 3) as folder:
        yield folder


def test_a_full_disk_refuses_the_write_and_loses_nothing(
        small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = small_disk / "d"
    assert run(data, *INIT) == 0
    assert run(data, "demo", "--clients", "5", "--seed", "1") == 0
    assert run(data, "state", "dump", "--out", str(tmp_path / "before.json")) == 0
    capsys.readouterr()
    assert run(data, "demo", "--clients", "3000", "--seed", "9") == 2
    said = one_line(capsys)
    assert "is full" in said and str(data) in said
    conn = raw_connect(data / "shegong.db")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert run(data, "state", "dump", "--out", str(tmp_path / "after.json")) == 0
    assert (tmp_path / "after.json").read_bytes() == (tmp_path / "before.json").read_bytes()


def test_a_data_folder_that_cannot_be_written_is_one_sentence(
        station: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The data folder on a read-only mount (root writes wherever permissions say no)."""
    readonly = tmp_path / "ro"
    readonly.mkdir()
    subprocess.run(["mount", "--bind", str(station), str(readonly)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(readonly)], check=True)
        for command in (("report", "--month", "2026-11", "--format", "json",
                         "--out", str(tmp_path / "r.json")),
                        ("demo", "--clients", "3")):
            assert run(readonly, *command) == 2
            said = one_line(capsys)
            assert "cannot write in its data folder" in said and str(readonly) in said
    finally:
        close_logs()
        subprocess.run(["umount", str(readonly)], check=True)
