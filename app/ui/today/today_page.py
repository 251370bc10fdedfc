"""Today (今日待办): who to see today, and what is left unfinished.

Four lists from app.services.today, computed off the UI thread: follow-ups due, clients
waiting for a visit, quiet cases, and unfinished visit records. Each line opens its client
(double-click or Enter) and has a one-click button to record the visit (Ctrl+R too).
The lists are item models, so 500 lines cost no more than 5.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.models.vocab import CLOSURE_REASON, REFERRAL_AGENCY
from app.services.closures import PLAN, ClosureState
from app.services.drafts import DraftRow, list_drafts
from app.services.overview import Overview, overview
from app.services.referrals import ANSWER_DAYS
from app.services.today import NEVER, STALE_CASE_DAYS, TodayItem, TodayLists, today_lists
from app.ui.kit.context import AppContext
from app.ui.kit.drafts import resume_draft
from app.ui.kit.form_kit import (
    AutoRefresh,
    Column,
    Index,
    Loader,
    LoadingPage,
    RecordTableModel,
    busy_bar,
    grow_content,
    record_view,
)
from app.ui.kit.i18n import arg, failure_text, format_date, local_time, one_line
from app.ui.kit.pages import Figure
from app.ui.kit.palette import RED
from app.ui.kit.style import set_role
from app.ui.kit.widgets import FieldError
from app.ui.today.closure_dialog import ClosureDecisionDialog

LATE = RED
# local_setting: the visit intervals changed
TODAY_TABLES = {"visit", "client", "case_record", "client_category", "referral",
                "local_setting", "closure_request", "closure_decision"}
# A visit form autosaves its draft while Today shows behind it: only the drafts' list is
# read again then, not the four lists and the figures.
DRAFT_TABLES = {"visit_draft"}


# -- Today's lists: a button column and a titled section ----------------------------------
class ButtonDelegate(QStyledItemDelegate):
    """Draws a cell as a push button; a click on it emits `clicked(row)`."""

    clicked = Signal(int)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        button = QStyleOptionButton()
        button.rect = self._button_rect(option.rect)
        button.text = str(index.data() or "")
        button.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, option.widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = option.fontMetrics.horizontalAdvance(str(index.data() or ""))
        return QSize(width + 32, option.fontMetrics.height() + 14)

    def editorEvent(self, event: QEvent, model: Any, option: QStyleOptionViewItem,
                    index: Index) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            if event.button() == Qt.MouseButton.LeftButton and \
                    self._button_rect(option.rect).contains(event.position().toPoint()):
                self.clicked.emit(index.row())
            return True
        # A double-click on the button is two clicks on it, not "open the client".
        return kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)

    @staticmethod
    def _button_rect(cell: QRect) -> QRect:
        return cell.adjusted(4, 2, -4, -2)


class Section(QFrame):
    """One of Today's lists: a title with its count, the lines, and a note when cut.
    Each line ends in a button reading `action`; column `stretch` takes the spare width."""

    open_requested = Signal(object)  # the row
    action_requested = Signal(object)

    def __init__(self, title: str, columns: list[Column], action: str, stretch: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todaySection")
        set_role(self, "panel")
        self.title = QLabel(title)
        set_role(self.title, "heading")
        self.count = QLabel("—")
        self.count.setObjectName("sectionCount")
        set_role(self.count, "count")
        self.model = RecordTableModel([*columns, Column("", lambda _r: action)], self)
        self.view = record_view(self.model, sortable=False, stretch=stretch)
        self.view.verticalHeader().setDefaultSectionSize(30)  # room for the buttons
        self.delegate = ButtonDelegate(self.view)
        self.view.setItemDelegateForColumn(len(columns), self.delegate)
        header = self.view.horizontalHeader()
        # Fit the columns to the first rows only: measuring all 500 of four lists on
        # every load costs half a second.
        header.setResizeContentsPrecision(40)
        for index in range(len(columns) + 1):
            if index != stretch:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel()
        self.note.setObjectName("sectionNote")
        set_role(self.note, "muted")
        self.view.activated.connect(lambda index: self._emit(self.open_requested, index.row()))
        self.delegate.clicked.connect(lambda row: self._emit(self.action_requested, row))
        ctrl_r = QAction(self.view)
        ctrl_r.setShortcut(QKeySequence("Ctrl+R"))
        ctrl_r.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        ctrl_r.triggered.connect(
            lambda: self._emit(self.action_requested, self.view.currentIndex().row()))
        self.view.addAction(ctrl_r)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)

    def set_rows(self, rows: list[Any], total: int) -> None:
        self.model.set_rows(rows)
        self.count.setText(str(total))
        if total > len(rows):
            self.note.setText(arg(self.tr("Showing the first %1 of %2"), len(rows), total))
        elif total == 0:
            self.note.setText(self.tr("Nothing here today."))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))

    def _emit(self, signal: Any, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            signal.emit(self.model.rows[row])


class TodayPage(LoadingPage):
    """Today's lists and the station's headline figures; `today` overrides the date.
    `shown()` (the navigation button) always recomputes: the day may have turned."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, TODAY_TABLES, self.tr("Today"), self.tr(
            "Who to see today and what is still unfinished. Double-click a line (or press "
            "Enter) to open the client; the button records the visit."))
        self.today: dt.date | None = None  # None: the real today (tests set a day)
        grow_content(self)
        self.draft_loader = Loader(self)
        self.draft_loader.loaded.connect(self._drafts_loaded)
        drafts = AutoRefresh(self, ctx, DRAFT_TABLES, self._refresh_drafts)
        drafts.stale = False  # the first load reads them with the lists

        self.figures = {"clients": Figure(self.tr("Clients")),
                        "open_cases": Figure(self.tr("Open cases")),
                        "visits": Figure(self.tr("Visits this month"))}
        self.error = FieldError()  # a sentence when the figures could not be computed
        refresh = QPushButton(self.tr("Re&fresh"))
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.clicked.connect(self.refresh)
        figures = QHBoxLayout()
        for figure in self.figures.values():
            figures.addWidget(figure)
        figures.addStretch(1)
        figures.addWidget(busy_bar(self.loader))
        figures.addWidget(refresh)

        grid = self._sections(ctx)

        self.content.addLayout(figures)
        self.content.addWidget(self.error)
        self.content.addLayout(grid, 1)

    def _sections(self, ctx: AppContext) -> QGridLayout:
        """The four lists of who to see and what waits, and the drafts below them."""
        record, resume = self.tr("Record visit"), self.tr("Continue")
        name = Column(self.tr("Name"), lambda r: r.client_name)  # the stretching column
        village = Column(self.tr("Village"), lambda r: r.village or "")
        lang = ctx.lang
        self.followups = Section(self.tr("Follow-ups due today or overdue"), [
            name, village,
            Column(self.tr("Due"), lambda r: format_date(r.date, lang)),
            Column(self.tr("Late"), self._late,
                   color=lambda r: LATE if r.days > 0 else None)], record)
        since = [Column(self.tr("Last visit"), self._last_visit),
                 Column(self.tr("Days since"), self._days_since,
                        color=lambda r: LATE if r.days >= NEVER else None)]
        self.overdue = Section(self.tr("Clients waiting for a visit"),
                               [name, village, *since], record)
        self.stale = Section(arg(self.tr("Cases in intervention with no visit for %1 days"),
                                 STALE_CASE_DAYS), [name, village, *since], record)
        self.referrals = Section(
            arg(self.tr("Referrals with no answer or result for %1 days"), ANSWER_DAYS), [
                name,
                Column(self.tr("Agency"), lambda r: REFERRAL_AGENCY.label(r.agency, lang)),
                Column(self.tr("Referred"), lambda r: format_date(r.date, lang)),
                Column(self.tr("Days"), lambda r: str(r.days), color=lambda r: LATE)],
            self.tr("Update"))
        self.closures = Section(self.tr("Requests waiting for your approval"), [
            Column(self.tr("Client"), lambda r: r.client_name),
            Column(self.tr("Asked by"), lambda r: r.requested_by),
            Column(self.tr("Asked on"), lambda r: format_date(r.requested_on, lang)),
            Column(self.tr("Asks to approve"), self._request_text)],
            self.tr("Answer"))
        self.closures.hide()  # only on the head's and the supervisor's laptops
        self.drafts = Section(self.tr("Unfinished visit records"), [
            Column(self.tr("Client"), self._draft_client),
            Column(self.tr("Last kept"), self._draft_time),
            Column(self.tr("Observations"), self._draft_words)], resume, stretch=2)
        grid = QGridLayout()
        grid.setSpacing(12)
        for index, section in enumerate((self.followups, self.overdue, self.stale,
                                         self.referrals)):
            grid.addWidget(section, index // 2, index % 2)
        grid.addWidget(self.drafts, 2, 0, 1, 2)  # the whole width: the words typed
        for row, stretch in enumerate((3, 3, 2)):  # the lists of people first
            grid.setRowStretch(row, stretch)
        self.grid = grid
        for section in (self.followups, self.overdue, self.stale):
            section.open_requested.connect(lambda item: ctx.open_client(item.client_id))
            section.action_requested.connect(lambda item: ctx.record_visit(item.client_id))
        for signal in (self.referrals.open_requested, self.referrals.action_requested):
            signal.connect(lambda item: ctx.open_referral(item.referral_id))
        self.closures.open_requested.connect(lambda item: ctx.open_case(item.case_id))
        self.closures.action_requested.connect(self._answer_closure)
        # A draft's line resumes the draft: that is what the person left unfinished.
        self.drafts.open_requested.connect(self._resume)
        self.drafts.action_requested.connect(self._resume)
        return grid

    # -- loading ------------------------------------------------------------------------
    def shown(self) -> None:
        """Its navigation button: recompute even when nothing was written, the day may
        have turned (unless the load of the page being shown has just started)."""
        if not self.loader.running:
            self.refresh()

    def refresh(self) -> None:
        """Recompute the lists off the UI thread."""
        db, day = self.ctx.db, self.today
        self.loader.load(lambda: (today_lists(db, on=day), overview(db, today=day)))

    def _loaded(self, result: tuple[TodayLists, Overview]) -> None:
        lists, figures = result
        self.followups.set_rows(lists.followups, lists.followups_total)
        self.overdue.set_rows(lists.overdue_visits, lists.overdue_visits_total)
        self.stale.set_rows(lists.stale_cases, lists.stale_cases_total)
        self.referrals.set_rows(lists.referrals, lists.referrals_total)
        self.drafts.set_rows(lists.drafts, len(lists.drafts))
        self.closures.set_rows(lists.closures, len(lists.closures))
        self._place_closures(lists.decides_closures)
        for key, value in (("clients", figures.clients), ("open_cases", figures.open_cases),
                           ("visits", figures.visits_this_month)):
            self.figures[key].value.setText(str(value))
        self.error.clear_error()

    def _refresh_drafts(self) -> None:
        db = self.ctx.db
        self.draft_loader.load(lambda: list_drafts(db))

    def _drafts_loaded(self, drafts: list[DraftRow]) -> None:
        self.drafts.set_rows(drafts, len(drafts))

    def _failed(self, exc: object) -> None:
        self.error.say(failure_text(exc, self.ctx.lang, self.tr(
            "Today's lists could not be computed; the log file has the details.")))

    def _request_text(self, state: ClosureState) -> str:
        if state.kind == PLAN:
            return self.tr("the service plan")
        return arg(self.tr("closing: %1"), CLOSURE_REASON.label(state.reason, self.ctx.lang))

    def _place_closures(self, shown: bool) -> None:
        """On an approver's laptop the requests share the last row with the drafts, so
        the page still fits a 1366×768 screen; elsewhere the drafts take the row."""
        if shown == self.closures.isVisibleTo(self):
            return
        self.grid.removeWidget(self.drafts)
        if shown:
            self.grid.addWidget(self.closures, 2, 0)
            self.grid.addWidget(self.drafts, 2, 1)
        else:
            self.grid.removeWidget(self.closures)
            self.grid.addWidget(self.drafts, 2, 0, 1, 2)
        self.closures.setVisible(shown)

    def _answer_closure(self, state: ClosureState) -> None:
        ClosureDecisionDialog(self.ctx, state, self).exec()  # the write refreshes Today

    def _resume(self, draft: DraftRow) -> None:
        resume_draft(self.ctx, draft.client_id, draft.id)

    # -- cell texts -----------------------------------------------------------------------
    def _late(self, item: TodayItem) -> str:
        return arg(self.tr("%1 days late"), item.days) if item.days > 0 else self.tr("due today")

    def _last_visit(self, item: TodayItem) -> str:
        return format_date(item.date, self.ctx.lang) if item.date else self.tr("never visited")

    def _days_since(self, item: TodayItem) -> str:
        return "—" if item.days >= NEVER else arg(self.tr("%1 days"), item.days)

    def _draft_client(self, draft: DraftRow) -> str:
        return draft.client_name or self.tr("client not chosen yet")

    def _draft_time(self, draft: DraftRow) -> str:
        return local_time(draft.updated_at, self.ctx.lang)

    @staticmethod
    def _draft_words(draft: DraftRow) -> str:
        words = str(draft.payload.get("observations") or "")
        return one_line(words)[:60]
