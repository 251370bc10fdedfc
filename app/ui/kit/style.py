"""The application's one style sheet (resources/style.qss) and the roles widgets ask for.

Widgets never carry colours: they say what they are, `set_role(label, "muted")`, or which
state they are in, `set_role(light, "light", level="red")`, and the sheet decides the look.
`apply_style(app)` loads the sheet once where the app starts (and in the tests and the
screenshot tool, so they see what people see); a variant such as "high-contrast" is read
after it and overrides the roles it names.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

DEFAULT = "default"


def style_sheet(variant: str = DEFAULT) -> str:
    """The sheet's text: style.qss, then style-<variant>.qss when a variant is asked for."""
    files = resources.files("app.resources")
    text = files.joinpath("style.qss").read_text(encoding="utf-8")
    if variant != DEFAULT:
        text += "\n" + files.joinpath(f"style-{variant}.qss").read_text(encoding="utf-8")
    return text


def apply_style(app: QApplication, variant: str = DEFAULT) -> None:
    app.setStyleSheet(style_sheet(variant))


def set_role(widget: QWidget, role: str | None = None, **state: str) -> None:
    """Give `widget` a role and state properties (risk=, level=, stage=) of the sheet, and
    restyle it if it is already shown; `role=None` keeps the role it has."""
    if role is not None:
        widget.setProperty("role", role)
    for name, value in state.items():
        widget.setProperty(name, value)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
        widget.update()
