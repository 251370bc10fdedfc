"""The home visit record sheet (走访记录表) as a QTextDocument and an A4 pdf: a table of
the facts, the three needs, what was done, and the signature lines. Texts in the
sheet's language, never self.tr (not a window)."""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtGui import QTextDocument

from app.render.report_document import report_font
from app.render.report_pdf import write_document_pdf
from app.reports.county_report import pick
from app.reports.visit_sheet import VisitSheet


def sheet_title(sheet: VisitSheet, lang: str) -> str:
    return pick(f"Home visit record: {sheet.client} {sheet.visit_date}",
                f"走访记录表：{sheet.client} {sheet.visit_date}", lang)


def _row(*cells: tuple[str, str, int]) -> str:
    """A table row of (label, value, columns the value spans) pairs."""
    out = []
    for label, value, span in cells:
        out.append(f'<td bgcolor="#eef3f4" width="14%"><b>{html.escape(label)}</b></td>'
                   f'<td colspan="{span}">{html.escape(value).replace(chr(10), "<br>")}</td>')
    return "<tr>" + "".join(out) + "</tr>"


def visit_rows(sheet: VisitSheet, lang: str) -> list[str]:
    """The rows of the visit itself (from its date on): the sheet's, and each visit's in a
    case file."""
    def p(en: str, zh: str) -> str:
        return pick(en, zh, lang)

    minutes = p(f"{sheet.duration_min} minutes", f"{sheet.duration_min} 分钟") \
        if sheet.duration_min else ""
    return [
        _row((p("Visit date", "走访日期"), str(sheet.visit_date), 1),
             (p("Mode", "走访方式"), sheet.mode, 1), (p("Duration", "走访时长"), minutes, 1)),
        _row((p("Workers", "走访社工"), sheet.workers, 3),
             (p("People met", "会见人员"), sheet.people_met, 1)),
        _row((p("Observations", "观察记录"), sheet.observations, 5)),
        *(_row((dim, level, 1), (p("Notes", "说明"), notes, 3))
          for dim, level, notes in sheet.needs),
        _row((p("Services delivered", "提供的服务"), sheet.services, 5)),
        _row((p("Risks noticed", "发现的风险"), sheet.risks, 5)),
        _row((p("Next follow-up", "下次跟进日期"), str(sheet.next_followup or ""), 5)),
    ]


TABLE = ('<table width="100%" border="1" cellspacing="0" cellpadding="4" '
         'style="border-collapse: collapse; border-color: #888888;">')


def visit_sheet_document(sheet: VisitSheet, lang: str, scale: float = 1.0) -> QTextDocument:
    def p(en: str, zh: str) -> str:
        return pick(en, zh, lang)

    doc = QTextDocument()
    doc.setDefaultFont(report_font(10.0))
    rows = [
        _row((p("Client", "服务对象"), sheet.client, 1), (p("Gender", "性别"), sheet.gender, 1),
             (p("Birth date", "出生日期"), str(sheet.birth_date or ""), 1)),
        _row((p("ID number", "身份证号"), sheet.id_number, 3),
             (p("Village", "村（社区）"), sheet.village, 1)),
        _row((p("Address", "住址"), sheet.address, 3),
             (p("Categories", "服务对象类别"), sheet.categories, 1)),
        *visit_rows(sheet, lang),
    ]
    signatures = p("Worker's signature: ____________  Client (or family) signature: "
                   "____________  Date: ____________",
                   "社工签名：____________　服务对象（或家属）签名：____________"
                   "　日期：____________")
    doc.setHtml(
        f'<h2 align="center">{html.escape(p("Home visit record", "走访记录表"))}</h2>'
        + TABLE + "".join(rows) + "</table>"
        f"<p><br>{html.escape(signatures)}</p>")
    return doc


def write_visit_sheet_pdf(sheet: VisitSheet, path: str | os.PathLike[str],
                          lang: str = "zh") -> Path:
    write_document_pdf(lambda scale: visit_sheet_document(sheet, lang, scale),
                       sheet_title(sheet, lang), path, lang)
    return Path(path)
