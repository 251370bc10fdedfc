"""The county's roll-up as a QTextDocument for the pdf (A4 landscape): the title, the
stations table with its lights and totals, the stations that sent nothing, each
supervisor's stations, and two charts: visits per station this month and the stations
meeting the supervision rule over twelve months. Texts in the report's language, never
self.tr (the command line writes it too)."""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from app.render.report_charts import bar_chart
from app.render.report_document import report_font
from app.render.report_pdf import write_document_pdf
from app.reports.county import CERTIFIED_GROWTH_GOAL
from app.reports.county_report import COLUMNS, LIGHT_WORDS, LIGHTS, CountyReport, pick

LIGHT_COLOUR = {"green": "#c6efce", "amber": "#ffeb9c", "red": "#ffc7ce"}
VISITS_URL = "chart://county-visits"
HISTORY_URL = "chart://county-supervision"
MOST_BARS = 40  # a county of hundreds: the chart shows the 40 stations with most visits
ROWS_A_TABLE = 30  # about a landscape page


def county_title(report: CountyReport, lang: str) -> str:
    m = report.month
    return f"{m.office} {m.month} " + pick("stations' monthly roll-up", "社工站月度汇总", lang)


def write_county_pdf(report: CountyReport, path: str | os.PathLike[str],
                     lang: str = "zh") -> Path:
    write_document_pdf(lambda scale: county_document(report, lang, scale),
                       county_title(report, lang), path, lang, landscape=True)
    return Path(path)


def _cell(value: object, colour: str | None = None) -> str:
    bg = f' bgcolor="{colour}"' if colour else ""
    return f"<td{bg}>{html.escape('' if value is None else str(value))}</td>"


def _stations_table(report: CountyReport, lang: str) -> str:
    """The stations in tables of ROWS_A_TABLE rows, each with the column heads: Qt lays
    out and draws one table of a thousand rows many times slower than many small ones,
    and a printed page then shows its heads."""
    heads = [pick("Station", "社工站", lang), pick("Township", "乡镇", lang),
             pick("Last bundle", "最近报送", lang),
             *(pick(en, zh, lang) for _, en, zh in LIGHTS), *(c.label(lang) for c in COLUMNS)]
    head = ('<table width="100%" border="1" cellspacing="0" cellpadding="2" '
            'style="border-collapse: collapse; border-color: #888888;">'
            '<thead><tr bgcolor="#dde7ea">'
            + "".join(f"<td><b>{html.escape(h)}</b></td>" for h in heads) + "</tr></thead>")
    rows = []
    for line, r in report.rows():
        lights = "".join(_cell(pick(*LIGHT_WORDS[line.lights[k]], lang),
                               LIGHT_COLOUR[line.lights[k]]) for k, _, _ in LIGHTS)
        rows.append("<tr>" + _cell(line.name) + _cell(line.township)
                    + _cell((line.last_bundle or pick("never", "从未", lang))[:10]) + lights
                    + "".join(_cell(c.value(line, r)) for c in COLUMNS) + "</tr>")
    totals = report.totals()
    rows.append("<tr><td><b>" + html.escape(pick("Total", "合计", lang)) + "</b></td>"
                + _cell(len(report.reports)) + _cell("") + _cell("") * len(LIGHTS)
                + "".join(_cell(totals[c.key]) for c in COLUMNS) + "</tr>")
    return "".join(head + "".join(rows[i:i + ROWS_A_TABLE]) + "</table>"
                   for i in range(0, len(rows), ROWS_A_TABLE))


def _followups(report: CountyReport, lang: str) -> str:
    silent = report.month.silent
    names = "、".join(s.name for s in silent) or pick("none", "无", lang)
    sup = "".join(f"<li>{html.escape(name)}：{html.escape('、'.join(stations))}</li>"
                  for name, stations in report.supervisors().items())
    m = report.month
    growth = m.certified_growth
    grown = "—" if growth is None else f"{growth:.0%}"
    silent_title = pick("Stations that sent nothing this month", "本月未报送的社工站", lang)
    return (f"<p><b>{html.escape(silent_title)}（{len(silent)}）</b>：{html.escape(names)}</p>"
            f"<p><b>{html.escape(pick('Supervisors this month', '本月督导覆盖', lang))}</b></p>"
            f"<ul>{sup or '<li>' + html.escape(pick('none', '无', lang)) + '</li>'}</ul>"
            f"<p>{html.escape(pick('Certified workers', '持证社工', lang))}: {m.certified_now} "
            f"({html.escape(pick('a year before', '一年前', lang))} {m.certified_year_before}, "
            f"{html.escape(pick('growth', '增长', lang))} {grown}, "
            f"{html.escape(pick('goal', '目标', lang))} {CERTIFIED_GROWTH_GOAL:.0%})</p>")


def county_document(report: CountyReport, lang: str, scale: float = 1.0) -> QTextDocument:
    font = report_font(8.0)
    doc = QTextDocument()
    doc.setDefaultFont(font)
    busiest = sorted(((line.name, float(line.visits)) for line in report.month.stations),
                     key=lambda bar: -bar[1])[:MOST_BARS]
    history = [(h.month[2:], float(h.supervised)) for h in report.history]
    charts = {}
    for url, bars, horizontal in ((VISITS_URL, busiest, True),
                                  (HISTORY_URL, history, False)):
        if bars:
            chart = bar_chart(bars, report_font(), horizontal=horizontal, scale=scale,
                              width=900)
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), chart)
            size = chart.deviceIndependentSize()
            charts[url] = (f'<img src="{url}" width="{round(size.width())}" '
                           f'height="{round(size.height())}">')
    visits_title = pick("Visits per station this month", "本月各站走访次数", lang)
    if len(report.month.stations) > MOST_BARS:
        visits_title += pick(f" (the {MOST_BARS} with most)", f"（前 {MOST_BARS} 个站）", lang)
    history_title = pick("Stations meeting the supervision rule, 12 months",
                       "近12个月督导达标站数", lang)
    doc.setHtml(
        f'<h2 align="center">{html.escape(county_title(report, lang))}</h2>'
        f"{_stations_table(report, lang)}{_followups(report, lang)}"
        f'<p style="page-break-before: always;"><b>{html.escape(visits_title)}</b></p>'
        f"<p>{charts.get(VISITS_URL, '')}</p>"
        f"<p><b>{html.escape(history_title)}</b></p><p>{charts.get(HISTORY_URL, '')}</p>")
    return doc
