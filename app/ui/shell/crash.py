"""One exception hook for the main thread and worker threads: log it, show it once,
keep running."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox

from app.ui.kit.i18n import arg

log = logging.getLogger("app.crash")


class _Relay(QObject):
    crashed = Signal(str, str)


class CrashReporter:
    def __init__(self, logs_dir: str) -> None:
        self.logs_dir = logs_dir
        self.seen: set[str] = set()
        self.relay = _Relay()
        self.relay.crashed.connect(self._show)

    def install(self) -> None:
        sys.excepthook = self._hook
        threading.excepthook = lambda a: self._hook(a.exc_type, a.exc_value, a.exc_traceback)

    def _hook(self, exc_type: type[BaseException], exc: BaseException | None,
              tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unhandled exception\n%s", text)
        # The signal carries it to the UI thread whichever thread failed.
        self.relay.crashed.emit(f"{exc_type.__name__}: {exc}", text)

    def _show(self, summary: str, details: str) -> None:
        if summary in self.seen:
            return
        self.seen.add(summary)
        # An explicit context: lupdate cannot tell which class `self.relay.tr` would use.
        title = QCoreApplication.translate("CrashReporter", "Something went wrong")
        text = QCoreApplication.translate(
            "CrashReporter", "Shegong hit an error it did not expect: %1\n\n"
            "Your data is safe. The details were written to the log in %2.")
        box = QMessageBox(QMessageBox.Icon.Critical, title,
                          arg(text, summary, self.logs_dir))
        box.setDetailedText(details)
        box.exec()
