"""The Station page's three charts (Qt Charts): visits per week over the last 13 weeks,
clients by category, and each worker's training hours this year against 48.

Imported only when the page first has data to draw, so building the main window does
not load Qt Charts. Each chart keeps its QChart and has its series and axes replaced on
every load.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget

from app.models.vocab import CLIENT_CATEGORY
from app.services.station import TRAINING_HOURS_A_YEAR, StationCharts, TrainingStatus
from app.ui.kit.i18n import arg
from app.ui.kit.palette import BAR_LABEL, GREEN, LIGHT_RED, TARGET_LINE, TEAL

BAR = TEAL
ON_PACE = GREEN
BEHIND = LIGHT_RED  # as the red light
TARGET = TARGET_LINE
CHART_HEIGHT = 300
BAR_ROW = 26  # pixels per category: room for its name


def chart_view(title: str) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    chart.setTitleFont(font)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(4)
    chart.legend().hide()
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture: Tab goes on to the logs
    view.setMinimumHeight(CHART_HEIGHT)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    view.setAccessibleName(title)
    return view


def clear(chart: QChart) -> None:
    chart.removeAllSeries()  # deletes them
    for axis in chart.axes():
        chart.removeAxis(axis)
        axis.deleteLater()


def count_axis(top: float, title: str = "") -> QValueAxis:
    """A value axis from 0 with whole-number labels and some headroom over `top`."""
    axis = QValueAxis()
    axis.setRange(0, max(top * 1.15, 4.0))
    axis.applyNiceNumbers()
    axis.setLabelFormat("%d")
    if title:
        axis.setTitleText(title)
    return axis


def attach(chart: QChart, series: QAbstractBarSeries | QLineSeries,
           x: QAbstractAxis, y: QAbstractAxis) -> None:
    chart.addSeries(series)
    for axis, side in ((x, Qt.AlignmentFlag.AlignBottom), (y, Qt.AlignmentFlag.AlignLeft)):
        if axis not in chart.axes():
            axis.setTruncateLabels(False)  # "生活无着的…" tells nobody which category it is
            chart.addAxis(axis, side)
        series.attachAxis(axis)


def bar_set(name: str, values: list[float], color: str) -> QBarSet:
    bars = QBarSet(name)
    bars.append(values)
    bars.setColor(QColor(color))
    bars.setBorderColor(QColor(color))
    bars.setLabelColor(QColor(BAR_LABEL))  # the value over a bar; the theme's is too pale
    return bars


class StationChartsPanel(QWidget):
    """The three charts side by side; `set_data` draws a StationCharts."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.weekly = chart_view(self.tr("Visits per week, last 13 weeks"))
        self.categories = chart_view(self.tr("Clients by category"))
        self.training = chart_view(arg(self.tr("Training hours this year (target %1)"),
                                       f"{TRAINING_HOURS_A_YEAR:g}"))
        # Two charts side by side, the categories under them across the whole width: their
        # names (生活无着的流浪乞讨人员) need the room, and a third of 1366 pixels elides them.
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.weekly, 0, 0)
        layout.addWidget(self.training, 0, 1)
        layout.addWidget(self.categories, 1, 0, 1, 2)

    def set_data(self, data: StationCharts) -> None:
        self._weekly(data)
        self._categories(data.clients_by_category)
        self._training(data.training)

    # -- the charts -----------------------------------------------------------------------
    def _weekly(self, data: StationCharts) -> None:
        chart = self.weekly.chart()
        clear(chart)
        weeks = data.visits_per_week
        series = QBarSeries()
        series.append(bar_set(self.tr("Visits"), [float(w.visits) for w in weeks], BAR))
        series.setBarWidth(0.7)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        x = QBarCategoryAxis()
        x.append([f"{w.start.month}/{w.start.day}" for w in weeks])  # each week's Monday
        small = QFont(x.labelsFont())
        small.setPointSizeF(8)  # 13 dates side by side in half the page
        x.setLabelsFont(small)
        attach(chart, series, x, count_axis(max((w.visits for w in weeks), default=0)))

    def _categories(self, counts: dict[str, int]) -> None:
        chart = self.categories.chart()
        clear(chart)
        # Largest at the top: a horizontal bar chart draws its first category lowest.
        shown = sorted(((n, code) for code, n in counts.items() if n > 0))
        series = QHorizontalBarSeries()
        series.append(bar_set(self.tr("Clients"), [float(n) for n, _ in shown], BAR))
        series.setBarWidth(0.7)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        y = QBarCategoryAxis()
        y.append([CLIENT_CATEGORY.label(code, self.lang) for _, code in shown])
        attach(chart, series, count_axis(max((n for n, _ in shown), default=0)), y)
        self.categories.setMinimumHeight(max(CHART_HEIGHT // 2, 70 + BAR_ROW * len(shown)))

    def _training(self, workers: tuple[TrainingStatus, ...]) -> None:
        chart = self.training.chart()
        clear(chart)
        # Two stacked sets, one of them zero for each worker: one bar per worker, coloured
        # (and named in the legend) by whether the worker keeps the year's pace.
        series = QStackedBarSeries()
        series.append(bar_set(self.tr("On pace"),
                              [w.hours if w.on_track else 0.0 for w in workers], ON_PACE))
        series.append(bar_set(self.tr("Behind the year's pace"),
                              [0.0 if w.on_track else w.hours for w in workers], BEHIND))
        series.setBarWidth(0.6)
        x = QBarCategoryAxis()
        x.append([w.name for w in workers])
        top = max([TRAINING_HOURS_A_YEAR, *(w.hours for w in workers)])
        y = count_axis(top, self.tr("hours"))
        attach(chart, series, x, y)
        # The target as a line across the whole plot: categories sit at 0, 1, ... n-1.
        target = QLineSeries()
        target.setName(arg(self.tr("Target: %1 hours"), f"{TRAINING_HOURS_A_YEAR:g}"))
        target.append([QPointF(-0.5, TRAINING_HOURS_A_YEAR),
                       QPointF(max(len(workers), 1) - 0.5, TRAINING_HOURS_A_YEAR)])
        pen = QPen(QColor(TARGET))
        pen.setWidth(2)
        pen.setStyle(Qt.PenStyle.DashLine)
        target.setPen(pen)
        attach(chart, target, x, y)
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

    # -- what the charts hold (for tests and screen readers' summaries) ---------------------
    def weekly_values(self) -> list[float]:
        return bar_values(self.weekly.chart())

    def category_values(self) -> list[float]:
        return bar_values(self.categories.chart())

    def training_values(self) -> list[float]:
        """Hours per worker: the two stacked sets added up."""
        series = [s for s in self.training.chart().series()
                  if isinstance(s, QAbstractBarSeries)]
        if not series:
            return []
        sets = series[0].barSets()
        return [sum(b.at(i) for b in sets) for i in range(sets[0].count())] if sets else []


def bar_values(chart: QChart) -> list[float]:
    for series in chart.series():
        if isinstance(series, QAbstractBarSeries) and series.barSets():
            bars = series.barSets()[0]
            return [bars.at(i) for i in range(bars.count())]
    return []


def category_labels(view: QChartView) -> list[str]:
    """The category axis's labels of a chart (bottom to top for a horizontal one)."""
    for axis in view.chart().axes():
        if isinstance(axis, QBarCategoryAxis):
            return list(axis.categories())
    return []
