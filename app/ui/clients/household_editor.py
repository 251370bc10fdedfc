"""The household members and guardians of a client, as an editable table.

A row keeps the member it was loaded from, so saving updates that member (by id) and
keeps what the table does not show (birth date, notes).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.vocab import GENDER, RELATIONSHIP, Vocab
from app.services.clients import MemberInput
from app.ui.kit.widgets import VocabCombo

NAME, RELATION, SEX, GUARDIAN, LIVES, PHONE = range(6)
CODE_ROLE = Qt.ItemDataRole.UserRole  # a vocabulary cell's code
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1  # the name cell's original MemberInput

AnyIndex = QModelIndex | QPersistentModelIndex


class VocabDelegate(QStyledItemDelegate):
    """Edits a cell with a vocabulary combo; the code goes to CODE_ROLE, the label shows."""

    def __init__(self, vocab: Vocab, lang: str, empty: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vocab, self.lang, self.empty = vocab, lang, empty

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        return VocabCombo(self.vocab, self.lang, self.empty, parent)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, VocabCombo)
        editor.set_code(index.data(CODE_ROLE))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: AnyIndex) -> None:
        assert isinstance(editor, VocabCombo)
        code = editor.code()
        model.setData(index, code, CODE_ROLE)
        model.setData(index, self.vocab.label(code, self.lang), Qt.ItemDataRole.DisplayRole)


class HouseholdEditor(QWidget):
    """A table of members (name, relationship, gender, guardian, lives with the client,
    phone) with buttons to add and remove; `members()` reads it back."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Relationship"), self.tr("Gender"), self.tr("Guardian"),
            self.tr("Lives with client"), self.tr("Phone")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next field of the form
        self.table.setMinimumHeight(150)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PHONE, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(
            RELATION, VocabDelegate(RELATIONSHIP, lang, None, self.table))
        self.table.setItemDelegateForColumn(SEX, VocabDelegate(GENDER, lang, "—", self.table))

        self.add_button = QPushButton(self.tr("Add &member"))
        self.add_button.clicked.connect(self.add_empty_row)
        # No mnemonic left free in the client form for this one: Delete on a row does it.
        self.remove_button = QPushButton(self.tr("Remove member"))
        self.remove_button.setToolTip(self.tr("Remove the selected member (Delete)"))
        self.remove_button.clicked.connect(self.remove_current_row)
        remove_key = QShortcut(QKeySequence.StandardKey.Delete, self.table,
                               self.remove_current_row)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)  # Enter in the form saves; it never adds a row
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)

    # -- reading and writing ------------------------------------------------------------
    def set_members(self, members: tuple[MemberInput, ...] | list[MemberInput]) -> None:
        self.table.setRowCount(0)
        for member in members:
            self.add_member(member)

    def add_member(self, member: MemberInput | None) -> int:
        """Append a row showing `member` (None: an empty row); returns the row."""
        m = member or MemberInput(name="", relationship="")
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(m.name)
        name.setData(MEMBER_ROLE, member)
        self.table.setItem(row, NAME, name)
        self.table.setItem(row, RELATION, self._code_item(RELATIONSHIP, m.relationship or None))
        self.table.setItem(row, SEX, self._code_item(GENDER, m.gender))
        self.table.setItem(row, GUARDIAN, self._check_item(m.is_guardian))
        self.table.setItem(row, LIVES, self._check_item(m.lives_with_client))
        self.table.setItem(row, PHONE, QTableWidgetItem(m.phone or ""))
        return row

    def members(self) -> tuple[MemberInput, ...]:
        """The rows as members; a row left wholly blank is dropped, not refused."""
        out: list[MemberInput] = []
        for row in range(self.table.rowCount()):
            name = self._text(row, NAME)
            phone = self._text(row, PHONE)
            relationship = self._data(row, RELATION, CODE_ROLE)
            if not name.strip() and not phone.strip() and not relationship:
                continue
            original = self._data(row, NAME, MEMBER_ROLE)
            base = original if isinstance(original, MemberInput) else MemberInput("", "")
            out.append(replace(
                base, name=name, relationship=relationship or "",
                gender=self._data(row, SEX, CODE_ROLE),
                is_guardian=self._checked(row, GUARDIAN),
                lives_with_client=self._checked(row, LIVES),
                phone=phone or None))
        return tuple(out)

    # -- actions ------------------------------------------------------------------------
    def add_empty_row(self) -> None:
        row = self.add_member(None)
        self.table.setFocus()
        self.table.setCurrentCell(row, NAME)  # opens the name's editor (AllEditTriggers)

    def remove_current_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    # -- cells --------------------------------------------------------------------------
    def _code_item(self, vocab: Vocab, code: str | None) -> QTableWidgetItem:
        item = QTableWidgetItem(vocab.label(code, self.lang))
        item.setData(CODE_ROLE, code)
        return item

    @staticmethod
    def _check_item(checked: bool) -> QTableWidgetItem:
        item = QTableWidgetItem()
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _checked(self, row: int, column: int) -> bool:
        item = self.table.item(row, column)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def _data(self, row: int, column: int, role: int) -> Any:
        """A cell's data; every row is made with all its cells, so None is only defensive."""
        item = self.table.item(row, column)
        return item.data(role) if item is not None else None
