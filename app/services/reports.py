"""The monthly report as a use case: what `shegong report` asks for.

The counting (app.reports.figures) and the writers (app.reports.output: json, xlsx, and
the pdf through app.render) sit below the services; the command line reaches them only
through here, as it reaches the data. `write_report(db, month, fmt, path, lang)` counts
the month once and writes it; the file appears only once it is complete.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.files import check_output
from app.models.validation import parse_month
from app.reports.case_file import case_file
from app.reports.output import FORMATS, check_format, write_report
from app.reports.visit_sheet import visit_sheet
from app.store.database import Database

__all__ = ["FORMATS", "case_file", "check_format", "parse_month", "visit_sheet", "write_case_file",
           "write_report", "write_visit_sheet"]


def write_visit_sheet(db: Database, visit_id: str, path: str | os.PathLike[str],
                      lang: str = "zh", full_id: bool = False) -> Path:
    """A visit's record sheet (走访记录表) as an A4 pdf, written whole or not at all."""
    from app.render.visit_sheet_document import write_visit_sheet_pdf  # Qt: only here

    check_output(db.paths, Path(path))
    return write_visit_sheet_pdf(visit_sheet(db, visit_id, lang, full_id), path, lang)


def write_case_file(db: Database, client_id: str, path: str | os.PathLike[str],
                    lang: str = "zh", full_id: bool = False) -> Path:
    """A client's whole case file (个案档案) as an A4 pdf, written whole or not at all."""
    from app.render.case_file_document import write_case_file_pdf  # Qt: only here

    check_output(db.paths, Path(path))
    return write_case_file_pdf(case_file(db, client_id, lang, full_id), path, lang)
