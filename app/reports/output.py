"""The monthly report written in one of its three formats: json (for scripts and the
county), xlsx (the civil-affairs ledger) or pdf (A4, to print and sign).

`write_report` is what `shegong report --month ... --format ... --out ...` calls: the
figures are counted once, then handed to the format's writer. The Reports screen, which
already holds the figures it previews, calls `write_report_of` so the file it saves has
exactly the numbers on screen. Each writer replaces the file only once it is complete.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.errors import ValidationError
from app.files import check_output
from app.reports.figures import MonthlyReport, monthly_figures
from app.store.database import Database

FORMATS = ("xlsx", "pdf", "json")


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise ValidationError(
            "format", f'"{fmt}" is not a report format; use xlsx, pdf or json.',
            f"“{fmt}”不是报表格式，请使用 xlsx、pdf 或 json。")
    return fmt


def write_report(db: Database, month: str, fmt: str, path: str | os.PathLike[str],
                 lang: str = "zh") -> Path:
    """Count the month's figures and write them as `fmt` to `path`."""
    check_format(fmt)  # before the figures: a typo should not cost a count
    check_output(db.paths, Path(path))
    from app.reports.county import is_county_office

    if is_county_office(db):
        return write_county_report(db, month, fmt, path, lang)
    return write_report_of(db, monthly_figures(db, month), fmt, path, lang)


def write_county_report(db: Database, month: str, fmt: str, path: str | os.PathLike[str],
                        lang: str = "zh") -> Path:
    """On a county office: the roll-up of every station (app.reports.county_report)."""
    check_output(db.paths, Path(path))
    from app.reports.county_report import county_dict, county_report
    from app.reports.county_xlsx import write_county_json, write_county_xlsx

    report = county_report(db, month)
    if fmt == "json":
        return write_county_json(county_dict(report), path)
    if fmt == "xlsx":
        return write_county_xlsx(report, path, lang)
    from app.render.county_document import write_county_pdf

    return write_county_pdf(report, path, lang)


def write_report_of(db: Database, report: MonthlyReport, fmt: str,
                    path: str | os.PathLike[str], lang: str = "zh") -> Path:
    """Write figures already counted; the xlsx reads the ledgers' detail from `db`."""
    check_output(db.paths, Path(path))
    if check_format(fmt) == "json":
        from app.reports.json_report import write_json

        return write_json(report, path)
    if fmt == "xlsx":
        from app.reports.xlsx_report import write_xlsx  # openpyxl: loaded only for this

        return write_xlsx(db, report, path, lang=lang)
    from app.render.report_pdf import write_pdf  # Qt's printing: loaded only for this

    return write_pdf(report, path, lang=lang)
