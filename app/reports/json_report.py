"""The monthly report as canonical JSON: sorted keys, UTF-8 text as is, stable names."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path
from typing import Any

from app.files import atomic_output
from app.reports.figures import MonthlyReport

FORMAT = "shegong-monthly-report/1"


def report_dict(report: MonthlyReport) -> dict[str, Any]:
    """The report as plain dicts, lists, strings and numbers."""
    return {"format": FORMAT, **dataclasses.asdict(report)}


def dumps(report: MonthlyReport) -> str:
    return json.dumps(report_dict(report), sort_keys=True, ensure_ascii=False, indent=2) + "\n"


def write_json(report: MonthlyReport, path: str | os.PathLike[str]) -> Path:
    """Write the report; a reader never sees half a file (temporary file, then replace)."""
    with atomic_output(path) as fh:
        fh.write(dumps(report).encode("utf-8"))
    return Path(path)
