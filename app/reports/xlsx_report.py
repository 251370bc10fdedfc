"""The monthly report as an Excel workbook: a summary sheet laid out the way
civil-affairs offices read a 台账 (title, station and month, a bordered table with units
and totals, a signature line, ready to print on A4), then one sheet per ledger of the
month with real dates and numbers.

The summary's numbers are report_sections' lines, the same the pdf and the Reports
screen show. The ledgers' rows are streamed into the file (app.reports.xlsx_stream):
openpyxl lays out each sheet with its first data row only.
"""

from __future__ import annotations

import io
import os
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from app.errors import ShegongError
from app.files import atomic_output
from app.reports import ledgers, sections
from app.reports.figures import MonthlyReport, parse_month
from app.reports.ledgers import Kind, Ledger, Value
from app.reports.sections import Line
from app.reports.xlsx_stream import EXCEL_MAX_ROWS, StreamedSheet, clean_text, rewrite
from app.store.database import Database

NUMBER_FORMAT: dict[Kind, str] = {
    # Hours keep their second decimal (7.25 h), as in the json, without padding 16.0.
    "int": "0", "float": "0.0#", "date": "yyyy-mm-dd", "text": "General"}
BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
SECTION_FILL = PatternFill("solid", fgColor="F2F2F2")
_THIN = Side(style="thin", color="808080")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LAST_COLUMN = "E"  # item, unit, this month, last month, year to date
HEADER_ROW = 4  # below the title and two lines of station and month


def write_xlsx(db: Database, report: MonthlyReport, path: str | os.PathLike[str],
               lang: str = "zh") -> Path:
    """Write the workbook to `path`, replaced only once complete."""
    start, end = parse_month(report.month)
    with atomic_output(path) as fh, ledgers.month_ledgers(db, start, end, lang) as books:
        wb = Workbook()
        first = wb.active
        assert isinstance(first, Worksheet)  # a new workbook starts with one worksheet
        _summary(first, report, lang)
        laid_out = [(wb.create_sheet(), ledger) for ledger in books]
        for ws, ledger in laid_out:
            _ledger_sheet(ws, ledger, report, lang)
        for ws in wb.worksheets:
            _text_stays_text(ws)
        template = io.BytesIO()
        wb.save(template)
        # Sheet paths are known once saved; every ledger's rows are read in that pass.
        rewrite(template.getvalue(), fh, [
            StreamedSheet(ws.path.lstrip("/"), ledger.rows,
                          tuple(c.shown for c in ledger.columns), ledger.total + 1)
            for ws, ledger in laid_out if ledger.total > 1])
    return Path(path)


# -- the summary -------------------------------------------------------------------------------

def _summary(ws: Worksheet, report: MonthlyReport, lang: str) -> None:
    ws.title = ledgers.text("summary", lang)
    _heading(ws, report, lang)
    header = [sections.text(k, lang)
              for k in ("item", "unit", "current", "previous", "year_to_date")]
    _append(ws, header)
    for cell in ws[HEADER_ROW]:
        cell.font, cell.fill, cell.border, cell.alignment = BOLD, HEADER_FILL, BORDER, CENTER
    labels, units = [header[0]], [header[1]]
    for section in sections.report_sections(report, lang):
        _append(ws, [section.title])
        row = ws.max_row
        ws.merge_cells(f"A{row}:{LAST_COLUMN}{row}")
        for cell in ws[row]:
            cell.font, cell.fill, cell.border = BOLD, SECTION_FILL, BORDER
        for line in section.lines:
            _summary_line(ws, line)
            labels.append(line.label + "  " * line.level)  # an indent is about two widths
            units.append(line.unit)
    last = _signature(ws, lang)

    widths = [_width(labels) + 4, _width(units) + 4] + [max(_width(header[2:]) + 4, 13)] * 3
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = min(width, 60)
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    ws.print_area = f"A1:{LAST_COLUMN}{last}"  # the signature lines print with the table
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    _page_setup(ws, landscape=False, report=report, lang=lang, sheet_title=None)


def _heading(ws: Worksheet, report: MonthlyReport, lang: str) -> None:
    """The title across the table, then who and when: station and month on one line,
    county and township on the next, each pair in the table's left and right halves."""
    _append(ws, [sections.title(report, lang)])
    ws.merge_cells(f"A1:{LAST_COLUMN}1")
    ws["A1"].font = Font(bold=True, size=16)
    ws["A1"].alignment = CENTER
    ws.row_dimensions[1].height = 30
    pairs = ((("station", report.station_name),
              ("month", sections.month_label(report.month, lang))),
             (("county", report.county), ("township", report.township)))
    for (left, left_value), (right, right_value) in pairs:
        _append(ws, [sections.labelled(left, left_value, lang), None,
                     sections.labelled(right, right_value, lang)])
        row = ws.max_row
        ws.merge_cells(f"A{row}:B{row}")
        ws.merge_cells(f"C{row}:{LAST_COLUMN}{row}")


def _signature(ws: Worksheet, lang: str) -> int:
    """The head's signature and the date, then who filled the form in; its last row."""
    blank = "_" * 16
    ws.append([])
    _append(ws, [sections.labelled("head_signature", blank, lang), None,
                 sections.labelled("date_signed", blank, lang)])
    ws.merge_cells(f"C{ws.max_row}:{LAST_COLUMN}{ws.max_row}")
    _append(ws, [sections.labelled("filled_by", blank, lang)])
    return ws.max_row


def _summary_line(ws: Worksheet, line: Line) -> None:
    values = (line.current, line.previous, line.year_to_date)
    _append(ws, [line.label, line.unit, *values])
    kind: Kind = "float" if line.in_hours else "int"
    for i, cell in enumerate(ws[ws.max_row]):
        cell.border = BORDER
        if line.total:
            cell.font = BOLD
        if i == 0:
            cell.alignment = Alignment(indent=line.level, vertical="center")
        elif i == 1:
            cell.alignment = CENTER
        else:
            cell.number_format = NUMBER_FORMAT[kind]


# -- the ledgers -------------------------------------------------------------------------------

def _ledger_sheet(ws: Worksheet, ledger: Ledger, report: MonthlyReport, lang: str) -> None:
    """The header, the widths, the page setup and the first row (the template of the rest,
    which are streamed in after it)."""
    title = ledgers.text(ledger.key, lang)
    if ledger.total + 1 > EXCEL_MAX_ROWS:
        raise ShegongError(
            f"The {title} ledger has {ledger.total:,} rows, more than an Excel sheet holds; "
            "make the report of one station at a time.",
            f"{title}共 {ledger.total} 行，超过 Excel 工作表的上限，请按单个社工站生成报表。")
    ws.title = title
    for i, column in enumerate(ledger.columns, 1):
        name = ledgers.text(column.key, lang)
        cell = ws.cell(1, i, name)
        cell.font, cell.fill, cell.border, cell.alignment = BOLD, HEADER_FILL, BORDER, CENTER
        ws.column_dimensions[get_column_letter(i)].width = max(column.width, _width([name]) + 2)
    first = next(ledger.rows, None)
    if first is not None:
        values = ledger.shown(first)
        for i, (column, value) in enumerate(zip(ledger.columns, values, strict=True), 1):
            cell = ws.cell(2, i, _cell_value(value))
            cell.border = BORDER
            cell.number_format = NUMBER_FORMAT[column.kind]
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    _page_setup(ws, landscape=True, report=report, lang=lang, sheet_title=title)


def _cell_value(value: Value) -> Value:
    return clean_text(value) if isinstance(value, str) else value


def _append(ws: Worksheet, values: Sequence[Value]) -> None:
    """A row of the summary; names in its labels come from people (a worker, the station),
    and openpyxl refuses a control character pasted into one."""
    ws.append([_cell_value(v) for v in values])


def _text_stays_text(ws: Worksheet) -> None:
    """openpyxl takes a text beginning with "=" for a formula; a name typed that way (or
    pasted: "=HYPERLINK(...)") must show as typed, as the streamed rows do."""
    for row in ws.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"


# -- shared --------------------------------------------------------------------------------------

def _page_setup(ws: Worksheet, *, landscape: bool, report: MonthlyReport, lang: str,
                sheet_title: str | None) -> None:
    """A4, as wide as one page, as many pages long as it takes, numbered."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    head, foot = ws.oddHeader, ws.oddFooter
    assert head is not None and foot is not None  # a worksheet always has both
    if sheet_title:  # a ledger's printed pages say whose and which month they are
        month = sections.month_label(report.month, lang)
        header = f"{report.station_name} {month} {sheet_title}"
        head.center.text = header.replace("&", "&&")  # "&" starts a header code
    foot.center.text = "第 &P 页，共 &N 页" if lang == "zh" else "Page &P of &N"


def _width(texts: list[str]) -> float:
    """Excel's column width for the longest text: a CJK character is two units."""
    return max((sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in t)
                for t in texts), default=8)

__all__ = ["write_xlsx"]
