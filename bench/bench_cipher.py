"""What encryption at rest costs (issue 13): the same operations on SQLCipher (the app as
it ships) and on plain SQLite, in the same run, on the same demo data:

    .venv/bin/python bench/bench_cipher.py [--clients 20000] [--import-clients 60000]

1. client search: the Clients list's search (ids of the matches, as typed) for a name,
   pinyin initials and an ID-number prefix; median and p95 of 60 searches, warm.
2. visit save: `record_visit` (one transaction, fsynced), median of 60.
3. monthly report: `report --format xlsx` in a fresh process on a cold file (the first
   report a head waits for), whole command.
4. bundle import: `bundle import` of a worker's `export --all` (--import-clients 60,000
   is about a million ops) into an empty trusted laptop, whole command.

Plain SQLite is the same program with SQLCipher's key pragma left out (bench/plain_app.py):
same schema, same code path, same data. Goal: each SQLCipher time <= 1.3x plain.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import INIT, PASSWORD, ROOT, print_table

MODES = ("sqlcipher", "plain")


def program(mode: str) -> list[str]:
    if mode == "plain":
        return [sys.executable, str(ROOT / "bench" / "plain_app.py")]
    return [sys.executable, "-m", "app"]


def shegong(mode: str, data: Path, *args: str) -> tuple[float, str]:
    env = {**os.environ, "SHEGONG_LANG": "en", "SHEGONG_PASSWORD": PASSWORD}
    start = time.perf_counter()
    done = subprocess.run([*program(mode), "--data-dir", str(data), *args], env=env,
                          cwd=ROOT, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{mode} {args} failed: {done.stderr}")
    return seconds, done.stdout


def pair(mode: str, root: Path, head: Path, worker: Path) -> None:
    """The head founds the station, the worker joins it, the head trusts the worker."""
    shegong(mode, head, *INIT)
    shegong(mode, head, "keys", "export", "--out", str(root / "head.card"))
    shegong(mode, worker, "init", "--join", str(root / "head.card"), "--device", "社工电脑",
            "--worker", "社工乙")
    shegong(mode, worker, "keys", "export", "--out", str(root / "worker.card"))
    shegong(mode, head, "keys", "trust", str(root / "worker.card"), "--role", "worker")


def in_process(mode: str, data: Path) -> dict[str, list[float]]:
    """Search and visit save timed inside one process of `mode` (bench/plain_app.py
    --timings for plain, this file's --timings for SQLCipher)."""
    script = ROOT / "bench" / ("plain_app.py" if mode == "plain" else "bench_cipher.py")
    env = {**os.environ, "SHEGONG_LANG": "en", "SHEGONG_PASSWORD": PASSWORD}
    done = subprocess.run([sys.executable, str(script), "--timings", str(data)], env=env,
                          cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def timings(data: Path) -> dict[str, list[float]]:
    """Runs inside the measured process: the app's own services on `data`."""
    sys.path.insert(0, str(ROOT))
    from app.paths import resolve_paths
    from app.services import open_database
    from app.services.client_list import ClientQuery, client_ids
    from app.services.visits import VisitInput, record_visit

    db = open_database(resolve_paths(data))
    with db.read() as s:
        from sqlalchemy import text

        rows = s.execute(text("SELECT lower(hex(id)), name, id_number FROM client "
                              "WHERE id_number IS NOT NULL LIMIT 20")).all()
    out: dict[str, list[float]] = {"name": [], "initials": [], "id_prefix": [], "visit": []}
    from pypinyin import Style, lazy_pinyin

    for _, name, id_number in rows * 3:
        for key, query in (("name", name[1:]), ("id_prefix", id_number[:10]),
                           ("initials", "".join(lazy_pinyin(name, style=Style.FIRST_LETTER)))):
            start = time.perf_counter()
            client_ids(db, ClientQuery(search=query))
            out[key].append(time.perf_counter() - start)
    today = dt.date.today()
    for hex_id, _, _ in rows * 3:
        client = f"{hex_id[:8]}-{hex_id[8:12]}-{hex_id[12:16]}-{hex_id[16:20]}-{hex_id[20:]}"
        start = time.perf_counter()
        record_visit(db, VisitInput(client_id=client, visit_date=today,
                                    observations="老人身体尚可，按时服药。"))
        out["visit"].append(time.perf_counter() - start)
    db.close()
    return out


def ms(values: list[float], q: float = 0.5) -> str:
    ordered = sorted(values)
    return f"{ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=20000)
    parser.add_argument("--import-clients", type=int, default=60000)
    parser.add_argument("--timings", type=Path)
    args = parser.parse_args()
    if args.timings is not None:
        print(json.dumps(timings(args.timings)))
        return
    root = Path(tempfile.mkdtemp(prefix="bench-cipher-"))
    results: dict[str, dict[str, object]] = {}
    try:
        month = dt.date.today().strftime("%Y-%m")
        for mode in MODES:
            data, worker, head = root / mode, root / f"{mode}-w", root / f"{mode}-h"
            shegong(mode, data, *INIT)
            shegong(mode, data, "demo", "--clients", str(args.clients), "--seed", "1")
            got: dict[str, object] = dict(in_process(mode, data))
            got["report"], _ = shegong(mode, data, "report", "--month", month, "--format",
                                       "xlsx", "--out", str(root / f"{mode}.xlsx"))
            pair(mode, root, head, worker)
            shegong(mode, worker, "demo", "--clients", str(args.import_clients), "--seed", "2")
            bundle = root / f"{mode}.shegong"
            shegong(mode, worker, "bundle", "export", "--out", str(bundle))
            got["import"], line = shegong(mode, head, "bundle", "import", str(bundle))
            got["ops"] = dict(re.findall(r"(ops|applied) (\d+)", line))
            # The baseline must really be plain, and the app's file really encrypted.
            plain_file = (data / "shegong.db").read_bytes()[:16] == b"SQLite format 3\x00"
            assert plain_file == (mode == "plain"), mode
            results[mode] = got
            shutil.rmtree(worker)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    table(results, args)


def table(results: dict[str, dict[str, object]], args: argparse.Namespace) -> None:
    enc, plain = results["sqlcipher"], results["plain"]
    rows = []
    for key, label in (("name", "client search: part of a name"),
                       ("initials", "client search: pinyin initials"),
                       ("id_prefix", "client search: ID-number prefix"),
                       ("visit", "visit save (record_visit)")):
        a, b = enc[key], plain[key]
        assert isinstance(a, list) and isinstance(b, list)
        rows.append((label, f"{ms(a)} (p95 {ms(a, 0.95)})", f"{ms(b)} (p95 {ms(b, 0.95)})",
                     f"{statistics.median(a) / statistics.median(b):.2f}x"))
    for key, label in (("report", "monthly report, cold, whole command"),
                       ("import", "bundle import into an empty laptop")):
        a, b = enc[key], plain[key]
        assert isinstance(a, float) and isinstance(b, float)
        rows.append((label, f"{a:.2f} s", f"{b:.2f} s", f"{a / b:.2f}x"))
    rows.append(("import: ops in the bundle, applied", str(enc["ops"]), str(plain["ops"]), ""))
    print_table("cipher", ("measure", "SQLCipher", "plain SQLite (same run)", "ratio"), rows)


if __name__ == "__main__":
    main()
