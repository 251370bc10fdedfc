"""Cases (个案): the list by stage, one case with its assessment, plan and stages."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.kit.context import AppContext


def register(ctx: AppContext) -> None:
    ctx.provide("open_case", _open_case)


def _open_case(ctx: AppContext, case_id: str) -> QWidget:
    from app.ui.cases.case_dialog import CaseDialog

    return ctx.show_kept(CaseDialog(ctx, case_id, ctx.window))
