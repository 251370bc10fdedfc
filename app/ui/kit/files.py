"""Files the person names or opens, done the same way on every screen.

- `ask_save_path`: the save-as dialog with a suggested name; the right suffix is added
  when the typed name lacks it (people type "月报", not "月报.pdf").
- `safe_file_name`: a file name from a station's or device's name that Windows accepts.
- `open_folder`: a folder in the system's file manager.
- `recent_months` / `fill_months`: the months a report or a sync file can be for,
  newest first, labelled as the reports label them (2026年10月).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QFileDialog, QWidget

from app.models.validation import months_back
from app.reports.sections import month_label

MONTHS_SHOWN = 24  # two years: a late report, or last year's file for the county
# What Windows refuses in a file name, and control characters (a pasted line break).
UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def ask_save_path(parent: QWidget | None, title: str, default: Path, filter: str,
                  suffix: str) -> Path | None:
    """Where to save, suggesting `default`; None when the person cancelled. `suffix`
    (".pdf") is appended to a name without it, so the file opens with the right program."""
    # Positional arguments: the tests stand in for the dialog with a plain function.
    name, _ = QFileDialog.getSaveFileName(parent, title, str(default), filter)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != suffix.lower():
        path = path.with_name(path.name + suffix)
    return path


def documents_folder() -> Path:
    """Where a saved report is first suggested: the person's Documents folder."""
    found = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def safe_file_name(*parts: str) -> str:
    """The non-blank parts joined by "-", with what a file name may not hold replaced:
    ("那龙镇/社工站", "2026-10") -> "那龙镇_社工站-2026-10"."""
    joined = "-".join(p.strip() for p in parts if p.strip())
    # Windows also refuses a name ending in a dot or a space.
    return UNSAFE_IN_NAMES.sub("_", joined).strip(" ._")


def open_folder(path: Path) -> bool:
    """Show the folder in the file manager; False when the system could not."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def recent_months(today: dt.date, count: int = MONTHS_SHOWN) -> list[str]:
    """"YYYY-MM" of this month and the ones before it, newest first."""
    return months_back(today, count)


def fill_months(combo: QComboBox, lang: str, today: dt.date | None = None,
                count: int = MONTHS_SHOWN) -> None:
    """The recent months as the combo's choices: the label shown, "YYYY-MM" as data."""
    for month in recent_months(today or dt.date.today(), count):
        combo.addItem(month_label(month, lang), month)
