"""The look lives in resources/style.qss: widgets name a role, never a colour.

Keeps it so: no `setStyleSheet(...)` with a literal colour in app/ui outside the loader,
every role (and state value) the code asks for is defined in the sheet, the sheet and its
high-contrast variant parse, and the painted palette uses the sheet's red and green."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from app.ui.kit import palette
from app.ui.kit.style import apply_style, set_role, style_sheet

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "app" / "ui"
LOADER = UI / "kit" / "style.py"
COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}\b|rgba?\(")
STATES = ("risk", "level", "stage")


def ui_modules() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if p != LOADER)


def calls(path: Path, name: str) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", None)) == name]


def literal_text(node: ast.AST) -> str:
    """Every string literal inside `node`, f-strings included, joined."""
    return " ".join(n.value for n in ast.walk(node)
                    if isinstance(n, ast.Constant) and isinstance(n.value, str))


def defined() -> dict[str, set[str]]:
    """The roles, and the values of each state property, that style.qss has rules for."""
    found: dict[str, set[str]] = {name: set() for name in ("role", *STATES)}
    for name, value in re.findall(r'\[(\w+)="([^"]+)"\]', style_sheet()):
        found.setdefault(name, set()).add(value)
    return found


def test_no_literal_colours_in_style_sheets_of_widgets() -> None:
    found = [f"{path.relative_to(ROOT)}:{call.lineno}"
             for path in ui_modules() for call in calls(path, "setStyleSheet")
             if COLOUR.search(literal_text(call))]
    assert found == [], "colours belong in resources/style.qss; use set_role: " + \
        ", ".join(found)


def test_every_role_used_is_defined_in_the_sheet() -> None:
    sheet = defined()
    missing = []
    for path in ui_modules():
        for call in calls(path, "set_role"):
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            role = call.args[1] if len(call.args) > 1 else None
            if isinstance(role, ast.Constant) and role.value not in sheet["role"]:
                missing.append(f"{where} role={role.value}")
            for keyword in call.keywords:
                value = keyword.value
                if keyword.arg not in STATES:
                    missing.append(f"{where} unknown state {keyword.arg}")
                elif isinstance(value, ast.Constant) and value.value not in sheet[keyword.arg]:
                    missing.append(f"{where} {keyword.arg}={value.value}")
        for call in calls(path, "setProperty"):
            name, value = [*call.args, None, None][:2]
            if (isinstance(name, ast.Constant) and name.value in ("role", *STATES)
                    and isinstance(value, ast.Constant) and value.value not in sheet[name.value]):
                missing.append(f"{path.relative_to(ROOT)}:{call.lineno} {name.value}")
    assert missing == []
    assert sheet["role"] >= {"danger", "ok", "muted", "title", "heading"}
    assert sheet["risk"] == {"high", "medium", "low"}
    assert sheet["level"] == {"green", "amber", "red"}


@pytest.mark.parametrize("variant", ["default", "high-contrast"])
def test_the_sheet_loads_and_parses(qapp: QApplication, variant: str) -> None:
    problems: list[str] = []

    def collect(kind: QtMsgType, _context: object, text: str) -> None:
        if "style" in text.lower() or "parse" in text.lower():
            problems.append(text)

    previous = qInstallMessageHandler(collect)
    try:
        apply_style(qapp, variant)
        label = QLabel("x")
        set_role(label, "danger")
        label.ensurePolished()
    finally:
        qInstallMessageHandler(previous)
        apply_style(qapp)
    assert problems == []
    assert style_sheet(variant).count("{") == style_sheet(variant).count("}")


def test_roles_colour_widgets_with_the_palettes_colours(qapp: QApplication) -> None:
    """One red, one green: what the sheet shows and what the tables paint agree."""
    shown = {}
    for role in ("danger", "ok"):
        label = QLabel("x")
        set_role(label, role)
        label.ensurePolished()
        shown[role] = label.palette().color(QPalette.ColorRole.WindowText)
    assert shown["danger"] == QColor(palette.RED)
    assert shown["ok"] == QColor(palette.GREEN)
    assert palette.RISK_COLOURS["high"] == palette.RED


def test_a_state_change_restyles_a_shown_widget(qtbot, qapp: QApplication) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    set_role(label, "level-word", level="green")
    label.show()
    green = label.palette().color(QPalette.ColorRole.WindowText)
    set_role(label, level="red")
    assert label.palette().color(QPalette.ColorRole.WindowText) != green
    assert label.property("role") == "level-word"
