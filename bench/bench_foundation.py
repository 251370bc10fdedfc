"""Benchmark of the foundation: `demo --clients N`, database size, `state dump` memory.

Runs the real command line in child processes (so peak memory is each command's own,
read with os.wait4) and measures, in the same run, plain-sqlite3 baselines on the same
machine, so the ratios mean something on a busy or slow computer.

    .venv/bin/python bench/bench_foundation.py [--clients 100000] [--seed 1]

Budgets (issue 2): demo under 60 s; database under 500 MB; state dump peak under 300 MB.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
import time
from pathlib import Path

from common import INIT, app_db, print_table, run_measured


def baseline_inserts(folder: Path, rows: int) -> float:
    """Seconds for plain executemany of `rows` visit-shaped rows in one transaction."""
    path = folder / "baseline.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (id BLOB PRIMARY KEY, a BLOB, d TEXT, o TEXT, n INTEGER) "
                 "WITHOUT ROWID")
    data = [(i.to_bytes(16, "big"), (i // 10).to_bytes(16, "big"), "2026-05-01",
             "老人身体尚可，独居，子女在外务工。", i) for i in range(rows)]
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?)", data)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    conn.close()
    return seconds


def baseline_read(db: Path) -> float:
    """Seconds to read every row of every table with a bare connection (no SQLAlchemy;
    SQLCipher with the folder's key, as the app's file is encrypted)."""
    conn = app_db(db)
    start = time.perf_counter()
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in tables:
        for row in conn.execute(f"SELECT * FROM {table}"):
            json.dumps([x.hex() if isinstance(x, bytes) else x for x in row])
    seconds = time.perf_counter() - start
    conn.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="shegong-bench-") as tmp:
        folder = Path(tmp)
        data = folder / "data"
        run_measured(data, *INIT)
        demo_s, demo_mb, demo_out = run_measured(data, "demo", "--clients", str(args.clients),
                                                 "--seed", str(args.seed))
        summary = dict(kv.split("=") for kv in demo_out.split())
        records = int(summary["records"])
        db_file = data / "shegong.db"
        db_mb = sum(p.stat().st_size for p in data.glob("shegong.db*")) / 1e6
        dump_s, dump_mb, _ = run_measured(data, "state", "dump", "--out", str(folder / "d.json"))
        dump_size = (folder / "d.json").stat().st_size / 1e6
        # Baselines last: a child forked from a parent holding the baseline's rows would
        # report the parent's memory as its own peak.
        base_s = baseline_inserts(folder, records)
        read_s = baseline_read(db_file)

    rows = [
        ("demo --clients", f"{args.clients:,}", f"{demo_s:.1f} s", "< 60 s",
         f"{demo_s / base_s:.1f}x plain executemany of {records:,} rows ({base_s:.1f} s)"),
        ("records written", f"{records:,}", f"visits {int(summary['visits']):,}", "", ""),
        ("database size", "", f"{db_mb:.0f} MB", "< 500 MB",
         f"{db_mb * 1e6 / records:.0f} B/record"),
        ("demo peak memory", "", f"{demo_mb:.0f} MB", "", ""),
        ("state dump", f"{dump_size:.0f} MB JSON", f"{dump_s:.1f} s", "",
         f"{dump_s / read_s:.1f}x plain sqlite3 read+json of every row ({read_s:.1f} s)"),
        ("state dump peak memory", "", f"{dump_mb:.0f} MB", "< 300 MB", ""),
    ]
    print_table(f"foundation-{args.clients}",
                ("measure", "size", "result", "budget", "baseline (same run)"), rows)


if __name__ == "__main__":
    main()
