"""The Visits page (being built)."""

from __future__ import annotations

from app.ui.context import AppContext
from app.ui.pages import Page


class VisitsPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(self.tr("Visits"), "")
        self.ctx = ctx

    def refresh(self) -> None:
        """Reload from the services."""
