"""The first-run screen: name the station, the county, the township, this device, the worker."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShegongError
from app.services.setup import SetupInput
from app.ui.kit.widgets import FieldError, FieldErrors, buddy_label

ROLES = ("worker", "head", "supervisor", "county")


class FirstRunDialog(QDialog):
    """Collects a SetupInput and hands it to `submit`; errors appear next to their field."""

    def __init__(self, submit: Callable[[SetupInput], object], lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(self.tr("Welcome to Shegong"))
        self.setMinimumWidth(520)

        intro = QLabel(self.tr(
            "This computer is not set up yet. Tell Shegong which social-work station it "
            "belongs to; you can change names later in Settings."))
        intro.setWordWrap(True)

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
        self.general_error = FieldError()
        self.router = FieldErrors(lang, self.general_error)
        self.errors = self.router.fields  # each field's error line, by the field's name
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

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Start using Shegong"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.station.setFocus(Qt.FocusReason.OtherFocusReason)

    def value(self) -> SetupInput:
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
