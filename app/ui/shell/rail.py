"""The navigation rail, and the shell window painted before the data is opened.

Nothing here imports the storage stack: the start-up shell shows the rail while Python
is still loading SQLAlchemy and the database (paint the shell first, load data after).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui.kit.style import set_role

PAGES = ("today", "clients", "cases", "visits", "activities", "station", "sync", "reports",
         "settings")


class Rail(QFrame):
    """The title and one checkable button per page; `group` ids are page indexes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rail")
        set_role(self, "rail")  # the sheet's #rail rules style it and its buttons
        self.setFixedWidth(150)
        self.titles = {
            "today": self.tr("&Today"), "clients": self.tr("&Clients"),
            "cases": self.tr("Cas&es"), "visits": self.tr("&Visits"),
            "activities": self.tr("&Activities"), "station": self.tr("Statio&n"),
            "sync": self.tr("S&ync"),
            "reports": self.tr("&Reports"), "settings": self.tr("&Settings"),
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        title = QLabel(self.tr("Shegong"))
        title.setObjectName("railTitle")
        layout.addWidget(title)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        for index, key in enumerate(PAGES):
            button = QPushButton(self.titles[key])
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(150)
            button.setObjectName(f"nav_{key}")
            self.group.addButton(button, index)
            layout.addWidget(button)
            self.buttons[key] = button
        layout.addStretch(1)
        self.buttons["today"].setChecked(True)


class StartupShell(QMainWindow):
    """What the person sees while the database opens: the rail and a word of waiting."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Shegong — social-work station assistant"))
        self.resize(1280, 720)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        rail = Rail()
        rail.setEnabled(False)
        layout.addWidget(rail)
        waiting = QLabel(self.tr("Opening the data…"))
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(waiting, "waiting")
        layout.addWidget(waiting, 1)
        self.setCentralWidget(central)
