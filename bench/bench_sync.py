"""Benchmark of the bundle exchange (issue 4), every figure beside a baseline of the
same run:

    .venv/bin/python bench/bench_sync.py [--clients 60000] [--stations 1250]
        [--station-ops 3000]

1. A worker laptop with `demo --clients N` (60,000 clients is about a million ops)
   exports --all (time, peak memory, bytes per op); an empty trusted device imports it
   (time, peak memory) and imports it again (all known). Baseline: plain executemany of
   the same rows into the same tables of an empty database, in one transaction.
2. A station's month: export --month of a station-sized database (~5,000 ops).
3. A county (bench/county.py): --stations bundles of --station-ops ops each, from as
   many signed, trusted stations, merged into one database by one `bundle import`; the
   time of the first --checkpoint files too (linearity), peak memory, and executemany
   of the same rows into bare tables and into the same schema.
Budgets: import rate >= 1/3 of the baseline; re-import >= 2x faster than the first;
peak memory < 300 MB; month export < 1 s; visit op < 100 bytes; county (issue 12): 1,250
stations < 60 s and <= 3.5x the time of 375, >= 0.33x bare and >= 0.6x same-schema
executemany, < 500 MB.

    .venv/bin/python bench/bench_sync.py --county-only [--stations 1250]
        [--checkpoint 375] [--station-ops 3000] [--name county]
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

from common import INIT, app_db, joined_pair, print_table, run_measured, run_timed
from county import county_table

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def device_id(data: Path) -> str:
    _, _, out = run_measured(data, "keys", "show")
    return out.splitlines()[0].split()[1]


def baseline_copy(source: Path, target: Path) -> tuple[float, float, int]:
    """Seconds (clock, CPU) to insert every synced row of `source` into the same, empty
    tables."""
    shutil.copy(source, target)
    conn = app_db(target, source.parent, isolation_level=None)  # the same key: a copy
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE '%sync_hlc%'")]
    data = {t: conn.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
    conn.execute("BEGIN")
    for t in [*tables, "sync_op", "client_index"]:
        conn.execute(f"DELETE FROM {t}")
    conn.execute("COMMIT")
    rows = 0
    start, cpu = time.perf_counter(), time.process_time()
    conn.execute("BEGIN")
    for t, batch in data.items():
        if batch:
            marks = ", ".join("?" * len(batch[0]))
            conn.executemany(f"INSERT INTO {t} VALUES ({marks})", batch)
            rows += len(batch)
    conn.execute("COMMIT")
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    conn.close()
    return seconds, cpu, rows


def visit_op_bytes(root: Path, data: Path) -> float:
    """Bytes per op of a bundle holding only visit creates (their share of the file)."""
    sample = data.parent / "visit-sample"
    run_measured(sample, *INIT)
    run_measured(sample, "demo", "--clients", "2000", "--seed", "5")
    out = root / "sample.shegong"
    _, _, text = run_measured(sample, "bundle", "export", "--all", "--out", str(out))
    ops = int(text.split(" ops ")[1].split()[0])
    return out.stat().st_size / ops


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=60_000)
    parser.add_argument("--stations", type=int, default=1250)
    parser.add_argument("--checkpoint", type=int, default=0,
                        help="stations of the smaller county (default: 0.3 x --stations)")
    parser.add_argument("--name", default="",
                        help="the results file's name (default: sync-county, sync-CLIENTS)")
    parser.add_argument("--station-ops", type=int, default=3000)
    parser.add_argument("--county-only", action="store_true",
                        help="only the county simulation (part 3)")
    parser.add_argument("--no-county", action="store_true",
                        help="parts 1 and 2 without the county")
    args = parser.parse_args()
    rows: list[tuple[str, ...]] = []
    checkpoint = args.checkpoint or max(1, round(args.stations * 0.3))
    if args.county_only:
        with tempfile.TemporaryDirectory(prefix="shegong-county-") as tmp:
            rows = county_table(Path(tmp), args.stations, checkpoint, args.station_ops)
        print_table(args.name or "sync-county", ("measure", "size", "time", "peak memory",
                                                 "budget", "notes (same run)"), rows)
        return
    with tempfile.TemporaryDirectory(prefix="shegong-sync-") as tmp:
        root = Path(tmp)
        # The head's laptop makes the data; a laptop that joined its station takes it.
        laptop, head = root / "laptop", root / "head"
        joined_pair(root, laptop, head)
        run_measured(laptop, "demo", "--clients", str(args.clients), "--seed", "1")
        bundle = root / "all.shegong"
        exp_s, exp_mb, out = run_measured(laptop, "bundle", "export", "--all", "--out",
                                          str(bundle))
        ops = int(out.split(" ops ")[1].split()[0])
        size = bundle.stat().st_size
        imp_s, imp_cpu, imp_mb, _ = run_timed(head, "bundle", "import", str(bundle))
        again_s, again_mb, again = run_measured(head, "bundle", "import", str(bundle))
        assert "already imported" in again
        # Re-import of the same content in a new bundle (all ops known): export again.
        bundle2 = root / "all2.shegong"
        run_measured(laptop, "bundle", "export", "--all", "--out", str(bundle2))
        known_s, known_mb, _ = run_measured(head, "bundle", "import", str(bundle2))
        rows += [
            ("export --all", f"{ops:,} ops", f"{exp_s:.1f} s", f"{exp_mb:.0f} MB", "< 300 MB",
             f"{size / ops:.0f} bytes/op in the file"),
            ("import into an empty db", f"{ops:,} ops", f"{imp_s:.1f} s (CPU {imp_cpu:.1f} s)",
             f"{imp_mb:.0f} MB",
             ">= 1/3 baseline, < 300 MB", "baseline: see below"),
            ("import the same file again", "", f"{again_s:.1f} s", f"{again_mb:.0f} MB", "",
             "ledger: already imported"),
            ("import a new bundle, all ops known", f"{ops:,} ops", f"{known_s:.1f} s",
             f"{known_mb:.0f} MB", ">= 2x faster", f"{imp_s / known_s:.1f}x faster than first"),
        ]
        # A station-sized month: a fresh laptop, a few hundred clients.
        station = root / "station"
        run_measured(station, *INIT)
        run_measured(station, "demo", "--clients", "300", "--seed", "2")
        month = dt.date.today().strftime("%Y-%m")
        m_s, m_mb, out = run_measured(station, "bundle", "export", "--month", month, "--out",
                                      str(root / "month.shegong"))
        m_ops = int(out.split(" ops ")[1].split()[0])
        rows.append(("export --month (station)", f"{m_ops:,} ops", f"{m_s:.2f} s",
                     f"{m_mb:.0f} MB", "< 1 s", "whole command, process start included"))
        per_visit = visit_op_bytes(root, station)
        rows.append(("bytes per op, demo data", "", f"{per_visit:.0f} B", "", "< 100 B (visit)",
                     "compressed and encrypted, all tables"))
        county_rows: list[tuple[str, ...]] = []
        if not args.no_county:
            (root / "county-run").mkdir()
            county_rows = county_table(root / "county-run", args.stations, checkpoint,
                                       args.station_ops)
        # Last: it holds every row in this process, and a child forked after it would
        # report this process's memory as its own peak.
        base_s, base_cpu, base_rows = baseline_copy(laptop / "shegong.db",
                                                    root / "baseline.db")
        rate, base_rate = ops / imp_s, base_rows / base_s
        cpu_ratio = (ops / imp_cpu) / (base_rows / base_cpu)
        rows.append(("baseline: executemany of the same rows", f"{base_rows:,} rows",
                     f"{base_s:.1f} s (CPU {base_cpu:.1f} s)", "", "",
                     f"import = {rate:,.0f} ops/s = {rate / base_rate:.2f}x the baseline's "
                     f"{base_rate:,.0f} rows/s (CPU: {cpu_ratio:.2f}x)"))
    print_table(args.name or f"sync-{args.clients}", ("measure", "size", "time",
                                                      "peak memory", "budget",
                                                      "notes (same run)"), rows + county_rows)


if __name__ == "__main__":
    main()
