"""The monthly report as an A4 pdf, through Qt's own printing (QPdfWriter): no extra
dependency, and Chinese drawn with the system's CJK font, embedded as a subset.

The document (app.render.report_document, the same one the Reports screen previews) is laid
out at the writer's 300 dpi and cut into pages by QTextDocument itself, so the page count
is known before anything is drawn; each page then gets "第 1 页 / 共 N 页" in its footer.
The command line calls this too: `ensure_gui_app()` makes the QGuiApplication that fonts
need when there is none (offscreen on a Linux machine without a display).
"""

from __future__ import annotations

import functools
import logging
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QRawFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from app.errors import OutputRefused
from app.files import atomic_output
from app.render.report_document import extra, report_document, report_font
from app.reports.figures import MonthlyReport
from app.reports.sections import title

log = logging.getLogger(__name__)

DPI = 300
MARGINS_MM = QMarginsF(18, 15, 18, 12)  # left, top, right, bottom
FOOTER_MM = 8.0
CREATOR = "Shegong 社工站助手"

_app: QGuiApplication | None = None  # the one this module made, kept alive


def ensure_gui_app() -> QCoreApplication:
    """The running Qt application; a QGuiApplication is made when there is none."""
    global _app
    app = QCoreApplication.instance()
    if app is None:
        headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if headless and sys.platform not in ("win32", "darwin"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the user's choice wins
        app = _app = QGuiApplication([sys.argv[0] if sys.argv else "shegong"])
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("the pdf needs a QGuiApplication (fonts), not a QCoreApplication")
    return app


def write_pdf(report: MonthlyReport, path: str | os.PathLike[str], lang: str = "zh") -> Path:
    """Write the report; a reader never sees half a file (app.files), and a
    folder that cannot be written to is refused (OutputRefused) before any drawing."""
    pages = write_document_pdf(lambda scale: report_document(report, lang, scale=scale),
                               title(report, lang), path, lang)
    log.info("monthly report %s: %d pages to %s", report.month, pages, path)
    return Path(path)


def write_document_pdf(make: Callable[[float], QTextDocument], doc_title: str,
                       path: str | os.PathLike[str], lang: str,
                       landscape: bool = False) -> int:
    """A document made at the printer's density (`make(scale)`) as an A4 pdf, written
    whole or not at all; its page count."""
    ensure_gui_app()
    with atomic_output(path) as fh:
        data, pages = _print(make, doc_title, lang, landscape)
        fh.write(_mend_text_map(data))
    return pages


def _print(make: Callable[[float], QTextDocument], doc_title: str, lang: str,
           landscape: bool) -> tuple[bytes, int]:
    """The document as pdf bytes, and its page count."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(a4_layout(landscape))
    writer.setTitle(doc_title)
    writer.setCreator(CREATOR)
    count = draw_pages(writer, make, lang, DPI)
    return bytes(buffer.data().data()), count


def a4_layout(landscape: bool = False) -> QPageLayout:
    orientation = QPageLayout.Orientation.Landscape if landscape \
        else QPageLayout.Orientation.Portrait
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, MARGINS_MM,
                       QPageLayout.Unit.Millimeter)


def draw_pages(device: QPagedPaintDevice, make: Callable[[float], QTextDocument], lang: str,
               dpi: int) -> int:
    """Lay the document out on the device's pages at `dpi` and draw every page with its
    footer (a pdf writer, or a printer from the print dialog): the page count."""
    doc = make(dpi / 96)
    layout = doc.documentLayout()
    layout.setPaintDevice(device)  # measure the text at the device's resolution
    area = device.pageLayout().paintRectPixels(dpi)  # inside the margins, device pixels
    footer = round(FOOTER_MM / 25.4 * dpi)
    page = QSizeF(area.width(), area.height() - footer)
    doc.setPageSize(page)
    _keep_together(doc, page.height())
    count = doc.pageCount()
    footer_font = report_font(8.0)
    painter = QPainter()
    if not painter.begin(device):
        raise OutputRefused("The printer could not be started.", "无法启动打印机。")
    try:
        for index in range(count):
            if index:
                device.newPage()
            top = index * page.height()
            painter.save()
            painter.translate(0, -top)
            doc.drawContents(painter, QRectF(0, top, page.width(), page.height()))
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(QColor("#555555"))
            painter.drawText(QRectF(0, page.height(), page.width(), footer),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                             extra("page", lang) % (index + 1, count))
    finally:
        painter.end()
        # The device goes first; the layout must not keep it (Qt takes None; the stubs not).
        layout.setPaintDevice(None)  # type: ignore[arg-type]
    return count


# -- page breaks -------------------------------------------------------------------------
def _keep_together(doc: QTextDocument, page_height: float) -> None:
    """Start a new page rather than cut a chart from its title, or the signatures from
    the last chart. (A section's table needs nothing: Qt moves a table whose header rows
    and first line do not fit to the next page itself.) In document order, so each move
    is measured after the ones before it."""
    layout = doc.documentLayout()
    root = doc.rootFrame()
    charts = [block for block in _blocks(doc)
              if _IMAGE in block.text() and QTextCursor(block).currentFrame() == root]
    for index, chart in enumerate(charts):
        title_block = chart.previous()
        last = doc.lastBlock() if index == len(charts) - 1 else chart
        # Lay the whole document out first: after a change to a half laid-out document,
        # Qt can leave the blocks past the change empty (the signatures went missing).
        doc.pageCount()
        start = layout.blockBoundingRect(title_block).top()
        end = layout.blockBoundingRect(last).bottom()
        if start // page_height != (end - 1) // page_height and end - start < page_height:
            fmt = QTextBlockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(title_block).mergeBlockFormat(fmt)


def _blocks(doc: QTextDocument) -> Iterator[QTextBlock]:
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


# -- copy and search: the text map of the embedded fonts ----------------------------------
# Qt maps each glyph back to the lowest code point the font gives it. CJK fonts share a
# glyph between an ideograph and its look-alike radical (龙 U+9F99 and ⻰ U+2EF0), so
# a pdf reader would copy or search "那⻰镇社⼯站" instead of "那龙镇社工站". The map is
# plain text in Qt's pdfs: each radical is replaced there by its ideograph, four hex
# digits for four, so no length or offset in the file changes.
_IMAGE = "\ufffc"  # the character an image stands on in a QTextDocument
_CMAP = re.compile(rb"beginbf(range|char)\n(.*?)endbf(?:range|char)", re.DOTALL)
_HEX = re.compile(rb"<([0-9A-Fa-f]{4})>")


@functools.cache
def _radicals() -> dict[int, int]:
    """Radical code point -> the ideograph that looks the same."""
    table = {}
    for cp in range(0x2E80, 0x2FE0):
        same = unicodedata.normalize("NFKC", chr(cp))  # the Kangxi radicals decompose
        if len(same) == 1 and same != chr(cp):
            table[cp] = ord(same)
    # The simplified radicals (⻰ ⻚ ...) do not: the font says which ideograph shares
    # the glyph.
    raw = QRawFont.fromFont(report_font())
    ideographs = "".join(chr(cp) for cp in range(0x4E00, 0xA000))
    by_glyph: dict[int, int] = {}
    for char, glyph in zip(ideographs, raw.glyphIndexesForString(ideographs), strict=True):
        if glyph:
            by_glyph.setdefault(glyph, ord(char))
    rest = [cp for cp in range(0x2E80, 0x2FE0) if cp not in table]
    for cp, glyph in zip(rest, raw.glyphIndexesForString("".join(map(chr, rest))),
                         strict=True):
        if glyph in by_glyph:
            table[cp] = by_glyph[glyph]
    return table


def _mend_line(line: bytes, kind: bytes, table: dict[int, int]) -> bytes:
    codes = _HEX.findall(line)
    # bfchar: <glyph> <text>; bfrange: <first> <last> [<text> ...], or <first> <last>
    # <start> where the text counts up from start (mended only for a single glyph).
    keep = 1 if kind == b"char" else 2
    if kind == b"range" and b"[" not in line and (len(codes) < 2 or codes[0] != codes[1]):
        return line
    seen = 0

    def swap(match: re.Match[bytes]) -> bytes:
        nonlocal seen
        seen += 1
        code = int(match.group(1), 16)
        if seen <= keep or code not in table:
            return match.group(0)
        return b"<%04X>" % table[code]

    return _HEX.sub(swap, line)


def _mend_text_map(data: bytes) -> bytes:
    table = _radicals()

    def mend(block: re.Match[bytes]) -> bytes:
        kind = block.group(1)
        body = b"\n".join(_mend_line(line, kind, table)
                          for line in block.group(2).split(b"\n"))
        return block.group(0).replace(block.group(2), body, 1)

    mended = _CMAP.sub(mend, data)
    assert len(mended) == len(data)  # the file's offsets table must stay true
    return mended
