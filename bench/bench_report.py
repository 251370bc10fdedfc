"""Benchmark of the monthly report (issue 5, part 4) on an existing data folder, e.g. the
100,000-client demo database (~85,000 visits and ~60,000 people served in a month):

    .venv/bin/python bench/bench_report.py --data DIR [--month 2026-10] [--formats json,xlsx,pdf]

Each format runs `shegong report --month M --format F --out FILE` through the real CLI
(the median of --repeat runs, each a fresh process with its own peak memory); a format
the CLI refuses is skipped with a note. Then the two halves of the xlsx are timed apart,
each in a process of its own: the figures (monthly_figures), then the ledgers and the
file (write_xlsx, from those figures). The baseline: openpyxl's write-only mode writing
the same ledger rows (a sample of them, the time scaled to all).

Budgets: json < 2 s, xlsx < 5 s, pdf < 5 s, each under 300 MB; in the xlsx, about 1.5 s
for the figures leaves ~3 s for the ledgers and the file. Also timed: the Station
screen's compliance (< 1 s) and its charts, and the figures of the first report of a
year, when no month's visit counts are kept yet (the copy's kept months are dropped).

Careful: the commands open the folder as the app does, so a database from an older
schema is first upgraded (after a backup copy). Give a copy, not a folder you must keep.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import pickle
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from common import ROOT, print_table, run_measured

BUDGET_S = {"json": 2.0, "xlsx": 5.0, "pdf": 5.0}
BUDGET_MB = 300
XLSX_LEDGERS_S = 3.0  # what the figures leave of the xlsx's 5 s
BASELINE_SAMPLE = 10_000  # rows of each big ledger written by openpyxl for the baseline


# -- the steps, each run in a child process ------------------------------------------------------

def step_figures(db: Any, month: str, path: Path) -> dict[str, float]:
    from app.reports.figures import monthly_figures

    start = time.perf_counter()
    report = monthly_figures(db, month)
    seconds = time.perf_counter() - start
    path.with_suffix(".pickle").write_bytes(pickle.dumps(report))  # for step_xlsx
    return {"seconds": seconds}


def step_xlsx(db: Any, month: str, path: Path) -> dict[str, float]:
    from app.reports.xlsx_report import write_xlsx  # openpyxl: imported here, as in the CLI

    report = pickle.loads(path.with_suffix(".pickle").read_bytes())
    start = time.perf_counter()
    write_xlsx(db, report, path)
    return {"seconds": time.perf_counter() - start, "size_mb": path.stat().st_size / 1e6}


def step_openpyxl(db: Any, month: str, path: Path) -> dict[str, float]:
    """The baseline: openpyxl write-only, the first rows of each big ledger, scaled."""
    import openpyxl

    from app.reports.figures import parse_month
    from app.reports.ledgers import month_ledgers

    first, last = parse_month(month)
    seconds = rows = 0.0
    with month_ledgers(db, first, last, "zh") as ledgers:
        for ledger in ledgers[:2]:  # clients and visits: all but a few hundred rows
            wb = openpyxl.Workbook(write_only=True)
            ws = wb.create_sheet(ledger.key)
            start = time.perf_counter()
            sample = 0
            for row in ledger.rows:
                ws.append(ledger.shown(row))
                sample += 1
                if sample == BASELINE_SAMPLE:
                    break
            wb.save(io.BytesIO())
            seconds += (time.perf_counter() - start) * ledger.total / max(sample, 1)
            rows += ledger.total
    return {"seconds": seconds, "rows": rows}


def step_compliance(db: Any, month: str, path: Path) -> dict[str, float]:
    """The Station screen's two computations: the rules, then its charts."""
    from app.services.station import compliance, station_charts

    start = time.perf_counter()
    rules = compliance(db)
    middle = time.perf_counter()
    station_charts(db, rules.on)
    return {"seconds": middle - start, "charts": time.perf_counter() - middle}


def step_cold_figures(db: Any, month: str, path: Path) -> dict[str, float]:
    """The first report of a year: no month's visit counts kept yet."""
    from app.reports.figures import monthly_figures
    from app.store.database import raw_rows

    with db.write() as s:
        raw_rows(s, "DELETE FROM report_visit_month")
    start = time.perf_counter()
    monthly_figures(db, month)
    return {"seconds": time.perf_counter() - start}


STEPS = {"figures": step_figures, "xlsx": step_xlsx, "openpyxl": step_openpyxl,
         "compliance": step_compliance, "cold": step_cold_figures}


def child(step: str, data: str, month: str, path: str) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    from app.paths import resolve_paths
    from app.store.database import Database

    db = Database(resolve_paths(data))
    result = STEPS[step](db, month, Path(path))
    db.close()
    return {**result, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


# -- measuring -----------------------------------------------------------------------------------

def measure_cli(data: Path, month: str, fmt: str, out: Path,
                repeat: int) -> tuple[float, float] | str:
    """(median seconds, largest peak MB) of the CLI, or why the format was skipped."""
    runs = []
    for _ in range(repeat):
        try:
            seconds, mb, _ = run_measured(data, "report", "--month", month, "--format", fmt,
                                          "--out", str(out))
        except SystemExit as refused:  # run_measured's way to say the command failed
            return " ".join(str(refused).split(" failed: ", 1)[-1].split())[:160]
        runs.append((seconds, mb))
    return statistics.median(s for s, _ in runs), max(mb for _, mb in runs)


def measure_step(step: str, data: Path, month: str, out: Path,
                 repeat: int) -> dict[str, float]:
    """The median run of one step (and the largest peak memory of them)."""
    results = []
    for _ in range(repeat):
        proc = subprocess.run(
            [sys.executable, __file__, "--child", step, str(data), month, str(out)],
            capture_output=True, text=True, cwd=ROOT, env={**os.environ, "SHEGONG_LANG": "en"})
        if proc.returncode != 0:
            raise SystemExit(f"{step} failed: {proc.stderr.strip()}")
        results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    middle = sorted(results, key=lambda r: r["seconds"])[len(results) // 2]
    return {**middle, "peak_mb": max(r["peak_mb"] for r in results)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, help="a data folder with demo data (a copy)")
    parser.add_argument("--month", default="2026-10")
    parser.add_argument("--formats", default="json,xlsx,pdf",
                        help="comma-separated; a format the CLI refuses is skipped")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*args.child)))
        return 0
    if args.data is None or not (args.data / "shegong.db").exists():
        parser.error("--data must be a data folder holding shegong.db (this builds nothing)")

    rows: list[tuple[str, ...]] = []
    ok_all = True
    with tempfile.TemporaryDirectory(prefix="shegong-report-") as tmp:
        for fmt in [f.strip() for f in args.formats.split(",") if f.strip()]:
            budget_s = BUDGET_S.get(fmt, 5.0)
            budget = f"< {budget_s:g} s, < {BUDGET_MB} MB"
            result = measure_cli(args.data, args.month, fmt, Path(tmp) / f"report.{fmt}",
                                 args.repeat)
            if isinstance(result, str):
                print(f"note: {fmt} skipped, the CLI refused it: {result}")
                rows.append((f"report --format {fmt} (CLI)", "skipped", "", budget, "-", ""))
                continue
            seconds, mb = result
            ok = seconds < budget_s and mb < BUDGET_MB
            ok_all &= ok
            rows.append((f"report --format {fmt} (CLI)", f"{seconds:.2f} s", f"{mb:.0f} MB",
                         budget, "ok" if ok else "OVER", f"median of {args.repeat}"))
        direct = Path(tmp) / "direct.xlsx"
        figures = measure_step("figures", args.data, args.month, direct, args.repeat)
        written = measure_step("xlsx", args.data, args.month, direct, args.repeat)
        baseline = measure_step("openpyxl", args.data, args.month, direct, 1)
        rules = measure_step("compliance", args.data, args.month, direct, args.repeat)
        cold = measure_step("cold", args.data, args.month, direct, 1)
    ledgers_ok = written["seconds"] < XLSX_LEDGERS_S and written["peak_mb"] < BUDGET_MB
    rules_ok = rules["seconds"] < 1.0 and rules["peak_mb"] < BUDGET_MB
    ok_all &= ledgers_ok and rules_ok
    rows += [
        ("figures alone (monthly_figures)", f"{figures['seconds']:.2f} s",
         f"{figures['peak_mb']:.0f} MB", "~1.5 s", "", "a process of its own"),
        ("xlsx alone: ledgers + file (write_xlsx)", f"{written['seconds']:.2f} s",
         f"{written['peak_mb']:.0f} MB", f"< {XLSX_LEDGERS_S:g} s, < {BUDGET_MB} MB",
         "ok" if ledgers_ok else "OVER", f"{written['size_mb']:.1f} MB file"),
        ("baseline: the same ledger rows, openpyxl write-only", f"{baseline['seconds']:.2f} s",
         "", "", "", f"{baseline['rows']:,.0f} rows, {BASELINE_SAMPLE:,} a ledger timed; "
         f"{baseline['seconds'] / written['seconds']:.1f}x write_xlsx"),
    ]
    rows += [
        ("Station screen: compliance", f"{rules['seconds']:.2f} s",
         f"{rules['peak_mb']:.0f} MB", "< 1 s", "ok" if rules_ok else "OVER",
         f"then its charts {rules['charts']:.2f} s"),
        ("figures, first report of a year (no month kept)", f"{cold['seconds']:.2f} s",
         f"{cold['peak_mb']:.0f} MB", "", "", "counts and keeps every month once"),
    ]
    print_table("report", ("measure", "time", "peak memory", "budget", "ok", "notes"), rows)
    return 0 if ok_all else 1


if __name__ == "__main__":
    sys.exit(main())
