"""Small widgets the forms share: vocabulary combos, checklists, dates, text boxes,
durations, and field errors.

- `FieldError`: the sentence under one field; `FieldErrors`: a ValidationError goes to the
  sentence of the field it names, and the cursor to that field (scrolled into view);
- `field_row`: a label, its field and the field's error line, as one row of a form.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShegongError
from app.models.vocab import Vocab
from app.ui.kit.style import set_role

translate = QCoreApplication.translate  # lupdate reads literal translate("Ctx", "text")


class FieldError(QLabel):
    """The sentence under a field that says what is wrong with it; hidden when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        set_role(self, "danger")
        self.setWordWrap(True)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.say("")


class FieldErrors:
    """Shows an error's sentence under the field its `.field` names, puts the cursor in
    that field and scrolls it into view; errors naming no known field go to `general`."""

    def __init__(self, lang: str, general: FieldError) -> None:
        self.lang = lang
        self.general = general
        self.fields: dict[str, FieldError] = {}
        self._focus: dict[str, QWidget] = {}

    def add(self, *names: str, error: FieldError | None = None,
            focus: QWidget | None = None) -> FieldError:
        """The error line of the fields `names` (several may share one line), made here
        unless given; `focus` is what gets the cursor when one of them is refused."""
        line = error or FieldError()
        for name in names:
            self.fields[name] = line
            if focus is not None:
                self._focus[name] = focus
        return line

    def error(self, name: str) -> FieldError:
        return self.fields[name]

    def clear(self) -> None:
        self.general.clear_error()
        for line in self.fields.values():
            line.clear_error()

    def show(self, err: ShegongError) -> None:
        self.clear()
        name = getattr(err, "field", "") or ""  # only a ValidationError names a field
        line = self.fields.get(name)
        if line is None:
            self.general.say(err.text(self.lang))
            return
        line.say(err.text(self.lang))
        widget = self._focus.get(name)
        if widget is not None:
            if widget.focusProxy() is not None or widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)  # not a plain label
            scroll = _scroll_area_of(widget)
            if scroll is not None:  # a long form: the refused field may be out of sight
                scroll.ensureWidgetVisible(widget)


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose mnemonic focuses its field."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def field_row(form: QFormLayout, text: str, field: QWidget, errors: FieldErrors,
              *names: str, focus: QWidget | None = None) -> FieldError:
    """One row of `form`: the label, then the field with its error line right under it;
    `names` are the fields (ValidationError.field) whose errors show there, `focus` the
    part of the field the label and a refusal put the cursor in (default: the field)."""
    target = focus or field
    cell = QVBoxLayout()
    cell.setSpacing(2)
    cell.addWidget(field)
    error = errors.add(*names, focus=target)
    cell.addWidget(error)
    form.addRow(buddy_label(text, target), cell)
    return error


def text_box(lines: int = 4, placeholder: str = "", grow: bool = False) -> QPlainTextEdit:
    """A multi-line box `lines` high; with `grow` at least that high, taking the room
    the form leaves."""
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field
    height = box.fontMetrics().lineSpacing() * lines + 14  # and the frame and margins
    if grow:
        box.setMinimumHeight(height)
    else:
        box.setFixedHeight(height)
    return box


def minutes_box(step: int) -> QSpinBox:
    """A duration in minutes, up to a day; 0 reads "not given" (stored as no duration)."""
    box = QSpinBox()
    box.setRange(0, 24 * 60)
    box.setSingleStep(step)
    box.setSuffix(translate("Widgets", " min"))
    box.setSpecialValueText(translate("Widgets", "not given"))
    return box


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


class Checklist(QWidget):
    """Checkboxes for a list of choices (key, label), several may be ticked, laid out in
    columns; `ids()` gives the ticked keys in the order they were ticked (the visit's
    first worker ticked leads it). `changed` follows every tick."""

    changed = Signal()

    def __init__(self, choices: Sequence[tuple[str, str]], columns: int = 3,
                 prefix: str = "check_", parent: QWidget | None = None,
                 empty: str | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        self.order: list[str] = []  # ticked, in the order they were ticked
        for index, (key, label) in enumerate(choices):
            box = QCheckBox(label)
            box.setObjectName(f"{prefix}{key}")
            box.toggled.connect(lambda on, key=key: self._toggled(key, on))
            layout.addWidget(box, index // columns, index % columns)
            self.boxes[key] = box
        if self.boxes:  # a label's mnemonic, and a refusal, put the cursor on the first
            self.setFocusProxy(next(iter(self.boxes.values())))
        elif empty:  # nothing to tick: say why, rather than show nothing
            layout.addWidget(QLabel(empty), 0, 0)

    def ids(self) -> list[str]:
        return list(self.order)

    def set_ids(self, ids: Iterable[str]) -> None:
        """Ticks these (in this order) and nothing else."""
        for box in self.boxes.values():
            box.setChecked(False)
        for key in ids:
            if key in self.boxes:
                self.boxes[key].setChecked(True)

    def _toggled(self, key: str, on: bool) -> None:
        if on and key not in self.order:
            self.order.append(key)
        elif not on and key in self.order:
            self.order.remove(key)
        self.changed.emit()


class VocabChecklist(Checklist):
    """Checkboxes for a vocabulary (several may be ticked); `codes()` in its order."""

    def __init__(self, vocab: Vocab, lang: str, columns: int = 3,
                 parent: QWidget | None = None) -> None:
        super().__init__([(term.code, term.label(lang)) for term in vocab], columns,
                         "check_", parent)

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


def done_label() -> QLabel:
    """A sentence saying what was just done ("已保存"), in green."""
    label = QLabel()
    set_role(label, "ok")
    label.setWordWrap(True)
    return label


def refill_combo(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    """New choices (text, data) after a filter's first, "all" one, keeping what was
    chosen, without a change signal (the list behind it was just read)."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)


def search_field(object_name: str, placeholder: str) -> QLineEdit:
    """A list's search box: clearable, with a sentence saying what it searches."""
    field = QLineEdit()
    field.setObjectName(object_name)
    field.setClearButtonEnabled(True)
    field.setPlaceholderText(placeholder)
    return field


def add_filters(row: QBoxLayout, filters: Sequence[tuple[str, QComboBox]]) -> None:
    """Each filter's label (its mnemonic focuses the combo) and combo, sized to fit."""
    for text, combo in filters:
        label = QLabel(text)
        label.setBuddy(combo)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        row.addWidget(label)
        row.addWidget(combo)
        row.addSpacing(8)
