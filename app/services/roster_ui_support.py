"""What the roster import screen needs beyond `app.services.roster` (no Qt here).

- `column_letter`: Excel's name of a column (0 → "A", 26 → "AA"), so the mapping screen
  can say "B 身份证号" even when two columns share a header or one has none.
- `preview_counts`: how many rows a preview registers, updates and refuses.
- `write_problem_rows`: the rows with problems, each with its sentence and its original
  cells, as an .xlsx the civil-affairs office can correct and send back.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from app.errors import ShegongError
from app.services.roster import BadRow, RosterPreview, Sheet


def column_letter(index: int) -> str:
    """Excel's letters for a 0-based column index."""
    if index < 0:
        raise ValueError(f"column index must be >= 0, got {index}")
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True)
class PreviewCounts:
    register: int  # new clients
    update: int  # already registered with the same ID number
    problems: int  # bad rows


def preview_counts(pv: RosterPreview) -> PreviewCounts:
    updates = sum(1 for g in pv.good if g.updates)
    return PreviewCounts(len(pv.good) - updates, updates, len(pv.bad))


def write_problem_rows(path: Path | str, sheet: Sheet, bad: tuple[BadRow, ...] | list[BadRow],
                       lang: str, row_header: str, problem_header: str) -> Path:
    """An .xlsx with one line per bad row: its row number in the roster, the sentence
    (in `lang`), then the row's cells under the roster's own headers."""
    import openpyxl

    path = Path(path)
    cells = dict(sheet.rows)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet(sheet.name[:31] or "Sheet1")
    ws.append([row_header, problem_header, *sheet.headers])
    for b in sorted(bad, key=lambda b: b.row):
        ws.append([b.row, b.text(lang), *cells.get(b.row, ())])
    buffer = io.BytesIO()  # built in memory: a refused path leaves no half-written workbook
    wb.save(buffer)
    try:
        path.write_bytes(buffer.getvalue())
    except OSError as exc:
        raise ShegongError(
            f"The file {path.name} could not be written ({exc.strerror or exc}); "
            "choose another folder or close the file in Excel first.",
            f"无法写入文件 {path.name}（{exc.strerror or exc}）；请换一个文件夹，"
            "或先在 Excel 中关闭该文件。") from exc
    return path
