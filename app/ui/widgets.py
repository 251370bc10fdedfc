"""Small widgets the forms share: vocabulary combos and checklists, dates, field errors."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QGridLayout, QLabel, QWidget

from app.models.vocab import Vocab

ERROR_STYLE = "color: #b00020;"


class FieldError(QLabel):
    """The sentence under a field that says what is wrong with it; hidden when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.say("")


class VocabCombo(QComboBox):
    """A combo box of one vocabulary's labels in the UI language; `code()` reads it."""

    def __init__(self, vocab: Vocab, lang: str, empty: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if empty is not None:
            self.addItem(empty, None)
        for term in vocab:
            self.addItem(term.label(lang), term.code)

    def code(self) -> str | None:
        return self.currentData()

    def set_code(self, code: str | None) -> None:
        index = self.findData(code)
        self.setCurrentIndex(max(index, 0))


class VocabChecklist(QWidget):
    """Checkboxes for a vocabulary (several may be ticked), laid out in columns."""

    def __init__(self, vocab: Vocab, lang: str, columns: int = 3,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for index, term in enumerate(vocab):
            box = QCheckBox(term.label(lang))
            box.setObjectName(f"check_{term.code}")
            layout.addWidget(box, index // columns, index % columns)
            self.boxes[term.code] = box

    def codes(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_codes(self, codes: list[str] | tuple[str, ...] | set[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)


class DateField(QDateEdit):
    """A calendar date field shown as 2026年11月28日 in Chinese; `date()` gives dt.date."""

    def __init__(self, lang: str, value: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy年M月d日" if lang == "zh" else "d MMM yyyy")
        self.set_value(value or dt.date.today())

    def value(self) -> dt.date:
        q = super().date()
        return dt.date(q.year(), q.month(), q.day())

    def set_value(self, value: dt.date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))


def align_top(label: QLabel) -> QLabel:
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label
