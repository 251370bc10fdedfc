"""The presenting problem and the assessment of a case, laid out as the township
station's needs-assessment form: the person, the family system, the community system,
then the summary of problems and needs, signed by the worker with the date."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.cases import ASSESSMENT_FIELDS, CaseDetail
from app.services.client_list import WorkerRow
from app.ui.kit.widgets import DateField, FieldError, FieldErrors, field_row, text_box

PERSON = ("assess_health", "assess_daily_living", "assess_material", "assess_emotional",
          "assess_social")
FAMILY = ("family_pressures", "family_strengths", "family_subsidies")
COMMUNITY = ("community_services", "community_problems", "community_resources")
assert set(PERSON + FAMILY + COMMUNITY + ("needs_summary",)) == set(ASSESSMENT_FIELDS)


class AssessmentForm(QWidget):
    def __init__(self, lang: str, workers: list[WorkerRow], general: FieldError,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.read_only = False
        self.errors = FieldErrors(lang, general)
        self.edits: dict[str, QPlainTextEdit] = {}
        labels = self._labels()

        self.problem = text_box(2)
        self.problem.setObjectName("presenting_problem")
        problem_label = QLabel(self.tr("&Presenting problem"))
        problem_label.setBuddy(self.problem)

        grid = self._systems(labels)

        self.summary = text_box(3)
        self.summary.setObjectName("needs_summary")
        self.edits["needs_summary"] = self.summary
        summary_label = QLabel(labels["needs_summary"])
        summary_label.setBuddy(self.summary)
        sign = self._sign_row(workers, lang)

        layout = QVBoxLayout(self)
        layout.addWidget(problem_label)
        layout.addWidget(self.problem)
        layout.addWidget(self.errors.add("presenting_problem", focus=self.problem))
        layout.addLayout(grid)
        layout.addWidget(summary_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors.add("needs_summary", focus=self.summary))
        layout.addLayout(sign)
        for key, field in (("assessed_by", self.assessed_by), ("assessed_on", self.assessed_on),
                           ("next_followup", self.followup)):
            layout.addWidget(self.errors.add(key, focus=field))
        layout.addStretch(1)
        self.snapshot: dict[str, Any] = self.values()

    def _systems(self, labels: dict[str, str]) -> QGridLayout:
        """The person on the left, the family and community systems on the right."""
        person = self._section(self.tr("The client as a person"), PERSON, labels)
        family = self._section(self.tr("The family system"), FAMILY, labels)
        community = self._section(self.tr("The community system"), COMMUNITY, labels)
        systems = QVBoxLayout()
        systems.addWidget(family)
        systems.addWidget(community)
        grid = QGridLayout()
        grid.addWidget(person, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(systems, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _sign_row(self, workers: list[WorkerRow], lang: str) -> QHBoxLayout:
        """Who signed the assessment and when, and the next follow-up."""
        self.assessed_by = QComboBox()
        self.assessed_by.setObjectName("assessed_by")
        self.assessed_by.addItem(self.tr("— not signed yet —"), None)
        for worker in workers:
            self.assessed_by.addItem(worker.name, worker.id)
        by_label = QLabel(self.tr("Signed by &worker"))
        by_label.setBuddy(self.assessed_by)
        self.assessed_on = DateField(lang)
        self.assessed_on.setObjectName("assessed_on")
        on_label = QLabel(self.tr("S&igned on"))
        on_label.setBuddy(self.assessed_on)
        self.assessed_by.currentIndexChanged.connect(self._signed_changed)

        self.has_followup = QCheckBox(self.tr("Next &follow-up"))
        self.followup = DateField(lang)
        self.followup.setObjectName("next_followup")
        self.has_followup.toggled.connect(self.followup.setEnabled)

        sign = QHBoxLayout()
        for widget in (by_label, self.assessed_by, on_label, self.assessed_on):
            sign.addWidget(widget)
        sign.addSpacing(24)
        sign.addWidget(self.has_followup)
        sign.addWidget(self.followup)
        sign.addStretch(1)
        return sign

    def _labels(self) -> dict[str, str]:
        return {
            "assess_health": self.tr("&Health"),
            "assess_daily_living": self.tr("&Daily living"),
            "assess_material": self.tr("&Material situation"),
            "assess_emotional": self.tr("&Emotional and mental state"),
            "assess_social": self.tr("S&ocial contacts"),
            "family_pressures": self.tr("P&ressures other than money"),
            "family_strengths": self.tr("S&trengths and resources"),
            "family_subsidies": self.tr("Policy su&bsidies already received"),
            "community_services": self.tr("Places and ser&vices nearby"),
            "community_problems": self.tr("Problems that &affect the client"),
            "community_resources": self.tr("Outside resources that could be lin&ked"),
            "needs_summary": self.tr("S&ummary of problems and needs"),
        }

    def _section(self, title: str, keys: tuple[str, ...], labels: dict[str, str]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key in keys:
            edit = text_box(2)
            edit.setObjectName(key)
            self.edits[key] = edit
            field_row(form, labels[key], edit, self.errors, key)
        for label in box.findChildren(QLabel):
            label.setWordWrap(True)  # long labels wrap in the half-width column
        return box

    def _signed_changed(self) -> None:
        self.assessed_on.setEnabled(self.assessed_by.currentData() is not None
                                    and not self.read_only)

    def load(self, detail: CaseDetail) -> None:
        self.problem.setPlainText(detail.row.presenting_problem or "")
        for key, edit in self.edits.items():
            edit.setPlainText(detail.assessment.get(key) or "")
        self.assessed_by.setCurrentIndex(max(self.assessed_by.findData(detail.assessed_by), 0))
        self.assessed_on.set_value(detail.assessed_on or dt.date.today())
        self.has_followup.setChecked(detail.row.next_followup is not None)
        self.followup.set_value(detail.row.next_followup or dt.date.today())
        self.followup.setEnabled(self.has_followup.isChecked() and not self.read_only)
        self._signed_changed()
        self.snapshot = self.values()

    def values(self) -> dict[str, Any]:
        """What update_case gets: every field, the date only once a worker signed."""
        signed = self.assessed_by.currentData()
        return {
            "presenting_problem": self.problem.toPlainText(),
            **{key: edit.toPlainText() for key, edit in self.edits.items()},
            "assessed_by": signed,
            "assessed_on": self.assessed_on.value() if signed else None,
            "next_followup": self.followup.value() if self.has_followup.isChecked() else None,
        }

    def is_dirty(self) -> bool:
        return not self.read_only and self.values() != self.snapshot

    def set_read_only(self, read_only: bool) -> None:
        """A closed case: every field readable and none editable."""
        self.read_only = read_only
        for edit in (self.problem, *self.edits.values()):
            edit.setReadOnly(read_only)
        for widget in (self.assessed_by, self.has_followup):
            widget.setEnabled(not read_only)
        self.followup.setEnabled(self.has_followup.isChecked() and not read_only)
        self._signed_changed()
