"""The three steps of the roster import dialog (`roster_import.py`): the file and its
sheet, the column mapping with the sheet's first rows, and the preview of every row.

Each step only shows and reads widgets; the dialog runs the service calls.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.people import mask_id_number
from app.models.vocab import CLIENT_CATEGORY
from app.services.roster import (
    ROSTER_FIELDS,
    BadRow,
    GoodRow,
    RosterPreview,
    Sheet,
    category_code,
    guess_columns,
)
from app.services.roster_ui_support import column_letter, preview_counts
from app.ui.kit.form_kit import Column, RecordTableModel, record_view
from app.ui.kit.i18n import arg
from app.ui.kit.style import set_role
from app.ui.kit.widgets import FieldError, VocabCombo

SAMPLE_ROWS = 5  # the sheet's first data rows shown under the mapping


def heading(text: str) -> QLabel:
    label = QLabel(text)
    set_role(label, "heading")
    label.setWordWrap(True)
    return label


def note(text: str = "") -> QLabel:
    label = QLabel(text)
    set_role(label, "muted")
    label.setWordWrap(True)
    return label


def column_name(sheet: Sheet, index: int) -> str:
    """"B  身份证号": the letter Excel shows, then the header (if the column has one)."""
    header = sheet.headers[index] if index < len(sheet.headers) else ""
    return f"{column_letter(index)}  {header}".strip()


def compact(view: QTableView) -> QTableView:
    """Rows one line high, never measured: a roster may have 10,000 of them."""
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view


def count(value: int) -> str:
    return QLocale().toString(value)


class FileStep(QWidget):
    """Step 1: the workbook, its sheet, the category for rows without one, new villages."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("rosterPath")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen yet"))
        self.browse_button = QPushButton(self.tr("Choose &file…"))
        self.browse_button.setObjectName("rosterBrowse")
        self.error = FieldError()
        self.error.setObjectName("rosterFileError")
        self.sheet = QComboBox()
        self.sheet.setObjectName("rosterSheet")
        self.sheet.setEnabled(False)
        self.sheet_info = note()
        self.category = VocabCombo(CLIENT_CATEGORY, lang, self.tr("— choose a category —"))
        self.category.setObjectName("rosterCategory")
        self.category.setMaxVisibleItems(20)
        self.new_villages = QCheckBox(self.tr("Allow &villages the station does not have yet"))
        self.new_villages.setObjectName("rosterNewVillages")

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        sheet_label = QLabel(self.tr("&Sheet"))
        sheet_label.setBuddy(self.sheet)
        category_label = QLabel(self.tr("Ca&tegory for rows without one"))
        category_label.setBuddy(self.category)
        form = QFormLayout()
        form.addRow(self.tr("Excel file"), file_row)
        form.addRow("", self.error)
        form.addRow(sheet_label, self.sheet)
        form.addRow("", self.sheet_info)
        form.addRow(category_label, self.category)
        form.addRow("", note(self.tr(
            "Rows whose 类别 column is empty, or every row when the sheet has no such "
            "column, get this category. A person already registered gains it.")))
        form.addRow("", self.new_villages)
        form.addRow("", note(self.tr(
            "Leave this unticked to catch misspelt village names: a row whose village has "
            "no client here yet is then listed as a problem.")))

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("1. Choose the roster and its sheet")))
        layout.addWidget(note(self.tr(
            "An Excel list (.xlsx) from the civil-affairs office, e.g. of minimum-allowance "
            "recipients or persons in extreme poverty. Nothing is saved until the last "
            "step.")))
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)

    def show_file(self, sheet: Sheet | None) -> None:
        """The file and sheet of `sheet` (nothing when None): after a refused file, the
        one read before is what the next steps use, so it is what this step shows."""
        self.path_edit.setText(str(sheet.path) if sheet else "")
        self.sheet.blockSignals(True)  # filling it is not the person choosing a sheet
        self.sheet.clear()
        if sheet is not None:
            self.sheet.addItems(list(sheet.sheet_names))
            self.sheet.setCurrentText(sheet.name)
        self.sheet.blockSignals(False)
        self.sheet.setEnabled(sheet is not None and len(sheet.sheet_names) > 1)

    def show_sheet(self, sheet: Sheet) -> None:
        self.show_file(sheet)
        if sheet.rows:
            self.sheet_info.setText(arg(self.tr("Header in row %1; %2 rows of data below it."),
                                        sheet.header_row, count(len(sheet.rows))))
        else:
            self.sheet_info.setText(arg(self.tr("Header in row %1, but no rows of data below "
                                                "it: choose another sheet."), sheet.header_row))
        guessed = category_code(sheet.name)  # a sheet called 低保 holds 低保 recipients
        if guessed:
            self.category.set_code(guessed)


class MappingStep(QWidget):
    """Step 2: which column holds each field, guessed from the headers; the first rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = {
            "name": self.tr("Na&me"), "id_number": self.tr("&ID number"),
            "gender": self.tr("&Gender"), "birth_date": self.tr("Birth &date"),
            "phone": self.tr("&Phone"), "village": self.tr("&Village"),
            "village_group": self.tr("Village g&roup"), "address": self.tr("Home &address"),
            "category": self.tr("Ca&tegory"),
        }
        self.combos: dict[str, QComboBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for index, field in enumerate(ROSTER_FIELDS):
            combo = QComboBox()
            combo.setObjectName(f"map_{field}")
            combo.setMinimumWidth(200)
            combo.setMaxVisibleItems(20)
            label = QLabel(labels[field])
            label.setBuddy(combo)
            self.combos[field] = combo
            # Two columns of fields: the dialog stays short on a 768-pixel screen.
            row, col = index % 5, (index // 5) * 2
            grid.addWidget(label, row, col)
            grid.addWidget(combo, row, col + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.error = FieldError()
        self.error.setObjectName("rosterMappingError")
        self.sample_model = RecordTableModel([], self)
        self.sample = compact(record_view(self.sample_model, sortable=False))
        self.sample.setObjectName("rosterSample")
        self.sample.horizontalHeader().setStretchLastSection(True)
        self.sample_title = QLabel()

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("2. Which column holds what")))
        layout.addWidget(note(self.tr(
            "The columns are guessed from the sheet's headers; check them against the rows "
            "below. The name and the ID number are required: a person already registered "
            "is found by the ID number.")))
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addSpacing(6)
        layout.addWidget(self.sample_title)
        layout.addWidget(self.sample, 1)

    def set_sheet(self, sheet: Sheet) -> None:
        """Choices from the sheet's headers, preset by the guess; the first rows below."""
        guess = guess_columns(sheet.headers)
        for field, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("— not in the sheet —"), None)
            for index in range(len(sheet.headers)):
                combo.addItem(column_name(sheet, index), index)
            combo.setCurrentIndex(max(combo.findData(guess.get(field)), 0))
        columns = [Column(self.tr("Row"), lambda r: str(r[0]), numeric=True)]
        columns += [Column(column_name(sheet, i), _cell(i)) for i in range(len(sheet.headers))]
        model = self.sample_model
        model.beginResetModel()  # the columns change with the sheet, not only the rows
        model.columns = tuple(columns)
        model.rows = list(sheet.rows[:SAMPLE_ROWS])
        model.endResetModel()
        self.sample.resizeColumnsToContents()  # five rows: cheap to measure
        self.sample_title.setText(arg(self.tr("The first rows of “%1”:"), sheet.name))
        self.error.clear_error()

    def mapping(self) -> dict[str, int]:
        return {field: combo.currentData() for field, combo in self.combos.items()
                if combo.currentData() is not None}


class PreviewStep(QWidget):
    """Step 3: what the import will do, row by row; after it, what it did."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.summary = QLabel()
        self.summary.setObjectName("rosterSummary")
        self.summary.setWordWrap(True)
        set_role(self.summary, "large")
        self.result = QLabel()
        self.result.setObjectName("rosterResult")
        self.result.setWordWrap(True)
        set_role(self.result, "result")
        self.result.hide()
        self.error = FieldError()
        self.error.setObjectName("rosterPreviewError")
        self.good_title = QLabel()
        self.good_model = RecordTableModel([
            Column(self.tr("Row"), lambda g: str(g.row), lambda g: g.row, numeric=True),
            Column(self.tr("Name"), lambda g: g.data.name),
            Column(self.tr("ID no."), lambda g: mask_id_number(g.data.id_number)),
            Column(self.tr("Village"), lambda g: g.data.village or ""),
            Column(self.tr("Category"),
                   lambda g: CLIENT_CATEGORY.label(g.data.categories[0].category, lang)),
            Column(self.tr("Import as"), self._action),
        ], self)
        self.good = self._table(self.good_model, "rosterGood", (70, 110, 190, 140, 150))
        self.bad_title = QLabel()
        self.bad_model = RecordTableModel([
            Column(self.tr("Row"), lambda b: str(b.row), lambda b: b.row, numeric=True),
            Column(self.tr("Name"), self._bad_name),
            Column(self.tr("Problem"), lambda b: b.text(lang)),
        ], self)
        self.bad = self._table(self.bad_model, "rosterBad", (70, 110))
        self.save_bad_button = QPushButton(self.tr("&Save the rows with problems…"))
        self.save_bad_button.setObjectName("rosterSaveBad")
        self.save_bad_button.setToolTip(self.tr(
            "An Excel file of these rows with their problems, to correct and import again"))
        self._names: dict[int, str] = {}

        bad_head = QHBoxLayout()
        bad_head.addWidget(self.bad_title, 1)
        bad_head.addWidget(self.save_bad_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("3. Check the rows, then import")))
        layout.addWidget(self.summary)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addWidget(self.good_title)
        layout.addWidget(self.good, 3)
        layout.addLayout(bad_head)
        layout.addWidget(self.bad, 2)

    @staticmethod
    def _table(model: RecordTableModel, name: str, widths: tuple[int, ...]) -> QTableView:
        # Sortable (by the row number at first): a click on 导入方式 groups the updates.
        view = compact(record_view(model))
        view.setObjectName(name)
        for column, width in enumerate(widths):
            view.setColumnWidth(column, width)
        return view

    def _action(self, row: GoodRow) -> str:
        return self.tr("Update") if row.updates else self.tr("New registration")

    def _bad_name(self, row: BadRow) -> str:
        return self._names.get(row.row, "")

    def show_preview(self, pv: RosterPreview, sheet: Sheet) -> None:
        column = pv.mapping.get("name")
        self._names = {n: cells[column] for n, cells in sheet.rows} if column is not None else {}
        counts = preview_counts(pv)
        self.summary.setText(arg(self.tr(
            "%1 rows will be registered, %2 will be updated (already registered: same ID "
            "number), %3 rows have problems and will be left out."),
            count(counts.register), count(counts.update), count(counts.problems)))
        self.result.hide()
        self.error.clear_error()
        self.good_model.set_rows(pv.good)
        self.good_title.setText(arg(self.tr("Rows to import (%1):"), count(len(pv.good))))
        self.show_bad(pv.bad)

    def show_bad(self, bad: tuple[BadRow, ...]) -> None:
        self.bad_model.set_rows(bad)
        self.bad_title.setText(arg(self.tr("Rows with problems (%1), not imported; correct "
                                           "them in the sheet and import it again:"),
                                   count(len(bad))))
        self.save_bad_button.setEnabled(bool(bad))


def _cell(index: int) -> Callable[[Any], str]:
    """The sample row's cell `index`: one getter per column, not a lambda's default."""
    return lambda row: row[1][index]
