"""The county's roll-up as an Excel workbook laid out as the county's 台账: a sheet of
every station's month with its lights and a totals row, one sheet per breakdown
(people by category, open cases by stage, activities by domain), the stations that sent
nothing with each supervisor's stations, and twelve months of compliance.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.files import atomic_output
from app.models.vocab import CERTIFICATION, Vocab
from app.reports.county import CERTIFIED_GROWTH_GOAL
from app.reports.county_report import (
    CODE_TABLES,
    COLUMNS,
    LIGHT_WORDS,
    LIGHTS,
    CountyReport,
    pick,
)
from app.reports.xlsx_report import BOLD, BORDER, CENTER, HEADER_FILL
from app.reports.xlsx_stream import clean_text

LIGHT_FILL = {"green": PatternFill("solid", fgColor="C6EFCE"),
              "amber": PatternFill("solid", fgColor="FFEB9C"),
              "red": PatternFill("solid", fgColor="FFC7CE")}
Cell = str | int | float | None


def write_county_xlsx(report: CountyReport, path: str | os.PathLike[str],
                      lang: str = "zh") -> Path:
    wb = Workbook()
    first = wb.active
    assert isinstance(first, Worksheet)
    _stations_sheet(first, report, lang)
    for field, vocab, en, zh in CODE_TABLES:
        _code_sheet(wb.create_sheet(), report, field, vocab, pick(en, zh, lang), lang)
    _followups_sheet(wb.create_sheet(), report, lang)
    _training_sheet(wb.create_sheet(), report, lang)
    _history_sheet(wb.create_sheet(), report, lang)
    with atomic_output(path) as fh:
        wb.save(fh)
    return Path(path)


def _title(ws: Worksheet, report: CountyReport, name: str, lang: str, width: int) -> None:
    m = report.month
    ws.title = name[:31]
    ws.append([clean_text(f"{m.office} {m.month} {name}")])
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(1, width))
    ws.append([])
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    foot = ws.oddFooter
    assert foot is not None
    foot.center.text = "第 &P 页，共 &N 页" if lang == "zh" else "Page &P of &N"


def _table(ws: Worksheet, head: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
    ws.append(list(head))
    top = ws.max_row
    for cell in ws[top]:
        cell.font, cell.fill, cell.border, cell.alignment = BOLD, HEADER_FILL, BORDER, CENTER
    for row in rows:
        ws.append([clean_text(v) if isinstance(v, str) else v for v in row])
        for cell in ws[ws.max_row]:
            cell.border = BORDER
    for i, label in enumerate(head, start=1):
        ws.column_dimensions[get_column_letter(i)].width = max(8, min(24, len(label) * 2 + 2))
    ws.freeze_panes = f"B{top + 1}"


def _stations_sheet(ws: Worksheet, report: CountyReport, lang: str) -> None:
    head = [pick("Station", "社工站", lang), pick("Township", "乡镇（街道）", lang),
            pick("Last bundle", "最近报送", lang), pick("Days ago", "距今天数", lang),
            *(pick(en, zh, lang) for _, en, zh in LIGHTS), *(c.label(lang) for c in COLUMNS)]
    _title(ws, report, pick("Stations", "站点汇总", lang), lang, len(head))
    rows: list[list[Cell]] = []
    for line, r in report.rows():
        lights = [pick(*LIGHT_WORDS[line.lights[k]], lang) for k, _, _ in LIGHTS]
        rows.append([line.name, line.township, (line.last_bundle or "")[:10],
                     line.age_days, *lights, *(c.value(line, r) for c in COLUMNS)])
    totals = report.totals()
    rows.append([pick("Total", "合计", lang), f"{len(report.reports)}", "", None, "", "", "",
                 *(totals[c.key] for c in COLUMNS)])
    _table(ws, head, rows)
    first = ws.max_row - len(rows) + 1
    for offset, (line, _) in enumerate(report.rows()):
        for j, (key, _, _) in enumerate(LIGHTS):
            ws.cell(row=first + offset, column=5 + j).fill = LIGHT_FILL[line.lights[key]]
    for cell in ws[ws.max_row]:
        cell.font = BOLD


def _code_sheet(ws: Worksheet, report: CountyReport, field: str, vocab: Vocab, name: str,
                lang: str) -> None:
    codes = list(report.by_code(field))
    head = [pick("Station", "社工站", lang), pick("Township", "乡镇（街道）", lang),
            *(vocab.label(c, lang) if c in vocab.codes() else c for c in codes)]
    _title(ws, report, name, lang, len(head))
    rows: list[list[Cell]] = [
        [line.name, line.township, *(getattr(r, field).get(c, 0) for c in codes)]
        for line, r in report.rows()]
    totals = report.by_code(field)
    rows.append([pick("Total", "合计", lang), "", *(totals[c] for c in codes)])
    _table(ws, head, rows)


def _followups_sheet(ws: Worksheet, report: CountyReport, lang: str) -> None:
    _title(ws, report, pick("Follow-up", "跟进事项", lang), lang, 4)
    ws.append([pick("Stations that sent nothing this month", "本月未报送的社工站", lang)])
    ws[ws.max_row][0].font = BOLD
    _table(ws, [pick("Station", "社工站", lang), pick("Township", "乡镇（街道）", lang),
                pick("Last bundle", "最近报送", lang), pick("Days ago", "距今天数", lang)],
           [[s.name, s.township, (s.last_bundle or pick("never", "从未", lang))[:10],
             s.age_days] for s in report.month.silent])
    ws.append([])
    ws.append([pick("Supervisors and the stations they supervised this month",
                  "督导本月督导的社工站", lang)])
    ws[ws.max_row][0].font = BOLD
    _table(ws, [pick("Supervisor", "督导", lang), pick("Stations", "社工站", lang),
                pick("Count", "站数", lang)],
           [[name, "、".join(stations), len(stations)]
            for name, stations in report.supervisors().items()])
    m = report.month
    ws.append([])
    growth = m.certified_growth
    ws.append([pick("Certified workers", "持证社工", lang), m.certified_now,
               pick("a year before", "一年前", lang), m.certified_year_before,
               pick("growth", "增长", lang), "" if growth is None else f"{growth:.0%}",
               pick("goal", "目标", lang), f"{CERTIFIED_GROWTH_GOAL:.0%}"])


def _training_sheet(ws: Worksheet, report: CountyReport, lang: str) -> None:
    """Every worker's training hours this year against 48, by station."""
    names = {line.station_id: line.name for line in report.month.stations}
    head = [pick("Station", "社工站", lang), pick("Worker", "社工", lang),
            pick("Certification", "职业资格", lang), pick("Hours this year", "今年培训时长", lang),
            pick("On the 48-hour pace", "是否达到进度", lang)]
    _title(ws, report, pick("Training", "培训进度", lang), lang, len(head))
    rows = sorted(report.month.workers, key=lambda w: (names.get(w.station_id, ""), w.name))
    _table(ws, head, [[names.get(w.station_id, ""), w.name,
                       CERTIFICATION.label(w.certification, lang) if w.certification else "",
                       w.hours, pick("yes", "是", lang) if w.on_pace else pick("no", "否", lang)]
                      for w in rows])


def _history_sheet(ws: Worksheet, report: CountyReport, lang: str) -> None:
    head = [pick("Month", "月份", lang), pick("Stations", "站点数", lang),
            pick("Supervised (≥16 h)", "督导达标站数", lang),
            pick("Training on pace", "培训达标站数", lang), pick("Visits", "走访次数", lang)]
    _title(ws, report, pick("12 months", "近12个月", lang), lang, len(head))
    _table(ws, head, [[h.month, h.stations, h.supervised, h.trained, h.visits]
                      for h in report.history])


def write_county_json(data: dict[str, object], path: str | os.PathLike[str]) -> Path:
    with atomic_output(path) as fh:
        fh.write((json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2) + "\n")
                 .encode("utf-8"))
    return Path(path)
