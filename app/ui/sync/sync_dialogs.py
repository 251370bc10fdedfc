"""The Sync screen's dialogs (trusting a device card, importing bundles with progress)
and the small pieces its tabs share (the fingerprint label, times, sizes, notes).

`ImportDialog` imports its files one after the other on the thread pool. The service's
progress callback runs on that worker thread; it only emits a signal, which Qt delivers
on the UI thread. Cancel sets a threading.Event that the service reads between chunks;
the service then rolls the whole file back, so a cancelled import changes nothing.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import BundleRefused, ShegongError
from app.models.vocab import ROLE
from app.services.devices import KnownDevice, trust_card
from app.services.sync_ui_support import CardPreview
from app.ui.kit.context import AppContext
from app.ui.kit.i18n import arg
from app.ui.kit.jobs import run_job
from app.ui.kit.style import set_role
from app.ui.kit.widgets import FieldError, VocabCombo

if TYPE_CHECKING:
    from app.services.bundle_import import Cancelled, ImportSummary


def fingerprint_label(fingerprint: str, pixel_size: int = 26) -> QLabel:
    """The fingerprint as two lines of four groups, large and monospaced: people read it
    to each other over the phone, group by group."""
    groups = fingerprint.split()
    label = QLabel("\n".join(" ".join(groups[i:i + 4]) for i in range(0, len(groups), 4)))
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPixelSize(pixel_size)
    font.setWeight(QFont.Weight.Bold)
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.5)
    label.setFont(font)
    set_role(label, "fingerprint")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setObjectName("fingerprint")
    return label


def dotted(*parts: str) -> str:
    """Names side by side, "那龙镇社工站 · 站长": the same in both languages, no sentence."""
    return " · ".join(parts)


def file_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def empty_note(text: str) -> QLabel:
    """The sentence shown instead of an empty table."""
    label = QLabel(text)
    label.setWordWrap(True)
    set_role(label, "empty")
    label.hide()
    return label


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """A Yes/No question, No by default (each use is a step that cannot be undone)."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes
                                  | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class TrustCardDialog(QDialog):
    """Shows a card's fingerprint big, asks for the phone check and a role, then trusts."""

    def __init__(self, ctx: AppContext, path: Path, card: CardPreview,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.trusted: KnownDevice | None = None
        self.setWindowTitle(self.tr("Trust a device"))
        heading = QLabel(arg(self.tr("Trust the device “%1” of %2?"),
                             card.name or card.device_id, card.station_name or "—"))
        set_role(heading, "card-title")
        heading.setWordWrap(True)
        check = QLabel(self.tr("Phone the device's user and check the fingerprint with them, "
                               "group by group. Trust it only if every group is the same: "
                               "bundles from this device will then be imported here."))
        check.setWordWrap(True)
        set_role(check, "large")
        self.fingerprint = fingerprint_label(card.fingerprint, 30)
        device_id = QLabel(arg(self.tr("Device ID %1"), card.device_id))
        set_role(device_id, "muted")
        device_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.role = VocabCombo(ROLE, ctx.lang)
        self.role.setObjectName("role")
        self.role.set_code(card.role or "worker")
        role_label = QLabel(self.tr("&Role of this device:"))
        role_label.setBuddy(self.role)
        form = QFormLayout()
        form.addRow(role_label, self.role)
        self.error = FieldError()
        self.error.setObjectName("trust_error")
        buttons = QDialogButtonBox()
        self.ok_button = QPushButton(self.tr("&Trust this device"))
        self.ok_button.setObjectName("trust_ok")
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Cancel"))
        buttons.accepted.connect(self.trust)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addSpacing(6)
        layout.addWidget(check)
        layout.addSpacing(10)
        layout.addWidget(self.fingerprint, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(device_id, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(10)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)  # the wrapped sentences need the width to get their height
        self.adjustSize()
        self.role.setFocus()

    def trust(self) -> None:
        try:
            self.trusted = trust_card(self.ctx.db, self.path, self.role.code() or "worker")
        except ShegongError as err:
            self.error.say(err.text(self.ctx.lang))
            return
        self.accept()


class ImportDialog(QDialog):
    """Imports bundle files one by one, with a progress bar and a Cancel button.

    `line_ready(text, ok)` gives one sentence per file (and one for files left out after
    a cancel); `all_done(changed)` says whether any file changed the data."""

    progressed = Signal(int, int)  # emitted on the worker thread, delivered on the UI thread
    line_ready = Signal(str, bool)
    all_done = Signal(bool)

    def __init__(self, ctx: AppContext, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.queue = list(paths)
        self.count = len(paths)
        self.current: Path | None = None
        self.changed = False
        self.running = False
        self.stop = threading.Event()
        self.setWindowTitle(self.tr("Importing sync files"))
        self.setWindowModality(Qt.WindowModality.WindowModal)  # no edits while merging
        self.setMinimumWidth(460)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("import_progress")
        self.bar.setRange(0, 0)  # busy until the service reports its first chunk
        self.cancel_button = QPushButton(self.tr("&Cancel import"))
        self.cancel_button.setObjectName("cancel_import")
        self.cancel_button.clicked.connect(self.cancel)
        note = QLabel(self.tr("Cancelling undoes the file being imported; nothing of it "
                              "is kept."))
        set_role(note, "hint")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.bar)
        layout.addWidget(note)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        self.progressed.connect(self._progress)

    def start(self) -> None:
        self.running = True
        self.show()
        self._next()

    def cancel(self) -> None:
        self.stop.set()
        self.cancel_button.setEnabled(False)
        self.file_label.setText(self.tr("Cancelling…"))

    def reject(self) -> None:  # Escape and the close button cancel; the dialog closes when done
        if self.running:
            self.cancel()
        else:
            super().reject()

    def _next(self) -> None:
        if self.stop.is_set() and self.queue:
            self.line_ready.emit(arg(self.tr("The other %1 files were not imported."),
                                     len(self.queue)), False)
            self.queue.clear()
        if not self.queue:
            self.running = False
            self.done(QDialog.DialogCode.Accepted)
            self.all_done.emit(self.changed)
            return
        path = self.current = self.queue.pop(0)
        self.file_label.setText(arg(self.tr("Importing “%1” (file %2 of %3)…"), path.name,
                                    self.count - len(self.queue), self.count))
        self.bar.setRange(0, 0)
        db, stop, progressed = self.ctx.db, self.stop, self.progressed.emit

        # The merge code is imported when first used: it loads the pinyin dictionary, which
        # would slow down building the main window.
        from app.services.bundle_import import Cancelled, import_bundle

        def work() -> ImportSummary | ShegongError | Cancelled:
            try:
                return import_bundle(db, path, progress=progressed, cancelled=stop.is_set)
            except (ShegongError, Cancelled) as err:  # expected: a sentence, not a log entry
                return err

        run_job(work, self._imported, self._failed)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))
        self.bar.setFormat(arg(self.tr("%1 of %2 changes"), done, total))

    def _imported(self, summary: ImportSummary | ShegongError | Cancelled) -> None:
        if isinstance(summary, Exception):
            self._failed(summary)
            return
        if not summary.already_imported:
            self.changed = True
        for line in self.sentences(summary):
            self.line_ready.emit(line, True)
        self._next()

    def _failed(self, exc: object) -> None:
        name = self.current.name if self.current else ""
        from app.services.bundle_import import Cancelled

        if isinstance(exc, Cancelled):
            text = arg(self.tr("%1: import cancelled; nothing was changed."), name)
        elif isinstance(exc, (BundleRefused, ShegongError)):
            text = arg(self.tr("File %1: %2"), name, exc.text(self.ctx.lang))
        else:  # a bug: the job logged it with its traceback
            text = arg(self.tr("%1: the import failed (%2); nothing was changed. The log "
                               "file has the details."), name, type(exc).__name__)
        self.line_ready.emit(text, False)
        self._next()

    def sentences(self, s: ImportSummary) -> list[str]:
        """One file's result in the UI language (ImportSummary.line() is for the CLI)."""
        sender = s.sender_name or s.sender
        if s.already_imported:
            return [arg(self.tr("%1: this bundle from “%2” was imported before; nothing "
                                "changed."), s.path.name, sender)]
        lines = [arg(self.tr("%1: %2 changes imported from “%3” (%4): %5 new, %6 already "
                             "here, %7 overwritten, %8 conflicts."),
                     s.path.name, s.ops, sender, s.station or "—", s.applied, s.known,
                     s.superseded, s.conflicts)]
        if s.held:
            lines.append(arg(self.tr("%1: %2 changes are dated more than a day ahead of this "
                                     "computer's clock; they are kept aside, not applied (see "
                                     "the warning at the top of the page)."),
                             s.path.name, s.held))
        if s.released:
            lines.append(arg(self.tr("%1: %2 changes kept aside earlier were applied: their "
                                     "date has come."), s.path.name, s.released))
        return lines
