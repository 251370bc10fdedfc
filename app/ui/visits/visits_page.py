"""The Visits page (走访记录): the station's newest home visits, and recording a new one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from app.models.vocab import VISIT_MODE
from app.services.visits import RecentVisit, recent_visits
from app.ui.kit.context import AppContext
from app.ui.kit.form_kit import (
    Column,
    LoadingPage,
    RecordTableModel,
    busy_bar,
    grow_content,
    record_view,
    row_of,
)
from app.ui.kit.i18n import arg, format_date, one_line
from app.ui.kit.style import set_role

SHOWN = 300  # the newest visits listed; a client's own page has all of theirs
VISIT_TABLES = {"visit", "client"}


class VisitsPage(LoadingPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, VISIT_TABLES, self.tr("Visits"), self.tr(
            "The station's newest home visits. Double-click one (or press Enter) to open "
            "it: correct it, void it or read its history."))
        grow_content(self)

        self.record_button = QPushButton(self.tr("&New visit record…"))
        self.record_button.setObjectName("recordVisit")
        self.record_button.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.record_button.setToolTip(self.tr("Record a home visit of any client (Ctrl+N)"))
        self.record_button.clicked.connect(lambda: ctx.record_visit(None))
        self.count = QLabel()
        set_role(self.count, "muted")
        top = QHBoxLayout()
        top.addWidget(self.record_button)
        top.addSpacing(16)
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(busy_bar(self.loader))

        lang = ctx.lang
        self.model = RecordTableModel([
            Column(self.tr("Date"), lambda v: format_date(v.visit_date, lang)),
            Column(self.tr("Client"), lambda v: v.client_name),
            Column(self.tr("Mode"), lambda v: VISIT_MODE.label(v.mode, lang)),
            Column(self.tr("Observations"), lambda v: one_line(v.observations)),
        ], self)
        self.view = record_view(self.model, sortable=False)
        self.view.setObjectName("visitsView")
        for column, width in enumerate((140, 110, 110)):
            self.view.setColumnWidth(column, width)
        self.view.activated.connect(self._open)

        self.content.addLayout(top)
        self.content.addWidget(self.view, 1)

    def refresh(self) -> None:
        db = self.ctx.db
        self.loader.load(lambda: recent_visits(db, limit=SHOWN))

    def _loaded(self, rows: list[RecentVisit]) -> None:
        self.model.set_rows(rows)
        if len(rows) >= SHOWN:
            self.count.setText(arg(self.tr("The newest %1 visits"), len(rows)))
        else:
            self.count.setText(arg(self.tr("%1 visits"), len(rows)) if rows
                               else self.tr("No visits recorded yet."))

    def _failed(self, exc: object) -> None:
        self.count.setText(arg(self.tr("The visits could not be loaded: %1"), exc))

    def _open(self, index: QModelIndex) -> None:
        visit = row_of(self.view, index)
        if visit is not None:
            self.ctx.open_visit(visit.id)
