"""Tables of a hundred thousand rows or a million: the model holds only the ordered ids
of one query (like Anki's card browser), so the scroll bar is right at once; rows are
read from a service the first time a view asks for them, a block of neighbours at a
time, and a bounded cache of blocks keeps memory flat however far the person scrolls.

`BlockCache` is that cache, Qt-free; `LazyTableModel` a plain table of texts over it (the
Visits list). The clients table keeps its own model for its colours, on the same cache.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app.ui.kit.palette import RED

T = TypeVar("T")
R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

BLOCK = 100  # ids per fetch: a few screenfuls for a few ms of SQL
MAX_BLOCKS = 20  # at most 2,000 rows in memory, whatever the table's length


class BlockCache(Generic[T]):
    """Items of the ids' rows, fetched `BLOCK` at a time by `fetch(ids)` (one item or
    None per id, None for a row gone since the query), the least recently used blocks
    dropped past `MAX_BLOCKS`."""

    def __init__(self, fetch: Callable[[list[str]], list[T | None]]) -> None:
        self._fetch = fetch
        self.ids: Sequence[str] = []
        self._blocks: OrderedDict[int, list[T | None]] = OrderedDict()
        self.fetched_blocks: list[int] = []  # every block read since the last reset

    def reset(self, ids: Sequence[str]) -> None:
        self.ids = ids
        self._blocks.clear()
        self.fetched_blocks = []

    def get(self, row: int) -> T | None:
        number = row // BLOCK
        block = self._blocks.get(number)
        if block is None:
            # On the UI thread: one indexed query for a block takes a few ms, less than a
            # round trip through the thread pool would cost for the rows being painted.
            block = self._fetch(list(self.ids[number * BLOCK:(number + 1) * BLOCK]))
            self._blocks[number] = block
            self.fetched_blocks.append(number)
            while len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        return block[row - number * BLOCK]

    def cached_row_count(self) -> int:
        return sum(len(block) for block in self._blocks.values())


@dataclass(frozen=True)
class LazyColumn(Generic[R]):
    title: str
    text: Callable[[R], str]
    warn: Callable[[R], bool] | None = None  # the cell in red when it says True


@dataclass(frozen=True)
class _Cells:
    texts: tuple[str, ...]
    warn: frozenset[int]  # the columns shown in red


WARN = QBrush(QColor(RED))
DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
USER = int(Qt.ItemDataRole.UserRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
         | Qt.ItemFlag.ItemNeverHasChildren)


class LazyTableModel(QAbstractTableModel, Generic[R]):
    """Columns of texts over the rows `fetch(ids) -> {id: row}` gives; UserRole is the id.
    The last column's full text is its tooltip (it is the one cut short)."""

    def __init__(self, columns: Sequence[LazyColumn[R]],
                 fetch: Callable[[list[str]], dict[str, R]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows_of = fetch
        self.cache: BlockCache[_Cells] = BlockCache(self._cells)

    def _cells(self, ids: list[str]) -> list[_Cells | None]:
        rows = self._rows_of(ids)
        return [_Cells(tuple(c.text(rows[i]) for c in self.columns),
                       frozenset(n for n, c in enumerate(self.columns)
                                 if c.warn is not None and c.warn(rows[i])))
                if i in rows else None for i in ids]

    def set_ids(self, ids: Sequence[str]) -> None:
        self.beginResetModel()
        self.cache.reset(ids)
        self.endResetModel()

    @property
    def ids(self) -> Sequence[str]:
        return self.cache.ids

    def id_at(self, row: int) -> str | None:
        ids = self.cache.ids
        return ids[row] if 0 <= row < len(ids) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.cache.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        role = int(role)
        if role not in (DISPLAY, USER, TOOLTIP, FOREGROUND):
            return None
        row = index.row()
        if not 0 <= row < len(self.cache.ids):
            return None
        if role == USER:
            return self.cache.ids[row]
        cells = self.cache.get(row)
        if cells is None:  # voided between the query and the fetch
            return None
        column = index.column()
        if role == FOREGROUND:
            return WARN if column in cells.warn else None
        if role == TOOLTIP:
            return cells.texts[column] if column == len(self.columns) - 1 else None
        return cells.texts[column]


def lazy_view(model: LazyTableModel[Any], widths: Sequence[int]) -> QTableView:
    """A table of whole rows to pick from, over a lazy model: no sorting (the query
    orders), columns of `widths` and the last one taking the spare width."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    return view
