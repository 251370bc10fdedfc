"""Layers point one way: ui -> services -> models/store/sync. Checked on the imports."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"
BELOW_UI = ("models", "store", "services", "sync", "reports")
SQL_NAMES = {"select", "insert", "update", "delete", "text", "Session", "sessionmaker"}


def imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names += [node.module] + [f"{node.module}.{a.name}" for a in node.names]
    return names


def test_nothing_below_the_ui_imports_qt_or_the_ui() -> None:
    offenders = []
    for layer in BELOW_UI:
        for path in (APP / layer).rglob("*.py"):
            for name in imports(path):
                if name.startswith(("PySide6", "app.ui")):
                    offenders.append(f"{path.relative_to(APP)} imports {name}")
    assert offenders == []


def test_models_store_and_sync_do_not_import_services() -> None:
    offenders = [
        f"{path.relative_to(APP)} imports {name}"
        for layer in ("models", "store", "sync")
        for path in (APP / layer).rglob("*.py")
        for name in imports(path) if name.startswith("app.services")
    ]
    assert offenders == []


def test_the_ui_holds_no_sql() -> None:
    offenders = []
    for path in (APP / "ui").rglob("*.py"):
        for name in imports(path):
            if name.startswith(("sqlalchemy", "sqlite3", "app.store", "app.models.local")):
                offenders.append(f"{path.relative_to(APP)} imports {name}")
    assert offenders == []
