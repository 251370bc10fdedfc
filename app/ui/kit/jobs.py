"""Running a Qt-free function off the UI thread and getting its result back as a signal.

Connect to methods of the widget that asked: Qt drops the delivery if that widget is
gone by the time the job finishes, so closing a window during a job is safe.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # reported on the UI thread, which decides what to show
            log.exception("background job failed")
            self.signals.failed.emit(exc)
            return
        self.signals.done.emit(result)


# Jobs under way, so their signal objects outlive a caller that is torn down first.
_running: set[Job] = set()


def run_job(fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_failed: Callable[[Any], None] | None = None) -> Job:
    """Start fn on the global thread pool; the callbacks run on the UI thread."""
    job = Job(fn)
    job.signals.done.connect(on_done)
    if on_failed is not None:
        job.signals.failed.connect(on_failed)
    _running.add(job)
    job.signals.done.connect(lambda _result: _running.discard(job))
    job.signals.failed.connect(lambda _error: _running.discard(job))
    QThreadPool.globalInstance().start(job)
    return job
