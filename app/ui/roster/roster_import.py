"""Clients → Import from Excel (从 Excel 导入): a civil-affairs roster into clients.

Three steps in one dialog (`roster_pages.py`): the file and its sheet, the column
mapping, the preview of every row; then the import of all good rows in one transaction.
Reading a 10,000-row workbook, checking its rows and importing them each take a second
or more, so each runs on the thread pool (`run_job`) with a moving bar; the dialog
refuses to close while an import is writing, so the Clients list always hears of it.
One job at a time: while one runs, the steps and every button that could start another
are disabled.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShegongError
from app.services.roster import (
    RosterPreview,
    RosterResult,
    Sheet,
    import_roster,
    preview,
    read_sheet,
)
from app.services.roster_ui_support import write_problem_rows
from app.ui.kit.context import AppContext
from app.ui.kit.files import ask_save_path
from app.ui.kit.form_kit import busy_bar
from app.ui.kit.i18n import arg
from app.ui.kit.jobs import run_job
from app.ui.kit.widgets import FieldError
from app.ui.roster.roster_pages import FileStep, MappingStep, PreviewStep, count, note

log = logging.getLogger(__name__)

FILE, MAPPING, PREVIEW = range(3)


class RosterImportDialog(QDialog):
    sheet_loaded = Signal(object)  # Sheet, once it is on screen
    preview_ready = Signal(object)  # RosterPreview, once it is on screen
    imported = Signal(object)  # RosterResult
    failed = Signal(str)  # the sentence shown for a job that did not succeed

    def __init__(self, ctx: AppContext, path: Path | str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import clients from Excel"))
        self.sheet: Sheet | None = None
        self.pv: RosterPreview | None = None
        self.outcome: RosterResult | None = None  # (QDialog.result() is the exit code)
        self._busy = False
        self._importing = False

        self.file_step = FileStep(ctx.lang)
        self.mapping_step = MappingStep()
        self.preview_step = PreviewStep(ctx.lang)
        self.stack = QStackedWidget()
        for step in (self.file_step, self.mapping_step, self.preview_step):
            self.stack.addWidget(step)
        self._make_buttons()
        self._lay_out()
        self._connect()
        self.resize(1040, 660)  # fits a 1366x768 screen with the taskbar
        self._show_step(FILE)
        if path is not None:
            self.load(Path(path))

    # -- building ---------------------------------------------------------------------------
    def _make_buttons(self) -> None:
        self.busy_bar = busy_bar(width=120)  # shown by _set_busy
        self.busy_label = note()
        self.error = FieldError()  # a bug's sentence; a person's errors go on the step
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setObjectName("rosterBack")
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setObjectName("rosterNext")
        self.import_button = QPushButton()
        self.import_button.setObjectName("rosterImport")
        self.close_button = QPushButton(self.tr("&Cancel"))
        self.close_button.setObjectName("rosterClose")
        for button in (self.back_button, self.next_button, self.import_button,
                       self.close_button):
            button.setAutoDefault(False)  # Enter presses the step's default, set below

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_bar)
        buttons.addWidget(self.busy_label, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.file_step.browse_button.clicked.connect(self.choose_file)
        self.file_step.sheet.currentTextChanged.connect(self._sheet_chosen)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.preview_step.save_bad_button.clicked.connect(self.save_bad_rows)

    # -- moving between the steps -------------------------------------------------------
    def step(self) -> int:
        return self.stack.currentIndex()

    def _show_step(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.import_button.setVisible(index == PREVIEW)
        self.next_button.setVisible(index != PREVIEW)
        self._update_buttons()
        focus = {FILE: self.file_step.browse_button if self.sheet is None
                 else self.file_step.category,
                 MAPPING: self.mapping_step.combos["name"],
                 PREVIEW: self.import_button}[index]
        focus.setFocus()

    def _update_buttons(self) -> None:
        step, idle = self.step(), not self._busy
        done = self.outcome is not None
        self.back_button.setEnabled(idle and step != FILE and not done)
        self.next_button.setEnabled(idle and self.sheet is not None and bool(self.sheet.rows))
        good = len(self.pv.good) if self.pv else 0
        self.import_button.setText(arg(self.tr("&Import %1 rows"), count(good)))
        self.import_button.setEnabled(idle and good > 0 and not done)
        self.close_button.setText(self.tr("&Close") if done else self.tr("&Cancel"))
        self.close_button.setEnabled(not self._importing)
        self.stack.setEnabled(idle)
        # Enter: on to the next step; on the last, import; once imported, close.
        default = (self.close_button if done else
                   self.import_button if step == PREVIEW else self.next_button)
        default.setDefault(True)

    def back(self) -> None:
        if self.step() > FILE:
            self._show_step(self.step() - 1)

    def next(self) -> None:
        if self.step() == FILE and self.sheet is not None:
            self._show_step(MAPPING)
        elif self.step() == MAPPING:
            self.check_rows()

    def reject(self) -> None:
        if self._importing:
            return  # the write finishes first, so the Clients list is told of it
        super().reject()

    # -- step 1: the file ---------------------------------------------------------------
    def choose_file(self) -> None:
        start = self.file_step.path_edit.text() or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the roster"), start,
            self.tr("Excel workbooks (*.xlsx);;All files (*)"))
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path, sheet: str | None = None) -> None:
        """Read the sheet (the first when none is named) off the UI thread."""
        self.file_step.path_edit.setText(str(path))
        self.file_step.error.clear_error()
        self._run(lambda: read_sheet(path, sheet), self.tr("Reading the workbook…"),
                  self._sheet_read)

    def _sheet_chosen(self, name: str) -> None:
        if name and self.sheet is not None and name != self.sheet.name:
            self.load(self.sheet.path, name)

    def _sheet_read(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self.pv = None
        self.file_step.show_sheet(sheet)
        self.mapping_step.set_sheet(sheet)
        self._update_buttons()
        self.sheet_loaded.emit(sheet)

    # -- step 2 → 3: checking every row ---------------------------------------------------
    def check_rows(self) -> None:
        assert self.sheet is not None
        mapping = self.mapping_step.mapping()
        category = self.file_step.category.code()
        error = self.mapping_step.error
        if "name" not in mapping or "id_number" not in mapping:
            error.say(self.tr("Choose the columns that hold the name and the ID number: "
                              "rows are matched to registered people by ID number."))
            return
        if "category" not in mapping and category is None:
            error.say(self.tr("The sheet has no category column: go back to step 1 and "
                              "choose the category of these people, or choose the column "
                              "that holds it."))
            return
        error.clear_error()
        db, sheet = self.ctx.db, self.sheet
        allow = self.file_step.new_villages.isChecked()
        self._run(lambda: preview(db, sheet, mapping, category, new_villages=allow),
                  self.tr("Checking every row…"), self._previewed)

    def _previewed(self, pv: RosterPreview) -> None:
        assert self.sheet is not None
        self.pv = pv
        self.preview_step.show_preview(pv, self.sheet)
        self._show_step(PREVIEW)
        self.preview_ready.emit(pv)

    # -- importing ------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.pv is None or not self.pv.good or self.outcome is not None:
            return
        db, pv = self.ctx.db, self.pv
        self._importing = True
        self._run(lambda: import_roster(db, pv), self.tr("Importing (one transaction)…"),
                  self._imported)

    def _imported(self, result: RosterResult) -> None:
        self.outcome = result
        step = self.preview_step
        step.result.setText(arg(self.tr(
            "Registered %1 people, updated %2, unchanged %3; rows with problems: %4."),
            count(result.created), count(result.updated), count(result.unchanged),
            count(len(result.bad))))
        step.result.show()
        step.show_bad(result.bad)  # an update refused at import time joins the list
        self._update_buttons()
        self.close_button.setFocus()
        self.imported.emit(result)

    # -- the rows with problems, as a file --------------------------------------------------
    def save_bad_rows(self) -> None:
        if self.sheet is None:
            return
        suggested = self.sheet.path.with_name(
            arg(self.tr("%1 (rows with problems).xlsx"), self.sheet.path.stem))
        path = ask_save_path(self, self.tr("Save the rows with problems"), suggested,
                             self.tr("Excel workbooks (*.xlsx)"), ".xlsx")
        if path is not None:
            self.write_bad_rows(path)

    def write_bad_rows(self, path: Path) -> None:
        """A short file written here: the rows with problems are few, or the mapping is
        wrong and the person goes back to it."""
        assert self.sheet is not None
        bad = self.outcome.bad if self.outcome else self.pv.bad if self.pv else ()
        step = self.preview_step
        try:
            write_problem_rows(path, self.sheet, bad, self.ctx.lang, self.tr("Row"),
                               self.tr("Problem"))
        except ShegongError as err:
            step.error.say(err.text(self.ctx.lang))
            return
        step.error.clear_error()
        self.busy_label.setText(arg(self.tr("Saved to %1."), str(path)))

    # -- running a job ------------------------------------------------------------------------
    def _run(self, fn: Callable[[], Any], doing: str, then: Callable[[Any], None]) -> None:
        # No second job can start meanwhile (_set_busy disables the steps and the
        # buttons), so the one result that comes back is the one `then` waits for.
        self._then = then
        self._set_busy(True, doing)
        self.error.clear_error()

        def job() -> Any:
            try:
                return fn()
            except ShegongError as err:  # a person's error: shown, not logged as a bug
                return err
            except Exception as exc:
                log.exception("roster import step failed")
                return exc

        run_job(job, self._job_done)

    def _job_done(self, value: Any) -> None:
        self._set_busy(False)
        if isinstance(value, ShegongError):
            self._show_error(value.text(self.ctx.lang))
        elif isinstance(value, Exception):
            self._show_error(arg(self.tr("That did not work (%1); the log file has the "
                                         "details."), type(value).__name__))
        else:
            self._then(value)

    def _show_error(self, text: str) -> None:
        step = self.step()
        if step == FILE:  # the sheet read before stays; the file and sheet shown go back
            self.file_step.show_file(self.sheet)
        target = {FILE: self.file_step.error, MAPPING: self.mapping_step.error,
                  PREVIEW: self.preview_step.error}[step]
        target.say(text)
        self.failed.emit(text)

    def _set_busy(self, busy: bool, doing: str = "") -> None:
        self._busy = busy
        if not busy:
            self._importing = False
        self.busy_bar.setVisible(busy)
        self.busy_label.setText(doing)
        self._update_buttons()

    def is_busy(self) -> bool:
        return self._busy
