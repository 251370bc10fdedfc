"""Encryption at rest (app.vault, app.store.cipher): a stolen data folder cannot be read
without the password, the recovery key resets a forgotten one, wrong passwords are
refused and slowed down, and a folder written before encryption is converted once with a
backup first. Real files, real keys, the real command line."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from photos import phone_photo
from rawdb import TEST_PASSWORD, raw_connect

from app import vault
from app.cli import main
from app.store import cipher
from app.sync.keys import AGE_KEY_FILE, SIGNING_KEY_FILE

INIT = ["init", "--station", "那龙镇社工站", "--county", "南宁市武鸣区", "--township", "那龙镇",
        "--device", "韦丽的电脑", "--worker", "韦丽"]


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def shegong(data: Path, *args: str, password: str | None = None,
            **env: str) -> subprocess.CompletedProcess[str]:
    """The command in a new process, with no terminal (stdin is not a tty)."""
    environ = {k: v for k, v in os.environ.items() if k != vault.PASSWORD_VARIABLE}
    if password is not None:
        environ[vault.PASSWORD_VARIABLE] = password
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env={**environ, **env},
                          stdin=subprocess.DEVNULL, check=False)


def dump(data: Path, capfd: pytest.CaptureFixture[str]) -> str:
    capfd.readouterr()
    assert run(data, "state", "dump") == 0
    return capfd.readouterr().out


@pytest.fixture
def station(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> Path:
    data = tmp_path / "站点"
    assert run(data, *INIT) == 0
    assert run(data, "demo", "--clients", "8", "--seed", "3") == 0
    capfd.readouterr()
    return data


def test_init_shows_the_recovery_key_once(tmp_path: Path,
                                          capfd: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    assert run(data, *INIT) == 0
    done = capfd.readouterr()
    keys = [line.split()[1] for line in done.out.splitlines()
            if line.startswith("recovery-key ")]
    assert len(keys) == 1 and vault.parse_recovery(keys[0]) is not None
    assert "recovery key" in done.err
    assert keys[0] not in (data / vault.VAULT_FILE).read_text("utf-8")
    assert run(data, "keys", "show") == 0  # shown when set, never again
    assert "recovery-key" not in capfd.readouterr().out


def test_a_stolen_folder_cannot_be_opened_without_the_password(
        station: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    before = dump(station, capfd)
    stolen = tmp_path / "stolen"
    shutil.copytree(station, stolen)
    with pytest.raises(cipher.DatabaseError):  # any SQLite tool: not a database
        cipher.connect(stolen / "shegong.db", None).execute(
            "SELECT count(*) FROM client").fetchone()
    assert not cipher.is_plain(stolen / "shegong.db")
    pem = (stolen / "keys" / SIGNING_KEY_FILE).read_bytes()
    assert vault.is_sealed(pem) and b"PRIVATE KEY" not in pem
    assert vault.is_sealed((stolen / "keys" / AGE_KEY_FILE).read_bytes())

    locked = shegong(stolen, "state", "dump")
    assert locked.returncode == 2 and locked.stdout == ""
    assert len(locked.stderr.strip().splitlines()) == 1
    assert "SHEGONG_PASSWORD" in locked.stderr and "Traceback" not in locked.stderr
    wrong = shegong(stolen, "state", "dump", password="not the password")
    assert wrong.returncode == 2 and wrong.stderr.strip() == \
        "The password is wrong. Nothing was opened."
    right = shegong(stolen, "state", "dump", password=TEST_PASSWORD)
    assert right.returncode == 0 and right.stdout == before


def test_a_command_without_terminal_or_password_says_so_in_chinese(tmp_path: Path) -> None:
    done = shegong(tmp_path / "new", *INIT, SHEGONG_LANG="zh")
    assert done.returncode == 2
    assert done.stderr.strip().startswith("社工站助手用密码加密")
    assert not (tmp_path / "new" / "shegong.db").exists()  # nothing made without one


def test_the_recovery_key_resets_a_forgotten_password(
        tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    assert run(data, *INIT) == 0
    recovery = next(line.split()[1] for line in capfd.readouterr().out.splitlines()
                    if line.startswith("recovery-key "))
    assert run(data, "demo", "--clients", "5") == 0
    before = dump(data, capfd)
    vault.lock(data)
    typed = recovery.lower().replace("-", " ")  # as a person may type it
    wrong = shegong(data, "password", "reset", SHEGONG_RECOVERY_KEY="A" * 32,
                    SHEGONG_NEW_PASSWORD="新的密码 2026")
    assert wrong.returncode == 2 and "recovery key is wrong" in wrong.stderr
    done = shegong(data, "password", "reset", SHEGONG_RECOVERY_KEY=typed,
                   SHEGONG_NEW_PASSWORD="新的密码 2026")
    assert done.returncode == 0, done.stderr
    assert shegong(data, "state", "dump", password=TEST_PASSWORD).returncode == 2
    after = shegong(data, "state", "dump", password="新的密码 2026")
    assert after.returncode == 0 and after.stdout == before


def test_a_password_is_changed_and_backups_stay_readable(
        station: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    assert run(station, "backup", "--out", str(station / "backups" / "b.db")) == 0
    before = dump(station, capfd)
    short = shegong(station, "password", "change", password=TEST_PASSWORD,
                    SHEGONG_NEW_PASSWORD="short")
    assert short.returncode == 2 and "at least 8 characters" in short.stderr
    done = shegong(station, "password", "change", password=TEST_PASSWORD,
                   SHEGONG_NEW_PASSWORD="另一个密码 abc")
    assert done.returncode == 0, done.stderr
    assert shegong(station, "state", "dump", password=TEST_PASSWORD).returncode == 2
    vault.lock(station)
    os.environ[vault.PASSWORD_VARIABLE] = "另一个密码 abc"
    try:
        assert run(station, "restore", str(station / "backups" / "b.db")) == 0
        assert dump(station, capfd) == before
    finally:
        os.environ[vault.PASSWORD_VARIABLE] = TEST_PASSWORD
        vault.lock(station)


def test_five_wrong_passwords_slow_the_next_tries(station: Path) -> None:
    vault.lock(station)
    for _ in range(vault.FREE_TRIES):
        with pytest.raises(vault.WrongPassword, match="password is wrong"):
            vault.unlock(station, "wrong password")
    with pytest.raises(vault.WrongPassword, match=r"try again in 3[01] seconds"):
        vault.unlock(station, TEST_PASSWORD)  # even the right one waits its turn
    assert vault.unlocked(station) is None
    assert [vault.wait_seconds(n) for n in (4, 5, 6, 7, 20)] == [0, 30, 60, 120, 900]


def test_a_new_vault_costs_what_rfc_9106_recommends(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(vault.WEAK_KDF_VARIABLE)
    vault.create(tmp_path, "一个足够长的密码口令")
    kdf = vault._read(tmp_path)["logins"][0]["kdf"]
    assert (kdf["alg"], kdf["t"], kdf["m"], kdf["p"]) == ("argon2id", 3, 65536, 4)
    vault.lock(tmp_path)
    assert vault.unlock(tmp_path, "一个足够长的密码口令").key == vault.data_key(tmp_path)


def test_each_person_opens_the_laptop_with_their_own_password(tmp_path: Path) -> None:
    key = vault.create(tmp_path, "站长的登录密码 1", "站长甲") and vault.data_key(tmp_path)
    vault.add_login(tmp_path, "社工乙", "社工乙的登录密码 2")
    with pytest.raises(Exception, match="already has a password"):
        vault.add_login(tmp_path, "社工乙", "再来一个登录密码 3")
    vault.lock(tmp_path)
    opened = vault.unlock(tmp_path, "社工乙的登录密码 2")
    assert (opened.login, opened.key) == ("社工乙", key)
    vault.lock(tmp_path)
    with pytest.raises(vault.WrongPassword):  # her password is not his
        vault.unlock(tmp_path, "社工乙的登录密码 2", login="站长甲")
    assert vault.logins(tmp_path) == ["站长甲", "社工乙"]


def plain_folder(station: Path, target: Path) -> None:
    """The folder as a version before encryption left it: the same records in a plain
    SQLite file, the private keys in the clear, no unlock.json."""
    shutil.copytree(station, target)
    for leftover in target.glob("shegong.db*"):
        leftover.unlink()
    conn = raw_connect(station / "shegong.db")
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target / "shegong.db"),))
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    for name in (SIGNING_KEY_FILE, AGE_KEY_FILE):
        sealed = (station / "keys" / name).read_bytes()
        (target / "keys" / name).write_bytes(vault.unseal(station, sealed))
    for photo in (target / "attachments").glob("??/*"):
        photo.write_bytes(vault.unseal(station, photo.read_bytes()))
    (target / vault.VAULT_FILE).unlink()
    shutil.rmtree(target / "backups", ignore_errors=True)


def test_a_plain_folder_is_encrypted_once_with_a_backup_first(
        station: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    client = json.loads(dump(station, capfd))["tables"]["client"][0]["id"]
    assert run(station, "attach", "add", client, str(phone_photo(tmp_path / "p.jpg"))) == 0
    before = dump(station, capfd)
    old = tmp_path / "old"
    plain_folder(station, old)
    [photo] = (old / "attachments").glob("??/*")
    jpeg = photo.read_bytes()
    assert jpeg.startswith(b"\xff\xd8")  # as an older version kept it
    assert cipher.is_plain(old / "shegong.db")
    shutil.copy(old / "shegong.db", tmp_path / "plain-backup.db")  # a backup of back then
    names = [row[0] for row in cipher.connect(old / "shegong.db", None).execute(
        "SELECT name FROM client")]
    assert dump(old, capfd) == before  # converted at its first open, with a password
    assert not cipher.is_plain(old / "shegong.db")
    [backup] = (old / "backups").glob("*-before-encryption.db")
    assert not cipher.is_plain(backup)
    check = cipher.connect(backup, vault.data_key(old))
    assert sorted(r[0] for r in check.execute("SELECT name FROM client")) == sorted(names)
    check.close()
    for path in old.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not any(name.encode() in data for name in names), path
            assert not path.name.endswith((".shred", ".new", ".part")), path
    assert vault.is_sealed((old / "keys" / SIGNING_KEY_FILE).read_bytes())
    assert vault.is_sealed(photo.read_bytes()) and vault.unseal(old, photo.read_bytes()) == jpeg
    assert dump(old, capfd) == before  # and once only
    assert len(list((old / "backups").glob("*-before-encryption.db"))) == 1
    assert run(old, "demo", "--clients", "2", "--seed", "8") == 0
    assert run(old, "restore", str(tmp_path / "plain-backup.db")) == 0  # still restores
    assert dump(old, capfd) == before and not cipher.is_plain(old / "shegong.db")


def test_a_missing_key_file_is_said_and_no_new_key_is_made(
        station: Path, capfd: pytest.CaptureFixture[str]) -> None:
    before = dump(station, capfd)
    key_file = station / vault.VAULT_FILE
    kept = key_file.read_bytes()
    key_file.unlink()
    vault.lock(station)
    assert run(station, "state", "dump") == 2
    said = capfd.readouterr().err.strip()
    assert "unlock.json" in said and "is missing" in said and len(said.splitlines()) == 1
    assert not key_file.exists()  # no new key over the old records
    key_file.write_bytes(kept)
    assert dump(station, capfd) == before
