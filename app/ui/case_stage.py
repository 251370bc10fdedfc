"""A case's stage: the path intake → … → closed, and the two explicit acts on it that
need a sentence from the worker: closing (with a reason) and reopening (with a reason).

Both dialogs do their own write, notify, and stay open with the sentence next to the
field when the service refuses; the case dialog reloads on the notification.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.models.vocab import CASE_STAGE, CASE_STAGE_ORDER, CLOSURE_REASON
from app.services.cases import close_case, reopen_case
from app.ui.context import AppContext
from app.ui.form_kit import ErrorRouter
from app.ui.widgets import DateField, FieldError, VocabCombo

CURRENT = "background: #1f4e5f; color: white; font-weight: bold;"
DONE = "background: #d7e6ea; color: #1f4e5f;"
AHEAD = "background: #f1f1f1; color: #888;"
CHIP = "border-radius: 4px; padding: 4px 10px; font-size: 14px;"


class StagePath(QWidget):
    """接案 → 预估 → 计划 → 介入 → 评估 → 结案, the current stage highlighted."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.chips: dict[str, QLabel] = {}
        for index, code in enumerate(CASE_STAGE_ORDER):
            if index:
                layout.addWidget(QLabel("→"))
            chip = QLabel(CASE_STAGE.label(code, lang))
            chip.setObjectName(f"chip_{code}")
            layout.addWidget(chip)
            self.chips[code] = chip
        layout.addStretch(1)
        self.current: str | None = None

    def set_stage(self, stage: str) -> None:
        self.current = stage
        reached = CASE_STAGE_ORDER.index(stage) if stage in CASE_STAGE_ORDER else -1
        for index, (code, chip) in enumerate(self.chips.items()):
            look = CURRENT if code == stage else DONE if index < reached else AHEAD
            chip.setStyleSheet(CHIP + look)


def note_edit(lines: int = 4) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class _ActDialog(QDialog):
    """A small form whose OK button runs one write; refused input stays on screen."""

    def setup(self, ctx: AppContext, intro: str) -> None:
        self.ctx = ctx
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.general = FieldError()
        self.errors = ErrorRouter(ctx.lang, self.general)
        self.setMinimumWidth(460)

    def finish(self, ok_text: str, first: QWidget) -> None:
        """The buttons, made after the fields so Tab goes through the fields first."""
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        first.setFocus()

    def add_row(self, label_text: str, field: QWidget, error_key: str) -> None:
        label = QLabel(label_text)
        label.setBuddy(field)
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(field)
        box.addWidget(self.errors.add(error_key))
        self.form.addRow(label, box)

    def write(self) -> None:
        raise NotImplementedError

    def submit(self) -> None:
        self.errors.clear()
        try:
            self.write()
        except ValidationError as err:
            self.errors.show(err)
            return
        self.ctx.notify({"case_record", "case_event", "case_goal"})
        self.accept()


class CloseCaseDialog(_ActDialog):
    def __init__(self, ctx: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.case_id = case_id
        self.setWindowTitle(self.tr("Close the case"))
        self.setup(ctx, self.tr("A closed case can no longer be edited. If work on it "
                                "continues later, it has to be reopened with a reason."))
        self.reason = VocabCombo(CLOSURE_REASON, ctx.lang, self.tr("— choose a reason —"))
        self.reason.setObjectName("reason")
        self.closed_on = DateField(ctx.lang)
        self.note = note_edit()
        self.note.setPlaceholderText(self.tr("What was achieved, what remains, who takes "
                                             "over …"))
        self.add_row(self.tr("&Reason"), self.reason, "closure_reason")
        self.add_row(self.tr("Closed &on"), self.closed_on, "closed_on")
        self.add_row(self.tr("&Note"), self.note, "note")
        self.finish(self.tr("&Close the case"), self.reason)

    def write(self) -> None:
        close_case(self.ctx.db, self.case_id, self.reason.code() or "",
                   self.note.toPlainText().strip() or None, self.closed_on.value())


class ReopenCaseDialog(_ActDialog):
    def __init__(self, ctx: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.case_id = case_id
        self.setWindowTitle(self.tr("Reopen the case"))
        self.setup(ctx, self.tr("Reopening puts the case back at the intervention stage so "
                                "it can be edited again. The reason is kept in the case's "
                                "history."))
        self.note = note_edit()
        self.add_row(self.tr("Reason for reo&pening"), self.note, "note")
        self.finish(self.tr("&Reopen"), self.note)

    def write(self) -> None:
        reopen_case(self.ctx.db, self.case_id, self.note.toPlainText())
