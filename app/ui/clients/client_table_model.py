"""The clients table: the ordered ids of one query, and their rows fetched a window at a time.

Like Anki's card browser, the model holds only ids (100,000 short strings) so the scroll
bar is right at once; a row is read from the service the first time a view asks for it,
together with its neighbours (one `client_rows` call per block of ids), and a bounded
cache of blocks keeps memory flat however far the worker scrolls. Sorting never happens
here: `sort()` asks, through `sort_requested`, for the ids again in the new SQL order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.models.people import age_on, mask_id_number
from app.models.vocab import GENDER, RISK_LEVEL
from app.services import Database
from app.services.client_list import ClientListRow, client_rows
from app.ui.kit.i18n import format_date
from app.ui.kit.lazy_table import BlockCache
from app.ui.kit.palette import RED, RISK_COLOURS

Index = QModelIndex | QPersistentModelIndex


HIGH_RISK = QBrush(QColor(RISK_COLOURS["high"]))
MEDIUM_RISK = QBrush(QColor(RISK_COLOURS["medium"]))
OVERDUE = QBrush(QColor(RED))
# A follow-up of someone who died or moved away is no longer a task.
NO_FOLLOWUP_STATUS = frozenset({"deceased", "moved_away"})


@dataclass(frozen=True)
class Column:
    key: str
    sort: str | None = None  # the ClientQuery.sort value this header sorts by
    inverted: bool = False  # ascending on screen is descending in SQL (age vs birth date)
    first_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder  # on the first click


COLUMNS: tuple[Column, ...] = (
    Column("name", "name"),
    Column("gender"),
    Column("age", "birth_date", inverted=True),
    Column("id_number"),
    Column("phone"),
    Column("village", "village"),
    Column("risk", "risk_level", first_order=Qt.SortOrder.DescendingOrder),  # high first
    Column("last_visit", "last_visit"),  # longest without a visit first
    Column("next_followup", "next_followup"),  # most overdue first
)
COLUMN = {c.key: i for i, c in enumerate(COLUMNS)}
RISK, FOLLOWUP, ID_NUMBER = COLUMN["risk"], COLUMN["next_followup"], COLUMN["id_number"]
CENTRED = frozenset({COLUMN["gender"], COLUMN["age"], COLUMN["risk"]})

_R = Qt.ItemDataRole
DISPLAY, TOOLTIP, FOREGROUND, FONT, ALIGN, USER = (
    int(_R.DisplayRole.value), int(_R.ToolTipRole.value), int(_R.ForegroundRole.value),
    int(_R.FontRole.value), int(_R.TextAlignmentRole.value), int(_R.UserRole.value))
# The roles answered; a view asks for about eight per cell as it paints, so the rest
# return at the first line of data().
ROLES = frozenset({DISPLAY, TOOLTIP, FOREGROUND, FONT, ALIGN, USER})
FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
         | Qt.ItemFlag.ItemNeverHasChildren)


@dataclass(frozen=True)
class _Cells:
    """One row made ready for painting once, when its block is fetched."""

    row: ClientListRow
    texts: tuple[str, ...]
    high_risk: bool
    medium_risk: bool
    overdue: bool


class ClientTableModel(QAbstractTableModel):
    sort_requested = Signal()  # the page runs the query again with sort_key/descending

    def __init__(self, db: Database, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.lang = lang
        self.sort_key = "name"
        self.descending = False
        self.cache: BlockCache[_Cells] = BlockCache(self._fetch)
        self._bold = QFont()
        self._bold.setBold(True)
        titles = {"name": self.tr("Name"), "gender": self.tr("Gender"), "age": self.tr("Age"),
                  "id_number": self.tr("ID no."), "phone": self.tr("Phone"),
                  "village": self.tr("Village"), "risk": self.tr("Risk level"),
                  "last_visit": self.tr("Last visited"),
                  "next_followup": self.tr("Next follow-up")}
        self._headers = tuple(titles[c.key] for c in COLUMNS)

    # -- what the page drives -------------------------------------------------------------
    def set_ids(self, ids: Sequence[str]) -> None:
        """A new result: the ids in display order; rows are read when shown."""
        self.beginResetModel()
        self.cache.reset(ids)
        self.endResetModel()

    @property
    def ids(self) -> Sequence[str]:
        return self.cache.ids

    @property
    def fetched_blocks(self) -> list[int]:
        return self.cache.fetched_blocks

    def client_id(self, row: int) -> str | None:
        return self.cache.ids[row] if 0 <= row < len(self.cache.ids) else None

    def row_of(self, client_id: str) -> int:
        try:
            return self.cache.ids.index(client_id)
        except ValueError:
            return -1

    def cached_row_count(self) -> int:
        return self.cache.cached_row_count()

    def sort_column(self) -> int:
        return next(i for i, c in enumerate(COLUMNS) if c.sort == self.sort_key)

    def sort_order(self) -> Qt.SortOrder:
        inverted = COLUMNS[self.sort_column()].inverted
        return (Qt.SortOrder.DescendingOrder if self.descending != inverted
                else Qt.SortOrder.AscendingOrder)

    # -- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.cache.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.InitialSortOrderRole and COLUMNS[section].sort:
            return COLUMNS[section].first_order.value
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Called thousands of times per paint: the common roles first, no allocations.
        role = int(role)
        if role not in ROLES:
            return None
        row = index.row()
        if not 0 <= row < len(self.cache.ids):  # also an invalid index (row -1)
            return None
        cells = self.cache.get(row)
        if cells is None:  # voided between the query and the fetch
            return None
        column = index.column()
        if role == DISPLAY:
            return cells.texts[column]
        if role == FOREGROUND:
            if column == RISK and (cells.high_risk or cells.medium_risk):
                return HIGH_RISK if cells.high_risk else MEDIUM_RISK
            if column == FOLLOWUP and cells.overdue:
                return OVERDUE
            return None
        if role == FONT:
            if (column == RISK and cells.high_risk) or (column == FOLLOWUP and cells.overdue):
                return self._bold
            return None
        if role == ALIGN:
            return int(Qt.AlignmentFlag.AlignCenter) if column in CENTRED else None
        if role == TOOLTIP:
            return cells.row.id_number if column == ID_NUMBER else None
        return cells.row.id  # USER: the client's id

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask for the ids again in SQL order; columns without a sort key are left alone."""
        if not 0 <= column < len(COLUMNS) or COLUMNS[column].sort is None:
            return
        spec = COLUMNS[column]
        descending = (order == Qt.SortOrder.DescendingOrder) != spec.inverted
        if (spec.sort, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = spec.sort or "name", descending
        self.sort_requested.emit()

    # -- the window cache -----------------------------------------------------------------
    def _fetch(self, ids: list[str]) -> list[_Cells | None]:
        rows = client_rows(self.db, ids)
        today = dt.date.today()
        return [self._make_cells(rows[i], today) if i in rows else None for i in ids]

    def _make_cells(self, r: ClientListRow, today: dt.date) -> _Cells:
        age = age_on(r.birth_date, today)
        overdue = (r.next_followup is not None and r.next_followup < today
                   and r.status not in NO_FOLLOWUP_STATUS)
        texts = (r.name, GENDER.label(r.gender, self.lang), "" if age is None else str(age),
                 mask_id_number(r.id_number), r.phone or "", r.village or "",
                 RISK_LEVEL.label(r.risk_level, self.lang), format_date(r.last_visit, self.lang),
                 format_date(r.next_followup, self.lang))
        return _Cells(r, texts, r.risk_level == "high", r.risk_level == "medium", overdue)
