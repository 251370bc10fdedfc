"""The monthly report's pdf (Qt's own printing): a real PDF whose pages, text and totals
are read back with pypdf; and write_report's dispatch to the three formats."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QBuffer, QIODevice, QSizeF
from PySide6.QtGui import QPdfWriter
from PySide6.QtWidgets import QApplication
from report_records import Recorded, add_records, load_report

from app.errors import OutputRefused, ValidationError
from app.render.report_document import month_label, report_document
from app.render.report_pdf import _keep_together, write_pdf
from app.reports.figures import monthly_figures
from app.reports.output import write_report
from app.reports.sections import title
from app.services import Database

ROOT = Path(__file__).resolve().parents[2]
RADICALS = re.compile("[\u2e80-\u2fdf]")  # look-alikes a bad text map gives for 龙, 工, 月


@pytest.fixture
def recorded(db: Database) -> Recorded:
    return add_records(db)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder for the reports alone (tmp_path also holds the data folder)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def pdf_text(path: Path) -> tuple[int, list[str]]:
    """The page count and each page's text, runs of white space made one space."""
    reader = pypdf.PdfReader(str(path))
    return len(reader.pages), [re.sub(r"\s+", " ", page.extract_text())
                               for page in reader.pages]


@pytest.mark.usefixtures("chinese_font")
def test_the_pdf_holds_the_station_the_month_and_the_totals(
        db: Database, recorded: Recorded, out: Path, qapp: QApplication) -> None:
    report = monthly_figures(db, recorded.month)
    target = write_pdf(report, out / "月报.pdf")

    assert target == out / "月报.pdf"
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in out.iterdir()] == ["月报.pdf"]  # no .part left behind
    count, pages = pdf_text(target)
    assert count >= 2  # eight sections of figures, two charts, the signatures
    for number, page in enumerate(pages, start=1):  # the footer says what was printed
        footer = f"第 {number} 页 / 共 {count} 页"
        assert footer in page
        # A section's title and column heads never end a page without a line under them.
        assert not page.replace(footer, "").strip().endswith("本年累计")
    text = " ".join(pages)
    assert "那龙镇社工站" in text  # searchable and copyable as typed
    assert not RADICALS.search(text)
    assert month_label(recorded.month, "zh") in text
    assert "社会工作服务月报表" in text and "南宁市武鸣区" in text
    assert (f"走访总次数 次 {recorded.visits} {recorded.visits_before} "
            f"{recorded.visits_ytd}") in text
    assert f"服务总人数（每人只计一次） 人 {recorded.people} {recorded.people_before}" in text
    assert "农村留守儿童 人 1" in text  # a category line, indented under the total
    assert "每周走访次数" in text and "各类服务对象服务人数（本月）" in text
    assert "站长（签字）" in pages[-1] and "填报人" in pages[-1]
    assert pypdf.PdfReader(str(target)).metadata.title == title(report, "zh")


@pytest.mark.usefixtures("chinese_font")
def test_the_pdf_in_english(db: Database, recorded: Recorded, out: Path,
                            qapp: QApplication) -> None:
    report = monthly_figures(db, recorded.month)
    count, pages = pdf_text(write_pdf(report, out / "report.pdf", lang="en"))

    assert pages[0].startswith("那龙镇社工站 — Monthly social-work service report")
    assert f"Page {count} of {count}" in pages[-1]
    assert f"Visits, total times {recorded.visits} {recorded.visits_before}" in " ".join(pages)


def test_an_unwritable_place_raises_and_leaves_nothing(
        db: Database, recorded: Recorded, out: Path, qapp: QApplication) -> None:
    report = monthly_figures(db, recorded.month)
    with pytest.raises(OutputRefused):  # a sentence for the person, as the xlsx's
        write_pdf(report, out / "no such folder" / "r.pdf")
    assert list(out.iterdir()) == []


def test_write_report_counts_once_and_writes_each_format(
        db: Database, recorded: Recorded, out: Path, qapp: QApplication) -> None:
    data = json.loads(write_report(db, recorded.month, "json",
                                   out / "r.json").read_text(encoding="utf-8"))
    assert data["station_name"] == "那龙镇社工站"
    assert data["current"]["visits"] == recorded.visits
    assert write_report(db, recorded.month, "pdf", out / "r.pdf") \
        .read_bytes().startswith(b"%PDF-")
    with pytest.raises(ValidationError) as refused:
        write_report(db, recorded.month, "docx", out / "r.docx")
    assert refused.value.field == "format"
    if importlib.util.find_spec("app.reports.xlsx_report") is not None:
        assert write_report(db, recorded.month, "xlsx", out / "r.xlsx") \
            .read_bytes().startswith(b"PK")  # a zip: the workbook


@pytest.mark.usefixtures("chinese_font")
def test_the_command_line_path_makes_its_own_offscreen_application(
        db: Database, recorded: Recorded, out: Path) -> None:
    """No QApplication and no display, as `shegong report` on a server: write_report,
    reached as the command line reaches it (app.services), makes its own QGuiApplication
    on the offscreen platform, and neither the widgets nor the UI are loaded."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    pdf = out / "cli.pdf"
    script = (
        "import sys\n"
        "from app.paths import resolve_paths\n"
        "from app.services import open_database\n"
        "from app.services.reports import write_report\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "db = open_database(resolve_paths(sys.argv[1]))\n"
        "write_report(db, sys.argv[2], 'pdf', sys.argv[3])\n"
        "print(QGuiApplication.platformName(), type(QGuiApplication.instance()).__name__)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('app.ui', 'PySide6.QtWidgets'))))\n")
    done = subprocess.run([sys.executable, "-c", script, str(db.paths.data),
                           recorded.month, str(pdf)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["offscreen QGuiApplication", "[]"]
    assert "那龙镇社工站" in pdf_text(pdf)[1][0]


@pytest.mark.usefixtures("chinese_font")
def test_a_chart_stays_with_its_title_and_the_signatures_with_the_last_chart(
        db: Database, recorded: Recorded, qapp: QApplication) -> None:
    """Wherever the pages end, a page break never falls between a chart's title and the
    chart, nor between the last chart and the signatures, and nothing goes missing."""
    report = monthly_figures(db, recorded.month)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)  # measured as when printing: 300 dpi
    writer.setResolution(300)
    cut = 0
    for height in range(2000, 3400, 200):  # pages of many heights: the breaks fall apart
        for keep in (False, True):
            doc = report_document(report, "zh", scale=300 / 96)
            doc.documentLayout().setPaintDevice(writer)
            doc.setPageSize(QSizeF(2100, height))
            if keep:
                _keep_together(doc, height)
            layout = doc.documentLayout()
            tail = []  # the charts' titles, the charts and the signatures: (text, page)
            block = doc.lastBlock()
            while len(tail) < 6:
                rect = layout.blockBoundingRect(block)
                assert rect.height() > 0, (height, block.text())  # laid out, so drawn
                tail.insert(0, (block.text(), int(rect.top() // height)))
                block = block.previous()
            doc.documentLayout().setPaintDevice(None)
            assert tail[0][0] == "每周走访次数" and tail[5][0].startswith("填报人")
            pages = [page for _text, page in tail]
            together = pages[0] == pages[1] and pages[2] == pages[3] == pages[4] == pages[5]
            if keep:
                assert together, (height, tail)
            cut += not together
    assert cut  # some of those pages would have cut without the rule


@pytest.mark.usefixtures("chinese_font")
def test_the_big_demo_report_keeps_its_signatures(out: Path, qapp: QApplication) -> None:
    """The 100,000-client demo's report: its charts fall across a page end, and moving
    them used to leave the signature lines out of the pdf."""
    report = load_report()
    count, pages = pdf_text(write_pdf(report, out / "big.pdf"))

    assert count == 5
    assert "走访总次数 次 84262 81557 831799" in " ".join(pages)
    last = pages[-1]
    assert "每周走访次数" in last and "各类服务对象服务人数（本月）" in last
    assert "站长（签字）" in last and "填报人" in last
