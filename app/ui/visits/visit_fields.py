"""The visit form's own small widgets: a needs dimension, the workers present, and the
box that lets a field grow into the room the form leaves."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.models.vocab import NEED_LEVEL, Term
from app.services.client_list import workers
from app.ui.kit.context import AppContext
from app.ui.kit.i18n import arg
from app.ui.kit.style import set_role


class GrowingBox(QWidget):
    """A field's box that asks only for its minimum height: the scroll area then fits
    the form in the window and gives the spare height to the growing fields."""

    def sizeHint(self) -> QSize:
        return super().sizeHint().boundedTo(QSize(10**6, self.minimumSizeHint().height()))


class NeedRow(QWidget):
    """One needs dimension: its level as a row of radio buttons, then notes."""

    def __init__(self, dim: Term, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        radios = QHBoxLayout()
        radios.setContentsMargins(0, 0, 0, 0)
        for index, term in enumerate(NEED_LEVEL):
            button = QRadioButton(term.label(lang))
            button.setObjectName(f"{dim.code}_{term.code}")
            self.group.addButton(button, index)
            self.buttons[term.code] = button
            radios.addWidget(button)
        radios.addStretch(1)
        self.group.buttonToggled.connect(self._level_toggled)
        self.buttons["none"].setChecked(True)
        self.notes = QLineEdit()
        self.notes.setObjectName(f"{dim.code}_notes")
        self.notes.setPlaceholderText(self.tr("What you saw and what they asked for"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(radios)
        layout.addWidget(self.notes)

    def _level_toggled(self, button: QAbstractButton, on: bool) -> None:
        if on:  # focusing the row (its level refused) focuses the level ticked, as Tab does
            self.setFocusProxy(button)

    def level(self) -> str:
        return next((c for c, b in self.buttons.items() if b.isChecked()), "none")

    def set_level(self, code: str) -> None:
        self.buttons.get(code, self.buttons["none"]).setChecked(True)


class WorkerChecklist(QWidget):
    """The workers present; the first one ticked (this worker, unless changed) leads."""

    def __init__(self, ctx: AppContext, me: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        everyone = [w for w in workers(ctx.db) if w.active or w.id == me]
        everyone.sort(key=lambda w: w.id != me)  # this worker first
        self.order: list[str] = []  # ticked, in the order they were ticked
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for index, worker in enumerate(everyone):
            box = QCheckBox(worker.name)
            box.setObjectName(f"worker_{worker.id}")
            box.toggled.connect(lambda on, wid=worker.id: self._toggled(wid, on))
            grid.addWidget(box, index // 4, index % 4)
            self.boxes[worker.id] = box
        self.lead = QLabel()
        set_role(self.lead, "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.lead)
        self.set_ids([me] if me else [])

    def ids(self) -> list[str]:
        return list(self.order)

    def set_ids(self, ids: list[str]) -> None:
        self.order = []
        for box in self.boxes.values():
            box.setChecked(False)
        for worker_id in ids:
            if worker_id in self.boxes:
                self.boxes[worker_id].setChecked(True)
        self._show_lead()

    def _toggled(self, worker_id: str, on: bool) -> None:
        if on and worker_id not in self.order:
            self.order.append(worker_id)
        elif not on and worker_id in self.order:
            self.order.remove(worker_id)
        self._show_lead()

    def _show_lead(self) -> None:
        lead = self.boxes[self.order[0]].text() if self.order else ""
        self.lead.setText(arg(self.tr("Leading the visit: %1"), lead) if lead
                          else self.tr("Tick who was there; the first one ticked leads."))
