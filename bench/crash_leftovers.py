"""SIGKILL during bundle export, bundle import and backup, at random moments (issue 13):
what is left behind.

    .venv/bin/python bench/crash_leftovers.py [--kills 30] [--clients 1500]

After each kill it checks, and counts as a failure:
- beside an export's target: any file but the bundle or its ".part", any that does not
  start as a bundle, any holding a client's ID number (plaintext on the USB stick);
- after the next start (`state dump`): any file left in the data folder's staging folder
  (a decrypted payload, a staged op stream);
- an import neither whole nor absent (clients counted), a database failing
  `integrity_check`;
- in the backups folder: a file named like a backup that fails `quick_check`.
The moments are uniform over each command's uninterrupted run time, measured first.
"""

from __future__ import annotations

import argparse
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, app_db, joined_pair, print_table, run_measured

sys.path.insert(0, str(ROOT))

MAGIC = b"SHEGONG-BUNDLE\n"


def killed(data: Path, delay: float, *args: str) -> bool:
    """True when the kill landed before the command ended on its own."""
    proc = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(data), *args],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    alive = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return alive


def query(db: Path, sql: str) -> list[tuple[object, ...]]:
    try:
        conn = app_db(db)
    except Exception as exc:  # a file that is no database under the key: say so in the row
        return [(f"unreadable: {exc}",)]
    try:
        return list(conn.execute(sql).fetchall())
    finally:
        conn.close()


def staged_files(data: Path) -> int:
    run_measured(data, "state", "dump", "--out", str(data.parent / "dump.json"))
    return sum(1 for p in (data / "tmp").rglob("*") if p.is_file())


Round = tuple[bool, list[str]]  # (the kill landed mid-run, what was found wrong)


def export_round(head: Path, out: Path, delay: float, numbers: list[bytes]) -> Round:
    bad = []
    alive = killed(head, delay, "bundle", "export", "--out", str(out / "b.shegong"))
    for left in out.iterdir():
        content = left.read_bytes()
        if left.name not in ("b.shegong", "b.shegong.part") or \
                content[:len(MAGIC)] != MAGIC[:len(content)] or \
                any(n in content for n in numbers):
            bad.append(f"export left {left.name}")
        left.unlink()
    if staged_files(head):
        bad.append("export staging not cleared")
    return alive, bad


def import_round(other: Path, bundle: Path, delay: float, expected: int) -> Round:
    """On a fresh copy of the laptop that has not imported it yet."""
    shutil.rmtree(other)
    shutil.copytree(other.with_name("pristine"), other, symlinks=True)
    bad = []
    alive = killed(other, delay, "bundle", "import", str(bundle))
    db = other / "shegong.db"
    if query(db, "PRAGMA integrity_check")[0][0] != "ok":
        bad.append("import: integrity")
    count = query(db, "SELECT count(*) FROM client")[0][0]
    if count not in (0, expected):
        bad.append(f"import half applied ({count})")
    if staged_files(other):
        bad.append("import staging not cleared")
    return alive, bad


def backup_round(head: Path, delay: float) -> Round:
    alive = killed(head, delay, "backup")
    bad = []
    for left in (head / "backups").iterdir():
        if left.name.endswith(".db") and \
                query(left, "PRAGMA quick_check")[0][0] != "ok":
            bad.append(f"backup {left.name} named whole but damaged")
    return alive, bad


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--clients", type=int, default=1500)
    args = parser.parse_args()
    rng = random.Random(2026)
    with tempfile.TemporaryDirectory(prefix="shegong-crash-") as tmp:
        root = Path(tmp)
        head, other, out = root / "head", root / "other", root / "usb"
        out.mkdir()
        joined_pair(root, head, other)
        run_measured(head, "demo", "--clients", str(args.clients), "--seed", "1")
        numbers = [str(n).encode() for (n,) in query(
            head / "shegong.db", "SELECT id_number FROM client WHERE id_number IS NOT NULL")]
        expected = query(head / "shegong.db", "SELECT count(*) FROM client")[0][0]
        timed = {}
        timed["export"], _, _ = run_measured(head, "bundle", "export", "--out",
                                             str(root / "all.shegong"))
        shutil.copytree(other, root / "pristine", symlinks=True)
        timed["import"], _, _ = run_measured(other, "bundle", "import",
                                             str(root / "all.shegong"))
        timed["backup"], _, _ = run_measured(head, "backup")
        rows = []
        for kind in ("export", "import", "backup"):
            failures: list[str] = []
            landed = 0
            for _ in range(args.kills):
                delay = rng.uniform(0.0, timed[kind])
                if kind == "export":
                    alive, bad = export_round(head, out, delay, numbers)
                elif kind == "import":
                    alive, bad = import_round(other, root / "all.shegong", delay, expected)
                else:
                    alive, bad = backup_round(head, delay)
                failures += bad
                landed += alive
            rows.append((kind, f"{timed[kind]:.2f} s", str(landed), str(len(failures)),
                         "; ".join(sorted(set(failures))) or "none"))
    print_table("crash-leftovers", ("command", "uninterrupted", "kills", "failures",
                                    "what"), rows)


if __name__ == "__main__":
    main()
