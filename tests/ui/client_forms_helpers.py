"""Helpers for the client form and detail tests: Chinese typing, ID numbers, modal dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.models.validation import id_check_digit

D = TypeVar("D", bound=QDialog)


def valid_id(first17: str) -> str:
    return first17 + id_check_digit(first17)


def type_chinese(field: QWidget, text: str) -> None:
    """Chinese arrives through the input method as a committed string (QTest's key clicks
    only know Latin-1 keys)."""
    field.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(field, event)


class ModalAnswer:
    """Acts on the next modal dialog of a class as soon as its exec() starts; any failure
    inside is kept (and the dialog rejected so the test cannot hang) and raised by check()."""

    def __init__(self, cls: type[D], act: Callable[[D], None]) -> None:
        self.cls, self.act = cls, act
        self.seen: QDialog | None = None
        self.error: BaseException | None = None
        QTimer.singleShot(0, self._run)

    def _run(self) -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, self.cls), f"expected a {self.cls.__name__}, got {dialog}"
            self.seen = dialog
            self.act(dialog)
        except BaseException as exc:  # re-raised in the test body by check()
            self.error = exc
            if isinstance(dialog, QDialog) and dialog.isVisible():
                dialog.reject()

    def check(self) -> QDialog:
        if self.error is not None:
            raise self.error
        assert self.seen is not None, "no modal dialog was shown"
        return self.seen
