"""What every page and dialog shares: the database handle, the language, the window to
parent dialogs on, and one signal that says which tables a write touched.

Pages refresh on `data_changed` (Anki's "operation did execute"). Nobody emits it by
hand: the store reports the tables each committed write actually touched, and
`StoreEvents` (kit/store_events.py) re-emits them on the UI thread, whether the write came
from a dialog, a background job or another process on the same data folder: a dialog
that saves a visit just calls the service, and every page showing visits reloads.

Opening a record is asked of the context, which calls what the record's feature
provided: so a page never imports another feature's dialogs, and the context imports
no feature at all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.paths import Paths
from app.services import Database
from app.ui.kit.store_events import StoreEvents

log = logging.getLogger(__name__)


class AppContext(QObject):
    data_changed = Signal(object)  # frozenset[str]: the tables a committed write touched
    language_changed = Signal(str)
    lock_minutes_changed = Signal(int)  # Settings chose another idle time before locking

    def __init__(self, db: Database, lang: str, window: QWidget | None = None) -> None:
        super().__init__()
        self.db = db
        self.lang = lang
        self.window = window
        self._open: list[QWidget] = []  # non-modal windows kept alive while shown
        self._openers: dict[str, Callable[..., Any]] = {}
        self.events = StoreEvents(db, self)
        self.events.changed.connect(self.data_changed)

    @property
    def paths(self) -> Paths:
        return self.db.paths


    def keep(self, widget: QWidget) -> QWidget:
        """Keep a non-modal window alive until it closes."""
        self._open.append(widget)
        widget.destroyed.connect(lambda *_: self._forget(widget))
        return widget

    def _forget(self, widget: QWidget) -> None:
        self._open = [w for w in self._open if w is not widget]

    # -- opening records: each feature provides its own (shell/features.py wires them) --
    def provide(self, name: str, opener: Callable[..., Any]) -> None:
        """A feature offers how to open one of its records; callers ask by name, so the
        context imports no feature and no feature imports another."""
        self._openers[name] = opener

    def _opener(self, name: str) -> Callable[..., Any]:
        try:
            return self._openers[name]
        except KeyError:
            raise LookupError(f"no feature provides {name!r}; build the context "
                              "with app.ui.shell.features.make_context") from None

    def show_kept(self, window: QWidget) -> QWidget:
        """Show a non-modal record window and keep it alive until it closes."""
        window.show()
        return self.keep(window)

    def open_client(self, client_id: str) -> QWidget:
        return self._opener("open_client")(self, client_id)

    def add_client(self) -> str | None:
        """The client form for a new client; opens the new client's page when saved."""
        return self._opener("add_client")(self)

    def edit_client(self, client_id: str) -> bool:
        return self._opener("edit_client")(self, client_id)

    def record_visit(self, client_id: str | None, draft_id: int | None = None) -> QWidget:
        return self._opener("record_visit")(self, client_id, draft_id)

    def open_visit(self, visit_id: str) -> QWidget:
        """A saved visit in its form, to correct, void or read its history."""
        return self._opener("open_visit")(self, visit_id)

    def open_referral(self, referral_id: str) -> bool:
        """A referral, to note the agency's answer and the outcome (modal)."""
        return self._opener("open_referral")(self, referral_id)

    def open_case(self, case_id: str) -> QWidget:
        return self._opener("open_case")(self, case_id)

    def edit_activity(self, activity_id: str | None) -> bool:
        return self._opener("edit_activity")(self, activity_id)

    def import_roster(self, parent: QWidget | None = None) -> QWidget:
        return self._opener("import_roster")(self, parent)
