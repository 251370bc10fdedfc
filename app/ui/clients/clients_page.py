"""The Clients page (服务对象): search as you type, filters, a lazily filled table.

The query (ids only) runs on the thread pool; the table model reads rows a window at a
time. Searching starts on the keystroke itself, with no waiting timer: a fixed debounce
would add its whole delay to every search (the budget is 50 ms from key to results).
Instead a `Loader` keeps at most one query in flight; keys typed meanwhile only replace
the query waiting after it, and when the running one returns its result is dropped and
the newest criteria run. So fast typing never piles up work, and a late result never
overwrites a newer one.
"""

from __future__ import annotations

import datetime as dt
import itertools
import unicodedata
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from app.models.vocab import CLIENT_CATEGORY, CLIENT_STATUS, RISK_LEVEL
from app.services.client_list import ClientQuery, WorkerRow, client_ids, villages, workers
from app.ui.clients.client_table_model import COLUMNS, ClientTableModel
from app.ui.kit.context import AppContext
from app.ui.kit.form_kit import Loader, busy_bar
from app.ui.kit.i18n import arg, format_date
from app.ui.kit.jobs import run_job
from app.ui.kit.pages import Page
from app.ui.kit.widgets import VocabCombo, add_filters

# Re-run the query when a write touched one of these tables.
WATCHED = frozenset({"client", "visit", "client_category"})
LONGEST_DATE = dt.date(2026, 12, 28)  # the widest date a column must fit
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ClientsPage(Page):
    results_applied = Signal(int)  # the number of clients, each time a result is shown

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(self.tr("Clients"), "")
        self.ctx = ctx
        self.loader = Loader(self)  # one query at a time; the newest asked for wins
        self._applied: ClientQuery | None = None
        self._dirty = True  # the list is out of date; reload when next shown
        self._lists_dirty = True  # the village and worker choices, likewise
        self._make_widgets()
        self._lay_out()
        self._connect()

    # -- building ---------------------------------------------------------------------------
    def _make_widgets(self) -> None:
        self.search_box = QLineEdit()
        self.search_box.setObjectName("clientSearch")
        self.search_box.setPlaceholderText(
            self.tr("Name, pinyin, initials, ID number, phone or village"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(320)
        # Keeps its room when hidden: nothing moves as it comes and goes while typing.
        self.busy = busy_bar(self.loader, width=64, height=10, retain_size=True)
        self.count_label = QLabel()
        self.count_label.setObjectName("clientCount")
        self.add_button = QPushButton(self.tr("Register &new client"))
        self.add_button.setToolTip(self.tr("Register a new client (Ctrl+N)"))
        self.import_button = QPushButton(self.tr("Import from &Excel…"))
        self.import_button.setToolTip(self.tr(
            "Register the people of a civil-affairs roster (.xlsx) (Ctrl+I)"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the selected client (Enter)"))
        self.open_button.setEnabled(False)

        lang = self.ctx.lang
        self.category = VocabCombo(CLIENT_CATEGORY, lang, self.tr("All categories"))
        self.village = QComboBox()
        self.village.addItem(self.tr("All villages"), None)
        self.village.setMaxVisibleItems(20)
        self.risk = VocabCombo(RISK_LEVEL, lang, self.tr("All risk levels"))
        self.worker = QComboBox()
        self.worker.addItem(self.tr("All workers"), None)
        self.status = VocabCombo(CLIENT_STATUS, lang, self.tr("All statuses"))
        self.clear_button = QPushButton(self.tr("Clear &filters"))
        self.filters: tuple[QComboBox, ...] = (
            self.category, self.village, self.risk, self.worker, self.status)

        self.model = ClientTableModel(self.ctx.db, lang, self)
        self.table = QTableView()
        self.table.setObjectName("clientTable")
        self._set_up_table()

    def _lay_out(self) -> None:
        self._fit_content()
        search_label = QLabel(self.tr("F&ind"))
        search_label.setBuddy(self.search_box)
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_box, 1)
        top.addWidget(self.busy)
        top.addWidget(self.count_label)
        top.addSpacing(16)
        top.addWidget(self.add_button)
        top.addWidget(self.import_button)
        top.addWidget(self.open_button)
        filters = QHBoxLayout()
        labels = (self.tr("Cate&gory"), self.tr("Vi&llage"), self.tr("Ris&k"),
                  self.tr("&Worker"), self.tr("Stat&us"))
        add_filters(filters, list(zip(labels, self.filters, strict=True)))
        filters.addWidget(self.clear_button)
        filters.addStretch(1)
        self.content.addLayout(top)
        self.content.addLayout(filters)
        self.content.addWidget(self.table, 1)
        # Search, then straight into the results; the filters and buttons after.
        chain = (self.search_box, self.table, *self.filters, self.clear_button,
                 self.add_button, self.import_button, self.open_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.loader.loaded.connect(self._query_done)
        self.loader.failed.connect(self._query_failed)
        self.search_box.textChanged.connect(self.requery)
        self.search_box.returnPressed.connect(self._enter_table)
        self.search_box.installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(self._open_index)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.sort_requested.connect(self.requery)
        for combo in self.filters:
            combo.currentIndexChanged.connect(self.requery)
        self.clear_button.clicked.connect(self.clear_filters)
        self.add_button.clicked.connect(self._add_client)
        self.open_button.clicked.connect(self.open_selected)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, self._add_client)
        self.import_button.clicked.connect(self.import_roster)
        QShortcut(QKeySequence("Ctrl+I"), self, self.import_roster)
        self.ctx.data_changed.connect(self._data_changed)

    def _fit_content(self) -> None:
        """The table, not a blank stretch, takes the page's height; no empty description."""
        self.body.hide()
        outer = self.layout()
        if not isinstance(outer, QBoxLayout):  # the Page's column, a QVBoxLayout
            return
        last = outer.itemAt(outer.count() - 1)
        if last is not None and last.spacerItem() is not None:
            outer.removeItem(last)
        outer.setStretchFactor(self.content, 1)

    def _set_up_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setCornerButtonEnabled(False)
        # Fixed row heights: the view never measures rows, so 100,000 cost nothing.
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        # Widths from samples, never from the rows: measuring 100,000 rows would freeze.
        samples = {"name": "欧阳晓明明", "gender": "女", "age": "100",
                   "id_number": "4501**********1234", "phone": "0771-12345678",
                   "village": "那龙社区居委", "risk": "高",
                   "last_visit": format_date(LONGEST_DATE, self.ctx.lang),
                   "next_followup": format_date(LONGEST_DATE, self.ctx.lang)}
        cell = table.fontMetrics()
        head = header.fontMetrics()
        for column, spec in enumerate(COLUMNS):
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            width = max(cell.horizontalAdvance(samples[spec.key]) + 24,
                        head.horizontalAdvance(str(title)) + 36)  # room for the sort arrow
            table.setColumnWidth(column, width)
        header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
        table.setSortingEnabled(True)  # model.sort() asks for the SQL order
        header.setSortIndicatorShown(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)

    # -- what the page shows ------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Loaded on first show, not when the main window builds every page at start-up;
        # the list first: the filters' choices load once it is in (see _apply), since
        # counting villages would slow the list's own query on a two-core laptop.
        if self._dirty:
            self.requery()
        elif self._lists_dirty:
            self.load_choices()

    def shown(self) -> None:
        """The navigation rail opened this page: ready for typing a name."""
        self._focus_search()

    def current_query(self) -> ClientQuery:
        # NFKC: a Chinese input method may give full-width digits and letters (１３８).
        text = unicodedata.normalize("NFKC", self.search_box.text())
        return ClientQuery(
            search=text, category=self.category.code(), village=self.village.currentData(),
            risk_level=self.risk.code(), worker_id=self.worker.currentData(),
            status=self.status.code(), sort=self.model.sort_key,
            descending=self.model.descending)

    def requery(self) -> None:
        """Run the current criteria on the thread pool; only the newest result is shown."""
        self._dirty = False
        db, query = self.ctx.db, self.current_query()
        self.loader.load(lambda: (query, client_ids(db, query)))

    def apply_query_now(self) -> None:
        """Run the current criteria on this thread and show them (tests, scripts)."""
        self._dirty = False
        query = self.current_query()
        self._apply(query, client_ids(self.ctx.db, query))

    def is_busy(self) -> bool:
        return self.loader.running

    def _query_done(self, result: tuple[ClientQuery, list[str]]) -> None:
        query, ids = result
        # The Loader drops results overtaken by a newer load; this also drops one whose
        # criteria changed without a load (apply_query_now showed newer ones meanwhile).
        if query == self.current_query():
            self._apply(query, ids)

    def _query_failed(self, _error: Any) -> None:
        # A bug, not a person's error: the job has logged it; say so and stay usable.
        self.count_label.setText(self.tr("The list could not be loaded; see the log."))

    def _apply(self, query: ClientQuery, ids: Sequence[str]) -> None:
        refresh = query == self._applied  # same criteria, newer data: keep the place
        keep = self.selected_client_id() if refresh else None
        scroll = self.table.verticalScrollBar().value()
        self._applied = query
        self.model.set_ids(ids)
        if refresh:
            self.table.verticalScrollBar().setValue(scroll)
            row = self.model.row_of(keep) if keep else -1
            if row >= 0:
                self.table.selectRow(row)
        else:
            self.table.scrollToTop()
        self._show_count(query, len(ids))
        self.results_applied.emit(len(ids))
        if self._lists_dirty and self.isVisible():
            self.load_choices()

    def _show_count(self, query: ClientQuery, count: int) -> None:
        if count:
            text = arg(self.tr("%1 clients"), QLocale().toString(count))
        elif query.search.strip() or any((query.category, query.village, query.risk_level,
                                          query.worker_id, query.status)):
            text = self.tr("No client matches")
        else:
            text = self.tr("No clients registered yet")
        self.count_label.setText(text)

    # -- choices for the filters --------------------------------------------------------
    def load_choices(self) -> None:
        """Villages and workers for the filters, read on the thread pool."""
        self._lists_dirty = False
        db = self.ctx.db
        run_job(lambda: villages(db), self._fill_villages)
        run_job(lambda: workers(db), self._fill_workers)

    def _fill_villages(self, names: list[str]) -> None:
        self._refill(self.village, self.tr("All villages"), [(n, n) for n in names])

    def _fill_workers(self, rows: list[WorkerRow]) -> None:
        self._refill(self.worker, self.tr("All workers"),
                     [(w.name, w.id) for w in rows if w.active])

    def _refill(self, combo: QComboBox, everyone: str, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)  # the criteria do not change, so no query
        combo.clear()
        combo.addItem(everyone, None)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)
        if combo.currentData() != chosen:  # the chosen one is gone
            self.requery()

    def clear_filters(self) -> None:
        for combo in self.filters:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.requery()

    # -- refreshing ---------------------------------------------------------------------
    def _data_changed(self, tables: set[str]) -> None:
        if "client" in tables or "worker" in tables:
            self._lists_dirty = True
        if tables & WATCHED:
            self._dirty = True
        if self.isVisible():
            if self._dirty:
                self.requery()  # the choices follow the list (see _apply)
            elif self._lists_dirty:
                self.load_choices()

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if COLUMNS[column].sort is None:  # not sortable: put the arrow back where it was
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
            header.blockSignals(False)

    # -- opening and adding -------------------------------------------------------------
    def selected_client_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.client_id(index.row()) if index.isValid() else None

    def open_selected(self) -> None:
        client_id = self.selected_client_id()
        if client_id:
            self.ctx.open_client(client_id)

    def _open_index(self, index: QModelIndex) -> None:
        client_id = self.model.client_id(index.row())
        if client_id:
            self.ctx.open_client(client_id)

    def _add_client(self) -> None:
        self.ctx.add_client()  # the form opens the new client's page when saved

    def import_roster(self) -> QWidget:
        return self.ctx.import_roster(self)

    def _focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _enter_table(self) -> None:
        """Enter or Down in the search box: on to the results, the first one current."""
        if self.model.rowCount() == 0:
            return
        if not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self, *_args: object) -> None:
        self.open_button.setEnabled(self.table.currentIndex().isValid())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.table and event.key() in ENTER_KEYS:
                self.open_selected()
                return True
            if watched is self.search_box and event.key() == Qt.Key.Key_Down:
                self._enter_table()
                return True
            if (watched is self.search_box and event.key() == Qt.Key.Key_Escape
                    and self.search_box.text()):
                self.search_box.clear()  # Escape: back to everyone
                return True
        return super().eventFilter(watched, event)
