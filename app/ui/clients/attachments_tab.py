"""A client's attachments (附件): photos and scanned documents of the client, a case or a
visit. Added from a file (a phone's photos copied to the laptop, or dropped on the list),
looked at in the window, saved elsewhere, voided. A file that has not reached this laptop
yet, or is damaged here, is a line that says so; nothing opens it and nothing crashes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShegongError
from app.models.vocab import ATTACHMENT_KIND, CASE_STAGE, MEDIA_TYPE, VISIT_MODE
from app.services import Database, voids
from app.services import attachments as service
from app.services.attachments import AttachmentRow, Target
from app.ui.kit.files import ask_save_path, documents_folder, safe_file_name
from app.ui.kit.i18n import arg, format_date
from app.ui.kit.record_dialogs import RecordDialog, ask_void
from app.ui.kit.style import set_role
from app.ui.kit.widgets import VocabCombo, translate

ROW_ROLE = Qt.ItemDataRole.UserRole
PICKABLE = "*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.pdf"


def size_text(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{max(1, size // 1024)} KB"


class AttachDialog(RecordDialog):
    """Which file, what it shows, and what it belongs to; submit stores it."""

    def __init__(self, db: Database, lang: str, client_id: str, who: str,
                 file: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(lang, self.tr("Attach a file"), self.tr("&Attach"), parent)
        self.db, self.client_id = db, client_id
        self.say(arg(self.tr("A photo or a scanned document of %1. Photos are turned "
                             "upright, made smaller (longest edge %2 pixels) and stripped of "
                             "where they were taken."), who, service.max_edge(db)))
        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("A photo (JPEG, PNG, …) or a PDF scan"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.file, 1)
        line.addWidget(browse)
        self.kind = VocabCombo(ATTACHMENT_KIND, lang)
        self.title = QLineEdit()
        self.title.setMaxLength(100)
        self.title.setPlaceholderText(self.tr("e.g. the house from the road, after the repair"))
        self.target = QComboBox()
        for target in service.targets(db, client_id):
            self.target.addItem(self._target_text(target), target)
        self.add_row(self.tr("&File"), row, "file")
        self.add_row(self.tr("&What it shows"), self.kind, "kind")
        self.add_row(self.tr("T&itle"), self.title, "title")
        self.add_row(self.tr("&Belongs to"), self.target, "link")
        if file is not None:
            self.set_file(file)

    def _target_text(self, t: Target) -> str:
        if t.kind == "client":
            return self.tr("The client")
        if t.kind == "case":
            return arg(self.tr("Case opened %1 (%2)"), format_date(t.day, self.lang),
                       CASE_STAGE.label(t.code, self.lang))
        return arg(self.tr("Visit of %1 (%2)"), format_date(t.day, self.lang),
                   VISIT_MODE.label(t.code, self.lang))

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo or a scan"), str(documents_folder()),
            arg(self.tr("Photos and scans (%1)"), PICKABLE))
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        self.file.setText(str(path))
        if not self.title.text():
            self.title.setText(path.stem[:100])
        if path.suffix.lower() == ".pdf" and self.kind.code() == "photo":
            self.kind.set_code("consent_form")

    def submit(self) -> str:
        target: Target = self.target.currentData()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a big photo: ~0.5 s
        try:
            return service.add_attachment(
                self.db, self.client_id, Path(self.file.text().strip()), self.kind.code() or "",
                self.title.text(), target.id if target.kind == "case" else None,
                target.id if target.kind == "visit" else None)
        finally:
            QGuiApplication.restoreOverrideCursor()


class AttachmentViewer(QDialog):
    """One attachment: a photo shown to fit the window; a PDF is saved to be read."""

    def __init__(self, db: Database, lang: str, row: AttachmentRow, data: bytes,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.lang, self.row = db, lang, row
        self.setWindowTitle(row.title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        facts = QLabel(" · ".join(p for p in (
            ATTACHMENT_KIND.label(row.kind, lang), format_date(row.added_on, lang),
            MEDIA_TYPE.label(row.media_type, lang), size_text(row.size)) if p))
        set_role(facts, "hint")
        layout.addWidget(facts)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = QPixmap()
        self.pixmap: QPixmap | None
        if row.media_type != "pdf" and pixmap.loadFromData(data):
            self.pixmap = pixmap
            self.scroller = QScrollArea()
            self.scroller.setWidgetResizable(True)
            self.scroller.setWidget(self.picture)
            layout.addWidget(self.scroller, 1)
            self._fit(QSize(860, 540))
        else:
            self.pixmap = None
            self.picture.setText(self.tr(
                "A PDF document: save it, then open it with a PDF reader."))
            self.picture.setWordWrap(True)
            layout.addWidget(self.picture, 1)
        buttons = QHBoxLayout()
        save = QPushButton(self.tr("Save &as…"))
        save.clicked.connect(lambda: save_as(self, db, lang, row))
        close = QPushButton(self.tr("C&lose"))
        close.clicked.connect(self.close)
        buttons.addStretch(1)
        buttons.addWidget(save)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.pixmap is not None:  # the photo follows the window (smaller, never larger)
            self._fit(self.scroller.viewport().size().boundedTo(self.pixmap.size()))

    def _fit(self, box: QSize) -> None:
        if self.pixmap is not None:
            self.picture.setPixmap(self.pixmap.scaled(
                box, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))


def save_as(parent: QWidget, db: Database, lang: str, row: AttachmentRow,
            target: Path | None = None) -> Path | None:
    """The attachment's file where the person chooses (`target`: tests)."""
    suffix = {"jpeg": ".jpg", "png": ".png", "pdf": ".pdf"}.get(row.media_type, "")
    if target is None:
        # Named by what it is and when, not by its title: a file name may be seen by anyone.
        stem = safe_file_name(ATTACHMENT_KIND.label(row.kind, lang), str(row.added_on or ""),
                              row.id[-8:])
        target = ask_save_path(parent, translate("AttachmentsTab", "Save the attachment"),
                               documents_folder() / (stem + suffix), f"*{suffix}", suffix)
        if target is None:
            return None
    return service.save_attachment(db, row.id, target)


class AttachmentsTab(QWidget):
    """The list and its buttons; `count_changed` tells the window how many there are."""

    count_changed = Signal(int)

    def __init__(self, db: Database, lang: str, client_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.lang, self.client_id = db, lang, client_id
        self.who = ""
        self.setAcceptDrops(True)  # photos dropped from a phone's folder
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Added"), self.tr("What it shows"),
                                   self.tr("Title"), self.tr("Belongs to"), self.tr("Size"),
                                   self.tr("File")])
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.list.header()
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.list.itemActivated.connect(lambda *_: self.open_selected())
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.empty = QLabel(self.tr("No photos or documents yet. Attach a consent form, an "
                                    "ID card copy or a photo of the home; or drop files here."))
        self.empty.setWordWrap(True)
        set_role(self.empty, "empty")
        self.status = QLabel()
        set_role(self.status, "hint")
        self.status.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Attac&h a file…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.save_button = QPushButton(self.tr("Save a&s…"))
        self.void_button = QPushButton(self.tr("Void &this file…"))
        self.add_button.clicked.connect(lambda: self.attach())
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.void_button.clicked.connect(self.void_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.void_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        rows = service.attachments_of(self.db, self.client_id)
        self.list.clear()
        self.list.addTopLevelItems([self._item(r) for r in rows])
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._enable()
        self.count_changed.emit(len(rows))

    def _item(self, r: AttachmentRow) -> QTreeWidgetItem:
        lang = self.lang
        if r.case_id:
            belongs = arg(self.tr("Case opened %1"), format_date(r.case_opened, lang))
        elif r.visit_id:
            belongs = arg(self.tr("Visit of %1"), format_date(r.visit_date, lang))
        else:
            belongs = self.tr("The client")
        state = {"ok": "", "missing": self.tr("Not received yet"),
                 "damaged": self.tr("Damaged on this laptop")}[r.status]
        item = QTreeWidgetItem([format_date(r.added_on, lang),
                                ATTACHMENT_KIND.label(r.kind, lang), r.title, belongs,
                                size_text(r.size), state])
        if r.status != "ok":
            item.setForeground(5, Qt.GlobalColor.darkRed)
            item.setToolTip(5, self.tr("The record is here; its file has not arrived with a "
                                       "bundle yet, or was damaged. Ask for a bundle with "
                                       "attachments."))
        item.setData(0, ROW_ROLE, r)
        return item

    def selected(self) -> AttachmentRow | None:
        item = self.list.currentItem()
        return item.data(0, ROW_ROLE) if item is not None else None

    def _enable(self) -> None:
        row = self.selected()
        for button in (self.open_button, self.save_button):
            button.setEnabled(row is not None and row.status == "ok")
        self.void_button.setEnabled(row is not None)

    # -- actions ------------------------------------------------------------------------
    def attach(self, file: Path | None = None) -> bool:
        dialog = AttachDialog(self.db, self.lang, self.client_id, self.who, file, self)
        added = bool(dialog.exec())
        dialog.deleteLater()
        if added:
            self.status.setText(self.tr("Attached."))
        return added

    def open_selected(self) -> AttachmentViewer | None:
        row = self.selected()
        if row is None:
            return None
        try:
            row, data = service.attachment_bytes(self.db, row.id)
        except ShegongError as err:
            self.status.setText(err.text(self.lang))
            return None
        viewer = AttachmentViewer(self.db, self.lang, row, data, self)
        viewer.show()
        return viewer

    def save_selected(self, target: Path | None = None) -> Path | None:
        row = self.selected()
        if row is None:
            return None
        try:
            saved = save_as(self, self.db, self.lang, row, target)
        except ShegongError as err:
            self.status.setText(err.text(self.lang))
            return None
        if saved is not None:
            self.status.setText(arg(self.tr("Saved: %1"), str(saved)))
        return saved

    def void_selected(self) -> bool:
        row = self.selected()
        return row is not None and ask_void(self.lang, row.title, lambda reason: voids.void_record(
            self.db, "attachment", row.id, reason), self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        for file in files:
            if not self.attach(file):
                break
