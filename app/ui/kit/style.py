"""The application's one style sheet (resources/style.qss) and the roles widgets ask for.

Widgets never carry colours: they say what they are, `set_role(label, "muted")`, or which
state they are in, `set_role(light, "light", level="red")`, and the sheet decides the look.
`apply_style(app)` chooses the sheet where the app starts (and in the tests and the
screenshot tool, so they see what people see); a variant such as "high-contrast" is read
after it and overrides the roles it names.

The sheet goes on the widgets that take a role, not on the application: an application
sheet makes Qt draw every widget through its style-sheet style, which drops the native
padding of spin and date boxes (4 px shorter in every form).
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

DEFAULT = "default"
_current: dict[str, str] = {}  # "sheet": the text in force, once chosen or first needed


def style_sheet(variant: str = DEFAULT) -> str:
    """The sheet's text: style.qss, then style-<variant>.qss when a variant is asked for."""
    files = resources.files("app.resources")
    text = files.joinpath("style.qss").read_text(encoding="utf-8")
    if variant != DEFAULT:
        text += "\n" + files.joinpath(f"style-{variant}.qss").read_text(encoding="utf-8")
    return text


def current_sheet() -> str:
    if "sheet" not in _current:
        _current["sheet"] = style_sheet()
    return _current["sheet"]


def apply_style(app: QApplication, variant: str = DEFAULT) -> None:
    """Put `variant` in force, for the widgets made from now on and those already shown."""
    before = current_sheet()
    _current["sheet"] = style_sheet(variant)
    for widget in app.allWidgets():
        if widget.styleSheet() == before:
            widget.setStyleSheet(_current["sheet"])


def set_role(widget: QWidget, role: str | None = None, **state: str) -> None:
    """Give `widget` a role and state properties (risk=, level=, stage=) of the sheet, and
    restyle it if it is already shown; `role=None` keeps the role it has."""
    if role is not None:
        widget.setProperty("role", role)
    for name, value in state.items():
        widget.setProperty(name, value)
    if widget.styleSheet() != current_sheet():
        widget.setStyleSheet(current_sheet())  # Qt restyles the widget itself
    elif widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
        widget.update()
