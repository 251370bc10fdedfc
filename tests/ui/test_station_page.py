"""The Station page (社工站) as a station head uses it: the plan's rules as lights with
their sentences, supervision and training added through the dialogs (and refused with a
sentence next to the field), a record voided, and the three charts holding the records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from app.models import Worker
from app.models.validation import id_check_digit
from app.services.clients import CategoryInput, ClientInput, register_client
from app.services.common import local_setting
from app.services.station import (
    SupervisionInput,
    TrainingInput,
    record_supervision,
    record_training,
    supervision_log,
    supervisors,
    training_log,
)
from app.services.visits import VisitInput, record_visit
from app.store.database import Database
from app.ui.kit.context import AppContext
from app.ui.kit.record_dialogs import VoidDialog
from app.ui.station.station_logs import LogTab, SupervisionDialog, TrainingDialog
from app.ui.station.station_page import StationPage

TODAY = dt.date.today()
YEAR = (dt.date(TODAY.year, 1, 1), dt.date(TODAY.year, 12, 31))


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def add_worker(db: Database, name: str) -> str:
    with db.write() as s:
        worker = Worker(name=name, role="worker", active=True,
                        station_id=local_setting(s, "station_id"))
        s.add(worker)
        s.flush()
        return worker.id


def worker_ids(db: Database) -> dict[str, str]:
    from app.services.station import station_workers

    return {p.name: p.id for p in station_workers(db)}


def register(db: Database, name: str, body17: str, *categories: str) -> str:
    return register_client(db, ClientInput(
        name=name, id_number=body17 + id_check_digit(body17), village="那龙村",
        consent_given=True, categories=tuple(CategoryInput(c) for c in categories)))


@pytest.fixture
def behind(ctx: AppContext) -> dict[str, str]:
    """韦丽 has her 48 hours; 覃海燕 has none this year (40 last December do not count);
    this month's only supervision lasted 12 hours."""
    qin = add_worker(ctx.db, "覃海燕")
    wei = worker_ids(ctx.db)["韦丽"]
    record_training(ctx.db, TrainingInput(wei, TODAY, 48, topic="个案工作实务"))
    record_training(ctx.db, TrainingInput(qin, dt.date(TODAY.year - 1, 12, 30), 40,
                                          topic="去年的培训"))
    record_supervision(ctx.db, SupervisionInput(TODAY.replace(day=1), 12,
                                                supervisor_name="黄志强", topics="个案督导"))
    return {"覃海燕": qin, "韦丽": wei}


@pytest.fixture
def shown(qtbot: QtBot, ctx: AppContext) -> Iterator[Callable[[], StationPage]]:
    """Builds the page once the test's records exist, shows it, waits for its figures."""
    pages: list[StationPage] = []

    def make() -> StationPage:
        page = StationPage(ctx)
        qtbot.addWidget(page)
        page.resize(1216, 768)
        page.show()
        settle(qtbot, page)
        pages.append(page)
        return page

    yield make
    QThreadPool.globalInstance().waitForDone(5000)


def settle(qtbot: QtBot, page: StationPage) -> None:
    qtbot.waitUntil(lambda: page.data is not None and not page.is_busy(), timeout=10_000)


def rows(tab: LogTab) -> list[list[str]]:
    model = tab.view.model()
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_lights_say_what_is_missing_and_a_supervision_added_turns_it_green(
        qtbot: QtBot, ctx: AppContext, behind: dict[str, str], shown: Callable[[], StationPage],
        language: Callable[[str], str], qtmodeltester) -> None:
    language("zh")
    page = shown()
    training, supervision = page.rules["training_behind"], page.rules["supervision_missing"]
    assert (training.light.level, supervision.light.level) == ("red", "red")
    assert training.word.text() == "未达标" and training.light.accessibleName() == "未达标"
    assert "覃海燕" in training.text.text() and "韦丽" not in training.text.text()
    assert "那龙镇社工站" in supervision.text.text() and "16" in supervision.text.text()
    assert training.button.isVisible() and supervision.button.isVisible()
    assert page.rules["sync_conflicts"].light.level == "green"
    assert page.rules["sync_conflicts"].word.text() == "正常"
    assert not page.rules["sync_conflicts"].button.isVisible()
    qtmodeltester.check(page.logs.supervision.model)
    qtmodeltester.check(page.logs.training.model)

    supervision.button.click()  # the light's own button opens the dialog
    dialog = page.logs.dialog
    assert isinstance(dialog, SupervisionDialog)
    assert dialog.supervisor.currentText() == "黄志强"  # the known supervisor, offered
    assert dialog.hours.value() == 8  # a day: the seed's 16 hours take two
    dialog.session_date.set_value(TODAY)
    dialog.form_mode.set_code("online")
    dialog.topics.setPlainText("困境儿童个案督导")
    dialog.cases.setPlainText("罗睿明个案")
    dialog.follow_ups.setPlainText("两周内完成家访")
    dialog.ok_button.click()
    settle(qtbot, page)
    assert page.logs.dialog is None
    assert supervision.light.level == "green" and supervision.word.text() == "正常"
    assert supervision.text.text() == "本月督导已完成：2 次，共 20 小时。"
    assert not supervision.button.isVisible()
    qtbot.waitUntil(lambda: len(rows(page.logs.supervision)) == 2)
    newest = rows(page.logs.supervision)[0]
    assert newest[1:5] == ["黄志强", "8", "线上", "困境儿童个案督导"]
    assert newest[6] == "两周内完成家访"
    assert page.logs.supervision.total.text() == "共 2 次督导，20 小时"


@pytest.mark.parametrize(("fill", "field"), [
    (lambda d: d.hours.setValue(200), "hours"),  # a week has 168
    (lambda d: d.hours.setValue(16), "hours"),  # one day: at most 12
    (lambda d: d.topics.setPlainText(" "), "topics"),  # what it covered
    (lambda d: d.session_date.set_value(TODAY + dt.timedelta(days=1)), "session_date"),
    (lambda d: d.supervisor.setEditText(" "), "supervisor"),
])
def test_a_bad_supervision_is_refused_next_to_its_field_and_nothing_is_written(
        qtbot: QtBot, ctx: AppContext, behind: dict[str, str], shown: Callable[[], StationPage],
        fill: Callable[[SupervisionDialog], None], field: str) -> None:
    page = shown()
    page.logs.add_supervision()
    dialog = page.logs.dialog
    assert isinstance(dialog, SupervisionDialog)
    dialog.hours.setValue(0)
    assert dialog.hours.value() == 0.5  # no time at all cannot be typed in
    dialog.hours.setValue(8)
    dialog.topics.setPlainText("个案督导")
    fill(dialog)
    dialog.ok_button.click()
    error = dialog.errors.error(field)
    assert error.isVisible() and error.text()
    assert dialog.isVisible() and page.logs.dialog is dialog  # still open, to correct
    assert len(supervision_log(ctx.db, *YEAR)) == 1
    assert [p.name for p in supervisors(ctx.db)] == ["黄志强"]
    dialog.reject()


def test_a_new_supervisor_typed_in_is_registered_with_the_session(
        qtbot: QtBot, ctx: AppContext, shown: Callable[[], StationPage]) -> None:
    page = shown()
    page.logs.add_supervision()
    dialog = page.logs.dialog
    assert isinstance(dialog, SupervisionDialog)
    dialog.supervisor.setEditText("蓝秀梅")
    dialog.topics.setPlainText("小组工作督导")
    dialog.ok_button.click()
    settle(qtbot, page)
    assert [p.name for p in supervisors(ctx.db)] == ["蓝秀梅"]
    assert [(r.supervisor, r.hours) for r in supervision_log(ctx.db, *YEAR)] == [("蓝秀梅", 8)]
    qtbot.waitUntil(lambda: [r[1] for r in rows(page.logs.supervision)] == ["蓝秀梅"])


def test_training_added_through_the_dialog_puts_the_worker_on_pace(
        qtbot: QtBot, ctx: AppContext, behind: dict[str, str],
        shown: Callable[[], StationPage]) -> None:
    page = shown()
    page.rules["training_behind"].button.click()
    dialog = page.logs.dialog
    assert isinstance(dialog, TrainingDialog)
    assert dialog.workers.ids() == [behind["覃海燕"]]  # the one behind, ticked already
    assert page.logs.tabs.currentWidget() is page.logs.training
    dialog.hours.setValue(48)
    dialog.ok_button.click()  # no topic
    assert dialog.errors.error("topic").isVisible()
    assert len(training_log(ctx.db, *YEAR)) == 1
    dialog.topic.setText("儿童保护政策")
    dialog.provider.setText("南宁市社会工作协会")
    dialog.mode.set_code("online")
    dialog.certificate.setText("NN-2026-031")
    dialog.ok_button.click()
    settle(qtbot, page)
    assert page.rules["training_behind"].light.level == "green"
    assert page.charts is not None
    assert sorted(page.charts.training_values()) == [48, 48]
    qtbot.waitUntil(lambda: len(rows(page.logs.training)) == 2)
    added = next(r for r in rows(page.logs.training) if r[1] == "覃海燕")
    assert added[2:] == ["48", "线上", "儿童保护政策", "南宁市社会工作协会", "NN-2026-031"]


def test_voiding_a_training_asks_why_and_takes_it_off_the_log(
        qtbot: QtBot, ctx: AppContext, behind: dict[str, str],
        shown: Callable[[], StationPage]) -> None:
    page = shown()
    tab = page.logs.training
    page.logs.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: len(rows(tab)) == 1)
    assert not tab.void_button.isEnabled()  # nothing chosen yet
    tab.view.selectRow(0)
    assert tab.void_button.isEnabled()
    tab.void_button.click()
    dialog = page.logs.dialog
    assert isinstance(dialog, VoidDialog)
    assert "韦丽" in dialog.intro.text() and "个案工作实务" in dialog.intro.text()
    dialog.ok_button.click()  # no reason given
    assert dialog.errors.error("void_reason").isVisible()
    assert len(training_log(ctx.db, *YEAR)) == 1
    dialog.reason.setText("重复登记")
    dialog.ok_button.click()
    settle(qtbot, page)
    qtbot.waitUntil(lambda: rows(tab) == [])
    assert training_log(ctx.db, *YEAR) == []
    assert "韦丽" in page.rules["training_behind"].text.text()  # her 48 hours are gone


def test_the_charts_hold_the_visits_the_categories_and_the_training(
        qtbot: QtBot, ctx: AppContext, behind: dict[str, str],
        shown: Callable[[], StationPage]) -> None:
    from app.ui.station.station_charts import category_labels

    people = [register(ctx.db, "黄秀英", "45012219450312002", "extreme_poverty", "disabled"),
              register(ctx.db, "梁志明", "45012220120705001", "left_behind_child"),
              register(ctx.db, "陆美玲", "45012220140909002", "left_behind_child")]
    inside = [0, 3, 10, 40, 84]  # days ago: all within the 13 weeks shown
    for index, days in enumerate(inside):
        record_visit(ctx.db, VisitInput(client_id=people[index % 3], visit_date=ago(days),
                                        observations="电话回访"))
    record_visit(ctx.db, VisitInput(client_id=people[0], visit_date=ago(100),
                                    observations="电话回访"))  # too old
    page = shown()
    assert page.charts is not None
    weekly = page.charts.weekly_values()
    assert len(weekly) == 13 and sum(weekly) == len(inside)
    assert weekly[-1] == sum(1 for d in inside if ago(d) >= TODAY - dt.timedelta(TODAY.weekday()))
    # One bar per category with clients, the biggest on top (drawn last).
    assert page.charts.category_values() == [1, 1, 2]
    labels = category_labels(page.charts.categories)
    assert labels[-1] == "农村留守儿童" and sorted(labels[:2]) == sorted(["特困人员", "残疾人"])
    assert page.charts.training_values() == [0, 48]  # by name: 覃海燕, 韦丽
    assert category_labels(page.charts.training) == ["覃海燕", "韦丽"]
    overdue = page.rules["visits_overdue"]
    assert overdue.light.level == "green"  # everyone was visited lately

    # A client never visited is overdue: the row counts her by category and leads to Today.
    register(ctx.db, "莫琼珍", "45012219800523002", "left_behind_woman")  # tells the page
    settle(qtbot, page)
    assert overdue.light.level == "amber" and overdue.detail.isVisible()
    assert "农村留守妇女" in overdue.detail.text()
    with qtbot.waitSignal(page.navigate) as went:
        overdue.button.click()
    assert went.args == ["today"]


def test_the_main_window_has_the_station_page(qtbot: QtBot, ready_db: Database) -> None:
    from app.ui.shell.main_window import MainWindow

    window = MainWindow(ready_db, "zh")
    qtbot.addWidget(window)
    page = window.findChild(StationPage)
    assert page is not None and page.charts is None  # Qt Charts wait for the first show
    QThreadPool.globalInstance().waitForDone(5000)


def test_a_warning_button_leads_to_the_sync_review(qtbot: QtBot, ctx: AppContext) -> None:
    from app.ui.shell.main_window import MainWindow

    window = MainWindow(ctx.db, "zh")
    qtbot.addWidget(window)
    window.show()
    window.pages["station"].navigate.emit("sync")
    sync = window.pages["sync"]
    assert window.stack.currentWidget() is sync
    assert sync.tabs.currentWidget() is sync.review_tab
    window.pages["station"].navigate.emit("today")
    assert window.stack.currentWidget() is window.pages["today"]
    QThreadPool.globalInstance().waitForDone()


def test_the_logs_read_again_only_for_their_own_tables(
        qtbot: QtBot, ctx: AppContext, behind: dict[str, str],
        shown: Callable[[], StationPage]) -> None:
    client_id = register(ctx.db, "莫琼珍", "45012219800523002", "left_behind_woman")
    page = shown()
    log_loads: list[object] = []
    page.logs.loaded.connect(lambda: log_loads.append(1))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        # the lights and charts follow a visit; the logs need not
        record_visit(ctx.db, VisitInput(client_id, TODAY, observations="电话回访"))
    settle(qtbot, page)
    assert log_loads == []
    with qtbot.waitSignal(page.logs.loaded, timeout=10_000):
        record_training(ctx.db, TrainingInput(behind["覃海燕"], TODAY, 6, topic="儿童保护"))
    settle(qtbot, page)
    assert any("儿童保护" in cell for row in rows(page.logs.training) for cell in row)
    QThreadPool.globalInstance().waitForDone()


def test_a_supervision_and_a_training_open_from_their_logs_are_corrected_with_history(
        qtbot: QtBot, ctx: AppContext, behind: dict[str, str],
        shown: Callable[[], StationPage], monkeypatch: pytest.MonkeyPatch) -> None:
    """Enter on a logged session opens it in its own form: 12 hours become 8 and the
    topics more precise; the lights and the log follow, and History lists the edit. A
    training is corrected the same way, its worker fixed."""
    from app.services.history import record_history
    from app.ui.kit.history import HistoryDialog

    page = shown()
    tab = page.logs.supervision
    qtbot.waitUntil(lambda: len(rows(tab)) == 1)
    tab.view.setFocus()
    tab.view.selectRow(0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    dialog = page.logs.dialog
    assert isinstance(dialog, SupervisionDialog) and dialog.session_id is not None
    assert (dialog.hours.value(), dialog.supervisor.currentText(),
            dialog.topics.toPlainText()) == (12, "黄志强", "个案督导")
    dialog.hours.setValue(99)  # refused next to the field, nothing written
    dialog.ok_button.click()
    assert dialog.errors.error("hours").isVisible() and page.logs.dialog is dialog
    dialog.hours.setValue(8)
    dialog.topics.setPlainText("困境儿童个案督导")
    dialog.ok_button.click()
    settle(qtbot, page)
    qtbot.waitUntil(lambda: rows(tab)[0][2] == "8")
    assert len(rows(tab)) == 1 and rows(tab)[0][4] == "困境儿童个案督导"
    session = supervision_log(ctx.db, *YEAR)[0]
    edits = {c.field: (c.old, c.new) for c in record_history(ctx.db, "supervision_session",
                                                              session.id, "zh")[1:]}
    assert edits["hours"] == ("12", "8") and edits["topics"][1] == "困境儿童个案督导"
    seen: list[HistoryDialog] = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda self: seen.append(self) or 0)
    tab.view.selectRow(0)
    tab.history_button.click()
    assert seen
    qtbot.waitUntil(lambda: seen[0].model.rowCount() >= 2)  # recorded, then corrected

    training = page.logs.training
    page.logs.tabs.setCurrentWidget(training)
    qtbot.waitUntil(lambda: len(rows(training)) == 1)
    training.view.setFocus()
    training.view.selectRow(0)
    qtbot.keyClick(training.view, Qt.Key.Key_Return)
    fix = page.logs.dialog
    assert isinstance(fix, TrainingDialog) and not fix.workers.isEnabled()
    assert fix.workers.ids() == [behind["韦丽"]] and fix.hours.value() == 48
    fix.hours.setValue(24)
    fix.ok_button.click()
    settle(qtbot, page)
    assert [r.hours for r in training_log(ctx.db, *YEAR)] == [24]
    assert "韦丽" in page.rules["training_behind"].text.text()  # 24 of her 48 hours


def test_the_register_of_volunteers_and_cadres_and_the_activity_form_that_uses_it(
        qtbot: QtBot, ctx: AppContext, shown: Callable[[], StationPage],
        language: Callable[[str], str]) -> None:
    """A village cadre added on the Station page is offered by name on an activity; the
    phone comes with the name, and the hours add up in the register."""
    from app.services.activities import get_activity
    from app.ui.activities.activity_form import ActivityFormDialog
    from app.ui.station.station_logs import HelperDialog

    language("zh")
    page = shown()
    tab = page.logs.helpers
    assert page.logs.tabs.tabText(page.logs.tabs.indexOf(tab)) == "志愿者与村干部"
    tab.add_button.click()
    dialog = page.logs.dialog
    assert isinstance(dialog, HelperDialog)
    dialog.name.setText("黄支书")
    dialog.kind.set_code("village_cadre")
    dialog.village.setText("那龙村")
    dialog.phone.setText("13907712345")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: rows(tab) == [["黄支书", "村（社区）干部", "那龙村", "13907712345",
                                           "0", "0", "0"]])

    form = ActivityFormDialog(ctx, None)
    qtbot.addWidget(form)
    form.show()
    form.title.setText("村民议事会")
    editor = form.volunteers
    completer = editor.name.completer()
    assert completer is not None
    completer.setCompletionPrefix("支书")  # any part of the name
    assert completer.currentCompletion() == "黄支书"
    completer.activated.emit("黄支书")  # as a click on the offered name
    assert editor.phone.text() == "13907712345"
    editor.name.setText("黄支书")
    editor.hours.setValue(2.5)
    editor.add()
    form.save_button.click()
    assert form.saved_id and get_activity(ctx.db, form.saved_id).volunteers[0].hours == 2.5
    qtbot.waitUntil(lambda: rows(tab)[0][4:] == ["2.5", "1", "0"], timeout=10_000)
    assert tab.total.text() == "共 1 人，全年 2.5 小时"


def test_a_cadre_ticked_on_a_visit_form_is_counted_in_the_register(
        qtbot: QtBot, ctx: AppContext, language: Callable[[str], str]) -> None:
    from categories import TBA
    from PySide6.QtWidgets import QLabel

    from app.services import visits
    from app.services.helpers import HelperInput, add_helper, helpers
    from app.ui.visits.visit_form import VisitFormDialog

    language("zh")
    client = register_client(ctx.db, ClientInput(name="覃秀兰", categories=TBA))
    empty = VisitFormDialog(ctx, client, None)
    qtbot.addWidget(empty)
    hint = empty.helpers.findChild(QLabel)
    assert hint is not None and "社工站 → 志愿者与村干部" in hint.text()
    empty.keeper.finish()
    cadre = add_helper(ctx.db, HelperInput("黄支书", "village_cadre", "那龙村"))
    form = VisitFormDialog(ctx, client, None)  # deletes itself once saved
    form.show()
    assert form.helpers.boxes[cadre].text() == "黄支书"
    form.helpers.boxes[cadre].setChecked(True)
    form.duration.setValue(60)
    form.observations.setPlainText("村干部陪同入户，核实住房情况")
    form.save_button.click()
    [saved] = visits.visits_of_client(ctx.db, client)
    assert visits.get_visit(ctx.db, saved.id).input.helper_ids == (cadre,)
    [row] = helpers(ctx.db)
    assert (row.visits, row.hours) == (1, 1.0)
