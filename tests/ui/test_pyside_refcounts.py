"""PySide6 6.12.0 dropped a reference to True on every Python signal emit and aborted the
process after a few hundred (Fatal Python error: bool_dealloc). pyproject excludes it;
this test fails on a PySide6 with that bug, before the app would crash in use."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication


class _Emitter(QObject):
    happened = Signal(object)


def test_emitting_signals_keeps_reference_counts(qapp: QApplication) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.happened.connect(received.append)
    before_true, before_none = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(300):
        emitter.happened.emit(1)
    qapp.processEvents()
    assert len(received) == 300
    assert sys.getrefcount(True) >= before_true - 5
    assert sys.getrefcount(None) >= before_none - 5
