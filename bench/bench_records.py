"""Benchmark of the records a worker looks up (issue 10) on a 100,000-client database with
about a million visits:

    .venv/bin/python bench/bench_records.py [--data DIR] [--clients 100000]

- The Visits list filtered by worker and month: `visit_ids` (what the page's loader runs)
  plus the first window of rows (`visit_rows`, what the table paints), for every worker
  of the station and each of the last six months; median and worst. Baseline in the same
  run: the same SELECT through plain sqlite3 (no SQLAlchemy, no rows). Budget: median
  < 100 ms. Also: the whole list (no filter) and a search by pinyin initials.
- A client's case file (个案档案) as a PDF, for the client with the most visits: a fresh
  process from its start until the file is written (what a person waits for the first
  time, Qt and fonts included), against the same fresh process writing a one-line
  document through the same pdf writer (Qt's own cost, the anchor). Budget: < 2 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import INIT, ROOT, app_db, print_table, run_measured

sys.path.insert(0, str(ROOT))

CHILD_CASE_FILE = """
import sys, time
start = time.perf_counter()
from app.paths import resolve_paths
from app.store.database import Database
from app.services.reports import write_case_file
db = Database(resolve_paths(sys.argv[1]))
write_case_file(db, sys.argv[2], sys.argv[3])
db.close()
print(time.perf_counter() - start)
"""

CHILD_ANCHOR = """
import sys, time
start = time.perf_counter()
from PySide6.QtGui import QTextDocument
from app.render.report_document import report_font
from app.render.report_pdf import write_document_pdf
def one_line(scale):
    doc = QTextDocument()
    doc.setDefaultFont(report_font(10.0))
    doc.setHtml("<h2>个案档案</h2><p>覃秀兰</p>")
    return doc
write_document_pdf(one_line, "anchor", sys.argv[1], "zh")
print(time.perf_counter() - start)
"""


def timed_child(code: str, *args: str) -> float:
    """Seconds from spawning a Python process until it exited."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, check=True,
                   capture_output=True)
    return time.perf_counter() - start


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", help="an existing data folder with demo data")
    parser.add_argument("--clients", type=int, default=100_000)
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory(prefix="shegong-records-")
    data = Path(args.data) if args.data else Path(tmp.name) / "data"
    if args.data is None:
        run_measured(data, *INIT)
        run_measured(data, "demo", "--clients", str(args.clients), "--seed", "1")

    from app.paths import resolve_paths
    from app.services.client_list import workers
    from app.services.visit_list import VisitQuery, visit_ids, visit_months, visit_rows
    from app.store.database import Database

    db = Database(resolve_paths(data))
    people = [w.id for w in workers(db)]
    months = visit_months(db)[:6]
    raw = app_db(resolve_paths(data).database)
    filtered, plain, sizes = [], [], []
    for worker in people:
        for month in months:
            q = VisitQuery(worker_id=worker, month=month)
            start = time.perf_counter()
            ids = visit_ids(db, q)
            visit_rows(db, list(ids[:100]))
            filtered.append(time.perf_counter() - start)
            sizes.append(len(ids))
            first = dt.date.fromisoformat(f"{month}-01")
            last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            start = time.perf_counter()
            raw.execute("SELECT id FROM visit WHERE worker_id = ? AND void_reason IS NULL "
                        "AND visit_date BETWEEN ? AND ? ORDER BY visit_date DESC, id DESC",
                        (bytes.fromhex(worker.replace("-", "")), first.isoformat(),
                         last.isoformat())).fetchall()
            plain.append(time.perf_counter() - start)
    start = time.perf_counter()
    everything = visit_ids(db, VisitQuery())
    visit_rows(db, list(everything[:100]))
    whole = time.perf_counter() - start
    start = time.perf_counter()
    searched = visit_ids(db, VisitQuery(search="zxm"))
    visit_rows(db, list(searched[:100]))
    search = time.perf_counter() - start
    busiest = raw.execute(
        "SELECT lower(hex(client_id)) FROM visit WHERE void_reason IS NULL "
        "GROUP BY client_id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    client = f"{busiest[:8]}-{busiest[8:12]}-{busiest[12:16]}-{busiest[16:20]}-{busiest[20:]}"
    visits_of_busiest = raw.execute(
        "SELECT count(*) FROM visit WHERE void_reason IS NULL AND lower(hex(client_id)) = ?",
        (busiest,)).fetchone()[0]
    total = raw.execute("SELECT count(*) FROM visit").fetchone()[0]
    raw.close()
    db.close()

    out = Path(tmp.name)
    cold = timed_child(CHILD_CASE_FILE, str(data), client, str(out / "case.pdf"))
    again = timed_child(CHILD_CASE_FILE, str(data), client, str(out / "case2.pdf"))
    anchor = sorted(timed_child(CHILD_ANCHOR, str(out / f"a{i}.pdf")) for i in range(3))[1]
    import pypdf

    pages = len(pypdf.PdfReader(str(out / "case.pdf")).pages)
    median = statistics.median(filtered)
    rows = [
        ("visits filtered by worker and month, ids + first window, median", ms(median),
         "< 100 ms", f"{len(filtered)} queries ({len(people)} workers x {len(months)} "
         f"months), {statistics.median(sizes):,.0f} visits each (median) of {total:,}; "
         f"plain sqlite3 SELECT of the ids {ms(statistics.median(plain))} "
         f"({median / statistics.median(plain):.1f}x)"),
        ("... worst of them", ms(max(filtered)), "", ""),
        ("whole list, no filter, ids + first window", ms(whole), "",
         f"{len(everything):,} visits"),
        ("search 'zxm', ids + first window", ms(search), "", f"{len(searched):,} visits"),
        ("case file pdf, fresh process, cold", f"{cold:.2f} s", "< 2 s",
         f"{visits_of_busiest} visits, {pages} pages; again {again:.2f} s; anchor: a "
         f"one-line document through the same writer, fresh process {anchor:.2f} s "
         f"({cold / anchor:.1f}x)"),
    ]
    print_table("records", ("measure", "result", "budget", "notes"), rows)
    tmp.cleanup()


if __name__ == "__main__":
    main()
