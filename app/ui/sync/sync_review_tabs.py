"""The last two tabs of the Sync page: conflicts and duplicates to review, and the history
of sync files in and out.

A conflict shows both values with the device that wrote each and when; choosing one is an
ordinary edit (the service's), which travels to the other devices with the next file.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.errors import ShegongError
from app.models.people import mask_id_number
from app.services.devices import KnownDevice
from app.services.sync_review import (
    BundleHistoryRow,
    ConflictRow,
    DuplicatePair,
    merge_clients,
    resolve_conflict,
)
from app.services.sync_ui_support import field_vocab
from app.ui.kit.context import AppContext
from app.ui.kit.form_kit import Column, RecordTableModel, record_view, row_of
from app.ui.kit.i18n import arg, format_date, local_time, names_list, one_line
from app.ui.kit.widgets import FieldError, done_label
from app.ui.sync.sync_dialogs import (
    confirm,
    dotted,
    empty_note,
)

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


translate = QCoreApplication.translate  # lupdate reads literal translate("Ctx", "text")


def table_label(table: str) -> str:
    """What a synced table's records are called (evaluated when shown, once the
    translator is installed)."""
    labels = {
        "client": translate("SyncRecords", "Client"),
        "client_category": translate("SyncRecords", "Client category"),
        "household_member": translate("SyncRecords", "Household member"),
        "visit": translate("SyncRecords", "Home visit"),
        "visit_worker": translate("SyncRecords", "Worker on a visit"),
        "case_record": translate("SyncRecords", "Case"),
        "case_goal": translate("SyncRecords", "Case goal"),
        "case_event": translate("SyncRecords", "Case step"),
        "referral": translate("SyncRecords", "Referral"),
        "activity": translate("SyncRecords", "Activity"),
        "activity_participant": translate("SyncRecords", "Activity participant"),
        "activity_volunteer": translate("SyncRecords", "Volunteer"),
        "station": translate("SyncRecords", "Station"),
        "worker": translate("SyncRecords", "Worker"),
        "supervision_session": translate("SyncRecords", "Supervision session"),
        "training_record": translate("SyncRecords", "Training record"),
    }
    return labels.get(table, table)


def field_label(field: str) -> str:
    labels = {
        "name": translate("SyncRecords", "Name"),
        "gender": translate("SyncRecords", "Gender"),
        "birth_date": translate("SyncRecords", "Date of birth"),
        "id_number": translate("SyncRecords", "ID number"),
        "phone": translate("SyncRecords", "Phone"),
        "village": translate("SyncRecords", "Village"),
        "village_group": translate("SyncRecords", "Village group"),
        "address": translate("SyncRecords", "Address"),
        "risk_level": translate("SyncRecords", "Risk level"),
        "assigned_worker_id": translate("SyncRecords", "Assigned worker"),
        "status": translate("SyncRecords", "Status"),
        "consent_given": translate("SyncRecords", "Consent given"),
        "consent_date": translate("SyncRecords", "Consent date"),
        "notes": translate("SyncRecords", "Notes"),
        "visit_date": translate("SyncRecords", "Visit date"),
        "duration_min": translate("SyncRecords", "Duration (minutes)"),
        "mode": translate("SyncRecords", "Mode"),
        "people_met": translate("SyncRecords", "People met"),
        "observations": translate("SyncRecords", "Observations"),
        "services": translate("SyncRecords", "Services delivered"),
        "risks": translate("SyncRecords", "Risks noticed"),
        "next_followup": translate("SyncRecords", "Next follow-up"),
        "stage": translate("SyncRecords", "Stage"),
        "presenting_problem": translate("SyncRecords", "Presenting problem"),
        "closure_reason": translate("SyncRecords", "Closure reason"),
        "needs_summary": translate("SyncRecords", "Problems and needs"),
        "title": translate("SyncRecords", "Title"),
        "place": translate("SyncRecords", "Place"),
        "summary": translate("SyncRecords", "Summary"),
        "activity_date": translate("SyncRecords", "Activity date"),
        "hours": translate("SyncRecords", "Hours"),
        "relationship": translate("SyncRecords", "Relationship"),
        "description": translate("SyncRecords", "Description"),
        "category": translate("SyncRecords", "Category"),
        "void_reason": translate("SyncRecords", "Voided (reason)"),
    }
    return labels.get(field, field)


def shown_value(table: str, field: str, value: Any, lang: str) -> str:
    """A stored value as a person reads it: vocabulary labels, dates as 2026年11月28日."""
    if value is None or value == "" or value == []:
        return translate("SyncRecords", "(empty)")
    if isinstance(value, list):
        return "、".join(shown_value(table, field, v, lang) for v in value)
    if isinstance(value, bool):
        return translate("SyncRecords", "Yes") if value else translate("SyncRecords", "No")
    vocab = field_vocab(table, field)
    if vocab is not None and isinstance(value, str):
        return vocab.label(value, lang)
    if isinstance(value, str) and ISO_DATE.match(value):
        try:
            return format_date(dt.date.fromisoformat(value), lang)
        except ValueError:
            return value
    return one_line(value)


# -- conflicts and duplicates --------------------------------------------------------------
class ReviewTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(self._conflicts_box(), 3)
        layout.addWidget(self._duplicates_box(), 2)

    def _conflicts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Conflicts: two devices changed the same field"))
        lang = self.ctx.lang

        def who(device: str, at: dt.datetime) -> str:
            return arg(self.tr("%1 at %2"), device, local_time(at, lang))

        self.conflicts = RecordTableModel([
            Column(self.tr("Record"), lambda r: dotted(table_label(r.table), r.record_label)),
            Column(self.tr("Field"), lambda r: field_label(r.field)),
            Column(self.tr("Current value"),
                   lambda r: shown_value(r.table, r.field, r.kept_value, lang)),
            Column(self.tr("Written by"), lambda r: who(r.kept_device, r.kept_at),
                   lambda r: r.kept_at.isoformat()),
            Column(self.tr("Other value"),
                   lambda r: shown_value(r.table, r.field, r.other_value, lang)),
            Column(self.tr("Written by"), lambda r: who(r.other_device, r.other_at),
                   lambda r: r.other_at.isoformat()),
        ], self)
        self.conflict_view = record_view(self.conflicts)
        self.conflict_view.setObjectName("conflicts")
        for column, width in enumerate((170, 90, 150, 230, 150)):
            self.conflict_view.setColumnWidth(column, width)
        self.conflict_view.selectionModel().currentRowChanged.connect(self._selected)
        self.keep_button = QPushButton(self.tr("&Keep the current value"))
        self.keep_button.setObjectName("keep_value")
        self.keep_button.clicked.connect(lambda: self.resolve("kept"))
        self.other_button = QPushButton(self.tr("Use the &other value"))
        self.other_button.setObjectName("other_value")
        self.other_button.clicked.connect(lambda: self.resolve("other"))
        self.conflict_done = done_label()
        self.conflict_error = FieldError()
        self.no_conflicts = empty_note(self.tr("No conflicts to review."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.other_button)
        buttons.addWidget(self.conflict_done, 1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.conflict_view, 1)
        layout.addWidget(self.no_conflicts)
        layout.addLayout(buttons)
        layout.addWidget(self.conflict_error)
        return box

    def _duplicates_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Possible duplicates: the same ID number on two records"))
        self.duplicates = RecordTableModel([
            Column(self.tr("ID number"), lambda p: mask_id_number(p.id_number)),
            Column(self.tr("Record kept"), lambda p: p.keep_name),
            Column(self.tr("Record merged into it"), lambda p: p.other_name),
        ], self)
        self.duplicate_view = record_view(self.duplicates)
        self.duplicate_view.setObjectName("duplicates")
        for column, width in enumerate((200, 200)):
            self.duplicate_view.setColumnWidth(column, width)
        self.duplicate_view.selectionModel().currentRowChanged.connect(self._selected)
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setObjectName("merge")
        self.merge_button.clicked.connect(self.merge_selected)
        self.merge_done = done_label()
        self.merge_error = FieldError()
        self.no_duplicates = empty_note(self.tr("No two records share an ID number."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.merge_done, 1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.duplicate_view, 1)
        layout.addWidget(self.no_duplicates)
        layout.addLayout(buttons)
        layout.addWidget(self.merge_error)
        return box

    def show_rows(self, conflicts: list[ConflictRow], duplicates: list[DuplicatePair]) -> None:
        self.conflicts.set_rows(conflicts)
        self.duplicates.set_rows(duplicates)
        self.no_conflicts.setVisible(not conflicts)
        self.no_duplicates.setVisible(not duplicates)
        self._selected()

    def _selected(self, *_: object) -> None:
        has_conflict = row_of(self.conflict_view) is not None
        self.keep_button.setEnabled(has_conflict)
        self.other_button.setEnabled(has_conflict)
        self.merge_button.setEnabled(row_of(self.duplicate_view) is not None)

    def resolve(self, choose: str) -> None:
        row: ConflictRow | None = row_of(self.conflict_view)
        if row is None:
            return
        self.conflict_error.clear_error()
        try:
            resolve_conflict(self.ctx.db, row.id, choose)
        except ShegongError as err:
            self.conflict_error.say(err.text(self.ctx.lang))
            return
        self.conflict_done.setText(arg(self.tr("Settled: %1 of %2."), field_label(row.field),
                                       row.record_label))

    def merge_selected(self) -> None:
        pair: DuplicatePair | None = row_of(self.duplicate_view)
        if pair is None:
            return
        self.merge_error.clear_error()
        if not confirm(self, self.tr("Merge the two records?"), arg(self.tr(
                "Both records have the ID number %1. Keep “%2” and move the visits, cases, "
                "categories, household and activities of the other record (“%3”) to it? The "
                "other record is then voided as merged."),
                mask_id_number(pair.id_number), pair.keep_name, pair.other_name)):
            return
        try:
            merge_clients(self.ctx.db, pair.keep_id, pair.other_id)
        except ShegongError as err:
            self.merge_error.say(err.text(self.ctx.lang))
            return
        self.merge_done.setText(arg(self.tr("“%1” was merged."), pair.keep_name))


# -- history -------------------------------------------------------------------------------
class HistoryTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.names: dict[str, str] = {}
        self.self_id = ""
        lang = ctx.lang
        self.model = RecordTableModel([
            Column(self.tr("Direction"), lambda r: self.tr("Exported") if r.direction == "out"
                   else self.tr("Imported")),
            Column(self.tr("When"), lambda r: local_time(r.at, lang), lambda r: r.at),
            Column(self.tr("Device"), lambda r: r.device),
            Column(self.tr("Kind"), self._kind),
            Column(self.tr("Number of changes"), lambda r: str(r.ops), lambda r: float(r.ops),
                   numeric=True),
            Column(self.tr("Details"), self._details),
        ], self)
        self.view = record_view(self.model)
        self.view.setObjectName("history")
        for column, width in enumerate((70, 170, 160, 160, 80)):
            self.view.setColumnWidth(column, width)
        self.empty = empty_note(self.tr("No sync file was exported or imported yet."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)

    def show_rows(self, rows: list[BundleHistoryRow], devices: list[KnownDevice]) -> None:
        self.names = {d.device_id: d.name or d.device_id for d in devices}
        self.self_id = next((d.device_id for d in devices if d.is_self), "")
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)

    def _kind(self, r: BundleHistoryRow) -> str:
        month = (r.summary or {}).get("month")
        if r.kind == "month" and month:
            return arg(self.tr("Month %1"), month)
        if r.kind == "delta":
            target = self.names.get((r.summary or {}).get("for") or "", "")
            if not target:
                return self.tr("Changes for a device")
            return arg(self.tr("Changes for %1"), target)
        return self.tr("All data") if r.kind == "all" else r.kind

    def _details(self, r: BundleHistoryRow) -> str:
        s = r.summary or {}
        if r.direction == "out":
            readers = [self.names.get(d, d) for d in s.get("recipients", [])
                       if d != self.self_id]
            return arg(self.tr("%1, for %2"), s.get("file", ""), names_list(readers, self.ctx.lang)
                       or self.tr("this device only"))
        return arg(self.tr("%1: %2 new, %3 already here, %4 overwritten, %5 conflicts"),
                   s.get("file", ""), s.get("applied", 0), s.get("known", 0),
                   s.get("superseded", 0), s.get("conflicts", 0))
