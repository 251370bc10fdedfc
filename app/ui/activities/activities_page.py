"""The Activities page (活动): group work and community activities, newest first, with a
search (the title, the place, or a participant) and filters (type, domain, month).

"New activity" (Ctrl+N on this page) records one; Enter or a double click shows a
recorded one. The ids are read off the UI thread, the rows a window at a time.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from app.models.vocab import ACTIVITY_KIND, SERVICE_DOMAIN
from app.reports.sections import month_label
from app.services.activities import ActivityRow
from app.services.activity_list import (
    ActivityQuery,
    activity_ids,
    activity_months,
    activity_rows,
)
from app.ui.kit.context import AppContext
from app.ui.kit.form_kit import LoadingPage, grow_content
from app.ui.kit.i18n import arg, format_date
from app.ui.kit.lazy_table import LazyColumn, LazyTableModel, lazy_view
from app.ui.kit.widgets import VocabCombo, add_filters, refill_combo, search_field

TABLES = {"activity", "activity_participant", "activity_volunteer"}


class ActivitiesPage(LoadingPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, TABLES | {"client"}, self.tr("Activities"), self.tr(
            "Group work and community activities of the station: who took part, the "
            "volunteers and their hours."))
        self.status = QLabel()
        self.status.setObjectName("status")
        self.content.addLayout(self._top())
        self.content.addLayout(self._filters())
        self.content.addWidget(self._table(), 1)
        grow_content(self)
        self.loader.busy_changed.connect(self._busy)

    def _top(self) -> QHBoxLayout:
        self.new_button = QPushButton(self.tr("&New activity"))
        self.new_button.setObjectName("new_activity")
        self.new_button.setToolTip(self.tr("Record a group or community activity (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_activity)
        shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.new_activity)
        self.search_box = search_field("activitySearch", self.tr(
            "Search: title, place, or a participant's name, pinyin initials or village"))
        self.search_box.textChanged.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addSpacing(12)
        top.addWidget(self.search_box, 1)
        top.addWidget(self.status)
        return top

    def _filters(self) -> QHBoxLayout:
        lang = self.ctx.lang
        self.kind = VocabCombo(ACTIVITY_KIND, lang, empty=self.tr("All types"))
        self.domain = VocabCombo(SERVICE_DOMAIN, lang, empty=self.tr("All domains"))
        self.month = QComboBox()
        self.month.addItem(self.tr("All months"), None)
        row = QHBoxLayout()
        filters = ((self.tr("Ty&pe"), self.kind), (self.tr("D&omain"), self.domain),
                   (self.tr("&Month"), self.month))
        add_filters(row, filters)
        for _, combo in filters:
            combo.currentIndexChanged.connect(self.refresh)
        row.addStretch(1)
        return row

    def _table(self) -> QWidget:
        lang, db = self.ctx.lang, self.ctx.db
        self.model: LazyTableModel[ActivityRow] = LazyTableModel([
            LazyColumn(self.tr("Date"), lambda a: format_date(a.activity_date, lang)),
            LazyColumn(self.tr("Title"), lambda a: a.title),
            LazyColumn(self.tr("Type"), lambda a: ACTIVITY_KIND.label(a.kind, lang)),
            LazyColumn(self.tr("Domain"), lambda a: SERVICE_DOMAIN.label(a.domain, lang)),
            LazyColumn(self.tr("Participants"), lambda a: str(a.participants + a.unregistered)),
            LazyColumn(self.tr("Volunteer hours"), lambda a: f"{a.volunteer_hours:g}"),
            LazyColumn(self.tr("Place"), lambda a: a.place or ""),
        ], lambda ids: activity_rows(db, ids), self)
        self.view = lazy_view(self.model, (130, 260, 100, 110, 80, 110))
        self.view.setObjectName("activities")
        self.view.activated.connect(self._open)
        return self.view

    def current_query(self) -> ActivityQuery:
        return ActivityQuery(search=unicodedata.normalize("NFKC", self.search_box.text()),
                             kind=self.kind.code(), domain=self.domain.code(),
                             month=self.month.currentData())

    def refresh(self) -> None:
        """The matching ids and the months to choose from, off the UI thread."""
        db, query = self.ctx.db, self.current_query()
        self.loader.load(lambda: (query, activity_ids(db, query), activity_months(db)))

    def new_activity(self) -> None:
        self.ctx.edit_activity(None)  # the dialog notifies; this page reloads on that

    def _busy(self, busy: bool) -> None:
        if busy:
            self.status.setText(self.tr("Loading…"))

    def _loaded(self, result: tuple[ActivityQuery, Sequence[str], list[str]]) -> None:
        query, ids, months = result
        refill_combo(self.month, [(month_label(m, self.ctx.lang), m) for m in months])
        if query != self.current_query():  # the criteria changed: a newer load runs
            return
        self.model.set_ids(ids)
        self.view.scrollToTop()
        if ids:
            self.status.setText(arg(self.tr("%1 activities shown."),
                                    QLocale().toString(len(ids))))
        elif query != ActivityQuery():
            self.status.setText(self.tr("No activity matches."))
        else:
            self.status.setText(self.tr("No activities recorded yet."))

    def _failed(self, exc: object) -> None:
        self.status.setText(self.tr("The activities could not be loaded; the log file has "
                                    "the details."))

    def _open(self, index: QModelIndex) -> None:
        activity_id = self.model.id_at(index.row())
        if activity_id is not None:
            self.ctx.edit_activity(activity_id)  # to correct, void or read its history
