"""A client's case file (个案档案) as a QTextDocument and an A4 pdf, for the station's
paper archive: basic facts, categories, household, each case, every visit (laid out as
on the visit record sheet), referrals, and the lines to sign. Page numbers come from the
pdf writer's footer. Texts in the file's language, never self.tr (not a window)."""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtGui import QTextDocument

from app.render.report_document import report_font
from app.render.report_pdf import write_document_pdf
from app.render.visit_sheet_document import TABLE, visit_rows
from app.reports.case_file import CaseFile, CaseSection
from app.reports.county_report import pick

HEAD = "#eef3f4"


def case_file_title(file: CaseFile, lang: str) -> str:
    return pick(f"Case file: {file.client}", f"个案档案：{file.client}", lang)


def _cell(text: str, head: bool = False, span: int = 1, width: str = "") -> str:
    body = html.escape(text).replace("\n", "<br>")
    attrs = (f' colspan="{span}"' if span > 1 else "") + (f' width="{width}"' if width else "")
    if head:
        return f'<td bgcolor="{HEAD}"{attrs}><b>{body}</b></td>'
    return f"<td{attrs}>{body}</td>"


def _pairs_table(pairs: tuple[tuple[str, str], ...], per_row: int = 2) -> str:
    """Label and value side by side, `per_row` pairs to a row; long values get a row."""
    rows, line = [], []
    for label, value in pairs:
        if len(value) > 20:  # a sentence gets the whole row
            rows.append(_cell(label, True, width="14%") + _cell(value, span=2 * per_row - 1))
            continue
        line.append(_cell(label, True, width="14%") + _cell(value))
        if len(line) == per_row:
            rows.append("".join(line))
            line = []
    if line:
        rows.append("".join(line) + _cell("", span=2 * (per_row - len(line))))
    return TABLE + "".join(f"<tr>{r}</tr>" for r in rows) + "</table>"


def grid_table(heads: tuple[str, ...], rows: tuple[tuple[str, ...], ...], none: str) -> str:
    if not rows:
        return f"<p>{html.escape(none)}</p>"
    head = "<tr>" + "".join(_cell(h, True) for h in heads) + "</tr>"
    return TABLE + head + "".join(
        "<tr>" + "".join(_cell(v) for v in row) + "</tr>" for row in rows) + "</table>"


def heading(text: str, level: int = 3) -> str:
    return f"<h{level}>{html.escape(text)}</h{level}>"


def _case(index: int, case: CaseSection, lang: str) -> str:
    def p(en: str, zh: str) -> str:
        return pick(en, zh, lang)

    facts: tuple[tuple[str, str], ...] = (
        (p("Stage", "阶段"), case.stage), (p("Worker", "负责社工"), case.worker),
        (p("Opened on", "开案日期"), str(case.opened_on or "")),
        (p("Closed on", "结案日期"), str(case.closed_on or "")),
        (p("Presenting problem", "主要问题"), case.presenting_problem))
    if case.closure:
        facts += ((p("Reason for closing", "结案原因"), case.closure),)
    parts = [heading(p(f"Case {index}", f"个案 {index}")), _pairs_table(facts)]
    parts.append(heading(p("Assessment", "评估"), 4))
    parts.append(_pairs_table(case.assessment, per_row=1) if case.assessment
                 else f"<p>{html.escape(p('Not assessed yet.', '尚未评估。'))}</p>")
    if case.assessed:
        parts.append(f"<p>{html.escape(case.assessed)}</p>")
    parts.append(heading(p("Service plan", "服务计划"), 4))
    parts.append(grid_table((p("Goal", "目标"), p("Status", "状态"), p("Target date", "目标日期")),
                       case.goals, p("No goals set.", "尚未制定目标。")))
    parts.append(heading(p("Steps", "个案进程"), 4))
    parts.append(grid_table((p("Date", "日期"), p("Stage", "阶段"), p("Note", "说明")), case.steps,
                       p("No steps recorded.", "无记录。")))
    return "".join(parts)


def case_file_document(file: CaseFile, lang: str, scale: float = 1.0) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(report_font(10.0))
    doc.setHtml("".join([*case_file_parts(file, lang), signature_lines(lang)]))
    return doc


def signature_lines(lang: str) -> str:
    signatures = pick("Worker in charge: ____________  Station head: ____________  "
                      "Date: ____________",
                      "责任社工签名：____________　站长审核：____________　"
                      "日期：____________", lang)
    return f"<p><br>{html.escape(signatures)}</p>"


def case_file_parts(file: CaseFile, lang: str, title: tuple[str, str] = ("Case file", "个案档案")
                    ) -> list[str]:
    """The case file's HTML, piece by piece, under `title` (en, zh)."""
    def p(en: str, zh: str) -> str:
        return pick(en, zh, lang)

    sep = "、" if lang == "zh" else ", "
    parts = [
        f'<h2 align="center">{html.escape(p(*title))}</h2>',
        f'<p align="center">{html.escape(file.client)}　'
        f'{html.escape(p(f"printed on {file.printed_on}", f"打印日期：{file.printed_on}"))}</p>',
        heading(p("Basic facts", "基本情况")), _pairs_table(file.facts),
        f"<p><b>{html.escape(p('Categories', '服务对象类别'))}：</b>"
        f"{html.escape(sep.join(file.categories))}</p>",
        heading(p("Household", "家庭成员")),
        grid_table((p("Name", "姓名"), p("Relation", "关系"), p("Gender", "性别"),
               p("Birth date", "出生日期"), p("Guardian", "监护人"),
               p("Lives with the client", "共同居住"), p("Phone", "电话")),
              file.household, p("No household members recorded.", "未登记家庭成员。")),
    ]
    if file.cases:
        parts += [_case(i, c, lang) for i, c in enumerate(file.cases, 1)]
    else:
        parts += [heading(p("Cases", "个案")),
                  f"<p>{html.escape(p('No case opened.', '未开案。'))}</p>"]
    count = len(file.visits)
    parts.append(heading(p(f"Home visits ({count})", f"走访记录（共 {count} 次）")))
    if not file.visits:
        parts.append(f"<p>{html.escape(p('No visits recorded.', '无走访记录。'))}</p>")
    for i, sheet in enumerate(file.visits, 1):
        # The visit's number is the table's first row: never left alone at a page's foot.
        number = _cell(p(f"Visit {i}", f"第 {i} 次走访"), head=True, span=6)
        parts.append(f"<br>{TABLE}<tr>{number}</tr>" + "".join(visit_rows(sheet, lang))
                     + "</table>")
    parts.append(heading(p("Referrals", "转介记录")))
    parts.append(grid_table(
        (p("Date", "转介日期"), p("Agency", "转介单位"), p("Reason", "转介原因"),
         p("Status", "状态"), p("Outcome", "结果")), file.referrals,
        p("No referrals.", "无转介记录。")))
    if file.attachments:
        parts.append(heading(p("Attached documents and photos", "附件目录")))
        parts.append(grid_table((p("Added", "添加日期"), p("Kind", "类别"), p("Title", "标题"),
                            p("Belongs to", "所属")), file.attachments, ""))
    return parts


def write_case_file_pdf(file: CaseFile, path: str | os.PathLike[str], lang: str = "zh") -> Path:
    write_document_pdf(lambda scale: case_file_document(file, lang, scale),
                       case_file_title(file, lang), path, lang)
    return Path(path)
