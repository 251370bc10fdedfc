"""Home visits (走访记录): the list, the visit form and its own small widgets."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.kit.context import AppContext


def register(ctx: AppContext) -> None:
    ctx.provide("record_visit", _record_visit)
    ctx.provide("open_visit", _open_visit)


def _record_visit(ctx: AppContext, client_id: str | None, draft_id: int | None) -> QWidget:
    from app.ui.visits.visit_form import VisitFormDialog

    return ctx.show_kept(VisitFormDialog(ctx, client_id, draft_id, ctx.window))


def _open_visit(ctx: AppContext, visit_id: str) -> QWidget:
    from app.ui.visits.visit_form import VisitFormDialog

    return ctx.show_kept(VisitFormDialog(ctx, None, None, ctx.window, visit_id=visit_id))
