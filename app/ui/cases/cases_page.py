"""The Cases page (个案): every case by stage, from intake to closing.

A row of stage buttons with their counts filters the table; Enter or a double click
opens the case. The counts and the rows are read off the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.vocab import CASE_STAGE, CASE_STAGE_ORDER
from app.services import Database
from app.services.cases import CaseRow, count_by_stage, list_cases
from app.ui.cases.referrals_panel import ReferralsPanel
from app.ui.kit.context import AppContext
from app.ui.kit.form_kit import (
    Column,
    LoadingPage,
    RecordTableModel,
    grow_content,
    record_view,
    row_of,
)
from app.ui.kit.i18n import arg, format_date, one_line

FILTERS: tuple[str | None, ...] = (None, *CASE_STAGE_ORDER)  # None: every stage
TABLES = {"case_record", "case_event", "case_goal", "client"}


def load_cases(db: Database, stage: str | None) -> tuple[dict[str, int], list[CaseRow]]:
    """Runs on a worker thread: the counts for the stage row and the chosen stage's rows."""
    return count_by_stage(db), list_cases(db, stage)


class CasesPage(LoadingPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, TABLES, self.tr("Cases"), self.tr(
            "Every case of the station by stage, from intake to closing, and every referral "
            "to another agency until it was answered and done. Open one to work on it."))
        self.stage: str | None = None

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

        self.status = QLabel()
        self.status.setObjectName("status")
        lang = ctx.lang
        self.model = RecordTableModel([
            Column(self.tr("Client"), lambda r: r.client_name),
            Column(self.tr("Stage"), lambda r: CASE_STAGE.label(r.stage, lang),
                   lambda r: float(CASE_STAGE_ORDER.index(r.stage))
                   if r.stage in CASE_STAGE_ORDER else -1.0),
            Column(self.tr("Opened"), lambda r: format_date(r.opened_on, lang),
                   lambda r: r.opened_on.isoformat() if r.opened_on else ""),
            Column(self.tr("Next follow-up"), lambda r: format_date(r.next_followup, lang),
                   lambda r: r.next_followup.isoformat() if r.next_followup else "9999"),
            Column(self.tr("Presenting problem"), lambda r: one_line(r.presenting_problem)),
        ], self)
        self.view = record_view(self.model)
        self.view.setObjectName("cases")
        self.view.activated.connect(self._open)
        for column, width in enumerate((110, 80, 130, 130)):
            self.view.setColumnWidth(column, width)

        cases_tab = QWidget()
        tab = QVBoxLayout(cases_tab)
        tab.addLayout(row)
        tab.addWidget(self.status)
        tab.addWidget(self.view, 1)
        self.referrals = ReferralsPanel(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(cases_tab, self.tr("Cases"))
        self.tabs.addTab(self.referrals, self.tr("Referrals"))
        self.content.addWidget(self.tabs, 1)
        grow_content(self)
        self.loader.busy_changed.connect(self._busy)

    def refresh(self) -> None:
        """Reload the counts and the rows of the chosen stage, off the UI thread."""
        db, stage = self.ctx.db, self.stage
        self.loader.load(lambda: load_cases(db, stage))

    def _filter(self, index: int) -> None:
        self.stage = FILTERS[index]
        self.refresh()

    def _busy(self, busy: bool) -> None:
        if busy:
            self.status.setText(self.tr("Loading…"))

    def _loaded(self, result: tuple[dict[str, int], list[CaseRow]]) -> None:
        counts, rows = result
        self._show_counts(counts)
        self.model.set_rows(rows)
        if rows:
            self.status.setText(arg(self.tr("%1 cases shown. Press Enter or double-click to "
                                            "open one."), len(rows)))
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
        row = row_of(self.view, index)
        if row is not None:
            self.ctx.open_case(row.id)
