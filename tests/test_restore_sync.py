"""Restore and crash windows through the command line (issue 9, items 6 and 8): a
restored or killed laptop never reuses a sequence number it already sent, so the head
keeps accepting its bundles and the two converge; restore refuses what is not this
laptop's database and keeps what it replaced."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rawdb import key_of, raw_connect

from app.cli import main

INIT = ["init", "--county", "南宁市武鸣区", "--township", "那龙镇", "--station", "那龙镇社工站"]
ROOT = Path(__file__).resolve().parents[1]


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def out(data: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    code = run(data, *args)
    done = capsys.readouterr()
    assert code == 0, done.err
    return done.out


def dump(data: Path, capsys: pytest.CaptureFixture[str]) -> str:
    target = data.parent / f"{data.name}-dump.json"
    out(data, capsys, "state", "dump", "--out", str(target))
    return target.read_text(encoding="utf-8")


def laptop(root: Path, name: str, capsys: pytest.CaptureFixture[str],
           join: Path | None = None) -> tuple[Path, str]:
    """A laptop that founds a station, or joins the one whose head's card is `join`."""
    data = root / name
    how = ["init", "--join", str(join)] if join else list(INIT)
    printed = out(data, capsys, *how, "--device", name, "--worker", f"社工{name}")
    out(data, capsys, "keys", "export", "--out", str(root / f"{name}.card"))
    return data, printed.splitlines()[0].split()[1]


def pair(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path, str, str]:
    """The head's laptop and a worker's that joined its station and was admitted."""
    head, head_id = laptop(root, "head", capsys)
    worker, worker_id = laptop(root, "worker", capsys, join=root / "head.card")
    out(head, capsys, "keys", "trust", str(root / "worker.card"), "--role", "worker")
    return head, worker, head_id, worker_id


def take(data: Path, capsys: pytest.CaptureFixture[str], bundle: Path) -> dict[str, int]:
    line = out(data, capsys, "bundle", "import", str(bundle))
    assert "already imported" not in line
    return {k: int(v) for k, v in re.findall(r"(applied|already-known|ops) (\d+)", line)}


def scalar(db: Path, sql: str, *args: object) -> object:
    conn = raw_connect(db)
    try:
        return conn.execute(sql, args).fetchone()[0]
    finally:
        conn.close()


def test_restore_old_backup_then_write_exchange_converge(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    head, worker, _, worker_id = pair(tmp_path, capsys)
    out(worker, capsys, "demo", "--clients", "3")
    backup = tmp_path / "old.db"
    out(worker, capsys, "backup", "--out", str(backup))
    out(worker, capsys, "demo", "--edits", "15", "--seed", "3")
    sent = scalar(worker / "shegong.db", "SELECT next_seq - 1 FROM sync_clock")
    out(worker, capsys, "bundle", "export", "--out", str(tmp_path / "w1.shegong"))
    take(head, capsys, tmp_path / "w1.shegong")

    printed = out(worker, capsys, "restore", str(backup))
    assert "the database it replaced is kept at" in printed
    assert scalar(worker / "shegong.db", "SELECT next_seq FROM sync_clock") == sent + 1
    out(worker, capsys, "demo", "--edits", "6", "--seed", "4")
    out(worker, capsys, "bundle", "export", "--out", str(tmp_path / "w2.shegong"))
    got = take(head, capsys, tmp_path / "w2.shegong")  # no "possible forgery"
    new = scalar(worker / "shegong.db", "SELECT count(*) FROM sync_op o JOIN device d "
                 "ON d.devno = o.dev WHERE d.is_self = 1 AND o.seq > ?", sent)
    assert new and got["applied"] == new  # the new ops applied, not "already known"

    out(head, capsys, "bundle", "export", "--out", str(tmp_path / "h1.shegong"),
        "--to", worker_id)
    back = take(worker, capsys, tmp_path / "h1.shegong")
    assert back["applied"] >= sent - scalar(backup, "SELECT next_seq - 1 FROM sync_clock")
    assert dump(worker, capsys) == dump(head, capsys)
    # and the next round still goes through both ways
    out(worker, capsys, "demo", "--edits", "3", "--seed", "5")
    out(worker, capsys, "bundle", "export", "--out", str(tmp_path / "w3.shegong"))
    assert take(head, capsys, tmp_path / "w3.shegong")["applied"] > 0
    assert dump(worker, capsys) == dump(head, capsys)


def test_a_copied_data_folder_does_not_reuse_sent_numbers(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The old database file on a new laptop (the keys folder copied with it, the mark
    in it newer than the database): the first open moves the numbers past the mark."""
    import shutil

    head, worker, _, _ = pair(tmp_path, capsys)
    out(worker, capsys, "demo", "--clients", "2")
    early = tmp_path / "early.db"
    shutil.copyfile(worker / "shegong.db", early)
    out(worker, capsys, "demo", "--edits", "5")
    out(worker, capsys, "bundle", "export", "--out", str(tmp_path / "w1.shegong"))
    take(head, capsys, tmp_path / "w1.shegong")
    copy = tmp_path / "new-laptop"
    shutil.copytree(worker, copy)
    (copy / "shegong.db").unlink()
    shutil.copyfile(early, copy / "shegong.db")
    out(copy, capsys, "demo", "--edits", "4", "--seed", "8")
    out(copy, capsys, "bundle", "export", "--out", str(tmp_path / "c1.shegong"))
    assert take(head, capsys, tmp_path / "c1.shegong")["applied"] > 0


def test_restore_refusals_change_nothing(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    mine, _ = laptop(tmp_path, "mine", capsys)
    other, _ = laptop(tmp_path, "other", capsys)
    out(mine, capsys, "demo", "--clients", "2")
    good = tmp_path / "good.db"
    out(mine, capsys, "backup", "--out", str(good))
    theirs = tmp_path / "theirs.db"
    out(other, capsys, "backup", "--out", str(theirs))
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    text = tmp_path / "notes.txt"
    text.write_text("走访记录\n", encoding="utf-8")
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.close()
    newer = tmp_path / "newer.db"
    newer.write_bytes(good.read_bytes())
    with raw_connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = dump(mine, capsys)
    kept_before = sorted(p.name for p in (mine / "backups").iterdir())
    cases = {theirs: "encrypted with another laptop's key", empty: "is empty",
             text: "not a Shegong backup of this laptop (it is not a database",
             foreign: "a database of another program",
             newer: "newer version of Shegong (schema 9999)",
             tmp_path / "missing.db": "There is no file"}
    for source, sentence in cases.items():
        capsys.readouterr()
        assert run(mine, "restore", str(source)) == 2, source
        err = capsys.readouterr().err
        assert sentence in err and len(err.strip().splitlines()) == 1, err
        assert dump(mine, capsys) == before
        assert sorted(p.name for p in (mine / "backups").iterdir()) == kept_before


def test_a_data_folder_without_device_or_keys_takes_no_backup(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mine, _ = laptop(tmp_path, "mine", capsys)
    backup = tmp_path / "b.db"
    out(mine, capsys, "backup", "--out", str(backup))
    fresh = tmp_path / "fresh"
    assert run(fresh, "restore", str(backup)) == 2
    assert "no laptop of its own" in capsys.readouterr().err
    assert not (fresh / "shegong.db").exists()


def test_restore_into_a_folder_that_lost_its_database_but_kept_its_keys(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mine, _ = laptop(tmp_path, "mine", capsys)
    out(mine, capsys, "demo", "--clients", "2")
    saved = dump(mine, capsys)
    backup = tmp_path / "b.db"
    out(mine, capsys, "backup", "--out", str(backup))
    for name in ("shegong.db", "shegong.db-wal", "shegong.db-shm"):
        (mine / name).unlink(missing_ok=True)
    assert out(mine, capsys, "restore", str(backup)).startswith("restored ")
    assert dump(mine, capsys) == saved


def test_restore_keeps_what_it_replaced_and_upgrades_an_older_schema(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from alembic import command

    from app.store.engine import make_engine
    from app.store.migrate import SCHEMA_HEAD, alembic_config

    mine, _ = laptop(tmp_path, "mine", capsys)
    out(mine, capsys, "demo", "--clients", "2")
    saved = dump(mine, capsys)
    old = tmp_path / "old.db"
    out(mine, capsys, "backup", "--out", str(old))
    engine = make_engine(old, key_of(old))
    command.downgrade(alembic_config(engine), "0005")
    engine.dispose()
    assert scalar(old, "SELECT version_num FROM alembic_version") == "0005"
    out(mine, capsys, "demo", "--clients", "2", "--seed", "7")
    ops_before = scalar(mine / "shegong.db", "SELECT count(*) FROM sync_op")
    printed = out(mine, capsys, "restore", str(old))
    kept = Path(printed.rsplit(" ", 1)[1].strip())
    assert kept.parent == mine / "backups" and "replaced-by-restore" in kept.name
    assert scalar(kept, "SELECT count(*) FROM sync_op") == ops_before
    assert scalar(mine / "shegong.db", "SELECT version_num FROM alembic_version") \
        == SCHEMA_HEAD
    assert dump(mine, capsys) == saved
    assert scalar(old, "SELECT version_num FROM alembic_version") == "0005"  # untouched


WRITER = """
import sys, time
from pathlib import Path
from app.paths import resolve_paths
from app.services import clients
from app.store.database import Database
db = Database(resolve_paths(sys.argv[1]))
stop = Path(sys.argv[2])
i = 0
while not stop.exists():
    i += 1
    clients.register_client(db, clients.ClientInput(name=f"测试{i}",
                                    categories=[clients.CategoryInput("to_be_assessed")]))
    print(i, flush=True)
db.close()
"""


def test_no_write_of_a_running_process_is_lost_by_a_restore(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'No concurrent write is lost' means: every write another process reports as
    committed is either in the database kept by the restore (committed before the
    restore took the write lock: replaced, by design, and kept) or in the restored
    database (committed after it: on top of the restored data). None vanishes."""
    mine, _ = laptop(tmp_path, "mine", capsys)
    out(mine, capsys, "demo", "--clients", "3")
    backup = tmp_path / "b.db"
    out(mine, capsys, "backup", "--out", str(backup))
    stop = tmp_path / "stop"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(mine), str(stop)],
                              cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None
    done: list[int] = []
    try:
        while len(done) < 30:
            done.append(int(writer.stdout.readline()))
        printed = out(mine, capsys, "restore", str(backup))
        at_restore = len(done)
        while len(done) < at_restore + 30:
            done.append(int(writer.stdout.readline()))
        stop.touch()
        rest, _ = writer.communicate(timeout=60)
        done += [int(x) for x in rest.split()]
    finally:
        stop.touch()
        writer.wait(timeout=60)
    assert writer.returncode == 0
    kept = Path(printed.rsplit(" ", 1)[1].strip())

    def names(db: Path) -> set[str]:
        conn = raw_connect(db)
        try:
            return {r[0] for r in conn.execute("SELECT name FROM client")}
        finally:
            conn.close()

    before, after = names(kept), names(mine / "shegong.db")
    lost = [i for i in done if f"测试{i}" not in before | after]
    assert not lost
    assert any(f"测试{i}" in before for i in done) and any(f"测试{i}" in after for i in done)
    # none landed half-way: a write is on one side of the restore only
    assert not {f"测试{i}" for i in done} & before & after


def test_a_sigkill_right_after_the_bundle_is_written_costs_no_forgery(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    head, worker, _, worker_id = pair(tmp_path, capsys)
    out(worker, capsys, "demo", "--clients", "2")
    out(worker, capsys, "bundle", "export", "--out", str(tmp_path / "w1.shegong"))
    take(head, capsys, tmp_path / "w1.shegong")
    out(worker, capsys, "demo", "--edits", "5")
    killed = tmp_path / "w2.shegong"
    env = {**os.environ, "SHEGONG_TEST_PAUSE_AFTER_WRITE": "60"}
    proc = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(worker),
                             "bundle", "export", "--out", str(killed)], cwd=ROOT, env=env)
    try:
        deadline = time.monotonic() + 60
        while not killed.exists():  # renamed into place only once whole
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    out(worker, capsys, "demo", "--edits", "3", "--seed", "6")
    after = tmp_path / "w3.shegong"
    out(worker, capsys, "bundle", "export", "--out", str(after))
    assert take(head, capsys, after)["applied"] > 0  # a gap (w2 not seen yet) is fine
    take(head, capsys, killed)  # the killed one is whole, and its own number
    out(head, capsys, "bundle", "export", "--out", str(tmp_path / "h1.shegong"),
        "--to", worker_id)
    take(worker, capsys, tmp_path / "h1.shegong")
    assert dump(worker, capsys) == dump(head, capsys)
    states = scalar(worker / "shegong.db", "SELECT group_concat(json_extract(summary, "
                    "'$.state'), ' ') FROM bundle_ledger WHERE direction = 'out'")
    assert states == "done done done"  # the killed export's row settled from its file


def test_a_bundle_number_lost_in_a_crash_is_a_harmless_gap(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The exporter died before writing the file: its number stays spent, the next
    bundle takes the one after, and the head accepts the gap."""
    head, worker, _, _ = pair(tmp_path, capsys)
    out(worker, capsys, "demo", "--clients", "2")
    out(worker, capsys, "bundle", "export", "--out", str(tmp_path / "w1.shegong"))
    take(head, capsys, tmp_path / "w1.shegong")
    bad = tmp_path / "w2.shegong"
    (tmp_path / "w2.shegong.part").mkdir()  # the file cannot be written
    capsys.readouterr()
    assert run(worker, "bundle", "export", "--out", str(bad)) == 2
    assert "Cannot write" in capsys.readouterr().err and not bad.exists()
    out(worker, capsys, "demo", "--edits", "2")
    out(worker, capsys, "bundle", "export", "--out", str(tmp_path / "w3.shegong"))
    assert take(head, capsys, tmp_path / "w3.shegong")["applied"] > 0
    rows = raw_connect(worker / "shegong.db").execute(
        "SELECT seq, json_extract(summary, '$.state') FROM bundle_ledger "
        "WHERE direction = 'out' ORDER BY seq").fetchall()
    assert rows == [(1, "done"), (2, "lost"), (3, "done")]
