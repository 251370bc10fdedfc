"""The same stations' bundles into a county office on SQLite and one on PostgreSQL (issue
12), in one run: --stations heads (SQLite, real keys, `shegong demo --clients N`) export
one bundle each to both offices, and each office imports all of them in one
`shegong bundle import` (a child process, timed with its peak memory). Then the
roll-up report on each.

    .venv/bin/python bench/bench_engines.py --db postgresql://USER@HOST/EMPTY_DB \
        [--stations 4] [--clients 300]

The PostgreSQL database must be empty (it is not dropped afterwards).
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
from pathlib import Path

from common import print_table, run_measured

OFFICE = "南宁市武鸣区民政局"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--stations", type=int, default=4)
    parser.add_argument("--clients", type=int, default=300)
    args = parser.parse_args()
    month = dt.date.today().strftime("%Y-%m")
    with tempfile.TemporaryDirectory(prefix="shegong-engines-") as tmp:
        root = Path(tmp)
        offices = {"SQLite": root / "office", "PostgreSQL": root / "pg-office"}
        run_measured(offices["SQLite"], "init", "--county-office", OFFICE, "--device", "a")
        run_measured(offices["PostgreSQL"], "init", "--county-office", OFFICE, "--device",
                     "b", "--db", args.db)
        ids = {}
        for name, office in offices.items():
            run_measured(office, "keys", "export", "--out", str(root / f"{name}.card"))
            ids[name] = run_measured(office, "keys", "show")[2].split()[1]
        files = []
        for i in range(args.stations):
            head = root / f"head{i}"
            run_measured(head, "init", "--station", f"第{i}社工站", "--county", "南宁市武鸣区",
                         "--township", f"第{i}镇", "--device", f"站长电脑{i}", "--worker", "韦丽")
            run_measured(head, "keys", "export", "--out", str(root / f"head{i}.card"))
            for name, office in offices.items():
                run_measured(head, "keys", "trust", str(root / f"{name}.card"), "--role",
                             "county")
                run_measured(office, "keys", "trust", str(root / f"head{i}.card"), "--role",
                             "head")
            run_measured(head, "demo", "--clients", str(args.clients), "--seed", str(i + 1))
            out = root / f"head{i}.shegong"
            run_measured(head, "bundle", "export", "--out", str(out), "--to", ids["SQLite"],
                         "--to", ids["PostgreSQL"])
            files.append(str(out))
        rows = []
        for name, office in offices.items():
            seconds, mb, printed = run_measured(office, "bundle", "import", *files)
            ops = sum(int(line.split(" ops ")[1].split()[0]) for line in printed.splitlines())
            report, _, _ = run_measured(office, "report", "--month", month, "--format", "json",
                                        "--out", str(root / f"{name}.json"))
            rows.append((name, f"{seconds:.2f} s", f"{ops:,}",
                         f"{seconds / ops * 1e6:.0f} µs", f"{mb:.0f} MB", f"{report:.2f} s"))
    print_table(f"engines-{args.stations}x{args.clients}",
                ("office on", "bundle import", "ops", "per op", "peak memory", "report json"),
                rows)


if __name__ == "__main__":
    main()
