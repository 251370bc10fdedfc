"""A record on paper: a button whose menu prints it (Qt's print dialog) or saves it as a
PDF, with the ID number masked or, for an official submission, in full. The visit form's
record sheet and the client's case file both use it; the page layout and the footer are
the pdf's own (app.render.report_pdf.draw_pages), so paper and PDF look the same."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMenu, QPushButton, QWidget

from app.render.report_pdf import a4_layout, draw_pages
from app.ui.kit.files import ask_save_path, documents_folder, safe_file_name


class PaperButton(QPushButton):
    """`print_asked()` and `pdf_asked(full_id)` say what the person chose."""

    print_asked = Signal()
    pdf_asked = Signal(bool)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAutoDefault(False)
        menu = QMenu(self)
        self.print_action = menu.addAction(self.tr("&Print…"))
        menu.addSeparator()
        self.masked_action = menu.addAction(self.tr("PDF, ID number &masked…"))
        self.full_action = menu.addAction(
            self.tr("PDF, ID number in &full (for an official submission)…"))
        # Signals, not lambdas: a lambda would keep the owner's wrapper alive after Qt
        # deleted it.
        self.print_action.triggered.connect(self.print_asked)
        self.masked_action.triggered.connect(self._masked)
        self.full_action.triggered.connect(self._full)
        self.setMenu(menu)

    def _masked(self) -> None:
        self.pdf_asked.emit(False)

    def _full(self) -> None:
        self.pdf_asked.emit(True)


def print_document(parent: QObject | None, make: Callable[[float], QTextDocument],
                   title: str, lang: str, printer: QPrinter | None = None) -> bool:
    """Print a document on A4 after the print dialog; False when the person cancelled.
    A `printer` given is used as it is, without the dialog (a pdf printer in tests)."""
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(a4_layout())
        printer.setDocName(title)
        dialog = QPrintDialog(printer, parent if isinstance(parent, QWidget) else None)
        dialog.setWindowTitle(title)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    draw_pages(printer, make, lang, printer.resolution())
    return True


def ask_pdf_path(parent: QWidget, title: str, *name_parts: str) -> Path | None:
    """Where to save a PDF, suggesting a file named from `name_parts` in Documents; None
    when the person cancelled."""
    stem = safe_file_name(*name_parts)
    return ask_save_path(parent, title, documents_folder() / f"{stem}.pdf",
                         QCoreApplication.translate("PaperButton", "PDF (*.pdf)"), ".pdf")
