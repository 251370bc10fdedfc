"""The parts every page is built from: a titled page, a headline figure."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.ui.kit.style import set_role


def plain(text: str) -> str:
    """A button's text without its mnemonic: "&Today" -> "Today", "今日待办(&T)" -> "今日待办"."""
    return re.sub(r"&(&?)", r"\1", re.sub(r"\(&\w\)$", "", text))


class Page(QWidget):
    """A page with a title, a short description of what lives there, and its content."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        set_role(self.title, "title")
        self.body = QLabel(description)
        self.body.setWordWrap(True)
        set_role(self.body, "body")
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.content = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(self.title)
        layout.addSpacing(8)
        layout.addWidget(self.body)
        layout.addSpacing(20)
        layout.addLayout(self.content)
        layout.addStretch(1)

    def add_note(self, text: str) -> QLabel:
        note = QLabel(text)
        note.setWordWrap(True)
        set_role(note, "note")
        self.content.addWidget(note)
        return note


class Figure(QFrame):
    """One headline number with its caption, e.g. "300" over "Clients"."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figure")
        set_role(self, "card")
        self.setMinimumWidth(170)
        self.value = QLabel("—")
        set_role(self.value, "figure")
        self.caption = QLabel(caption)
        set_role(self.caption, "body")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
