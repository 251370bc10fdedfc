"""The Visits page (走访记录): the station's newest home visits, and recording a new one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton

from app.models.vocab import VISIT_MODE
from app.services.visits import RecentVisit, recent_visits
from app.ui.context import AppContext
from app.ui.i18n import arg, format_date
from app.ui.pages import Page
from app.ui.today_page import Column, Reloader, RowsModel, expand_content, make_table

SHOWN = 300  # the newest visits listed; a client's own page has all of theirs
VISIT_TABLES = {"visit", "client"}


class VisitsPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(self.tr("Visits"), self.tr(
            "The station's newest home visits. Double-click one (or press Enter) to open "
            "the client."))
        self.ctx = ctx
        expand_content(self)
        self.reloader = Reloader(self, ctx, VISIT_TABLES, self._job, self._loaded,
                                 self._failed)
        self.loaded = self.reloader.loaded

        self.record_button = QPushButton(self.tr("&New visit record…"))
        self.record_button.setObjectName("recordVisit")
        self.record_button.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.record_button.setToolTip(self.tr("Record a home visit of any client (Ctrl+N)"))
        self.record_button.clicked.connect(lambda: ctx.record_visit(None))
        self.count = QLabel()
        self.count.setStyleSheet("color: #555;")
        top = QHBoxLayout()
        top.addWidget(self.record_button)
        top.addSpacing(16)
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(self.reloader.busy)

        lang = ctx.lang
        self.model = RowsModel([
            Column(self.tr("Date"), lambda v: format_date(v.visit_date, lang)),
            Column(self.tr("Client"), lambda v: v.client_name),
            Column(self.tr("Mode"), lambda v: VISIT_MODE.label(v.mode, lang)),
            Column(self.tr("Observations"), lambda v: " ".join((v.observations or "").split())),
        ], self)
        self.view = make_table(self.model)
        self.view.setObjectName("visitsView")
        header = self.view.horizontalHeader()
        for column, width in enumerate((140, 110, 110)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.view.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        self.view.activated.connect(self._open)

        self.content.addLayout(top)
        self.content.addWidget(self.view, 1)

    @property
    def loading(self) -> bool:
        return self.reloader.loading

    def refresh(self) -> None:
        self.reloader.refresh()

    def shown(self) -> None:
        self.reloader.shown()

    def _job(self) -> Callable[[], list[RecentVisit]]:
        db = self.ctx.db
        return lambda: recent_visits(db, limit=SHOWN)

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
        if 0 <= index.row() < len(self.model.rows):
            self.ctx.open_client(self.model.rows[index.row()].client_id)
