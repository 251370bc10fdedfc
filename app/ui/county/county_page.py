"""The County page (县局), on a county office's data folder: every station's month as a
sortable table with its lights, filtered by township and supervisor; double-click opens
that station's month read only (the monthly report's document); a second tab charts
the visits per station and the stations meeting the supervision rule over 12 months;
the roll-up is saved as Excel, PDF or JSON. It never shows a client's ID number."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShegongError
from app.render.report_charts import bar_chart
from app.render.report_document import report_document, report_font
from app.services.county import CountyView, county_view, save_roll_up, station_month
from app.ui.kit import files
from app.ui.kit.context import AppContext
from app.ui.kit.form_kit import LoadingPage, busy_bar, grow_content
from app.ui.kit.i18n import arg
from app.ui.kit.jobs import run_job

TABLES = {"station", "visit", "supervision_session", "training_record", "worker",
          "bundle_ledger", "client"}
LIGHT = {"green": "#c6efce", "amber": "#ffeb9c", "red": "#ffc7ce"}
STATION_ROLE = Qt.ItemDataRole.UserRole + 1
SUPERVISORS_ROLE = Qt.ItemDataRole.UserRole + 2


class StationFilter(QSortFilterProxyModel):
    """Rows of one township and/or one supervisor ("" for any)."""

    township = ""
    supervisor = ""

    def filterAcceptsRow(self, row: int, parent: Any) -> bool:
        item = self.sourceModel().index(row, 0, parent)
        town = self.sourceModel().index(row, 1, parent).data()
        sups = item.data(SUPERVISORS_ROLE) or ()
        return (not self.township or town == self.township) and \
            (not self.supervisor or self.supervisor in sups)


class CountyPage(LoadingPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, TABLES, self.tr("County"), self.tr(
            "Every station's month: the last bundle received, the visits and the plan's "
            "lights. Double-click a station to open its month."))
        self.view_data: CountyView | None = None
        self.month = QComboBox()
        self.month.setObjectName("month")
        files.fill_months(self.month, ctx.lang)
        self.township = QComboBox()
        self.township.setObjectName("township")
        self.supervisor = QComboBox()
        self.supervisor.setObjectName("supervisor")
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.model = QStandardItemModel(0, len(self._headers()), self)
        self.model.setHorizontalHeaderLabels(self._headers())
        self.proxy = StationFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = self._make_table()
        self.charts = QLabel()
        self.charts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._lay_out()
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        self.township.currentIndexChanged.connect(self._filter)
        self.supervisor.currentIndexChanged.connect(self._filter)

    def _headers(self) -> list[str]:
        return [self.tr("Station"), self.tr("Township"), self.tr("Last bundle"),
                self.tr("Days ago"), self.tr("Bundle"), self.tr("Supervision"),
                self.tr("Training"), self.tr("Visits"), self.tr("Supervision hours"),
                self.tr("Supervisors"), self.tr("Workers"), self.tr("Certified"),
                self.tr("Behind on training")]

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("stations")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.doubleClicked.connect(self._open_station)
        return table

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        for label, widget in ((self.tr("&Month"), self.month),
                              (self.tr("T&ownship"), self.township),
                              (self.tr("Su&pervisor"), self.supervisor)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            top.addWidget(caption)
            top.addWidget(widget)
        top.addWidget(busy_bar(self.loader))
        top.addStretch(1)
        for fmt, text in (("xlsx", self.tr("Save as E&xcel…")), ("pdf", self.tr("Save as &PDF…")),
                          ("json", self.tr("Save as &JSON…"))):
            button = QPushButton(text)
            button.setObjectName(f"save_{fmt}")
            button.clicked.connect(lambda _c=False, f=fmt: self._save(f))
            top.addWidget(button)
        self.content.addLayout(top)
        self.content.addWidget(self.status)
        tabs = QTabWidget()
        tabs.addTab(self.table, self.tr("Stations"))
        scroll = QScrollArea()
        scroll.setWidget(self.charts)
        scroll.setWidgetResizable(True)
        tabs.addTab(scroll, self.tr("Charts"))
        self.tabs = tabs
        self.content.addWidget(tabs, 1)
        grow_content(self)

    # -- loading ----------------------------------------------------------------------------
    def selected_month(self) -> str:
        return str(self.month.currentData())

    def refresh(self) -> None:
        db, month = self.ctx.db, self.selected_month()
        self.loader.load(lambda: county_view(db, month))

    def _loaded(self, data: CountyView) -> None:
        self.view_data = data
        self.model.removeRows(0, self.model.rowCount())
        for line in data.month.stations:
            self.model.appendRow(self._row(line))
        self._fill_filters(data)
        self.table.resizeColumnsToContents()
        self.status.setText(arg(
            self.tr("%1 stations; %2 sent nothing this month; %3 supervised (≥ 16 hours)."),
            len(data.month.stations), len(data.month.silent),
            sum(s.lights["supervision"] == "green" for s in data.month.stations)))
        self._draw_charts(data)

    def _failed(self, exc: Any) -> None:
        self.status.setText(exc.text(self.ctx.lang) if isinstance(exc, ShegongError) else
                            self.tr("The stations could not be read; the log file has the "
                                    "details."))

    def _row(self, line: Any) -> list[QStandardItem]:
        words = {"green": self.tr("OK"), "amber": self.tr("Watch"), "red": self.tr("Missing")}
        cells: list[tuple[Any, Any]] = [
            (line.name, line.name), (line.township, line.township),
            ((line.last_bundle or "")[:10] or self.tr("never"), line.last_bundle or ""),
            ("" if line.age_days is None else str(line.age_days),
             -1 if line.age_days is None else line.age_days)]
        cells += [(words[line.lights[k]], line.lights[k])
                  for k in ("bundle", "supervision", "training")]
        cells += [(str(line.visits), line.visits),
                  (f"{line.supervision_hours:g}", line.supervision_hours),
                  ("、".join(line.supervisors), "、".join(line.supervisors)),
                  (str(line.workers), line.workers), (str(line.certified), line.certified),
                  (str(line.training_behind), line.training_behind)]
        items = []
        for shown, key in cells:
            item = QStandardItem(shown)
            item.setData(key, Qt.ItemDataRole.UserRole)
            items.append(item)
        for column, k in ((4, "bundle"), (5, "supervision"), (6, "training")):
            items[column].setBackground(QBrush(QColor(LIGHT[line.lights[k]])))
        items[0].setData(line.station_id, STATION_ROLE)
        items[0].setData(tuple(line.supervisors), SUPERVISORS_ROLE)
        return items

    def _fill_filters(self, data: CountyView) -> None:
        for combo, values in ((self.township, sorted({s.township for s in data.month.stations})),
                              (self.supervisor, sorted({n for s in data.month.stations
                                                        for n in s.supervisors}))):
            chosen = combo.currentData() or ""
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), "")
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        self._filter()

    def _filter(self) -> None:
        self.proxy.township = str(self.township.currentData() or "")
        self.proxy.supervisor = str(self.supervisor.currentData() or "")
        self.proxy.invalidate()

    def _draw_charts(self, data: CountyView) -> None:
        """Two titled charts on one white sheet: visits per station this month (the 40
        with most), and the stations meeting the supervision rule over 12 months."""
        font = report_font()
        scale = self.devicePixelRatioF()
        busiest = sorted(((s.name, float(s.visits)) for s in data.month.stations),
                         key=lambda bar: -bar[1])[:40]
        history = [(h.month[2:], float(h.supervised)) for h in data.history]
        charts = [(title, bar_chart(bars, font, horizontal=h, scale=scale, width=760))
                  for title, bars, h in (
                      (self.tr("Visits per station this month"), busiest, True),
                      (self.tr("Stations meeting the supervision rule, 12 months"), history,
                       False)) if bars]
        if not charts:
            self.charts.setText(self.tr("No station has sent a bundle yet."))
            return
        title_height = 28
        height = sum(round(i.deviceIndependentSize().height()) + title_height + 12
                     for _, i in charts)
        canvas = QPixmap(round(760 * scale), round(height * scale))
        canvas.setDevicePixelRatio(scale)
        canvas.fill(QColor("white"))
        painter = QPainter(canvas)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        y = 0
        for title, image in charts:
            painter.drawText(8, y + title_height - 8, title)
            painter.drawImage(0, y + title_height, image)
            y += round(image.deviceIndependentSize().height()) + title_height + 12
        painter.end()
        self.charts.setPixmap(canvas)

    # -- actions ----------------------------------------------------------------------------
    def _open_station(self, index: Any) -> None:
        station = self.proxy.index(index.row(), 0).data(STATION_ROLE)
        db, month, lang = self.ctx.db, self.selected_month(), self.ctx.lang
        run_job(lambda: station_month(db, month, station),
                lambda report: StationMonthDialog(report, lang, self).open())

    def _save(self, fmt: str) -> None:
        filters = {"xlsx": self.tr("Excel workbook (*.xlsx)"), "pdf": self.tr("PDF (*.pdf)"),
                   "json": self.tr("JSON file (*.json)")}
        office = self.view_data.month.office if self.view_data else ""
        stem = files.safe_file_name(office, self.selected_month(), self.tr("stations"))
        target = files.ask_save_path(self, self.tr("Save the county's roll-up"),
                                     files.documents_folder() / f"{stem}.{fmt}",
                                     filters[fmt], f".{fmt}")
        if target is not None:
            self.save_to(fmt, target)

    def save_to(self, fmt: str, target: Path) -> None:
        db, month, lang = self.ctx.db, self.selected_month(), self.ctx.lang
        self.status.setText(self.tr("Saving the roll-up…"))
        run_job(lambda: save_roll_up(db, month, fmt, target, lang), self._saved,
                lambda exc: self._failed(exc))

    def _saved(self, path: Path) -> None:
        self.status.setText(arg(self.tr("Saved %1."), str(path)))


class StationMonthDialog(QDialog):
    """One station's month, read only: the monthly report's own document."""

    def __init__(self, report: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("station_month")
        self.setWindowTitle(arg(self.tr("%1 — %2"), report.station_name, report.month))
        self.resize(880, 640)
        view = QTextBrowser()
        view.setObjectName("preview")
        view.setDocument(report_document(report, lang, view.devicePixelRatioF(), view))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(view, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
