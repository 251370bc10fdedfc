"""Importing a civil-affairs roster (Excel) as clients: the three-step dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.ui.kit.context import AppContext


def register(ctx: AppContext) -> None:
    ctx.provide("import_roster", _import_roster)


def _import_roster(ctx: AppContext, parent: QWidget | None) -> QWidget:
    """The roster import dialog, window-modal; the pages reload when it has written."""
    from app.ui.roster.roster_import import RosterImportDialog

    dialog = RosterImportDialog(ctx, parent=parent or ctx.window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
