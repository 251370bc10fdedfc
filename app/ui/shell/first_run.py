"""The first-run screen: found a new station (name it, its county and township) or join
the station of the head whose device card you were given; then this device and worker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShegongError, ValidationError
from app.services.setup import JoinInput, SetupInput
from app.ui.kit.widgets import FieldError, FieldErrors, buddy_label

ROLES = ("head", "worker", "supervisor", "county")  # who founds a station: its head


class FirstRunDialog(QDialog):
    """Collects a SetupInput and hands it to `submit`; errors appear next to their field."""

    def __init__(self, submit: Callable[[SetupInput | JoinInput], object], lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(self.tr("Welcome to Shegong"))
        self.setMinimumWidth(520)

        intro = QLabel(self.tr(
            "This computer is not set up yet. Tell Shegong which social-work station it "
            "belongs to; you can change names later in Settings."))
        intro.setWordWrap(True)

        self._make_fields()
        self._make_modes()

        self.general_error = FieldError()
        self.router = FieldErrors(lang, self.general_error)
        self.errors = self.router.fields  # each field's error line, by the field's name
        self.form = self._make_form()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Start using Shegong"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.found)
        layout.addWidget(self.join)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.station.setFocus(Qt.FocusReason.OtherFocusReason)
        self._mode_changed()

    def _make_fields(self) -> None:
        self.station = QLineEdit()
        self.station.setPlaceholderText(self.tr("e.g. Nalong Town Social Work Station"))
        self.county = QLineEdit()
        self.county.setPlaceholderText(self.tr("e.g. Wuming District, Nanning"))
        self.township = QLineEdit()
        self.township.setPlaceholderText(self.tr("e.g. Nalong Town"))
        self.device = QLineEdit()
        self.device.setPlaceholderText(self.tr("e.g. Wei Li's laptop"))
        self.worker = QLineEdit()
        self.worker.setPlaceholderText(self.tr("e.g. Wei Li"))
        self.role = QComboBox()
        labels = {"worker": self.tr("Resident social worker"), "head": self.tr("Station head"),
                  "supervisor": self.tr("Supervisor"), "county": self.tr("County office")}
        for code in ROLES:
            self.role.addItem(labels[code], code)

        self.inputs = {"station": self.station, "county": self.county,
                       "township": self.township, "device": self.device,
                       "worker": self.worker}

    def _make_modes(self) -> None:
        """Found a station or join one, and the head's card a joining laptop needs."""
        self.card_path: Path | None = None
        self.card_label = QLabel(self.tr("No card chosen yet"))
        self.card_label.setWordWrap(True)
        self.card_button = QPushButton(self.tr("Choose the &head's card…"))
        self.card_button.setObjectName("choose_card")
        self.card_button.clicked.connect(self._choose_card)
        self.found = QRadioButton(self.tr("&Found a new station: this is the station head's "
                                          "computer"))
        self.join = QRadioButton(self.tr("&Join a station: I have the station head's card"))
        self.found.setChecked(True)
        self.modes = QButtonGroup(self)
        for button in (self.found, self.join):
            self.modes.addButton(button)
        self.join.toggled.connect(self._mode_changed)

    def _make_form(self) -> QFormLayout:
        form = QFormLayout()
        rows = (("station", self.tr("&Station name")), ("county", self.tr("&County")),
                ("township", self.tr("&Township or street")),
                ("device", self.tr("This computer's &name")),
                ("worker", self.tr("&Your name")))
        for key, text in rows:
            field = self.inputs[key]
            form.addRow(buddy_label(text, field), field)
            form.addRow("", self.router.add(key, focus=field))
        form.addRow(buddy_label(self.tr("&Role"), self.role), self.role)
        self.card_row = QHBoxLayout()
        self.card_row.addWidget(self.card_button)
        self.card_row.addWidget(self.card_label, 1)
        form.addRow(self.tr("Head's card"), self.card_row)
        form.addRow("", self.router.add("card", focus=self.card_button))
        return form

    def _mode_changed(self, *_: object) -> None:
        """Joining takes the station from the card; founding names it."""
        joining = self.join.isChecked()
        for widget in (self.station, self.county, self.township, self.role):
            self.form.setRowVisible(widget, not joining)
        self.form.setRowVisible(self.card_row, joining)
        self.router.clear()

    def _choose_card(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("The station head's card"), "",
            self.tr("Device cards (*.card *.json);;All files (*)"))
        if name:
            self.set_card(Path(name))

    def set_card(self, path: Path) -> None:
        self.card_path = path
        self.card_label.setText(path.name)

    def value(self) -> SetupInput | JoinInput:
        if self.join.isChecked():
            if self.card_path is None:
                raise ValidationError("card", "Choose the station head's card first.",
                                      "请先选择站长的设备名片。")
            return JoinInput(card=self.card_path, device=self.device.text(),
                             worker=self.worker.text() or None)
        return SetupInput(
            station=self.station.text(), county=self.county.text(),
            township=self.township.text(), device=self.device.text(),
            worker=self.worker.text() or None, role=self.role.currentData())

    def try_accept(self) -> None:
        self.router.clear()
        try:
            self._submit(self.value())
        except ShegongError as err:
            self.router.show(err)
            return
        self.accept()
