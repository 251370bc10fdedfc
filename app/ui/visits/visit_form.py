"""The home visit form (走访记录): what was seen, the needs in the seed's three dimensions,
what was done, and when to come back.

Non-modal: a worker may look something up while it is open. Every change is kept as a
draft (app/ui/kit/drafts.py) until the visit is saved or thrown away, so no typed word is lost
to a crash, a power cut or a closed lid.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShegongError
from app.models.vocab import CASE_STAGE, NEED_DIMENSIONS, SERVICE_TYPE, VISIT_MODE
from app.render.visit_sheet_document import sheet_title, visit_sheet_document
from app.services.cases import get_case, open_case_of
from app.services.clients import get_client
from app.services.drafts import get_draft
from app.services.helpers import helpers
from app.services.reports import visit_sheet, write_visit_sheet
from app.services.settings import NO_CATEGORY_INTERVAL
from app.services.visits import (
    Need,
    VisitInput,
    default_followup,
    get_visit,
    record_visit,
    update_visit,
)
from app.services.voids import void_record
from app.services.workers import current_worker_id
from app.ui.kit.client_picker import ClientPicker
from app.ui.kit.context import AppContext
from app.ui.kit.drafts import DraftKeeper
from app.ui.kit.history import HistoryDialog
from app.ui.kit.i18n import arg, format_date
from app.ui.kit.paper import PaperButton, ask_pdf_path, print_document
from app.ui.kit.record_dialogs import ask_void
from app.ui.kit.style import set_role
from app.ui.kit.widgets import (
    Checklist,
    DateField,
    FieldError,
    FieldErrors,
    VocabChecklist,
    VocabCombo,
    align_top,
    buddy_label,
    minutes_box,
    text_box,
)
from app.ui.visits.visit_fields import (
    PAYLOAD_VERSION,
    GrowingBox,
    NeedRow,
    WorkerChecklist,
    saved_payload,
)


class VisitFormDialog(QDialog):
    """Record a home visit of `client_id` (or of a client picked here), resume a draft,
    or open a saved visit (`visit_id`) to correct it, void it or read its history."""

    def __init__(self, ctx: AppContext, client_id: str | None, draft_id: int | None,
                 parent: QWidget | None = None, visit_id: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_id: str | None = None
        self.visit_id = visit_id
        self._edited = False  # a saved visit's fields changed here, not saved yet
        self._loading = True  # filling fields is not a change to keep
        self._followup_auto = True  # the follow-up follows the visit date until edited
        self._case_id: str | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Home visit record"))

        saved = get_visit(ctx.db, visit_id) if visit_id is not None else None
        draft = get_draft(ctx.db, draft_id) if draft_id is not None and not saved else None
        payload: dict[str, Any] = draft.payload if draft else \
            saved_payload(saved.input) if saved else {}
        self._fixed_client = saved is not None or (
            bool(payload.get("client_fixed")) if draft else client_id is not None)
        self._client = (payload.get("client_id") if payload else None) or client_id
        # A saved visit's corrections are saved or dropped, never kept as a draft (a
        # draft would come back as a new visit).
        self.keeper = DraftKeeper(ctx.db, draft.id if draft else None, self)
        self.keeper.on_saved = self._draft_saved
        self.keeper.on_error = self._draft_failed

        self._build()
        self._connect_changes()
        self._client_changed()
        if payload:
            self._restore(payload)
        if draft:
            self.draft_status.setText(self.tr("Resumed from an unfinished record."))
        if saved:
            self.in_case.setChecked(saved.input.case_id is not None)
            self.draft_status.setText(self.tr("A saved visit: your corrections are kept "
                                              "in its history."))
        self._loading = False
        self._fit_screen()

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self.general_error = FieldError()
        self.router = FieldErrors(self.ctx.lang, self.general_error)
        self.errors = self.router.fields  # each field's error line, by the field's name
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._build_client(left)
        self._build_visit(left, self.ctx.lang)
        self._build_needs(right, self.ctx.lang)
        self._build_followup(right, self.ctx.lang)
        scroll = self._columns(left, right)
        buttons = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)

    def _build_client(self, left: QFormLayout) -> None:
        """The client's name when it is fixed, else the picker."""
        self.picker: ClientPicker | None = None
        if self._fixed_client:
            self.client_label = QLabel()
            self.client_label.setObjectName("clientName")
            set_role(self.client_label, "section-title")
            self._add(left, self.tr("Clie&nt"), self.client_label, "client")
        else:
            self.picker = ClientPicker(self.ctx, multi=False)
            self.picker.setMinimumHeight(160)
            if self._client:
                self.picker.set_selected_ids([self._client])
            self._add(left, self.tr("Clie&nt"), self.picker, "client", buddy=self.picker.search,
                      grow=True)

    def _build_visit(self, left: QFormLayout, lang: str) -> None:
        """When, how long, how, who went, who was met, what was seen."""
        self.visit_date = DateField(lang)
        self.visit_date.setObjectName("visitDate")
        self._add(left, self.tr("Visit &date"), self.visit_date, "visit_date")
        self.duration = minutes_box(10)
        self.duration.setObjectName("duration")
        self._add(left, self.tr("D&uration"), self.duration, "duration_min")
        self.mode = VocabCombo(VISIT_MODE, lang)
        self.mode.setObjectName("mode")
        self._add(left, self.tr("&Mode"), self.mode, "mode")
        self.workers = WorkerChecklist(self.ctx, current_worker_id(self.ctx.db))
        first_box = next(iter(self.workers.boxes.values()), None)
        self._add(left, self.tr("&Workers present"), self.workers, "workers", buddy=first_box)
        self.helpers = Checklist([(h.id, h.name) for h in helpers(self.ctx.db)], 4, "helper_",
                                 empty=self.tr("None registered yet (Station → Volunteers "
                                               "and cadres)"))
        self._add(left, self.tr("Volunteers, cadres"), self.helpers, "helpers")
        self.people_met = QLineEdit()
        self.people_met.setObjectName("peopleMet")
        self.people_met.setPlaceholderText(self.tr("e.g. the client and her granddaughter"))
        self._add(left, self.tr("&People met"), self.people_met, "people_met")
        self.observations = text_box(4, grow=True)
        self.observations.setObjectName("observations")
        self._add(left, self.tr("&Observations"), self.observations, "observations",
                  grow=True)
        self.risks = text_box(2)
        self.risks.setObjectName("risks")
        self._add(left, self.tr("R&isks noticed"), self.risks, "risks")

    def _build_needs(self, right: QFormLayout, lang: str) -> None:
        """The three needs with their levels, and the services delivered."""
        self.needs: dict[str, NeedRow] = {}
        need_labels = {"material": self.tr("M&aterial needs"),
                       "emotional": self.tr("&Emotional needs"),
                       "social": self.tr("Socia&l needs")}
        for dim in NEED_DIMENSIONS:
            row = NeedRow(dim, lang)
            self.needs[dim.code] = row
            self._add(right, need_labels[dim.code], row, dim.code,
                      buddy=row.buttons["none"], focus=row)  # the level ticked
        self.services = VocabChecklist(SERVICE_TYPE, lang, columns=3)
        self._add(right, self.tr("Ser&vices delivered"), self.services, "services",
                  buddy=next(iter(self.services.boxes.values())))

    def _build_followup(self, right: QFormLayout, lang: str) -> None:
        """The next follow-up and whether the visit is part of the open case."""
        self.followup = DateField(lang)
        self.followup.setObjectName("nextFollowup")
        self._add(right, self.tr("Next &follow-up"), self.followup, "next_followup")
        self.in_case = QCheckBox(self.tr("Part of the open &case"))
        self.in_case.setObjectName("inCase")
        self.case_note = QLabel()
        self.case_note.setWordWrap(True)
        set_role(self.case_note, "muted")
        case_box = QWidget()
        case_layout = QVBoxLayout(case_box)
        case_layout.setContentsMargins(0, 0, 0, 0)
        case_layout.addWidget(self.in_case)
        case_layout.addWidget(self.case_note)
        self.case_row = case_box
        right.addRow("", case_box)

    def _columns(self, left: QFormLayout, right: QFormLayout) -> QScrollArea:
        """The two forms side by side with a line between, scrolling together."""
        columns = QWidget()
        row = QHBoxLayout(columns)
        for index, form in enumerate((left, right)):
            if index:
                line = QFrame()
                line.setFrameShape(QFrame.Shape.VLine)
                set_role(line, "separator")
                row.addWidget(line)
            column = QVBoxLayout()
            column.addLayout(form, 1 if form is left else 0)
            if form is right:
                column.addStretch(1)  # its rows keep their height
            row.addLayout(column, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(columns)
        return scroll

    def _build_buttons(self) -> QHBoxLayout:
        """The draft's state and Discard, Close, Save (Ctrl+S and Ctrl+Enter save); for a
        saved visit, History and Void instead of Discard."""
        self.draft_status = QLabel()
        self.draft_status.setObjectName("draftStatus")
        set_role(self.draft_status, "muted")
        editing = self.visit_id is not None
        self.save_button = QPushButton(self.tr("&Save changes") if editing else self.tr("&Save"))
        self.save_button.setObjectName("saveVisit")
        self.save_button.setToolTip(self.tr("Save the visit record (Ctrl+S)"))
        self.discard_button = QPushButton(self.tr("Disca&rd"))
        self.discard_button.setToolTip(self.tr("Throw this record away, with its draft"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close without saving the changes") if editing
                                     else self.tr("Close; what you typed is kept as a draft"))
        self.history_button = QPushButton(self.tr("&History…"))
        self.history_button.setObjectName("visitHistory")
        self.history_button.setToolTip(self.tr("Who recorded and changed this visit, when"))
        self.void_button = QPushButton(self.tr("&Void…"))
        self.void_button.setObjectName("voidVisit")
        self.void_button.setToolTip(self.tr("Take this visit out of every list, count and "
                                            "report; it stays in the records with the reason"))
        self.sheet_button = PaperButton(self.tr("Record shee&t…"))
        self.sheet_button.setObjectName("visitSheet")
        self.sheet_button.setToolTip(self.tr("The visit record sheet (走访记录表) for the "
                                             "paper archive: print it, or save it as a PDF"))
        self.sheet_button.print_asked.connect(self.print_sheet)
        self.sheet_button.pdf_asked.connect(self.save_sheet)
        for button in (self.save_button, self.discard_button, self.close_button,
                       self.history_button, self.void_button, self.sheet_button):
            # Enter in a field must not save a half-written record: Ctrl+S saves.
            button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard)
        self.close_button.clicked.connect(self.close)
        self.history_button.clicked.connect(self.show_history)
        self.void_button.clicked.connect(self.void)
        for keys in (QKeySequence.StandardKey.Save, QKeySequence("Ctrl+Return")):
            QShortcut(keys, self).activated.connect(self.save)

        buttons = QHBoxLayout()
        if editing:
            buttons.addWidget(self.history_button)
            buttons.addWidget(self.void_button)
            buttons.addWidget(self.sheet_button)
        buttons.addWidget(self.draft_status, 1)
        if not editing:
            buttons.addWidget(self.discard_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        return buttons

    def _add(self, form: QFormLayout, text: str, field: QWidget, key: str,
             buddy: QWidget | None = None, grow: bool = False,
             focus: QWidget | None = None) -> None:
        """`buddy`: what the label's mnemonic focuses; `focus`: what a refusal of `key`
        focuses (both default to the field)."""
        label = align_top(buddy_label(text, buddy or field))
        box = GrowingBox() if grow else QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        error = self.router.add(key, focus=focus or buddy or field)
        error.setObjectName(f"error_{key}")
        column.addWidget(error)
        if not grow:  # only the growing fields take the column's spare height
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        form.addRow(label, box)

    def _fit_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen else None
        width, height = 1180, 720
        if room is not None:  # 1366x768 leaves about 1366x740 for a window
            width, height = min(width, room.width() - 20), min(height, room.height() - 28)
        self.resize(width, height)

    def _connect_changes(self) -> None:
        self.visit_date.dateChanged.connect(self._date_changed)
        self.followup.dateChanged.connect(self._followup_edited)
        if self.picker is not None:
            self.picker.selection_changed.connect(self._client_picked)
        for signal in (self.duration.valueChanged, self.mode.currentIndexChanged,
                       self.people_met.textChanged, self.observations.textChanged,
                       self.risks.textChanged, self.in_case.toggled):
            signal.connect(self._changed)
        for box in (*self.workers.boxes.values(), *self.services.boxes.values(),
                    *self.helpers.boxes.values()):
            box.toggled.connect(self._changed)
        for need in self.needs.values():
            need.group.idToggled.connect(self._changed)
            need.notes.textChanged.connect(self._changed)

    # -- reacting -----------------------------------------------------------------------
    def client_id(self) -> str | None:
        if self.picker is not None:
            chosen = self.picker.selected_ids()
            return chosen[0] if chosen else None
        return self._client

    def _client_picked(self) -> None:
        self.errors["client"].clear_error()
        self._client_changed()
        self._changed()

    def _client_changed(self) -> None:
        """A (new) client: name, open case and default follow-up."""
        client_id = self.client_id()
        if self.picker is None:
            try:
                row = get_client(self.ctx.db, client_id or "").row
                self.client_label.setText(f"{row.name}（{row.village}）" if row.village
                                          else row.name)
                self.setWindowTitle(arg(self.tr("Home visit record: %1"), row.name))
            except ShegongError as err:
                self.client_label.setText(err.text(self.ctx.lang))
        self._case_id = open_case_of(self.ctx.db, client_id) if client_id else None
        self.case_row.setVisible(self._case_id is not None)
        self.in_case.setChecked(self._case_id is not None)
        if self._case_id is not None:
            case = get_case(self.ctx.db, self._case_id).row
            self.case_note.setText(arg(self.tr("%1 · stage: %2"),
                                       case.presenting_problem or "",
                                       CASE_STAGE.label(case.stage, self.ctx.lang)))
        self._default_followup()

    def _date_changed(self) -> None:
        self._default_followup()
        self._changed()

    def _default_followup(self) -> None:
        if not self._followup_auto:
            return
        day = self.visit_date.value()
        client_id = self.client_id()
        due = (default_followup(self.ctx.db, client_id, day) if client_id
               else day + dt.timedelta(days=NO_CATEGORY_INTERVAL))
        self.followup.blockSignals(True)  # a default is not the worker's choice
        self.followup.set_value(due)
        self.followup.blockSignals(False)

    def _followup_edited(self) -> None:
        self._followup_auto = False
        self._changed()

    def _changed(self, *_: object) -> None:
        if self._loading:
            return
        if self.visit_id is not None:
            self._edited = True
        else:
            self.keeper.changed(self.client_id(), self.payload())

    def _draft_saved(self, first: bool) -> None:
        self.draft_status.setText(arg(self.tr("Draft kept at %1"),
                                      dt.datetime.now().strftime("%H:%M:%S")))

    def _draft_failed(self, err: ShegongError) -> None:
        self.draft_status.setText(err.text(self.ctx.lang))

    # -- the draft ------------------------------------------------------------------------
    def payload(self) -> dict[str, Any]:
        """Every field, JSON-able (dates as ISO strings)."""
        return {
            "version": PAYLOAD_VERSION,
            "client_id": self.client_id(), "client_fixed": self._fixed_client,
            "visit_date": self.visit_date.value().isoformat(),
            "duration_min": self.duration.value() or None, "mode": self.mode.code(),
            "worker_ids": self.workers.ids(), "helper_ids": self.helpers.ids(),
            "people_met": self.people_met.text(),
            "observations": self.observations.toPlainText(),
            **{code: {"level": row.level(), "notes": row.notes.text()}
               for code, row in self.needs.items()},
            "services": self.services.codes(), "risks": self.risks.toPlainText(),
            "next_followup": self.followup.value().isoformat(),
            "followup_auto": self._followup_auto,
            "in_case": self.in_case.isChecked(),
        }

    def _restore(self, p: dict[str, Any]) -> None:
        def day(key: str) -> dt.date | None:
            try:
                return dt.date.fromisoformat(p[key]) if p.get(key) else None
            except (TypeError, ValueError):
                return None

        visit_day = day("visit_date")
        if visit_day:
            self.visit_date.set_value(visit_day)
        self.duration.setValue(int(p.get("duration_min") or 0))
        self.mode.set_code(p.get("mode") or "home")
        self.workers.set_ids(list(p.get("worker_ids") or []))
        self.helpers.set_ids(list(p.get("helper_ids") or []))
        self.people_met.setText(p.get("people_met") or "")
        self.observations.setPlainText(p.get("observations") or "")
        for code, row in self.needs.items():
            need = p.get(code) or {}
            row.set_level(need.get("level") or "none")
            row.notes.setText(need.get("notes") or "")
        self.services.set_codes(list(p.get("services") or []))
        self.risks.setPlainText(p.get("risks") or "")
        self._followup_auto = bool(p.get("followup_auto", True))
        follow = day("next_followup")
        if follow and not self._followup_auto:
            self.followup.set_value(follow)
        else:
            self._default_followup()
        self.in_case.setChecked(bool(p.get("in_case")) and self._case_id is not None)

    # -- saving, discarding, closing ---------------------------------------------------
    def value(self) -> VisitInput:
        def need(code: str) -> Need:
            row = self.needs[code]
            return Need(row.level(), row.notes.text())

        return VisitInput(
            client_id=self.client_id() or "", visit_date=self.visit_date.value(),
            mode=self.mode.code() or "home", duration_min=self.duration.value() or None,
            worker_ids=tuple(self.workers.ids()), people_met=self.people_met.text(),
            observations=self.observations.toPlainText(), material=need("material"),
            emotional=need("emotional"), social=need("social"),
            services=tuple(self.services.codes()), risks=self.risks.toPlainText(),
            next_followup=self.followup.value(),
            case_id=self._case_id if self.in_case.isChecked() else None,
            helper_ids=tuple(self.helpers.ids()))

    def save(self) -> None:
        self.router.clear()
        if not self.client_id():
            self.errors["client"].say(self.tr("Please choose the client you visited."))
            if self.picker is not None:
                self.picker.search.setFocus()
            return
        try:
            if self.visit_id is not None:
                update_visit(self.ctx.db, self.visit_id, self.value())
                self.saved_id = self.visit_id
            else:
                self.saved_id = record_visit(self.ctx.db, self.value())
        except ShegongError as err:
            self.router.show(err)
            return
        self._edited = False
        self.keeper.finish()
        self.accept()

    def show_history(self) -> None:
        assert self.visit_id is not None
        HistoryDialog(self.ctx, "visit", self.visit_id, self.windowTitle(),
                      self.field_labels(), self).exec()

    def void(self) -> None:
        visit_id = self.visit_id
        assert visit_id is not None
        what = arg(self.tr("the visit of %1"), format_date(self.visit_date.value(),
                                                          self.ctx.lang))
        if ask_void(self.ctx.lang, what, lambda reason: void_record(
                self.ctx.db, "visit", visit_id, reason), self):
            self._edited = False
            self.accept()

    def print_sheet(self, printer: QPrinter | None = None) -> bool:
        """The visit record sheet through the print dialog (`printer`: tests)."""
        visit_id, lang = self.visit_id, self.ctx.lang
        assert visit_id is not None
        try:
            sheet = visit_sheet(self.ctx.db, visit_id, lang)
        except ShegongError as err:
            self.general_error.say(err.text(lang))
            return False
        printed = print_document(self, lambda scale: visit_sheet_document(sheet, lang, scale),
                                 sheet_title(sheet, lang), lang, printer)
        if printed:
            self.draft_status.setText(self.tr("Sent to the printer."))
        return printed

    def save_sheet(self, full_id: bool, target: Path | None = None) -> Path | None:
        """The visit record sheet as a PDF where the person chooses (`target`: tests)."""
        visit_id = self.visit_id
        assert visit_id is not None
        if target is None:
            target = ask_pdf_path(self, self.tr("Save the visit record sheet"),
                                  self.tr("visit record"), self.visit_date.value().isoformat(),
                                  visit_id[-8:])  # no name in a file name
            if target is None:
                return None
        try:
            write_visit_sheet(self.ctx.db, visit_id, target, self.ctx.lang, full_id)
        except ShegongError as err:
            self.general_error.say(err.text(self.ctx.lang))
            return None
        self.draft_status.setText(arg(self.tr("Sheet saved: %1"), str(target)))
        return target

    def field_labels(self) -> dict[str, str]:
        """The form's label of each field of a visit, for its history."""
        labels = {"visit_date": self.tr("Visit date"), "duration_min": self.tr("Duration"),
                  "mode": self.tr("Mode"), "worker_id": self.tr("Worker who led it"),
                  "people_met": self.tr("People met"),
                  "observations": self.tr("Observations"), "risks": self.tr("Risks noticed"),
                  "services": self.tr("Services delivered"),
                  "next_followup": self.tr("Next follow-up"), "case_id": self.tr("Case")}
        for dim in NEED_DIMENSIONS:
            name = dim.label(self.ctx.lang)
            labels[f"{dim.code}_level"] = arg(self.tr("%1: level"), name)
            labels[f"{dim.code}_notes"] = arg(self.tr("%1: notes"), name)
        return labels

    def discard(self) -> None:
        if self.keeper.dirty or self.keeper.draft_id is not None:
            answer = QMessageBox.question(
                self, self.tr("Discard this record?"),
                self.tr("Throw away this visit record? What you typed will be deleted."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.keeper.finish()
        self.reject()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted and not self._drop_corrections():
            return
        self.keeper.close()  # Escape, Close, the window's X: keep what was typed
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._drop_corrections():
            event.ignore()
            return
        self.keeper.close()
        super().closeEvent(event)

    def _drop_corrections(self) -> bool:
        """A saved visit corrected here and not saved: asks whether to drop the changes."""
        if not self._edited:
            return True
        answer = QMessageBox.question(
            self, self.tr("Drop your corrections?"),
            self.tr("This visit was changed here but not saved. Close and drop the "
                    "changes?"), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._edited = False
            return True
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DeferredDelete:  # deleteLater() on an open form
            self.keeper.flush()
        return super().event(event)
