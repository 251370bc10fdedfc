"""Nothing personal outside the data folder, no half files, nothing readable by others:
a killed export leaves only ciphertext beside its target and its plaintext work files
are gone at the next start; an output aimed at the data folder is refused with a
sentence; files are 0600 and folders 0700; a private key others may read is refused."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rawdb import key_of, raw_connect

from app.cli import main
from app.sync.bundle_file import MAGIC

ROOT = Path(__file__).resolve().parent.parent
INIT = ["init", "--station", "那龙镇社工站", "--county", "南宁市武鸣区", "--township", "那龙镇",
        "--device", "韦丽的电脑", "--worker", "韦丽"]
POSIX = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("station") / "d"
    assert run(data, *INIT) == 0
    assert run(data, "demo", "--clients", "400", "--seed", "3") == 0
    return data


def id_numbers(data: Path) -> list[bytes]:
    conn = raw_connect(data / "shegong.db")
    try:
        return [n.encode() for (n,) in conn.execute(
            "SELECT id_number FROM client WHERE id_number IS NOT NULL")]
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def killed(data: Path, delay: float, *args: str) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(data), *args],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)


def test_a_killed_export_leaves_only_ciphertext_and_the_next_start_clears_its_work(
        station: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    start = time.perf_counter()
    assert run(station, "bundle", "export", "--out", str(usb / "whole.shegong")) == 0
    whole = time.perf_counter() - start + 0.6  # and a child's start-up
    (usb / "whole.shegong").unlink()
    numbers = id_numbers(station)
    rng = random.Random(7)
    for n in range(8):
        killed(station, rng.uniform(0.2, whole), "bundle", "export", "--out",
               str(usb / f"k{n}.shegong"))
        for left in usb.iterdir():  # the bundle, or its ciphertext being copied
            assert left.name in (f"k{n}.shegong", f"k{n}.shegong.part"), left.name
            content = left.read_bytes()
            assert content[:len(MAGIC)] == MAGIC[:len(content)]
            assert not any(number in content for number in numbers)
            left.unlink()
    capsys.readouterr()
    assert run(station, "state", "dump", "--out", str(tmp_path / "dump.json")) == 0
    work = station / "tmp"
    assert [p for p in work.rglob("*") if p.is_file()] == []


@pytest.mark.parametrize("command", [
    ("bundle", "export", "--out", "{data}/shegong.db"),
    ("report", "--month", "2026-11", "--format", "json", "--out", "{data}/shegong.db"),
    ("state", "dump", "--out", "{data}/keys/device_ed25519.pem"),
    ("backup", "--out", "{data}/shegong.db"),
    ("keys", "export", "--out", "{data}/card.json"),
])
def test_an_output_in_the_data_folder_is_refused_and_nothing_changes(
        station: Path, command: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    before = {p: digest(p) for p in (station / "shegong.db",
                                     station / "keys" / "device_ed25519.pem")}
    capsys.readouterr()
    assert run(station, *(c.format(data=station) for c in command)) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "inside Shegong's own data folder" in err[0]
    assert {p: digest(p) for p in before} == before
    assert not (station / "card.json").exists()


def test_a_backup_may_go_to_the_backups_folder(station: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    target = station / "backups" / "before-the-visit.db"
    assert run(station, "backup", "--out", str(target)) == 0
    assert target.is_file() and not list(station.rglob("*-tmp.db"))


@POSIX
def test_the_data_folder_is_its_owners_alone(tmp_path: Path) -> None:
    data = tmp_path / "d"
    old = os.umask(0o022)
    try:
        assert run(data, *INIT) == 0
        assert run(data, "backup") == 0
    finally:
        os.umask(old)
    for folder in (data, data / "backups", data / "logs", data / "keys"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    for file in [data / "shegong.db", *(data / "backups").iterdir(),
                 *(data / "logs").iterdir(), *(data / "keys").iterdir()]:
        assert stat.S_IMODE(file.stat().st_mode) & 0o077 == 0, file


@POSIX
def test_a_folder_made_before_is_tightened_at_the_next_start(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run(data, *INIT) == 0
    for path in (data, data / "shegong.db"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    assert run(data, "state", "dump", "--out", str(tmp_path / "dump.json")) == 0
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE((data / "shegong.db").stat().st_mode) == 0o600


@POSIX
def test_a_private_key_others_may_read_is_refused(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    assert run(data, *INIT) == 0
    key = data / "keys" / "device_ed25519.pem"
    key.chmod(0o644)
    capsys.readouterr()
    assert run(data, "bundle", "export", "--out", str(tmp_path / "b.shegong")) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "can be read by other users" in err[0] and "chmod 600" in err[0]
    assert not (tmp_path / "b.shegong").exists()
    key.chmod(0o600)
    assert run(data, "bundle", "export", "--out", str(tmp_path / "b.shegong")) == 0


def clients_in(data: Path) -> int:
    conn = raw_connect(data / "shegong.db")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return int(conn.execute("SELECT count(*) FROM client").fetchone()[0])
    finally:
        conn.close()


def test_a_killed_import_leaves_no_payload_and_all_or_nothing(
        station: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other"
    assert run(station, "keys", "export", "--out", str(tmp_path / "head.card")) == 0
    assert run(other, "init", "--join", str(tmp_path / "head.card"), "--device", "覃的电脑",
               "--worker", "覃海燕") == 0
    assert run(other, "keys", "export", "--out", str(tmp_path / "other.card")) == 0
    assert run(station, "keys", "trust", str(tmp_path / "other.card")) == 0
    bundle = tmp_path / "all.shegong"
    assert run(station, "bundle", "export", "--out", str(bundle)) == 0
    expected = clients_in(station)
    rng = random.Random(11)
    for _ in range(5):
        killed(other, rng.uniform(0.3, 2.5), "bundle", "import", str(bundle))
        assert clients_in(other) in (0, expected)  # one transaction: all or nothing
        capsys.readouterr()
        assert run(other, "state", "dump", "--out", str(tmp_path / "d.json")) == 0
        assert [p for p in (other / "tmp").rglob("*") if p.is_file()] == []
    assert run(other, "bundle", "import", str(bundle)) == 0
    assert clients_in(other) == expected


def test_a_killed_backup_never_leaves_a_file_named_like_a_backup(
        station: Path, tmp_path: Path) -> None:
    from app.store.failures import passes_check

    rng = random.Random(13)
    for _ in range(5):
        killed(station, rng.uniform(0.2, 1.5), "backup")
        for left in (station / "backups").iterdir():
            whole = left.name.endswith(".db") and passes_check(left, key_of(left))
            assert whole or ".part" in left.name
