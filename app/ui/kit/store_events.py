"""The one bridge from the store to Qt: what a write changed, as a signal on the UI thread.

The database tells its listeners (app.store.changes) the tables each committed write
touched, on the thread that wrote (Electrum's backend events re-emitted as Qt signals,
Anki's OpChanges). A write on the UI thread is re-emitted at once, so a page is current
when the dialog that saved returns; a write on a worker thread is queued to the UI thread,
and writes that arrive before it is delivered are merged into one signal. A timer asks
the database every second what other processes (the command line) wrote to the same file.

The timer is a single shot armed again at each tick, owned by Qt rather than by this
object: Python's garbage collector may delete a forgotten context on a worker thread,
and a running QTimer deleted off its own thread stays in the UI thread's timer list and
crashes it on its next tick.
"""

from __future__ import annotations

import threading
import weakref

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal

from app.services import Database

POLL_MS = 1000


class StoreEvents(QObject):
    changed = Signal(object)  # frozenset[str]: the tables a committed write touched
    _arrived = Signal()  # wakes the UI thread; the tables wait in _pending

    def __init__(self, db: Database, parent: QObject | None = None,
                 poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.db = db
        self._pending: set[str] = set()
        self._lock = threading.Lock()  # writers on several threads add to _pending
        self._arrived.connect(self._flush, Qt.ConnectionType.QueuedConnection)
        listener = self._heard  # one bound method, so unsubscribing finds it
        db.changes.subscribe(listener)
        # Stop hearing when Qt deletes this object (the window and its context went).
        self.destroyed.connect(lambda *_: db.changes.unsubscribe(listener))
        self.poll_ms = poll_ms
        _arm(weakref.ref(self), poll_ms)

    def _heard(self, tables: frozenset[str]) -> None:
        """Called by the database on the thread that wrote."""
        if QThread.currentThread() == self.thread():
            self.changed.emit(tables)
            return
        with self._lock:
            wake = not self._pending
            self._pending |= tables
        if wake:
            self._arrived.emit()

    def _flush(self) -> None:
        with self._lock:
            tables, self._pending = frozenset(self._pending), set()
        if tables:
            self.changed.emit(tables)

    def poll(self) -> None:
        """Other processes' writes reach every listener of the database, this one too."""
        self.db.poll_external()


def _arm(events: weakref.ref[StoreEvents], poll_ms: int) -> None:
    """Poll in `poll_ms`, and again after that, while the adapter and its database live."""

    def tick() -> None:
        alive = events()
        if alive is None or not shiboken6.isValid(alive) or not alive.db.is_open:
            return
        _arm(events, poll_ms)  # first, so a failing poll does not stop the next ones
        alive.poll()

    QTimer.singleShot(poll_ms, tick)
