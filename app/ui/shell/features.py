"""The one place that wires the features into the shared context: each feature provides
how its records open, and nothing else needs to know which feature that is."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services import Database
from app.ui import activities, cases, clients, roster, visits
from app.ui.kit.context import AppContext

FEATURES = (clients, visits, cases, activities, roster)


def make_context(db: Database, lang: str, window: QWidget | None = None) -> AppContext:
    ctx = AppContext(db, lang, window)
    for feature in FEATURES:
        feature.register(ctx)
    return ctx
