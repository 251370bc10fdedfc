"""The visit form's own small widgets: a needs dimension, the workers present, and the
box that lets a field grow into the room the form leaves."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.models.vocab import NEED_LEVEL, Term
from app.services.client_list import workers
from app.services.visits import VisitInput
from app.ui.kit.context import AppContext
from app.ui.kit.i18n import arg
from app.ui.kit.style import set_role
from app.ui.kit.widgets import Checklist


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
        self.checklist = Checklist([(w.id, w.name) for w in everyone], columns=4,
                                   prefix="worker_")
        self.boxes = self.checklist.boxes
        self.checklist.changed.connect(self._show_lead)
        self.lead = QLabel()
        set_role(self.lead, "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.checklist)
        layout.addWidget(self.lead)
        self.set_ids([me] if me else [])

    def ids(self) -> list[str]:
        return self.checklist.ids()

    def set_ids(self, ids: list[str]) -> None:
        self.checklist.set_ids(ids)
        self._show_lead()

    def _show_lead(self) -> None:
        order = self.checklist.order
        lead = self.boxes[order[0]].text() if order else ""
        self.lead.setText(arg(self.tr("Leading the visit: %1"), lead) if lead
                          else self.tr("Tick who was there; the first one ticked leads."))


# The form's fields as JSON (a draft's payload); a saved visit is shown through it too.
PAYLOAD_VERSION = 1


def saved_payload(v: VisitInput) -> dict[str, Any]:
    """A saved visit in the form's payload (the draft's form), to fill the form with."""
    return {
        "version": PAYLOAD_VERSION, "client_id": v.client_id, "client_fixed": True,
        "visit_date": str(v.visit_date), "duration_min": v.duration_min, "mode": v.mode,
        "worker_ids": list(v.worker_ids), "people_met": v.people_met or "",
        "observations": v.observations or "",
        **{code: {"level": need.level, "notes": need.notes or ""}
           for code, need in (("material", v.material), ("emotional", v.emotional),
                              ("social", v.social))},
        "services": list(v.services), "risks": v.risks or "",
        "next_followup": str(v.next_followup) if v.next_followup else None,
        "followup_auto": False, "in_case": v.case_id is not None,
        "helper_ids": list(v.helper_ids),
    }
