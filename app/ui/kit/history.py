"""A record's history (from the change log): when, on which laptop, which field, and
what it was before and after. Any record kind; its form gives the field labels."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.services.history import CREATED, Change, record_history
from app.ui.kit.context import AppContext
from app.ui.kit.form_kit import Column, RecordTableModel, record_view
from app.ui.kit.i18n import arg, failure_text, one_line
from app.ui.kit.jobs import run_job
from app.ui.kit.style import set_role


class HistoryDialog(QDialog):
    """`labels`: field name -> its label on the record's form."""

    def __init__(self, ctx: AppContext, table: str, record_id: str, title: str,
                 labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = labels
        self.lang = ctx.lang
        self.setWindowTitle(arg(self.tr("History: %1"), title))
        self.resize(860, 420)
        self.model = RecordTableModel([
            Column(self.tr("When"), lambda c: c.at.strftime("%Y-%m-%d %H:%M")),
            Column(self.tr("Laptop"), lambda c: c.device),
            Column(self.tr("What"), self._what),
            Column(self.tr("Before"), lambda c: one_line(c.old)),
            Column(self.tr("After"), lambda c: one_line(c.new)),
        ], self)
        self.view = record_view(self.model, sortable=False)
        self.view.setObjectName("history")
        for column, width in enumerate((130, 130, 150, 200)):
            self.view.setColumnWidth(column, width)
        self.status = QLabel(self.tr("Reading the change log…"))
        set_role(self.status, "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        db, lang = ctx.db, ctx.lang
        self.job = run_job(lambda: record_history(db, table, record_id, lang), self._loaded,
                           self._failed)

    def _what(self, change: Change) -> str:
        if change.field == CREATED:
            return self.tr("Recorded")
        if change.field == "void_reason":
            return self.tr("Voided (reason)") if change.new else self.tr("Void undone")
        return self.labels.get(change.field, change.field)

    def _loaded(self, changes: list[Change]) -> None:
        self.model.set_rows(list(reversed(changes)))  # newest first
        edits = sum(1 for c in changes if c.field != CREATED)
        self.status.setText(arg(self.tr("%1 changes since it was recorded, newest first."),
                                edits) if edits else self.tr("Not changed since it was "
                                                             "recorded."))

    def _failed(self, exc: object) -> None:
        self.status.setText(failure_text(exc, self.lang, self.tr(
            "The history could not be read; the log file has the details.")))
