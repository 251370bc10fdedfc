"""The Reports page (报表): the station's monthly report for the county.

Pick a month; the figures are counted off the UI thread (a second or two on a big
database) and shown as the very document the pdf prints. Save it as Excel, PDF or JSON:
the file is written by a job from the figures on screen, so it holds exactly what was
checked; then a sentence names the file and a button opens its folder.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShegongError
from app.render.report_document import report_document
from app.reports.figures import MonthlyReport, monthly_figures
from app.reports.output import FORMATS, write_report_of
from app.reports.sections import month_label
from app.ui.kit import files
from app.ui.kit.context import AppContext
from app.ui.kit.files import recent_months
from app.ui.kit.form_kit import LoadingPage, busy_bar, grow_content
from app.ui.kit.i18n import arg
from app.ui.kit.jobs import run_job
from app.ui.kit.style import set_role
from app.ui.kit.widgets import FieldError

# Every table the report counts from: a write to any of them makes the preview stale.
TABLES = {"client", "client_category", "visit", "visit_worker", "case_record", "case_event",
          "activity", "activity_participant", "activity_volunteer", "referral",
          "supervision_session", "training_record", "worker", "station"}
PREVIEW_WIDTH = 820  # pixels: the charts are 640 wide, the tables fill the rest
SIDE_WIDTH = 300
CLOSING_DAYS = 10  # early in a month, the month to report is the one just ended


def default_month(today: dt.date) -> str:
    """Last month during the first days of a month (report time), else this month."""
    return recent_months(today, 2)[1 if today.day <= CLOSING_DAYS else 0]


def file_stem(station: str, month: str, suffix: str) -> str:
    """"那龙镇社工站-2026-10-月报": no characters Windows refuses in a file name."""
    return files.safe_file_name(station, month, suffix)


class ReportsPage(LoadingPage):
    saved = Signal(object)  # the Path written
    save_failed = Signal(str)  # the sentence shown

    def __init__(self, ctx: AppContext) -> None:
        # Counts when first shown, and again after a write (at once if visible).
        super().__init__(ctx, TABLES, self.tr("Monthly report"), self.tr(
            "The station's monthly report for the county: choose the month, check the "
            "figures, then save the report as Excel, PDF or JSON."))
        self.report: MonthlyReport | None = None
        self.saved_path: Path | None = None
        self.folder = files.documents_folder()
        self.saving = False
        self.saving_path = Path()

        self._make_month_and_preview(ctx.lang)
        self._make_save_controls()
        self._lay_out()
        self.loader.busy_changed.connect(self._busy)
        self.month.currentIndexChanged.connect(lambda _index: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.open_folder.clicked.connect(self.show_folder)

    def _make_month_and_preview(self, lang: str) -> None:
        """The month to report (by default the one to report now), the refresh button,
        the status line and the preview of the document the pdf prints."""
        self.month = QComboBox()
        self.month.setObjectName("month")
        files.fill_months(self.month, lang)
        self.month.setCurrentIndex(self.month.findData(default_month(dt.date.today())))
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.setToolTip(self.tr("Count the figures again"))
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.preview = QTextBrowser()
        self.preview.setObjectName("preview")
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(self.tr("Report preview"))
        # No wider than the printed page, whatever the window: the preview reads like paper.
        self.preview.setMaximumWidth(PREVIEW_WIDTH)

    def _make_save_controls(self) -> None:
        """A save button per format (enabled once the figures are shown), the sentence
        naming the file saved or the error, and the button that opens its folder."""
        self.buttons = {
            "xlsx": QPushButton(self.tr("Save as E&xcel…")),
            "pdf": QPushButton(self.tr("Save as &PDF…")),
            "json": QPushButton(self.tr("Save as &JSON…")),
        }
        for fmt in FORMATS:
            button = self.buttons[fmt]
            button.setObjectName(f"save_{fmt}")
            button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, f=fmt: self.save_as(f))
        self.result = QLabel()
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = FieldError()
        self.open_folder = QPushButton(self.tr("Open f&older"))
        self.open_folder.setToolTip(self.tr("Show the saved file in its folder"))
        self.open_folder.hide()

    def _side_panel(self) -> QWidget:
        """The month, then the three ways to save it."""
        month_caption = QLabel(self.tr("&Month:"))
        month_caption.setBuddy(self.month)
        month_row = QHBoxLayout()
        month_row.addWidget(month_caption)
        month_row.addWidget(self.month, 1)
        side = QVBoxLayout()
        side.addLayout(month_row)
        side.addWidget(self.refresh_button)
        side.addWidget(busy_bar(self.loader, self))
        side.addWidget(self.status)
        side.addSpacing(16)
        save_caption = QLabel(self.tr("Save the report"))
        set_role(save_caption, "strong")
        side.addWidget(save_caption)
        for fmt in FORMATS:
            side.addWidget(self.buttons[fmt])
        side.addSpacing(8)
        side.addWidget(self.result)
        side.addWidget(self.error)
        side.addWidget(self.open_folder, 0, Qt.AlignmentFlag.AlignLeft)
        side.addStretch(1)
        panel = QWidget()
        panel.setLayout(side)
        panel.setFixedWidth(SIDE_WIDTH)
        return panel

    def _lay_out(self) -> None:
        """The preview, and the side panel to its right; tab from the month down."""
        row = QHBoxLayout()
        row.addWidget(self.preview, 1)
        row.addSpacing(16)
        row.addWidget(self._side_panel())
        row.addStretch(0)
        self.content.addLayout(row, 1)
        grow_content(self)
        order = [self.month, self.refresh_button, *self.buttons.values(), self.open_folder,
                 self.preview]
        for before, after in itertools.pairwise(order):
            self.setTabOrder(before, after)

    # -- the figures -------------------------------------------------------------------------
    def selected_month(self) -> str:
        return str(self.month.currentData())

    def refresh(self) -> None:
        db, month = self.ctx.db, self.selected_month()
        self.loader.load(lambda: monthly_figures(db, month))

    def _busy(self, busy: bool) -> None:
        self._enable()
        if busy:
            self.status.setText(arg(self.tr("Counting the figures for %1…"),
                                    month_label(self.selected_month(), self.ctx.lang)))

    def _loaded(self, report: MonthlyReport) -> None:
        self.report = report
        scale = self.preview.devicePixelRatioF()  # sharp charts on a high-dpi screen
        # Parented to the preview, so setDocument deletes the one it replaces.
        self.preview.setDocument(report_document(report, self.ctx.lang, scale, self.preview))
        self.status.setText(arg(
            self.tr("%1: %2 people served, %3 visits, %4 activities."),
            month_label(report.month, self.ctx.lang), report.current.people_served,
            report.current.visits, report.current.activities))
        self._enable()

    def _failed(self, exc: Any) -> None:
        self.status.setText(exc.text(self.ctx.lang) if isinstance(exc, ShegongError) else
                            self.tr("The figures could not be counted; the log file has "
                                    "the details."))
        self._enable()

    def _enable(self) -> None:
        # Saving needs figures, and they must be the selected month's, not the last one's.
        ready = (self.report is not None and not self.loader.running and not self.saving
                 and self.report.month == self.selected_month())
        for button in self.buttons.values():
            button.setEnabled(ready)

    # -- saving ------------------------------------------------------------------------------
    def save_as(self, fmt: str) -> None:
        """Ask where, then save (the Save as … buttons)."""
        if self.report is None:
            return
        filters = {"xlsx": self.tr("Excel workbook (*.xlsx)"),
                   "pdf": self.tr("PDF document (*.pdf)"),
                   "json": self.tr("JSON file (*.json)")}
        stem = file_stem(self.report.station_name, self.report.month,
                         self.tr("monthly-report"))
        path = files.ask_save_path(self, self.tr("Save the monthly report"),
                                   self.folder / f"{stem}.{fmt}", filters[fmt], f".{fmt}")
        if path is not None:
            self.save_to(fmt, path)

    def save_to(self, fmt: str, path: Path) -> None:
        """Write the figures on screen to `path` off the UI thread."""
        if self.report is None:
            return
        self.saving = True
        self._enable()
        self.error.clear_error()
        self.open_folder.hide()
        self.result.show()
        self.result.setText(arg(self.tr("Saving %1…"), path.name))
        self.saving_path = path
        db, report, lang = self.ctx.db, self.report, self.ctx.lang
        # Bound methods, not lambdas: Qt drops the result if this page is gone by then.
        run_job(lambda: write_report_of(db, report, fmt, path, lang), self._saved,
                self._save_failed)

    def _saved(self, path: Path) -> None:
        self.saving = False
        self.saved_path = path
        self.folder = path.parent
        self.result.setText(breakable(arg(self.tr("Saved to %1."), str(path))))
        self.open_folder.show()
        self._enable()
        self.saved.emit(path)

    def _save_failed(self, exc: Any) -> None:
        self.saving = False
        if isinstance(exc, ShegongError):
            sentence = exc.text(self.ctx.lang)
        elif isinstance(exc, OSError):
            sentence = arg(self.tr("The report could not be saved as %1: the folder does not "
                                   "exist or may not be written to. Choose another folder "
                                   "and save again."), str(self.saving_path))
        else:
            sentence = self.tr("The report could not be saved; the log file has the "
                               "details.")
        sentence = breakable(sentence)  # it names a path: let it wrap in the side panel
        self.result.hide()
        self.error.say(sentence)
        self._enable()
        self.save_failed.emit(sentence)

    def show_folder(self) -> bool:
        if self.saved_path is None:
            return False
        return files.open_folder(self.saved_path.parent)


def breakable(sentence: str) -> str:
    """A sentence whose paths may wrap after each folder in a narrow label (a zero-width
    space after every separator)."""
    return re.sub(r"([\\/])", "\\1\u200b", sentence)
