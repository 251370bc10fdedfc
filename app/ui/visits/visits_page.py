"""The Visits page (走访记录): every live visit of the station, newest first, with a search
(the client's name, pinyin initials, village or phone) and filters (the worker who led
it, month, mode, the client's category); recording a new one.

As the clients list: the query (ids only, from indexes) runs on the thread pool through a
`Loader` that keeps at most one query in flight and shows only the newest result; the
table reads rows a window at a time (app.ui.kit.lazy_table), so a million visits scroll
as a hundred do.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import QLocale, QModelIndex
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
)

from app.models.vocab import CLIENT_CATEGORY, VISIT_MODE
from app.reports.sections import month_label
from app.services.client_list import WorkerRow, workers
from app.services.visit_list import VisitListRow, VisitQuery, visit_ids, visit_months, visit_rows
from app.ui.kit.context import AppContext
from app.ui.kit.form_kit import LoadingPage, busy_bar, grow_content
from app.ui.kit.i18n import arg, failure_text, format_date, one_line
from app.ui.kit.jobs import run_job
from app.ui.kit.lazy_table import LazyColumn, LazyTableModel, lazy_view
from app.ui.kit.style import set_role
from app.ui.kit.widgets import VocabCombo, add_filters, refill_combo, search_field

VISIT_TABLES = {"visit", "client", "worker", "client_category"}


class VisitsPage(LoadingPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, VISIT_TABLES, self.tr("Visits"), self.tr(
            "Every home visit of the station, newest first. Double-click one (or press "
            "Enter) to open it: correct it, void it or read its history."))
        grow_content(self)
        self.content.addLayout(self._top())
        self.content.addLayout(self._filters())
        self.content.addWidget(self._table(), 1)
        self.search_box.textChanged.connect(self.requery)
        self.search_box.returnPressed.connect(self.view.setFocus)
        for combo in self.filters:
            combo.currentIndexChanged.connect(self.requery)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_box.setFocus)

    def _top(self) -> QHBoxLayout:
        ctx = self.ctx
        self.record_button = QPushButton(self.tr("&New visit record…"))
        self.record_button.setObjectName("recordVisit")
        self.record_button.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.record_button.setToolTip(self.tr("Record a home visit of any client (Ctrl+N)"))
        self.record_button.clicked.connect(lambda: ctx.record_visit(None))
        self.search_box = search_field("visitSearch", self.tr(
            "Search the client: name, pinyin initials, village or phone (Ctrl+F)"))
        self.count = QLabel()
        set_role(self.count, "muted")
        top = QHBoxLayout()
        top.addWidget(self.record_button)
        top.addSpacing(12)
        top.addWidget(self.search_box, 1)
        top.addWidget(self.count)
        top.addWidget(busy_bar(self.loader))
        return top

    def _filters(self) -> QHBoxLayout:
        lang = self.ctx.lang
        self.worker = QComboBox()
        self.worker.addItem(self.tr("All workers"), None)
        self.month = QComboBox()
        self.month.addItem(self.tr("All months"), None)
        self.mode = VocabCombo(VISIT_MODE, lang, empty=self.tr("All modes"))
        self.category = VocabCombo(CLIENT_CATEGORY, lang, empty=self.tr("All categories"))
        self.filters = (self.worker, self.month, self.mode, self.category)
        filters = QHBoxLayout()
        add_filters(filters, list(zip((self.tr("Led &by"), self.tr("&Month"), self.tr("Mo&de"),
                                       self.tr("Cate&gory")), self.filters, strict=True)))
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        filters.addWidget(self.clear_button)
        filters.addStretch(1)
        return filters

    def _table(self) -> QTableView:
        lang, db = self.ctx.lang, self.ctx.db
        self.model: LazyTableModel[VisitListRow] = LazyTableModel([
            LazyColumn(self.tr("Date"), lambda v: format_date(v.visit_date, lang)),
            LazyColumn(self.tr("Client"), lambda v: v.client_name),
            LazyColumn(self.tr("Village"), lambda v: v.village),
            LazyColumn(self.tr("Mode"), lambda v: VISIT_MODE.label(v.mode, lang)),
            LazyColumn(self.tr("Led by"), lambda v: v.worker_name),
            LazyColumn(self.tr("Observations"), lambda v: one_line(v.observations)),
        ], lambda ids: visit_rows(db, ids), self)
        self.view = lazy_view(self.model, (130, 90, 130, 90, 80))
        self.view.setObjectName("visitsView")
        self.view.activated.connect(self._open)
        return self.view

    def current_query(self) -> VisitQuery:
        # NFKC: a Chinese input method may give full-width digits and letters (１３８).
        return VisitQuery(search=unicodedata.normalize("NFKC", self.search_box.text()),
                          worker_id=self.worker.currentData(), month=self.month.currentData(),
                          mode=self.mode.code(), category=self.category.code())

    def refresh(self) -> None:
        """The list and the filters' choices again (shown, or a write touched them)."""
        db = self.ctx.db
        self.requery()
        run_job(lambda: (workers(db), visit_months(db)), self._fill_choices)

    def requery(self) -> None:
        """The current criteria on the thread pool; only the newest result is shown."""
        db, query = self.ctx.db, self.current_query()
        self.loader.load(lambda: (query, visit_ids(db, query)))

    def clear_filters(self) -> None:
        for combo in self.filters:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.requery()

    def _loaded(self, result: tuple[VisitQuery, Sequence[str]]) -> None:
        query, ids = result
        if query != self.current_query():  # the criteria changed since: a newer load runs
            return
        self.model.set_ids(ids)
        self.view.scrollToTop()
        if ids:
            self.count.setText(arg(self.tr("%1 visits"), QLocale().toString(len(ids))))
        elif query != VisitQuery():
            self.count.setText(self.tr("No visit matches"))
        else:
            self.count.setText(self.tr("No visits recorded yet."))

    def _failed(self, exc: object) -> None:
        self.count.setText(failure_text(exc, self.ctx.lang, self.tr(
            "The visits could not be loaded; the log file has the details.")))

    def _fill_choices(self, choices: tuple[list[WorkerRow], list[str]]) -> None:
        people, months = choices
        refill_combo(self.worker, [(w.name, w.id) for w in people])
        refill_combo(self.month, [(month_label(m, self.ctx.lang), m) for m in months])

    def _open(self, index: QModelIndex) -> None:
        visit_id = self.model.id_at(index.row())
        if visit_id is not None:
            self.ctx.open_visit(visit_id)
