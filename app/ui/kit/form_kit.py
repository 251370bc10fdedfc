"""Pieces the case, activity and settings screens share.

- `RecordTableModel`: a read-only table over a short list of rows (the services'
  frozen dataclasses), described by `Column`s (text, sort key, alignment, colour);
  sorted through a proxy by a sort key, so dates sort as dates and not as
  "2026年11月28日" strings.
- `record_view`: a table view set up the same way everywhere (whole rows, no editing).
- `on_enter`: Enter in a search or row-entry field acts there, not on the dialog.
- `Loader` and `AutoRefresh`: a page's query runs off the UI thread, one at a time,
  and is run again when a write touched its tables (at once when the page is visible,
  otherwise the next time it is shown); `busy_bar` shows that a load is running;
  `LoadingPage` is a page wired to both.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHeaderView,
    QProgressBar,
    QTableView,
    QWidget,
)

from app.ui.kit.context import AppContext
from app.ui.kit.jobs import run_job
from app.ui.kit.pages import Page

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], str | float] | None = None  # default: the text
    numeric: bool = False  # right-aligned
    color: Callable[[Any], str | None] | None = None  # text colour ("#b00020"), None: usual


class RecordTableModel(QAbstractTableModel):
    """Rows in memory (a few hundred at most: lists the services already limit)."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == SORT_ROLE:
            return (column.sort_key or column.text)(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            color = column.color(row)
            return QColor(color) if color else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns)):
            return self.columns[section].header
        return None


def sorted_proxy(model: RecordTableModel) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


def record_view(model: RecordTableModel, sortable: bool = True, stretch: int = -1,
                parent: QWidget | None = None) -> QTableView:
    """A table of whole rows to pick from; column `stretch` (default: the last one)
    takes the spare width, so a narrow number column is not pushed to the far edge."""
    view = QTableView(parent)
    view.setModel(sorted_proxy(model) if sortable else model)
    view.setSortingEnabled(sortable)
    if sortable:
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the services' order
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setHighlightSections(False)  # a chosen row would embolden every header
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch < 0:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    return view


def row_of(view: QTableView, index: QModelIndex | None = None) -> Any | None:
    """The record behind a view's index (or its current row), through any proxy."""
    index = index if index is not None else view.currentIndex()
    if not index.isValid():
        return None
    model = view.model()
    if isinstance(model, QSortFilterProxyModel):
        index = model.mapToSource(index)
        model = model.sourceModel()
    assert isinstance(model, RecordTableModel)
    return model.rows[index.row()] if 0 <= index.row() < len(model.rows) else None


class Loader(QObject):
    """One query at a time off the UI thread. A load asked for while one runs replaces
    any waiting one and runs after it, so the page always ends on the newest data."""

    loaded = Signal(object)
    failed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running = False
        self._waiting: Callable[[], Any] | None = None

    def load(self, fn: Callable[[], Any]) -> None:
        if self.running:
            self._waiting = fn
            return
        self._start(fn)

    def _start(self, fn: Callable[[], Any]) -> None:
        self.running = True
        self.busy_changed.emit(True)
        run_job(fn, self._done, self._failed)

    def _next(self) -> bool:
        self.running = False
        if self._waiting is None:
            self.busy_changed.emit(False)
            return False
        fn, self._waiting = self._waiting, None
        self._start(fn)  # the result we hold is already out of date
        return True

    def _done(self, result: Any) -> None:
        if not self._next():
            self.loaded.emit(result)

    def _failed(self, exc: Any) -> None:
        if not self._next():
            self.failed.emit(exc)


class AutoRefresh(QObject):
    """Calls `refresh` when a write touched `tables`: now if the page is visible,
    otherwise when it is next shown (also the first time: pages load when first seen,
    so building the main window stays quick)."""

    def __init__(self, page: QWidget, ctx: AppContext, tables: set[str],
                 refresh: Callable[[], None]) -> None:
        super().__init__(page)
        self.page = page
        self.tables = set(tables)
        self.refresh = refresh
        self.stale = True
        page.installEventFilter(self)
        ctx.data_changed.connect(self._changed)

    def _changed(self, tables: set[str]) -> None:
        if not self.tables & set(tables):
            return
        if self.page.isVisible():
            self.refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.refresh()
        return False


class LoadingPage(Page):
    """A page showing what one query reads off the UI thread. `refresh()` starts it
    through `self.loader`; `_loaded(result)` or `_failed(exc)` puts it on screen. It loads
    when first shown and again when a write touched `tables` (`AutoRefresh`); `shown()`
    (its navigation button clicked) loads only if what is on screen is out of date or
    never arrived (a page whose data go stale by themselves overrides it). `loaded` is
    emitted once the newest result is on screen."""

    def __init__(self, ctx: AppContext, tables: set[str], title: str, description: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, description, parent)
        self.ctx = ctx
        self.has_result = False  # the last load succeeded: the screen shows the data
        self.loader = Loader(self)
        # Before `_loaded`, which may read it.
        self.loader.loaded.connect(self._note_result)
        self.loader.failed.connect(self._note_failure)
        self.loader.loaded.connect(self._loaded)
        self.loader.failed.connect(self._failed)
        self.loaded = self.loader.loaded
        self.auto = AutoRefresh(self, ctx, tables, self.refresh)

    @property
    def loading(self) -> bool:
        return self.loader.running

    def is_busy(self) -> bool:
        return self.loader.running

    def shown(self) -> None:
        # A click on a page that is up to date must not re-run its query: every write
        # it shows already reloaded it (AutoRefresh), so that would be needless work.
        if self.loader.running or (self.has_result and not self.auto.stale):
            return
        self.auto.stale = False  # loading now: the Show that may follow need not again
        self.refresh()

    def _note_result(self, _result: Any) -> None:
        self.has_result = True

    def _note_failure(self, _exc: Any) -> None:
        self.has_result = False  # the next click tries again

    def refresh(self) -> None:
        raise NotImplementedError

    def _loaded(self, result: Any) -> None:
        raise NotImplementedError

    def _failed(self, exc: Any) -> None:
        raise NotImplementedError


def busy_bar(loader: Loader | None = None, parent: QWidget | None = None, *,
             width: int = 140, height: int | None = None,
             retain_size: bool = False) -> QProgressBar:
    """A moving bar (how long is not known), hidden at first: shown while `loader` runs,
    or by the caller when the work is not a Loader's. `retain_size`: the bar keeps its
    room when hidden, so the widgets beside it do not move when it appears."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    if height is None:
        bar.setFixedWidth(width)
    else:
        bar.setFixedSize(width, height)
    if retain_size:
        policy = bar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        bar.setSizePolicy(policy)
    bar.hide()
    if loader is not None:
        loader.busy_changed.connect(bar.setVisible)
    return bar


def grow_content(page: Page) -> None:
    """Let a page's content (a table) take the height the page's closing stretch would."""
    layout = page.layout()
    assert isinstance(layout, QBoxLayout)
    layout.setStretch(layout.indexOf(page.content), 1)
    layout.setStretch(layout.count() - 1, 0)


class _EnterFilter(QObject):
    def __init__(self, widget: QWidget, action: Callable[[], None]) -> None:
        super().__init__(widget)
        self.action = action
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.action()
            return True  # the dialog's default button must not fire as well
        return False


def on_enter(widget: QWidget, action: Callable[[], None]) -> None:
    """Enter in this field does `action` (add a row, go to the results) instead of
    pressing the dialog's default button, which would save a half-filled form."""
    _EnterFilter(widget, action)
