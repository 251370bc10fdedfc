"""The Activities page (being built)."""

from __future__ import annotations

from app.ui.context import AppContext
from app.ui.pages import Page


class ActivitiesPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(self.tr("Activities"), "")
        self.ctx = ctx

    def refresh(self) -> None:
        """Reload from the services."""
