"""The Cases page (个案): every case by stage, from intake to closing; and the referrals.

A row of stage buttons with their counts, a search of the client and the worker in
charge narrow the table; Enter or a double click opens the case. The counts and the ids
are read off the UI thread, the rows a window at a time (app.ui.kit.lazy_table).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import QLocale, QModelIndex
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.vocab import CASE_STAGE, CASE_STAGE_ORDER
from app.services import Database
from app.services.case_list import CaseQuery, case_ids, case_rows
from app.services.cases import CaseRow, count_by_stage
from app.services.client_list import WorkerRow, workers
from app.ui.cases.referrals_panel import ReferralsPanel
from app.ui.kit.context import AppContext
from app.ui.kit.form_kit import LoadingPage, grow_content
from app.ui.kit.i18n import arg, format_date, one_line
from app.ui.kit.lazy_table import LazyColumn, LazyTableModel, lazy_view
from app.ui.kit.widgets import refill_combo, search_field

FILTERS: tuple[str | None, ...] = (None, *CASE_STAGE_ORDER)  # None: every stage
TABLES = {"case_record", "case_event", "case_goal", "client", "worker"}


def load_cases(db: Database, query: CaseQuery) -> tuple[CaseQuery, dict[str, int], Sequence[str],
                                                       list[WorkerRow]]:
    """Runs on a worker thread: the stage row's counts, the matching ids, the workers."""
    return query, count_by_stage(db), case_ids(db, query), workers(db)


class CasesPage(LoadingPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, TABLES, self.tr("Cases"), self.tr(
            "Every case of the station by stage, from intake to closing, and every referral "
            "to another agency until it was answered and done. Open one to work on it."))
        self.stage: str | None = None
        self.status = QLabel()
        self.status.setObjectName("status")
        cases_tab = QWidget()
        tab = QVBoxLayout(cases_tab)
        tab.addLayout(self._stage_row())
        tab.addLayout(self._search_row())
        tab.addWidget(self.status)
        tab.addWidget(self._table(), 1)
        self.referrals = ReferralsPanel(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(cases_tab, self.tr("Cases"))
        self.tabs.addTab(self.referrals, self.tr("Referrals"))
        self.content.addWidget(self.tabs, 1)
        grow_content(self)
        self.loader.busy_changed.connect(self._busy)

    def _stage_row(self) -> QHBoxLayout:
        self.filters = QButtonGroup(self)
        self.filters.setExclusive(True)
        self.filter_buttons: dict[str | None, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(6)
        for index, code in enumerate(FILTERS):
            button = QPushButton()
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setObjectName(f"stage_{code or 'all'}")
            self.filters.addButton(button, index)
            self.filter_buttons[code] = button
            row.addWidget(button)
        row.addStretch(1)
        self.filter_buttons[None].setChecked(True)
        self.filters.idClicked.connect(self._filter)
        self._show_counts({})
        return row

    def _search_row(self) -> QHBoxLayout:
        self.search_box = search_field("caseSearch", self.tr(
            "Search the client: name, pinyin initials, village or phone"))
        self.worker = QComboBox()
        self.worker.addItem(self.tr("All workers"), None)
        self.worker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label = QLabel(self.tr("Worker in c&harge"))
        label.setBuddy(self.worker)
        row = QHBoxLayout()
        row.addWidget(self.search_box, 1)
        row.addWidget(label)
        row.addWidget(self.worker)
        self.search_box.textChanged.connect(self.refresh)
        self.worker.currentIndexChanged.connect(self.refresh)
        return row

    def _table(self) -> QWidget:
        lang = self.ctx.lang
        db = self.ctx.db
        self.model: LazyTableModel[CaseRow] = LazyTableModel([
            LazyColumn(self.tr("Client"), lambda r: r.client_name),
            LazyColumn(self.tr("Stage"), lambda r: CASE_STAGE.label(r.stage, lang)),
            LazyColumn(self.tr("Opened"), lambda r: format_date(r.opened_on, lang)),
            LazyColumn(self.tr("Next follow-up"), lambda r: format_date(r.next_followup, lang)),
            LazyColumn(self.tr("Presenting problem"), lambda r: one_line(r.presenting_problem)),
        ], lambda ids: case_rows(db, ids), self)
        self.view = lazy_view(self.model, (110, 80, 130, 130))
        self.view.setObjectName("cases")
        self.view.activated.connect(self._open)
        return self.view

    def current_query(self) -> CaseQuery:
        return CaseQuery(search=unicodedata.normalize("NFKC", self.search_box.text()),
                         stage=self.stage, worker_id=self.worker.currentData())

    def refresh(self) -> None:
        """Reload the counts, the workers and the matching ids, off the UI thread."""
        db, query = self.ctx.db, self.current_query()
        self.loader.load(lambda: load_cases(db, query))

    def _filter(self, index: int) -> None:
        self.stage = FILTERS[index]
        self.refresh()

    def _busy(self, busy: bool) -> None:
        if busy:
            self.status.setText(self.tr("Loading…"))

    def _loaded(self, result: tuple[CaseQuery, dict[str, int], Sequence[str],
                                    list[WorkerRow]]) -> None:
        query, counts, ids, people = result
        self._show_counts(counts)
        refill_combo(self.worker, [(w.name, w.id) for w in people])
        if query != self.current_query():  # the criteria changed: a newer load runs
            return
        self.model.set_ids(ids)
        self.view.scrollToTop()
        if ids:
            self.status.setText(arg(self.tr("%1 cases shown. Press Enter or double-click to "
                                            "open one."), QLocale().toString(len(ids))))
        elif query.search.strip() or query.worker_id:
            self.status.setText(self.tr("No case matches."))
        else:
            self.status.setText(self.tr("No cases at this stage."))

    def _failed(self, exc: object) -> None:
        self.status.setText(self.tr("The cases could not be loaded; the log file has the "
                                    "details."))

    def _show_counts(self, counts: dict[str, int]) -> None:
        for code, button in self.filter_buttons.items():
            label = self.tr("All") if code is None else CASE_STAGE.label(code, self.ctx.lang)
            n = sum(counts.values()) if code is None else counts.get(code, 0)
            button.setText(arg(self.tr("%1 (%2 cases)"), label, n))

    def _open(self, index: QModelIndex) -> None:
        case_id = self.model.id_at(index.row())
        if case_id is not None:
            self.ctx.open_case(case_id)
