"""Reading back what was printed: a pdf's pages and text, and a printer that prints to a
pdf file, so the print path (Qt's QPrinter, as the print dialog hands it over) is tested
on real pages."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from app.render.report_pdf import a4_layout
from app.ui.kit import paper


def pdf_text(path: Path) -> tuple[int, str]:
    """The page count and the text, words as printed: pypdf puts tabs between runs and
    gives the "fi" ligature as one character."""
    reader = pypdf.PdfReader(str(path))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), text.replace("\t", " ").replace("\ufb01", "fi")


def pdf_printer(path: Path) -> QPrinter:
    """A printer as the print dialog leaves it, printing to a pdf file."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(a4_layout())
    return printer


def answer_print_dialog(monkeypatch: pytest.MonkeyPatch, target: Path | None) -> None:
    """The print dialog is the system's modal window: stand in for it. With a `target`
    the person pressed Print (to a pdf there); with None, Cancel."""

    class Answered:
        def __init__(self, printer: QPrinter, _parent: object = None) -> None:
            self.printer = printer

        def setWindowTitle(self, _title: str) -> None:
            pass

        def exec(self) -> QDialog.DialogCode:
            if target is None:
                return QDialog.DialogCode.Rejected
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(target))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(paper, "QPrintDialog", Answered)
