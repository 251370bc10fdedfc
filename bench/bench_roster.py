"""Benchmark of the roster import (issue 5, part 6): a 10,000-row civil-affairs roster
imported twice into a fresh data folder through the real CLI:

    .venv/bin/python bench/bench_roster.py [--rows 10000] [--data DIR]

With --data, the roster goes into a copy of that data folder (e.g. the 100,000-client
demo), so the import meets a big database's ID numbers and villages.

Budget: each import < 10 s; the second import must change nothing (unchanged == rows).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

import openpyxl
from common import INIT, ROOT, run_measured

sys.path.insert(0, str(ROOT))
from app.models.validation import id_check_digit

HEADERS = ["序号", "姓名", "身份证号", "性别", "出生日期", "联系电话", "村(社区)", "组",
           "家庭住址"]
VILLAGES = ["那龙村", "东风村", "三联村", "鹿鸣村", "太平村", "龙兴村", "建新村"]


def make_roster(path: Path, rows: int) -> None:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("低保")
    ws.append(["那龙镇农村低保对象花名册"])
    ws.append(HEADERS)
    start = dt.date(1935, 1, 1)
    for i in range(rows):
        birth = start + dt.timedelta(days=(i * 7919) % 25000)
        first17 = f"450122{birth:%Y%m%d}{i % 1000:03d}"
        number = first17 + id_check_digit(first17)
        gender = "男" if int(first17[16]) % 2 else "女"
        ws.append([i + 1, f"居民{i:05d}", number, gender, dt.datetime.combine(birth, dt.time()),
                   f"13{i % 10}{i:08d}", VILLAGES[i % len(VILLAGES)], f"{i % 12 + 1}组",
                   f"{VILLAGES[i % len(VILLAGES)]}{i % 300 + 1}号"])
    wb.save(path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--data", type=Path, help="a data folder to copy and import into")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data, xlsx = Path(tmp) / "data", Path(tmp) / "roster.xlsx"
        make_roster(xlsx, args.rows)
        if args.data:
            shutil.copytree(args.data, data, ignore=shutil.ignore_patterns("backups"))
        else:
            run_measured(data, *INIT)
        cmd = ("import-roster", str(xlsx), "--category", "minimum_allowance",
               "--new-villages")
        first = run_measured(data, *cmd)
        second = run_measured(data, *cmd)
    for label, (seconds, mb, out) in (("first", first), ("second", second)):
        print(f"{label} import of {args.rows} rows: {seconds:.2f} s, peak {mb:.0f} MB; "
              f"{out.strip().splitlines()[-1]}")
    ok = (first[0] < 10 and second[0] < 10
          and second[2].strip().endswith(f"unchanged {args.rows} bad 0"))
    print("within budget (< 10 s each, second import unchanged)" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
