"""修改记录 (the audit): every change on the station's records, by whom (worker and
laptop) and when, narrowed to days and one worker; a line opens that record's history
(the values before and after); 导出 Excel saves what is shown. Read off the UI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShegongError
from app.services.audit import Audit, AuditLine, audit, table_label, write_audit_xlsx
from app.services.client_list import workers
from app.services.field_labels import field_label
from app.ui.kit.context import AppContext
from app.ui.kit.files import ask_save_path, documents_folder, safe_file_name
from app.ui.kit.form_kit import Column, RecordTableModel, record_view, row_of
from app.ui.kit.history import HistoryDialog
from app.ui.kit.i18n import arg, failure_text
from app.ui.kit.jobs import run_job
from app.ui.kit.style import set_role
from app.ui.kit.widgets import buddy_label


class AuditDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.found: Audit | None = None
        self.setWindowTitle(self.tr("Changes to the records"))
        self.resize(1100, 640)
        today = dt.date.today()
        self.since = self._date(today.replace(day=1))
        self.until = self._date(today)
        self.worker = QComboBox()
        self.worker.addItem(self.tr("Everyone"), None)
        for person in workers(ctx.db):
            self.worker.addItem(person.name, person.id)
        show = QPushButton(self.tr("&Show"))
        show.clicked.connect(self.load)
        self.export_button = QPushButton(self.tr("E&xport to Excel…"))
        self.export_button.clicked.connect(lambda: self.export())
        words = {"created": self.tr("Recorded"), "changed": self.tr("Changed"),
                 "voided": self.tr("Voided")}
        self.model = RecordTableModel([
            Column(self.tr("When"), lambda x: x.at.strftime("%Y-%m-%d %H:%M")),
            Column(self.tr("Worker"), lambda x: x.worker),
            Column(self.tr("Laptop"), lambda x: x.laptop),
            Column(self.tr("Record"), lambda x: table_label(x.table, ctx.lang)),
            Column(self.tr("About"), lambda x: x.subject),
            Column(self.tr("Action"), lambda x: words[x.action]),
            Column(self.tr("Fields"), lambda x: "、".join(
                field_label(f, ctx.lang) for f in x.fields)),
        ], self)
        self.view = record_view(self.model)
        self.view.setObjectName("audit")
        for column, width in enumerate((130, 90, 130, 100, 120, 60)):
            self.view.setColumnWidth(column, width)
        self.view.doubleClicked.connect(lambda _index: self.open_history())
        self.status = QLabel()
        set_role(self.status, "muted")
        self.status.setWordWrap(True)
        filters = QHBoxLayout()
        for text, widget in ((self.tr("&From"), self.since), (self.tr("&To"), self.until),
                             (self.tr("&Worker"), self.worker)):
            filters.addWidget(buddy_label(text, widget))
            filters.addWidget(widget)
        filters.addWidget(show)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.load()

    def _date(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def load(self) -> None:
        db = self.ctx.db
        since, until = (dt.date.fromisoformat(edit.date().toString("yyyy-MM-dd"))
                        for edit in (self.since, self.until))
        worker = self.worker.currentData()
        self.status.setText(self.tr("Reading the change log…"))
        self.export_button.setEnabled(False)
        run_job(lambda: audit(db, since, until, worker), self._loaded, self._failed)

    def _loaded(self, found: Audit) -> None:
        self.found = found
        self.model.set_rows(found.lines)
        self.export_button.setEnabled(bool(found.lines))
        text = arg(self.tr("%1 changes, newest first. Double-click one to see the values "
                           "before and after."), len(found.lines))
        if found.cut:
            text += " " + self.tr("Only the newest are shown: choose fewer days.")
        self.status.setText(text if found.lines else self.tr("No changes on these days."))

    def _failed(self, exc: object) -> None:
        self.status.setText(failure_text(exc, self.ctx.lang, self.tr(
            "The change log could not be read; the log file has the details.")))

    def open_history(self) -> HistoryDialog | None:
        line: AuditLine | None = row_of(self.view)
        if line is None:
            return None
        dialog = HistoryDialog(self.ctx, line.table, line.record_id,
                               table_label(line.table, self.ctx.lang), {}, self)
        dialog.show()
        return dialog

    def export(self, target: Path | None = None) -> Path | None:
        if self.found is None:
            return None
        if target is None:
            name = safe_file_name(self.tr("changes"), self.since.date().toString("yyyy-MM-dd"),
                                  self.until.date().toString("yyyy-MM-dd"))
            target = ask_save_path(self, self.tr("Export the changes"),
                                   documents_folder() / f"{name}.xlsx", "Excel (*.xlsx)",
                                   ".xlsx")
            if target is None:
                return None
        try:
            saved = write_audit_xlsx(self.ctx.db, self.found, target, self.ctx.lang)
        except ShegongError as err:
            self.status.setText(err.text(self.ctx.lang))
            return None
        self.status.setText(arg(self.tr("Saved: %1"), str(saved)))
        return saved
