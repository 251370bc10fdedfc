"""Unfinished visit records: keeping a form's typing safe, and offering it back after a crash.

A `DraftKeeper` holds the latest copy of a form's fields (refreshed on every change) and
writes it to the local drafts table three seconds after the first unsaved change, and at
once when the form closes, is deleted or the application quits. Because it keeps its
own copy, it can still write when the form's widgets are already gone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import ShegongError
from app.services import Database
from app.services.drafts import discard_draft, list_drafts, save_draft
from app.ui.kit.context import AppContext
from app.ui.kit.i18n import arg

log = logging.getLogger(__name__)

AUTOSAVE_MS = 3000

# Forms open on a draft, so that resuming it twice raises the open form instead of
# making two forms that overwrite each other's draft.
_open_forms: dict[int, QWidget] = {}


class DraftKeeper:
    """Saves one form's fields as a draft: soon after a change, and whenever it goes away."""

    def __init__(self, db: Database, draft_id: int | None, form: QWidget) -> None:
        self.db = db
        self.draft_id = draft_id
        self.client_id: str | None = None
        self.payload: dict[str, Any] | None = None
        self.dirty = False
        self.finished = False
        self.form_alive = True
        self.on_saved: Callable[[bool], None] | None = None  # called with "first save"
        self.on_error: Callable[[ShegongError], None] | None = None
        self._form: QWidget | None = form
        self.timer = QTimer(form)  # dies with the form; the final flush needs no timer
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.flush)
        form.destroyed.connect(self._form_destroyed)
        app = QCoreApplication.instance()
        self._quit_hooked = app is not None
        if app is not None:
            app.aboutToQuit.connect(self.flush)
        self._register()

    def changed(self, client_id: str | None, payload: dict[str, Any]) -> None:
        """The form changed: keep its fields, and save them within AUTOSAVE_MS."""
        if self.finished:
            return
        self.client_id, self.payload, self.dirty = client_id, payload, True
        if self.form_alive and not self.timer.isActive():
            self.timer.start()

    def flush(self) -> None:
        """Write the draft now if anything changed since the last write."""
        if self.finished or not self.dirty or self.payload is None:
            return
        first = self.draft_id is None
        try:
            self.draft_id = save_draft(self.db, self.draft_id, self.client_id, self.payload)
        except ShegongError as err:
            log.warning("could not save the visit draft: %s", err)
            if self.form_alive and self.on_error is not None:
                self.on_error(err)
            return
        self.dirty = False
        if first:
            self._register()
        if self.form_alive and self.on_saved is not None:
            self.on_saved(first)

    def finish(self) -> None:
        """The visit was saved or thrown away: delete the draft and stop keeping it."""
        self.finished = True
        self.dirty = False
        if self.form_alive:
            self.timer.stop()
        self._unregister()
        if self.draft_id is not None:
            discard_draft(self.db, self.draft_id)
        self._disconnect_quit()

    def close(self) -> None:
        """The form is closing: write what is left, and let the draft be opened anew."""
        self.flush()
        self._unregister()

    def _unregister(self) -> None:
        if self.draft_id is not None and _open_forms.get(self.draft_id) is self._form:
            del _open_forms[self.draft_id]

    def _register(self) -> None:
        if self.draft_id is not None and self._form is not None and not self.finished:
            _open_forms[self.draft_id] = self._form

    def _form_destroyed(self, *_: object) -> None:
        self.form_alive = False
        self._unregister()
        # Let go of the form's Python side (the callbacks are its methods).
        self._form, self.on_saved, self.on_error = None, None, None
        try:
            self.flush()
        except Exception:  # nothing may escape a destructor's signal; the log has it
            log.exception("could not save the visit draft of a closed form")
        self._disconnect_quit()

    def _disconnect_quit(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._quit_hooked:
            app.aboutToQuit.disconnect(self.flush)
        self._quit_hooked = False


def open_form_of(draft_id: int) -> QWidget | None:
    return _open_forms.get(draft_id)


def resume_draft(ctx: AppContext, client_id: str | None, draft_id: int) -> QWidget:
    """The visit form of a draft: the one already open, raised, or a new one."""
    form = open_form_of(draft_id)
    if form is not None:
        form.show()
        form.raise_()
        form.activateWindow()
        return form
    return ctx.record_visit(client_id, draft_id)


def offer_drafts(ctx: AppContext, parent: QWidget | None) -> None:
    """At start-up: offer to resume the visit records left unfinished (a crash, a power
    cut, a closed lid). Declined drafts wait on the Today page."""
    drafts = list_drafts(ctx.db)
    if not drafts:
        return
    translate = QCoreApplication.translate
    if len(drafts) == 1:
        found = translate("VisitDrafts", "One unfinished visit record was found. Resume it?")
    else:
        found = arg(translate("VisitDrafts",
                              "%1 unfinished visit records were found. Resume them?"),
                    len(drafts))
    later = translate("VisitDrafts", "If you choose No, they wait for you on the Today page.")
    answer = QMessageBox.question(
        parent, translate("VisitDrafts", "Unfinished visit records"), f"{found}\n\n{later}",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return
    for draft in reversed(drafts):  # the newest ends on top
        resume_draft(ctx, draft.client_id, draft.id)
