"""The referrals list (转介), a tab of the Cases page: every referral newest first, by
status (overdue ones in red: still unanswered or undone 30 days on), by agency, with a
search of the client; a referral opens to note the agency's answer and the outcome.
Rows are read a window at a time (app.ui.kit.lazy_table)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import QLocale, QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.models.vocab import REFERRAL_AGENCY, REFERRAL_STATUS
from app.services.referral_list import (
    OVERDUE,
    ReferralListRow,
    ReferralQuery,
    referral_counts,
    referral_ids,
    referral_rows,
)
from app.ui.kit.context import AppContext
from app.ui.kit.form_kit import AutoRefresh, Loader, busy_bar
from app.ui.kit.i18n import arg, format_date, one_line
from app.ui.kit.lazy_table import LazyColumn, LazyTableModel, lazy_view
from app.ui.kit.style import set_role
from app.ui.kit.widgets import VocabCombo, add_filters, search_field

TABLES = {"referral", "client"}


class ReferralsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lang = ctx.lang
        self.loader = Loader(self)
        self.loader.loaded.connect(self._loaded)
        self.loaded = self.loader.loaded
        self.search_box = search_field("referralSearch", self.tr(
            "Search the client: name, pinyin initials, village or phone"))
        self.status = QComboBox()
        self.status.setObjectName("referralStatus")
        self.agency = VocabCombo(REFERRAL_AGENCY, lang, empty=self.tr("All agencies"))
        self.count = QLabel()
        set_role(self.count, "muted")
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        add_filters(top, ((self.tr("Stat&us"), self.status), (self.tr("A&gency"), self.agency)))
        top.addWidget(self.count)
        top.addWidget(busy_bar(self.loader))
        self._fill_statuses({})

        self.model: LazyTableModel[ReferralListRow] = LazyTableModel([
            LazyColumn(self.tr("Referred on"), lambda r: format_date(r.referred_on, lang)),
            LazyColumn(self.tr("Client"), lambda r: r.client_name),
            LazyColumn(self.tr("Village"), lambda r: r.village),
            LazyColumn(self.tr("Agency"), lambda r: REFERRAL_AGENCY.label(r.agency, lang)),
            LazyColumn(self.tr("Status"), self._status_text, warn=lambda r: r.overdue),
            LazyColumn(self.tr("Reason and outcome"),
                       lambda r: one_line(r.reason + (f"  →  {r.outcome}" if r.outcome else ""))),
        ], lambda ids: referral_rows(ctx.db, ids), self)
        self.view = lazy_view(self.model, (130, 90, 120, 120, 150))
        self.view.setObjectName("referrals")
        self.view.activated.connect(self._open)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.search_box.textChanged.connect(self.requery)
        self.status.currentIndexChanged.connect(self.requery)
        self.agency.currentIndexChanged.connect(self.requery)
        self.auto = AutoRefresh(self, ctx, TABLES, self.refresh)

    def _status_text(self, r: ReferralListRow) -> str:
        text = REFERRAL_STATUS.label(r.status, self.ctx.lang)
        return arg(self.tr("%1, overdue"), text) if r.overdue else text

    def current_query(self) -> ReferralQuery:
        return ReferralQuery(search=unicodedata.normalize("NFKC", self.search_box.text()),
                             status=self.status.currentData(), agency=self.agency.code())

    def show_overdue(self) -> None:
        """Only the referrals open too long (from Today's section of them)."""
        self.status.setCurrentIndex(max(self.status.findData(OVERDUE), 0))

    def refresh(self) -> None:
        db = self.ctx.db
        query = self.current_query()
        self.loader.load(lambda: (query, referral_ids(db, query), referral_counts(db)))

    requery = refresh

    def _loaded(self, result: tuple[ReferralQuery, Sequence[str], dict[str, int]]) -> None:
        query, ids, counts = result
        self._fill_statuses(counts)
        if query != self.current_query():
            return
        self.model.set_ids(ids)
        self.view.scrollToTop()
        self.count.setText(arg(self.tr("%1 referrals"), QLocale().toString(len(ids))) if ids
                           else self.tr("No referral matches"))

    def _fill_statuses(self, counts: dict[str, int]) -> None:
        """Each status with its count, keeping the one chosen."""
        lang = self.ctx.lang
        chosen = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(arg(self.tr("All (%1)"), sum(
            n for code, n in counts.items() if code != OVERDUE)), None)
        self.status.addItem(arg(self.tr("Overdue (%1)"), counts.get(OVERDUE, 0)), OVERDUE)
        for term in REFERRAL_STATUS:
            self.status.addItem(arg(self.tr("%1 (%2)"), term.label(lang),
                                    counts.get(term.code, 0)), term.code)
        self.status.setCurrentIndex(max(self.status.findData(chosen), 0))
        self.status.blockSignals(False)

    def _open(self, index: QModelIndex) -> None:
        referral_id = self.model.id_at(index.row())
        if referral_id is not None:
            self.ctx.open_referral(referral_id)
