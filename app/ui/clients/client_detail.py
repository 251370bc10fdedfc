"""The client's page (服务对象详情): who the person is, the household, the open case and one
timeline of everything that happened, newest first; with the actions a worker takes next.

A non-modal window: several clients can be open side by side. It reads its data
synchronously (a handful of indexed queries, well under 30 ms for a client with years of
visits) and reads again whenever a write touches one of the tables it shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShegongError
from app.models.people import age_on, mask_id_number
from app.models.vocab import (
    ACTIVITY_KIND,
    CASE_STAGE,
    CLIENT_CATEGORY,
    CLIENT_STATUS,
    DISABILITY_GRADE,
    DISABILITY_TYPE,
    GENDER,
    NEED_LEVEL,
    REFERRAL_AGENCY,
    REFERRAL_STATUS,
    RELATIONSHIP,
    RISK_LEVEL,
    VISIT_MODE,
)
from app.render.case_file_document import case_file_document, case_file_title
from app.services import Database, cases, referrals, reports, voids
from app.services.cases import CaseRow
from app.services.client_list import workers
from app.services.clients import CategoryInput, ClientInput, MemberInput, client_input
from app.services.person_record import write_person_record
from app.services.timeline import TimelineItem, client_timeline
from app.ui.clients.attachments_tab import AttachmentsTab
from app.ui.kit.context import AppContext
from app.ui.kit.history import HistoryDialog
from app.ui.kit.i18n import arg, format_date, one_line
from app.ui.kit.paper import PaperButton, ask_pdf_path, print_document
from app.ui.kit.record_dialogs import NewCaseDialog, ReferDialog, VoidDialog
from app.ui.kit.style import set_role

WATCHED = {"client", "visit", "case_record", "case_event", "referral", "activity",
           "activity_participant", "client_category", "household_member", "attachment"}
KIND_ROLE = Qt.ItemDataRole.UserRole  # (kind, record_id) of a timeline line


@dataclass(frozen=True)
class ClientPage:
    """Everything the window shows, read in one go (Qt-free, so it could run on a thread)."""

    id: str
    client: ClientInput
    worker_name: str
    open_case: CaseRow | None
    timeline: list[TimelineItem]


def load_client_page(db: Database, client_id: str) -> ClientPage:
    client = client_input(db, client_id)
    names = {w.id: w.name for w in workers(db)}
    case_id = cases.open_case_of(db, client_id)
    case = cases.get_case(db, case_id).row if case_id else None
    return ClientPage(client_id, client, names.get(client.assigned_worker_id or "", ""),
                      case, client_timeline(db, client_id))


def section(title: str) -> tuple[QGroupBox, QVBoxLayout]:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    return box, layout


def text_label(selectable: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    if selectable:  # people copy phone and ID numbers from here
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ClientDetailDialog(QDialog):
    def __init__(self, ctx: AppContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.page: ClientPage | None = None
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        self.resize(1100, 700)

        layout = QVBoxLayout(self)
        layout.addWidget(self._header())
        middle = QHBoxLayout()
        middle.addLayout(self._side(), 0)
        middle.addWidget(self._tabs(), 1)
        layout.addLayout(middle, 1)
        layout.addLayout(self._actions())
        ctx.data_changed.connect(self._data_changed)
        self.refresh()

    # -- building -----------------------------------------------------------------------
    def _header(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("clientHeader")
        set_role(frame, "card")
        self.name = QLabel()
        set_role(self.name, "record-title")
        self.risk = QLabel()
        set_role(self.risk, "risk")
        self.status = QLabel()
        set_role(self.status, "status")
        self.facts = text_label()
        self.place = text_label()
        self.service = text_label()
        top = QHBoxLayout()
        top.addWidget(self.name)
        top.addSpacing(12)
        top.addWidget(self.risk)
        top.addWidget(self.status)
        top.addStretch(1)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        for label in (self.facts, self.place, self.service):
            layout.addWidget(label)
        return frame

    def _side(self) -> QVBoxLayout:
        cats, cat_layout = section(self.tr("Categories"))
        self.categories = text_label()
        cat_layout.addWidget(self.categories)
        family, family_layout = section(self.tr("Household and guardians"))
        self.household = text_label()
        family_layout.addWidget(self.household)
        case, case_layout = section(self.tr("Case"))
        self.case = text_label()
        self.case_button = QPushButton(self.tr("View the &case"))
        self.case_button.clicked.connect(self.view_case)
        case_layout.addWidget(self.case)
        case_layout.addWidget(self.case_button, 0, Qt.AlignmentFlag.AlignLeft)
        notes, notes_layout = section(self.tr("Notes"))
        self.notes = text_label()
        notes_layout.addWidget(self.notes)
        self.notes_box = notes
        column = QVBoxLayout()
        for box in (cats, family, case, notes):
            box.setFixedWidth(360)
            column.addWidget(box)
        column.addStretch(1)
        return column

    def _tabs(self) -> QTabWidget:
        """The timeline, and the attachments beside it (a tab: the list needs the room)."""
        self.tabs = QTabWidget()
        timeline = self._timeline()
        timeline.setTitle("")  # the tab says it
        self.tabs.addTab(timeline, self.tr("Timeline"))
        self.attachments = AttachmentsTab(self.ctx.db, self.ctx.lang, self.client_id)
        self.attachments.count_changed.connect(self._count_attachments)
        self.tabs.addTab(self.attachments, "")
        self._count_attachments(self.attachments.list.topLevelItemCount())
        return self.tabs

    def _count_attachments(self, count: int) -> None:
        self.tabs.setTabText(1, arg(self.tr("Attachments (%1)"), count) if count
                             else self.tr("Attachments"))

    def _timeline(self) -> QGroupBox:
        box, layout = section(self.tr("Timeline"))
        self.timeline = QTreeWidget()
        self.timeline.setHeaderLabels([self.tr("Date"), self.tr("Type"), self.tr("What happened"),
                                       self.tr("Details")])
        self.timeline.setRootIsDecorated(False)
        self.timeline.setUniformRowHeights(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.timeline.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.timeline.itemActivated.connect(self._activated)  # double-click or Enter
        self.empty_timeline = QLabel(self.tr("Nothing recorded yet. Record the first visit."))
        set_role(self.empty_timeline, "empty")
        layout.addWidget(self.timeline)
        layout.addWidget(self.empty_timeline)
        return box

    def _actions(self) -> QHBoxLayout:
        self.visit_button = QPushButton(self.tr("Record &visit"))
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.new_case_button = QPushButton(self.tr("Open a &new case"))
        self.refer_button = QPushButton(self.tr("&Refer"))
        self.void_button = QPushButton(self.tr("Vo&id"))
        self.close_button = QPushButton(self.tr("C&lose"))
        self.paper_button = PaperButton(self.tr("Case &file"))
        self.paper_button.setObjectName("caseFile")
        self.paper_button.setToolTip(self.tr(
            "The whole case file (个案档案) for the station's paper archive and the on-site "
            "evaluation: print it, or save it as a PDF"))
        self.paper_button.print_asked.connect(self.print_case_file)
        self.paper_button.pdf_asked.connect(self.save_case_file)
        menu = self.paper_button.menu()
        menu.addSeparator()
        self.person_action = menu.addAction(self.tr(
            "The person's own record, with history and photos (at their request)…"))
        self.person_action.triggered.connect(lambda: self.save_person_record())
        self.paper_status = QLabel()
        set_role(self.paper_status, "hint")
        self.visit_button.clicked.connect(lambda: self.ctx.record_visit(self.client_id))
        self.edit_button.clicked.connect(lambda: self.ctx.edit_client(self.client_id))
        self.new_case_button.clicked.connect(self.new_case)
        self.refer_button.clicked.connect(self.refer)
        self.void_button.clicked.connect(self.void)
        self.history_button = QPushButton(self.tr("Histor&y"))
        self.history_button.setToolTip(self.tr(
            "Who changed this client's record, when, from what to what"))
        self.history_button.clicked.connect(self.show_history)
        self.close_button.clicked.connect(self.close)
        self.visit_button.setDefault(True)
        row = QHBoxLayout()
        for button in (self.visit_button, self.edit_button, self.new_case_button,
                       self.refer_button, self.paper_button):
            row.addWidget(button)
        row.addWidget(self.paper_status, 1)
        row.addWidget(self.history_button)
        row.addWidget(self.void_button)
        row.addWidget(self.close_button)
        return row

    # -- showing ------------------------------------------------------------------------
    def _data_changed(self, tables: set[str]) -> None:
        if tables & WATCHED:
            self.refresh()

    def refresh(self) -> None:
        try:
            page = load_client_page(self.ctx.db, self.client_id)
        except ShegongError as err:  # voided or merged away while the window was open
            self.page = None
            self.name.setText(err.text(self.ctx.lang))
            for button in (self.visit_button, self.edit_button, self.new_case_button,
                           self.refer_button, self.void_button, self.case_button,
                           self.paper_button, self.attachments.add_button):
                button.setEnabled(False)
            return
        self.page = page
        self.attachments.who = page.client.name
        self.attachments.refresh()
        self._show_header(page)
        self._show_side(page)
        self._show_timeline(page.timeline)

    def _show_header(self, page: ClientPage) -> None:
        c, lang = page.client, self.ctx.lang
        self.setWindowTitle(arg(self.tr("%1 — client"), c.name))
        self.name.setText(c.name)
        self.risk.setText(arg(self.tr("Risk: %1"), RISK_LEVEL.label(c.risk_level, lang)))
        set_role(self.risk, risk=c.risk_level or "")
        self.status.setText(CLIENT_STATUS.label(c.status, lang))
        age = age_on(c.birth_date) if not isinstance(c.birth_date, str) else None
        facts = [GENDER.label(c.gender, lang) or self.tr("Gender not known")]
        if age is not None:
            facts.append(arg(self.tr("%1 years old (born %2)"), age,
                             format_date(c.birth_date, lang)))
        facts.append(arg(self.tr("ID number %1"), mask_id_number(c.id_number))
                     if c.id_number else self.tr("No ID number"))
        facts.append(arg(self.tr("Phone %1"), c.phone) if c.phone else self.tr("No phone"))
        self.facts.setText(" · ".join(facts))
        place = " ".join(p for p in (c.village, c.village_group) if p)
        self.place.setText(" · ".join(p for p in (place, c.address) if p)
                           or self.tr("No address recorded"))
        consent = (arg(self.tr("Consent signed on %1"), format_date(c.consent_date, lang))
                   if c.consent_given and c.consent_date else
                   self.tr("Consent signed") if c.consent_given else self.tr("No consent recorded"))
        worker = arg(self.tr("Worker: %1"), page.worker_name) if page.worker_name else ""
        self.service.setText(" · ".join(p for p in (worker, consent) if p))

    def _show_side(self, page: ClientPage) -> None:
        c = page.client
        order = CLIENT_CATEGORY.codes()  # the official list's order, as on paper forms
        ordered = sorted(c.categories, key=lambda x: order.index(x.category)
                         if x.category in order else len(order))
        self.categories.setText("\n".join(self._category_text(x) for x in ordered)
                                or self.tr("No category"))
        self.household.setText("\n".join(self._member_text(m) for m in c.household)
                               or self.tr("No household members recorded"))
        case = page.open_case
        if case is None:
            self.case.setText(self.tr("No open case."))
        else:
            since = arg(self.tr("Open since %1, at the stage “%2”."),
                        format_date(case.opened_on, self.ctx.lang),
                        CASE_STAGE.label(case.stage, self.ctx.lang))
            self.case.setText("\n".join(p for p in (since, case.presenting_problem) if p))
        self.case_button.setEnabled(case is not None)
        self.new_case_button.setEnabled(case is None)
        self.new_case_button.setToolTip(
            "" if case is None else self.tr("This client already has an open case."))
        self.notes.setText(c.notes or "")
        self.notes_box.setVisible(bool(c.notes))

    def _category_text(self, c: CategoryInput) -> str:
        lang = self.ctx.lang
        label = CLIENT_CATEGORY.label(c.category, lang)
        if c.disability_type is None and c.disability_grade is None:
            return label
        unknown = self.tr("not known")
        return arg(self.tr("%1 (type: %2; grade: %3)"), label,
                   DISABILITY_TYPE.label(c.disability_type, lang) or unknown,
                   DISABILITY_GRADE.label(c.disability_grade, lang) or unknown)

    def _member_text(self, m: MemberInput) -> str:
        lang = self.ctx.lang
        parts = [m.name, RELATIONSHIP.label(m.relationship, lang), GENDER.label(m.gender, lang)]
        if m.is_guardian:
            parts.append(self.tr("guardian"))
        if not m.lives_with_client:
            parts.append(self.tr("lives elsewhere"))
        parts.append(m.phone or "")
        return " · ".join(p for p in parts if p)

    def _show_timeline(self, items: list[TimelineItem]) -> None:
        self.timeline.clear()
        self.timeline.addTopLevelItems([self._timeline_item(i) for i in items])
        self.timeline.setVisible(bool(items))
        self.empty_timeline.setVisible(not items)

    def _timeline_item(self, i: TimelineItem) -> QTreeWidgetItem:
        lang = self.ctx.lang
        if i.kind == "visit":
            kind = arg(self.tr("Visit · %1"), VISIT_MODE.label(i.code, lang))
            what, details = i.text, self._needs_text(i)
        elif i.kind == "case_event":
            kind, what, details = self.tr("Case"), self._stage_text(i), ""
            if i.extra is not None:  # the opening event's note says only "opened"
                details = i.text
        elif i.kind == "activity":
            kind, what = ACTIVITY_KIND.label(i.code, lang), i.text
            details = arg(self.tr("Place: %1"), i.extra) if i.extra else ""
        else:
            kind = self.tr("Referral")
            what = arg(self.tr("To %1: %2"), REFERRAL_AGENCY.label(i.code, lang), i.text)
            details = REFERRAL_STATUS.label(i.extra, lang)
        item = QTreeWidgetItem([format_date(i.date, lang), kind, one_line(what), details])
        item.setToolTip(2, what)
        item.setData(0, KIND_ROLE, (i.kind, i.record_id))
        return item

    def _needs_text(self, i: TimelineItem) -> str:
        """The needs the visit found, with their notes: where the next visit starts."""
        if not i.needs:
            return self.tr("No needs found")
        labels = {"material": self.tr("Material needs"),
                  "emotional": self.tr("Emotional needs"), "social": self.tr("Social needs")}
        parts = []
        for dim, level, notes in i.needs:
            shown = NEED_LEVEL.label(level, self.ctx.lang)
            parts.append(arg(self.tr("%1: %2 (%3)"), labels[dim], shown, notes) if notes
                         else arg(self.tr("%1: %2"), labels[dim], shown))
        return ("；" if self.ctx.lang == "zh" else "; ").join(parts)

    def _stage_text(self, i: TimelineItem) -> str:
        lang = self.ctx.lang
        if i.extra is None:
            return self.tr("Case opened")
        if i.code == "closed":
            return self.tr("Case closed")
        if i.extra == "closed":
            return self.tr("Case reopened")
        return arg(self.tr("Stage: %1 → %2"), CASE_STAGE.label(i.extra, lang),
                   CASE_STAGE.label(i.code, lang))

    # -- actions ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter on a timeline line opens that line; the view passes the key on, and the
        # dialog would also press its default button (a new visit) without this.
        if self.focusWidget() is self.timeline \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        kind, record_id = item.data(0, KIND_ROLE)
        if kind == "case_event":
            self.ctx.open_case(record_id)
        elif kind == "visit":
            self.ctx.open_visit(record_id)
        elif kind == "referral":
            self.ctx.open_referral(record_id)

    def show_history(self) -> HistoryDialog:
        labels = {"name": self.tr("Name"), "gender": self.tr("Gender"),
                  "birth_date": self.tr("Birth date"), "id_number": self.tr("ID number"),
                  "phone": self.tr("Phone"), "village": self.tr("Village"),
                  "village_group": self.tr("Village group"), "address": self.tr("Address"),
                  "risk_level": self.tr("Risk level"), "status": self.tr("Status"),
                  "assigned_worker_id": self.tr("Worker in charge"),
                  "consent_given": self.tr("Consent signed"),
                  "consent_date": self.tr("Consent date"), "notes": self.tr("Notes")}
        dialog = HistoryDialog(self.ctx, "client", self.client_id, self.windowTitle(), labels,
                               self)
        dialog.show()
        return dialog

    def view_case(self) -> None:
        if self.page is not None and self.page.open_case is not None:
            self.ctx.open_case(self.page.open_case.id)

    def _who(self) -> str:
        return self.page.client.name if self.page else ""

    def new_case(self) -> None:
        dialog = NewCaseDialog(self.ctx.lang, self._who(), lambda problem: cases.open_case(
            self.ctx.db, self.client_id, problem), self)
        if dialog.exec():
            self.ctx.open_case(dialog.value)

    def refer(self) -> None:
        case_id = self.page.open_case.id if self.page and self.page.open_case else None
        dialog = ReferDialog(self.ctx.lang, self._who(), lambda agency, reason: referrals.refer(
            self.ctx.db, self.client_id, agency, reason, case_id=case_id), self)
        dialog.exec()  # the write refreshes this page

    # -- on paper -----------------------------------------------------------------------
    def print_case_file(self, printer: QPrinter | None = None) -> bool:
        """The case file through the print dialog (`printer`: tests), ID number masked."""
        lang = self.ctx.lang
        try:
            file = reports.case_file(self.ctx.db, self.client_id, lang)
        except ShegongError as err:
            self.paper_status.setText(err.text(lang))
            return False
        printed = print_document(self, lambda scale: case_file_document(file, lang, scale),
                                 case_file_title(file, lang), lang, printer)
        if printed:
            self.paper_status.setText(self.tr("Sent to the printer."))
        return printed

    def save_case_file(self, full_id: bool, target: Path | None = None) -> Path | None:
        """The case file as a PDF where the person chooses (`target`: tests)."""
        if target is None:
            # A file name tells no one whose file it is: the record's short number.
            target = ask_pdf_path(self, self.tr("Save the case file"), self.tr("case file"),
                                  self.client_id[-8:])
            if target is None:
                return None
        try:
            reports.write_case_file(self.ctx.db, self.client_id, target, self.ctx.lang, full_id)
        except ShegongError as err:
            self.paper_status.setText(err.text(self.ctx.lang))
            return None
        self.paper_status.setText(arg(self.tr("Case file saved: %1"), str(target)))
        return target

    def save_person_record(self, target: Path | None = None) -> Path | None:
        """Everything about the client as one PDF, for the person or guardian who asks."""
        if target is None:
            target = ask_pdf_path(self, self.tr("Save the person's own record"),
                                  self.tr("personal record"), self.client_id[-8:])
            if target is None:
                return None
        try:
            write_person_record(self.ctx.db, self.client_id, target, self.ctx.lang)
        except ShegongError as err:
            self.paper_status.setText(err.text(self.ctx.lang))
            return None
        self.paper_status.setText(arg(self.tr("Personal record saved: %1"), str(target)))
        return target

    def void(self) -> None:
        dialog = VoidDialog(self.ctx.lang, self._who(), lambda reason: voids.void_record(
            self.ctx.db, "client", self.client_id, reason), self)
        if dialog.exec():
            self.ctx.data_changed.disconnect(self._data_changed)  # gone: nothing to show
            self.close()


