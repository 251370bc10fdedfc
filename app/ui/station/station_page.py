"""The Station page (站务): the provincial plan's rules as traffic lights, three charts,
the station's people, and the supervision and training logs.

What the station head sees first is one line per rule: a light (green: met; amber: work is
waiting; red: a rule is broken) with its word, so it is never colour alone, the sentence
that says what to do, and a button to the place where it is done. Compliance and the
charts are computed in one job off the UI thread (about a second on 100,000 clients);
the logs load in their own job, so changing the year does not recompute the rules.

Going to another page is the main window's business: the page emits `navigate(key)`
("today", "sync") and the window switches.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models.vocab import CLIENT_CATEGORY
from app.services import Database
from app.services.station import (
    TRAINING_HOURS_A_YEAR,
    Compliance,
    StationCharts,
    compliance,
    station_charts,
)
from app.services.today import STALE_CASE_DAYS
from app.ui.kit.context import AppContext
from app.ui.kit.form_kit import LoadingPage, busy_bar, grow_content
from app.ui.kit.i18n import arg, failure_text, format_date, names_list
from app.ui.kit.style import set_role
from app.ui.kit.widgets import FieldError
from app.ui.station.station_logs import StationLogs
from app.ui.station.station_people import StationPeople

if TYPE_CHECKING:
    from app.ui.station.station_charts import StationChartsPanel

# Who writes what the page shows: the logs, visits and clients (overdue, charts), cases,
# workers (training), settings (visit intervals) and sync conflicts.
STATION_TABLES = {"training_record", "supervision_session", "visit", "client",
                  "client_category", "case_record", "worker", "station", "local_setting",
                  "sync_conflict"}
RULES = ("training_behind", "supervision_missing", "visits_overdue", "cases_stale",
         "sync_conflicts", "duplicates")


def station_data(db: Database) -> tuple[Compliance, StationCharts]:
    """The rules and the charts in one job (no Qt): the charts reuse the training hours."""
    status = compliance(db)
    return status, station_charts(db, status.on)


class Light(QLabel):
    """A round light drawn by the style sheet; its level's word is its accessible name."""

    SIZE = 16

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(self.SIZE, self.SIZE)
        self.level = ""

    def set_level(self, level: str, word: str) -> None:
        self.level = level
        set_role(self, "light", level=level)  # the sheet's radius is SIZE / 2
        self.setAccessibleName(word)
        self.setToolTip(word)


class RuleRow:
    """One rule's widgets in the panel's grid: light, word, title, sentence, button."""

    def __init__(self, grid: QGridLayout, row: int, title: str, action: str) -> None:
        self.light = Light()
        self.word = QLabel()
        self.word.setObjectName("ruleWord")
        self.title = QLabel(title)
        set_role(self.title, "strong")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel()  # a second line: the overdue clients by category
        self.detail.setWordWrap(True)
        set_role(self.detail, "muted")
        self.detail.hide()
        self.button = QPushButton(action)
        self.button.hide()
        sentence = QVBoxLayout()
        sentence.setSpacing(2)
        sentence.addWidget(self.text)
        sentence.addWidget(self.detail)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.light, row, 0, top | Qt.AlignmentFlag.AlignHCenter)
        grid.addWidget(self.word, row, 1, top)
        grid.addWidget(self.title, row, 2, top)
        grid.addLayout(sentence, row, 3)
        grid.addWidget(self.button, row, 4, top)

    def show_state(self, level: str, word: str, text: str) -> None:
        self.light.set_level(level, word)
        self.word.setText(word)
        set_role(self.word, "level-word", level=level)
        self.text.setText(text)
        self.button.setVisible(level != "green")


class StationPage(LoadingPage):
    """The station head's page; `navigate(key)` asks the main window for another page."""

    navigate = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, STATION_TABLES, self.tr("Station"), self.tr(
            "Whether the station meets the rules of the provincial plan, what to do where it "
            "does not, the station's people, and the supervision and training logs."))
        grow_content(self)
        self.data: Compliance | None = None
        self.charts: StationChartsPanel | None = None  # built with the first data
        self.words = {"green": self.tr("OK"), "amber": self.tr("Attention"),
                      "red": self.tr("Not met")}

        top = self._top_row()

        panel = self._rules_panel()

        self.chart_area = QVBoxLayout()
        self.chart_wait = QLabel(self.tr("The charts appear once the figures are in."))
        self.chart_wait.setMinimumHeight(120)
        self.chart_wait.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_area.addWidget(self.chart_wait)
        self.people = StationPeople(ctx)
        people_title = QLabel(self.tr("People"))
        set_role(people_title, "section-title")
        self.logs = StationLogs(ctx)
        self.logs.setMinimumHeight(330)
        logs_title = QLabel(self.tr("Supervision and training logs"))
        set_role(logs_title, "section-title")

        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 8, 0)  # room for the scroll bar
        column.setSpacing(12)
        column.addLayout(top)
        column.addWidget(self.error)
        column.addWidget(panel)
        column.addLayout(self.chart_area)
        column.addWidget(people_title)
        column.addWidget(self.people)
        column.addWidget(logs_title)
        column.addWidget(self.logs, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        self.scroll_area = scroll
        self.content.addWidget(scroll, 1)

    def _top_row(self) -> QHBoxLayout:
        """The date the rules were checked on, the error line, and Refresh."""
        self.as_of = QLabel(self.tr("Checking the rules…"))
        self.as_of.setObjectName("asOf")
        self.error = FieldError()  # a sentence when the figures could not be computed
        refresh = QPushButton(self.tr("Re&fresh"))
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.clicked.connect(self.refresh)
        refresh.clicked.connect(lambda: self.logs.refresh())
        refresh.clicked.connect(lambda: self.people.refresh())
        changes = QPushButton(self.tr("Chan&ges to the records…"))
        changes.setObjectName("audit")
        changes.setToolTip(self.tr("Every change: who made it, on which laptop, when"))
        changes.clicked.connect(self.open_audit)
        top = QHBoxLayout()
        top.addWidget(self.as_of, 1)
        top.addWidget(busy_bar(self.loader))
        top.addWidget(changes)
        top.addWidget(refresh)
        return top

    def open_audit(self) -> QDialog:
        from app.ui.station.audit_dialog import AuditDialog

        dialog = AuditDialog(self.ctx, self)
        dialog.show()
        return dialog

    def _rules_panel(self) -> QFrame:
        """One row per rule: its light, word, title, sentence and what to do."""
        panel = QFrame()
        panel.setObjectName("rules")
        set_role(panel, "panel")
        grid = QGridLayout(panel)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(3, 1)
        titles = {
            "training_behind": (self.tr("Training hours"), self.tr("Add training…")),
            "supervision_missing": (self.tr("Supervision this month"),
                                    self.tr("Add supervision…")),
            "visits_overdue": (self.tr("Overdue visits"), self.tr("Open Today")),
            "cases_stale": (self.tr("Case follow-up"), self.tr("Open Today")),
            "sync_conflicts": (self.tr("Sync conflicts"), self.tr("Open Sync")),
            "duplicates": (self.tr("Duplicate registrations"), self.tr("Open Sync")),
        }
        self.rules = {code: RuleRow(grid, index, *titles[code])
                      for index, code in enumerate(RULES)}
        for code, act in (("training_behind", self._add_training),
                          ("supervision_missing", lambda: self.logs.add_supervision()),
                          ("visits_overdue", lambda: self.navigate.emit("today")),
                          ("cases_stale", lambda: self.navigate.emit("today")),
                          ("sync_conflicts", lambda: self.navigate.emit("sync")),
                          ("duplicates", lambda: self.navigate.emit("sync"))):
            self.rules[code].button.clicked.connect(act)
            self.rules[code].button.setObjectName(f"act_{code}")
        return panel

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        db = self.ctx.db
        self.loader.load(lambda: station_data(db))

    def is_busy(self) -> bool:
        return (self.loader.running or self.logs.loader.running
                or self.people.loader.running)

    def _loaded(self, result: tuple[Compliance, StationCharts]) -> None:
        status, charts = result
        self.data = status
        self.error.clear_error()
        self.as_of.setText(arg(self.tr("The plan's rules as of %1"),
                               format_date(status.on, self.ctx.lang)))
        for code, row in self.rules.items():
            level = status.light(code)
            texts = [w.text(self.ctx.lang) for w in status.warnings if w.code == code]
            row.show_state(level, self.words[level],
                           "\n".join(texts) if texts else self._all_well(code, status))
        self._show_overdue(status)
        if self.charts is None:
            from app.ui.station.station_charts import StationChartsPanel  # Qt Charts, loaded late

            self.charts = StationChartsPanel(self.ctx.lang)
            self.chart_area.replaceWidget(self.chart_wait, self.charts)
            self.chart_wait.deleteLater()
        self.charts.set_data(charts)

    def _failed(self, exc: object) -> None:
        self.error.say(failure_text(exc, self.ctx.lang, self.tr(
            "The rules could not be checked; the log file has the details.")))

    # -- texts ----------------------------------------------------------------------------
    def _all_well(self, code: str, status: Compliance) -> str:
        """The sentence of a green light: what was checked and found in order."""
        if code == "training_behind":
            if not status.training:
                return self.tr("No worker of this station is registered yet.")
            return arg(self.tr("Every worker keeps the pace for %1 training hours this year."),
                       f"{TRAINING_HOURS_A_YEAR:g}")
        if code == "supervision_missing":
            return arg(self.tr("Supervision done this month: %1 sessions, %2 hours in all."),
                       status.supervision.sessions, f"{status.supervision.hours:g}")
        return {
            "visits_overdue": self.tr("No client is overdue for a visit."),
            "cases_stale": arg(self.tr("Every open case had a visit in the last %1 days."),
                               STALE_CASE_DAYS),
            "sync_conflicts": self.tr("No sync conflict is waiting for a choice."),
            "duplicates": self.tr("No client is registered twice with the same ID number."),
        }[code]

    def _show_overdue(self, status: Compliance) -> None:
        lang = self.ctx.lang
        late = [(CLIENT_CATEGORY.label(code, lang), n)
                for code, n in sorted(status.overdue_by_category.items(),
                                      key=lambda item: -item[1]) if n > 0]
        items = names_list([arg(self.tr("%1: %2 overdue"), label, n) for label, n in late],
                           lang)
        detail = self.rules["visits_overdue"].detail
        detail.setText(arg(self.tr("By category: %1"), items) if late else "")
        detail.setVisible(bool(late))

    # -- acting ---------------------------------------------------------------------------
    def _add_training(self) -> None:
        """Training for the first worker behind the pace (any other can be chosen)."""
        behind = [t for t in self.data.training if not t.on_track] if self.data else []
        self.logs.add_training(behind[0].worker_id if behind else None)
