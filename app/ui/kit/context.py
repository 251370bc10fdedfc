"""What every page and dialog shares: the database handle, the language, the window to
parent dialogs on, and one signal that says which tables a write touched.

Pages refresh on `data_changed` (Anki's "operation did execute"): a dialog that saves
calls `ctx.notify({"visit"})` and every page showing visits reloads. Opening a record is
asked of the context, so a page never imports another page's dialogs.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import ShegongError
from app.paths import Paths
from app.services import Database

log = logging.getLogger(__name__)


class AppContext(QObject):
    data_changed = Signal(object)  # set[str]: the tables a write touched
    language_changed = Signal(str)

    def __init__(self, db: Database, lang: str, window: QWidget | None = None) -> None:
        super().__init__()
        self.db = db
        self.lang = lang
        self.window = window
        self._open: list[QWidget] = []  # non-modal windows kept alive while shown

    @property
    def paths(self) -> Paths:
        return self.db.paths

    def notify(self, tables: set[str]) -> None:
        self.data_changed.emit(set(tables))

    def show_error(self, err: ShegongError, parent: QWidget | None = None) -> None:
        QMessageBox.warning(parent or self.window, self.tr("Cannot do that"), err.text(self.lang))

    def keep(self, widget: QWidget) -> QWidget:
        """Keep a non-modal window alive until it closes."""
        self._open.append(widget)
        widget.destroyed.connect(lambda *_: self._forget(widget))
        return widget

    def _forget(self, widget: QWidget) -> None:
        self._open = [w for w in self._open if w is not widget]

    # -- opening records: each lives in its own module, imported when first used --------
    def open_client(self, client_id: str) -> QWidget:
        from app.ui.clients.client_detail import ClientDetailDialog

        dialog = ClientDetailDialog(self, client_id, self.window)
        dialog.show()
        return self.keep(dialog)

    def add_client(self) -> str | None:
        """The client form for a new client; opens the new client's page when saved."""
        from app.ui.clients.client_form import ClientFormDialog

        dialog = ClientFormDialog(self, None, self.window)
        if dialog.exec() and dialog.saved_id:
            self.open_client(dialog.saved_id)
            return dialog.saved_id
        return None

    def edit_client(self, client_id: str) -> bool:
        from app.ui.clients.client_form import ClientFormDialog

        dialog = ClientFormDialog(self, client_id, self.window)
        return bool(dialog.exec())

    def record_visit(self, client_id: str | None, draft_id: int | None = None) -> QWidget:
        from app.ui.visits.visit_form import VisitFormDialog

        dialog = VisitFormDialog(self, client_id, draft_id, self.window)
        dialog.show()
        return self.keep(dialog)

    def open_case(self, case_id: str) -> QWidget:
        from app.ui.cases.case_dialog import CaseDialog

        dialog = CaseDialog(self, case_id, self.window)
        dialog.show()
        return self.keep(dialog)

    def edit_activity(self, activity_id: str | None) -> bool:
        from app.ui.activities.activity_form import ActivityFormDialog

        dialog = ActivityFormDialog(self, activity_id, self.window)
        return bool(dialog.exec())
