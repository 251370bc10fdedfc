"""The monthly report as a use case: what `shegong report` asks for.

The counting (app.reports.figures) and the writers (app.reports.output: json, xlsx, and
the pdf through app.render) sit below the services; the command line reaches them only
through here, as it reaches the data. `write_report(db, month, fmt, path, lang)` counts
the month once and writes it; the file appears only once it is complete.
"""

from __future__ import annotations

from app.models.validation import parse_month
from app.reports.output import FORMATS, check_format, write_report

__all__ = ["FORMATS", "check_format", "parse_month", "write_report"]
