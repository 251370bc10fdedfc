"""Small dialogs that write one thing about a record: void it, refer the client, open a case;
and the question asked before registering someone who may already be on record.

Each dialog is given a `submit` callable that does the write through a service, so it can
be reused for any record; a ValidationError from it appears under the field it names and
the dialog stays open. After `exec()` returns Accepted, `value` holds what submit returned.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShegongError
from app.models.people import mask_id_number
from app.models.vocab import GENDER, REFERRAL_AGENCY
from app.services.client_list import ClientListRow
from app.ui.kit.i18n import arg, format_date
from app.ui.kit.widgets import FieldError, FieldErrors, VocabCombo, buddy_label, text_box


class RecordDialog(QDialog):
    """A short form: rows of labelled fields with their error line, then OK and Cancel."""

    def __init__(self, lang: str, title: str, ok_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.value: Any = None
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.form = QFormLayout()
        self.general = FieldError()
        self.errors = FieldErrors(lang, self.general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        # Enter in a multi-line box makes a new line; Ctrl+Enter still submits.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.try_accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)

    def say(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.show()

    def add_row(self, text: str, widget: QWidget, *names: str) -> FieldError:
        self.form.addRow(buddy_label(text, widget), widget)
        error = self.errors.add(*names, focus=widget)
        self.form.addRow("", error)
        return error

    def submit(self) -> Any:
        raise NotImplementedError

    def try_accept(self) -> None:
        self.errors.clear()
        try:
            self.value = self.submit()
        except ShegongError as err:
            self.errors.show(err)
            return
        self.accept()


class VoidDialog(RecordDialog):
    """Asks why a record is voided (required) and calls submit(reason)."""

    def __init__(self, lang: str, what: str, submit: Callable[[str], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(lang, self.tr("Void a record"), self.tr("&Void"), parent)
        self._submit = submit
        self.say(arg(self.tr("Void “%1”? It stays in the records with the reason you give, "
                             "but no longer appears in lists, counts or reports."), what))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. registered twice"))
        self.add_row(self.tr("&Reason for voiding"), self.reason, "void_reason", "reason")
        self.reason.setFocus()

    def submit(self) -> Any:
        return self._submit(self.reason.text())


def ask_void(lang: str, what: str, submit: Callable[[str], Any],
             parent: QWidget | None = None) -> bool:
    """The VoidDialog, modal; whether the record was voided. The dialog is deleted
    after: left as a hidden child of a form that closes next, it crashed Qt on exit."""
    dialog = VoidDialog(lang, what, submit, parent)
    voided = bool(dialog.exec())
    dialog.deleteLater()
    return voided


class ReferDialog(RecordDialog):
    """Refers a client to an agency: calls submit(agency_code, reason)."""

    def __init__(self, lang: str, who: str, submit: Callable[[str, str], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(lang, self.tr("Refer to another agency"), self.tr("&Refer"), parent)
        self._submit = submit
        self.say(arg(self.tr("Refer %1 to an agency that can help further."), who))
        self.agency = VocabCombo(REFERRAL_AGENCY, lang, empty=self.tr("Choose the agency"))
        self.reason = text_box(4, self.tr("What the agency is asked to do, and why"))
        self.add_row(self.tr("&Agency"), self.agency, "agency")
        self.add_row(self.tr("R&eason for the referral"), self.reason, "reason")
        self.agency.setFocus()

    def submit(self) -> Any:
        return self._submit(self.agency.code() or "", self.reason.toPlainText())


class NewCaseDialog(RecordDialog):
    """Opens a case: calls submit(presenting_problem)."""

    def __init__(self, lang: str, who: str, submit: Callable[[str], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(lang, self.tr("Open a case"), self.tr("Open &case"), parent)
        self._submit = submit
        self.say(arg(self.tr("Open a case for %1. The case starts at intake; the assessment "
                             "and the service plan follow in the case screen."), who))
        self.problem = text_box(4, self.tr("What the client or the family asks help with"))
        self.add_row(self.tr("&Presenting problem"), self.problem, "presenting_problem")
        self.problem.setFocus()

    def submit(self) -> Any:
        return self._submit(self.problem.toPlainText())


# What the worker chose in the DuplicateDialog.
OPEN, REGISTER, BACK = "open", "register", "back"


class DuplicateDialog(QDialog):
    """Lists the possible duplicates; after exec(), `choice` is OPEN (with `chosen_id`),
    REGISTER or BACK."""

    def __init__(self, lang: str, rows: list[ClientListRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.choice = BACK
        self.chosen_id: str | None = rows[0].id if rows else None
        self.setWindowTitle(self.tr("This person may already be registered"))
        self.resize(720, 340)
        intro = QLabel(self.tr(
            "These clients have the same ID number, or the same name and birth date in the "
            "same village. If one of them is this person, open that record instead of "
            "registering the person twice."))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(rows), 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Gender"), self.tr("Village"), self.tr("Birth date"),
            self.tr("ID number")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for r, row in enumerate(rows):
            cells = (row.name, GENDER.label(row.gender, lang), row.village or "",
                     format_date(row.birth_date, lang), mask_id_number(row.id_number))
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if rows:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda *_: self._choose(OPEN))

        self.open_button = QPushButton(self.tr("&Open the existing record"))
        self.register_button = QPushButton(self.tr("&Register anyway"))
        self.back_button = QPushButton(self.tr("&Go back to the form"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(lambda: self._choose(OPEN))
        self.register_button.clicked.connect(lambda: self._choose(REGISTER))
        self.back_button.clicked.connect(self.reject)  # Escape does the same
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.register_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self.chosen_id = self.rows[row].id
        self.accept()
