"""The Activities page (活动): group work and community activities, newest first.

"New activity" (Ctrl+N on this page) records one; Enter or a double click shows a
recorded one. The list is read off the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from app.models.vocab import ACTIVITY_KIND, SERVICE_DOMAIN
from app.services.activities import ActivityRow, list_activities
from app.ui.kit.context import AppContext
from app.ui.kit.form_kit import (
    Column,
    LoadingPage,
    RecordTableModel,
    grow_content,
    record_view,
    row_of,
)
from app.ui.kit.i18n import arg, format_date

TABLES = {"activity", "activity_participant", "activity_volunteer"}


class ActivitiesPage(LoadingPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, TABLES | {"client"}, self.tr("Activities"), self.tr(
            "Group work and community activities of the station: who took part, the "
            "volunteers and their hours."))
        lang = ctx.lang

        self.new_button = QPushButton(self.tr("&New activity"))
        self.new_button.setObjectName("new_activity")
        self.new_button.setToolTip(self.tr("Record a group or community activity (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_activity)
        shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.new_activity)
        self.status = QLabel()
        self.status.setObjectName("status")
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addSpacing(16)
        top.addWidget(self.status, 1)

        self.model = RecordTableModel([
            Column(self.tr("Date"), lambda a: format_date(a.activity_date, lang),
                   lambda a: a.activity_date.isoformat() if a.activity_date else ""),
            Column(self.tr("Title"), lambda a: a.title),
            Column(self.tr("Type"), lambda a: ACTIVITY_KIND.label(a.kind, lang)),
            Column(self.tr("Domain"), lambda a: SERVICE_DOMAIN.label(a.domain, lang)),
            Column(self.tr("Place"), lambda a: a.place or ""),
            Column(self.tr("Participants"), lambda a: str(a.participants + a.unregistered),
                   lambda a: float(a.participants + a.unregistered), numeric=True),
            Column(self.tr("Volunteer hours"), lambda a: f"{a.volunteer_hours:g}",
                   lambda a: a.volunteer_hours, numeric=True),
        ], self)
        self.view = record_view(self.model, stretch=1)
        self.view.setObjectName("activities")
        self.view.activated.connect(self._open)
        for column, width in ((0, 130), (2, 100), (3, 110), (4, 220), (5, 80), (6, 110)):
            self.view.setColumnWidth(column, width)

        self.content.addLayout(top)
        self.content.addWidget(self.view, 1)
        grow_content(self)
        self.loader.busy_changed.connect(self._busy)

    def refresh(self) -> None:
        """Reload the list off the UI thread."""
        db = self.ctx.db
        self.loader.load(lambda: list_activities(db))

    def new_activity(self) -> None:
        self.ctx.edit_activity(None)  # the dialog notifies; this page reloads on that

    def _busy(self, busy: bool) -> None:
        if busy:
            self.status.setText(self.tr("Loading…"))

    def _loaded(self, rows: list[ActivityRow]) -> None:
        self.model.set_rows(rows)
        self.status.setText(arg(self.tr("%1 activities shown."), len(rows)) if rows
                            else self.tr("No activities recorded yet."))

    def _failed(self, exc: object) -> None:
        self.status.setText(self.tr("The activities could not be loaded; the log file has "
                                    "the details."))

    def _open(self, index: QModelIndex) -> None:
        row = row_of(self.view, index)
        if row is not None:
            self.ctx.edit_activity(row.id)  # to correct, void or read its history
