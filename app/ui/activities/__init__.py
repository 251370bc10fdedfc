"""Group and community activities (小组/社区活动): the list and the activity form."""

from __future__ import annotations

from app.ui.kit.context import AppContext


def register(ctx: AppContext) -> None:
    ctx.provide("edit_activity", _edit_activity)


def _edit_activity(ctx: AppContext, activity_id: str | None) -> bool:
    from app.ui.activities.activity_form import ActivityFormDialog

    return bool(ActivityFormDialog(ctx, activity_id, ctx.window).exec())
