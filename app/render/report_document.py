"""The monthly report as one QTextDocument: what the pdf prints and what the Reports
screen previews (one builder, so the two can never differ).

Every text in it is the report's own language from app.reports.sections (the report is
made by the command line too, where no Qt translator is installed), never self.tr.
Layout: the title, a header block (station, county, township, month, when made), one
table of every section's lines (item / unit / this month / last month / year to date;
totals bold, break-down lines indented), the two charts, and the signature lines.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QFont, QFontDatabase, QRawFont, QTextDocument

from app.models.vocab import CLIENT_CATEGORY
from app.render.report_charts import bar_chart
from app.reports.dates import local_time
from app.reports.figures import UNKNOWN, MonthlyReport
from app.reports.sections import (
    Line,
    in_lang,
    labelled,
    month_label,
    report_sections,
    text,
    title,
)

# The Simplified Chinese fonts of Linux, Windows and macOS, best first; Qt falls back
# along the list (and to the system's default) for anything a font lacks.
FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
            "Microsoft YaHei", "SimHei", "PingFang SC", "WenQuanYi Micro Hei")
BODY_POINTS = 10.0
CHINESE_SAMPLE = "社工站"
NO_CHINESE_FONT = ("No font on this computer draws Chinese (社工站), so the report's pdf "
                   "would show empty boxes; install one: on Debian or Ubuntu the package "
                   "fonts-noto-cjk.")
WEEKS_URL = "chart://visits-per-week"
CATEGORIES_URL = "chart://clients-by-category"
HEAD = "#dde7ea"
SECTION = "#eef3f5"
NUMERALS = "一二三四五六七八九十"

# The few fixed texts the pdf adds to sections.TEXT, kept the same way (both languages).
EXTRA: dict[str, tuple[str, str]] = {
    "page": ("Page %d of %d", "第 %d 页 / 共 %d 页"),
    "none": ("No clients served this month.", "本月没有服务记录。"),
    "this_month": (" (this month)", "（本月）"),
}


def extra(key: str, lang: str) -> str:
    return in_lang(EXTRA[key], lang)


def report_font(points: float = BODY_POINTS) -> QFont:
    """A font that draws Chinese: the first installed of FAMILIES, else the default."""
    font = QFont()
    installed = set(QFontDatabase.families())
    families = [name for name in FAMILIES if name in installed]
    if families:
        font.setFamilies(families)
    font.setPointSizeF(points)
    # Noto / Source Han's "locl" swaps the digits of a Latin run ("Page 1 of 4") for
    # glyphs its character map does not list, so a pdf reader could not copy or search
    # them; the plain digits look the same.
    font.setFeature(QFont.Tag("locl"), 0)
    return font


def draws_chinese(font: QFont | None = None) -> bool:
    """Whether the font Qt picks for Chinese text in the report's font (or in `font`)
    has a glyph for every character of CHINESE_SAMPLE."""
    chinese = QFontDatabase.WritingSystem.SimplifiedChinese
    if not QFontDatabase.families(chinese):
        return False  # (and QRawFont.fromFont would crash asking for one)
    raw = QRawFont.fromFont(font or report_font(), chinese)
    return raw.isValid() and all(raw.glyphIndexesForString(CHINESE_SAMPLE))  # 0: no glyph


def _number(value: float, hours: bool) -> str:
    return f"{value:.1f}" if hours else str(int(value))


def _row(line: Line) -> str:
    values = (line.current, line.previous, line.year_to_date)
    hours = line.in_hours
    bold = ("<b>", "</b>") if line.total else ("", "")
    cells = "".join(f'<td align="right">{bold[0]}{_number(v, hours)}{bold[1]}</td>'
                    for v in values)
    indent = ' style="padding-left: 18px;"' if line.level else ""
    return (f"<tr><td{indent}>{bold[0]}{html.escape(line.label)}{bold[1]}</td>"
            f'<td align="center">{html.escape(line.unit)}</td>{cells}</tr>')


def _header(report: MonthlyReport, lang: str) -> str:
    def cell(key: str, value: str, span: int = 1) -> str:
        return f'<td colspan="{span}">{html.escape(labelled(key, value, lang))}</td>'

    return ('<table width="100%" cellspacing="0" cellpadding="3">'
            f"<tr>{cell('station', report.station_name)}{cell('county', report.county)}"
            f"{cell('township', report.township)}</tr>"
            f"<tr>{cell('month', month_label(report.month, lang))}"
            f"{cell('generated', local_time(report.generated_at, lang), 2)}</tr></table>")


def _tables(report: MonthlyReport, lang: str) -> str:
    """One table per section; its title and the column heads are its header rows, which
    Qt repeats at the top of every page the table runs onto."""
    heads = "".join(
        f'<th width="{width}" align="{align}">{html.escape(text(key, lang))}</th>'
        for key, width, align in (("item", "50%", "left"), ("unit", "10%", "center"),
                                  ("current", "13%", "right"), ("previous", "13%", "right"),
                                  ("year_to_date", "14%", "right")))
    tables = []
    for number, section in enumerate(report_sections(report, lang), start=1):
        mark = f"{NUMERALS[number - 1]}、" if lang == "zh" and number <= 10 else f"{number}. "
        tables.append(
            '<table width="100%" border="1" cellspacing="0" cellpadding="2" '
            'style="border-collapse: collapse; border-color: #888888; margin-top: 8px;">'
            f'<thead><tr><td colspan="5" bgcolor="{SECTION}"><b>{mark}'
            f"{html.escape(section.title)}</b></td></tr>"
            f'<tr bgcolor="{HEAD}">{heads}</tr></thead>'
            f'{"".join(_row(line) for line in section.lines)}</table>')
    return "".join(tables)


def _category_bars(report: MonthlyReport, lang: str) -> list[tuple[str, float]]:
    served = report.current.clients_served_by_category
    bars = [(text("unknown", lang) if code == UNKNOWN else CLIENT_CATEGORY.label(code, lang),
             float(n)) for code, n in served.items() if n]
    return sorted(bars, key=lambda bar: -bar[1])  # stable: vocabulary order among equals


def _week_bars(report: MonthlyReport) -> list[tuple[str, float]]:
    return [(f"{week.week_start[5:7]}/{week.week_start[8:10]}", float(week.visits))
            for week in report.visits_per_week]


def _signatures(lang: str) -> str:
    blank, gap = "_" * 14, "&nbsp;" * 8
    return (f'<p style="margin-top: 28px;">'
            f'{html.escape(labelled("head_signature", blank, lang))}{gap}'
            f'{html.escape(labelled("date_signed", blank, lang))}</p>'
            f'<p style="margin-top: 18px;">{html.escape(labelled("filled_by", blank, lang))}</p>'
            )


def report_document(report: MonthlyReport, lang: str, scale: float = 1.0,
                    parent: QObject | None = None) -> QTextDocument:
    """The whole report; `scale` is the charts' pixel density (the printer's dpi / 96)."""
    font = report_font()
    doc = QTextDocument(parent)
    doc.setDefaultFont(font)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title(report, lang))
    charts = {}  # url -> <img>, sized in CSS pixels as the chart was drawn
    for url, bars, horizontal in ((WEEKS_URL, _week_bars(report), False),
                                  (CATEGORIES_URL, _category_bars(report, lang), True)):
        if bars:
            chart = bar_chart(bars, font, horizontal=horizontal, scale=scale)
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), chart)
            size = chart.deviceIndependentSize()
            charts[url] = (f'<img src="{url}" width="{round(size.width())}" '
                           f'height="{round(size.height())}">')
    category_title = text("clients_by_category", lang) + extra("this_month", lang)
    doc.setHtml(
        f'<h2 align="center">{html.escape(title(report, lang))}</h2>'
        f"{_header(report, lang)}{_tables(report, lang)}"
        f'<p style="margin-top: 16px;"><b>{html.escape(text("visits_per_week", lang))}</b></p>'
        f"<p>{charts.get(WEEKS_URL, '')}</p>"
        f'<p style="margin-top: 12px;"><b>{html.escape(category_title)}</b></p>'
        f"<p>{charts.get(CATEGORIES_URL, html.escape(extra('none', lang)))}</p>"
        f"{_signatures(lang)}")
    return doc
