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

from app.errors import ShegongError, ValidationError
from app.services.setup import SetupInput

ROLES = ("worker", "head", "supervisor", "county")


class FirstRunDialog(QDialog):
    """Collects a SetupInput and hands it to `submit`; errors appear next to their field."""

    def __init__(self, submit: Callable[[SetupInput], object], lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self._lang = lang
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
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        rows = (("station", self.tr("&Station name")), ("county", self.tr("&County")),
                ("township", self.tr("&Township or street")),
                ("device", self.tr("This computer's &name")),
                ("worker", self.tr("&Your name")))
        for key, text in rows:
            label = QLabel(text)
            label.setBuddy(self.inputs[key])
            form.addRow(label, self.inputs[key])
            error = QLabel()
            error.setObjectName("fieldError")
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.hide()
            form.addRow("", error)
            self.errors[key] = error
        role_label = QLabel(self.tr("&Role"))
        role_label.setBuddy(self.role)
        form.addRow(role_label, self.role)

        self.general_error = QLabel()
        self.general_error.setStyleSheet("color: #b00020;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

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
        for label in self.errors.values():
            label.hide()
        self.general_error.hide()
        try:
            self._submit(self.value())
        except ValidationError as err:
            target = self.errors.get(err.field)
            if target is None:
                self._show_general(err.text(self._lang))
            else:
                target.setText(err.text(self._lang))
                target.show()
                self.inputs[err.field].setFocus()
            return
        except ShegongError as err:
            self._show_general(err.text(self._lang))
            return
        self.accept()

    def _show_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.show()
