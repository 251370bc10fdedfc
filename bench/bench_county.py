"""Benchmark of what a county officer waits for (issue 12), on a county office that merged
--stations monthly bundles of --station-ops ops each (bench/county.py: real keys,
signatures and bundle files; ~10 % client creates, the rest visits):

    .venv/bin/python bench/bench_county.py [--stations 1250] [--station-ops 3000]

Each command runs cold in a child process of its own (`python -m app ...`), the way a
person starts it, with its peak memory; the first report of the month is the one that
counts the month's visits. Anchor of the same run: `shegong keys show` on the same
data folder (Python, the package and the database opened, nothing read).
Budgets: `shegong stations` < 1 s; the county report < 10 s; memory < 500 MB.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from common import print_table, run_measured
from county import import_all, make_county

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

MONTH = "2026-11"  # the month of bench_sync.county's visits


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stations", type=int, default=1250)
    parser.add_argument("--station-ops", type=int, default=3000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="shegong-county-") as tmp:
        root = Path(tmp)
        office, bundles, made = make_county(root, args.stations, args.station_ops)
        merged = import_all(office, bundles, len(bundles), made)
        anchor, anchor_mb, _ = run_measured(office, "keys", "show")
        rows = [("anchor: shegong keys show", f"{anchor:.2f} s", "", f"{anchor_mb:.0f} MB",
                 "1.0x")]
        for name, cmd in (
                ("shegong stations (first, counts the month)",
                 ["stations", "--month", MONTH, "--format", "json"]),
                ("shegong stations (again)", ["stations", "--month", MONTH]),
                ("report json (first of the month)", ["report", "--month", MONTH, "--format",
                                                      "json", "--out", str(root / "r.json")]),
                ("report xlsx", ["report", "--month", MONTH, "--format", "xlsx", "--out",
                                 str(root / "r.xlsx")]),
                ("report pdf", ["report", "--month", MONTH, "--format", "pdf", "--out",
                                str(root / "r.pdf")])):
            seconds, mb, _ = run_measured(office, *cmd)
            budget = "< 1 s" if cmd[0] == "stations" else "< 10 s"
            rows.append((name, f"{seconds:.2f} s", budget, f"{mb:.0f} MB",
                         f"{seconds / anchor:.1f}x"))
        rows.append(("(merge of the bundles, for reference)", f"{merged.seconds:.1f} s",
                     f"{merged.applied:,} ops", f"{merged.peak_mb:.0f} MB", ""))
    print_table(f"county-{args.stations}x{args.station_ops}",
                ("measure", "time", "budget", "peak memory", "vs anchor"), rows)


if __name__ == "__main__":
    main()
