"""A person's own record (个人信息副本) as an A4 pdf: the case file, then the history of
each record (when, laptop, item, before, after), then the attached photos, each on the
page under its title. Texts in the record's language (not a window)."""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from app.render.case_file_document import case_file_parts, grid_table, heading
from app.render.report_document import report_font
from app.render.report_pdf import write_document_pdf
from app.reports.county_report import pick
from app.reports.person_record import PersonRecord

PHOTO_WIDTH = 600  # CSS pixels: the width of the A4 text block, about
PHOTO_HEIGHT = 820  # and at most a page's height


def person_record_title(record: PersonRecord, lang: str) -> str:
    return pick(f"Personal record: {record.file.client}",
                f"个人信息副本：{record.file.client}", lang)


def person_record_document(record: PersonRecord, lang: str,
                           scale: float = 1.0) -> QTextDocument:
    def p(en: str, zh: str) -> str:
        return pick(en, zh, lang)

    doc = QTextDocument()
    doc.setDefaultFont(report_font(10.0))
    parts = case_file_parts(record.file, lang, ("Personal record", "个人信息副本"))
    why = p("Everything the station holds about this person, given at the request of the "
            "person or their guardian.", "本站所存与本人有关的全部信息，应本人或其监护人申请提供。")
    parts.insert(2, f"<p>{html.escape(why)}</p>")
    parts.append(heading(p("Who changed what", "修改历史")))
    heads = (p("When", "时间"), p("Laptop", "电脑"), p("Item", "项目"), p("Before", "原值"),
             p("After", "新值"))
    for section in record.histories:
        parts.append(heading(section.title, 4))
        parts.append(grid_table(heads, section.lines, p("No history.", "无记录。")))
    if record.photos or record.documents:
        parts.append(heading(p("Attached photos and documents", "附件")))
    for number, (title, data) in enumerate(record.photos):
        image = QImage.fromData(data)
        if image.isNull():  # an unreadable image is listed, not drawn
            parts.append(f"<p>{html.escape(title)}</p>")
            continue
        url = f"photo:{number}"
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
        ratio = min(PHOTO_WIDTH / image.width(), PHOTO_HEIGHT / image.height(), 1.0)
        parts.append(f"<p><b>{html.escape(title)}</b><br>"
                     f'<img src="{url}" width="{round(image.width() * ratio)}" '
                     f'height="{round(image.height() * ratio)}"></p>')
    if record.documents:
        files = p("Documents kept as files (given separately): ", "另附文件（单独提供）：")
        parts.append(f"<p>{html.escape(files + '、'.join(record.documents))}</p>")
    doc.setHtml("".join(parts))
    return doc


def write_person_record_pdf(record: PersonRecord, path: str | os.PathLike[str],
                            lang: str = "zh") -> Path:
    write_document_pdf(lambda scale: person_record_document(record, lang, scale),
                       person_record_title(record, lang), path, lang)
    return Path(path)
