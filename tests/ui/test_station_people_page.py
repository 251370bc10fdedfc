"""The station's people on the Station page, as the head keeps them: 韦丽 and 黄海燕
added through the dialog, a certification corrected, one of them deactivated and shown
so, refusals next to their field; and a training three workers attended, entered once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.people import PersonInput, add_person, station_people
from app.services.station import training_log
from app.store.database import Database
from app.ui.kit.context import AppContext
from app.ui.kit.palette import GREY
from app.ui.station.station_logs import TrainingDialog
from app.ui.station.station_page import StationPage
from app.ui.station.station_people import PersonDialog, StationPeople

TODAY = dt.date.today()
YEAR = (dt.date(TODAY.year, 1, 1), dt.date(TODAY.year, 12, 31))


@pytest.fixture
def head(fresh_db: Database, qapp: QApplication) -> Iterator[AppContext]:
    """The head's laptop: station 那龙镇社工站, founded by its head 覃丽梅."""
    from app.services.setup import SetupInput, initialize
    from app.ui.shell.features import make_context

    initialize(fresh_db, SetupInput(station="那龙镇社工站", county="南宁市武鸣区",
                                    township="那龙镇", device="站长的电脑", worker="覃丽梅",
                                    role="head"))
    context = make_context(fresh_db, "zh")
    yield context
    for widget in list(context._open):
        widget.close()


@pytest.fixture
def page(qtbot: QtBot, head: AppContext,
         language: Callable[[str], str]) -> Iterator[StationPage]:
    language("zh")
    shown = StationPage(head)
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    settle(qtbot, shown)
    yield shown
    QThreadPool.globalInstance().waitForDone(5000)


def settle(qtbot: QtBot, page: StationPage) -> None:
    qtbot.waitUntil(lambda: page.data is not None and not page.is_busy(), timeout=10_000)


def table(people: StationPeople) -> dict[str, list[str]]:
    model = people.view.model()
    return {model.data(model.index(r, 0)): [model.data(model.index(r, c))
                                            for c in range(1, model.columnCount())]
            for r in range(model.rowCount())}


def choose(people: StationPeople, name: str) -> None:
    model = people.view.model()
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == name)
    people.view.selectRow(row)


def fill(dialog: PersonDialog, name: str, role: str = "worker", certification: str = "none",
         phone: str = "") -> None:
    dialog.name.setText(name)
    dialog.role.set_code(role)
    dialog.certification.set_code(certification)
    dialog.phone.setText(phone)


def test_the_head_adds_edits_and_deactivates_people(
        qtbot: QtBot, head: AppContext, page: StationPage, qtmodeltester) -> None:
    people = page.people
    assert table(people) == {"覃丽梅": ["站长", "无", "", "在岗（本机）"]}
    choose(people, "覃丽梅")
    assert people.edit_button.isEnabled() and not people.active_button.isEnabled()

    people.add_button.click()
    dialog = people.dialog
    assert isinstance(dialog, PersonDialog)
    assert [dialog.role.itemData(i) for i in range(dialog.role.count())] == \
        ["worker", "head", "supervisor"]  # the county office is no station's person
    fill(dialog, "韦丽", "worker", "assistant", "138-1234-5678")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "韦丽" in table(people))
    assert people.dialog is None and "韦丽已保存" in people.done.text()

    people.add_button.click()
    dialog = people.dialog
    assert isinstance(dialog, PersonDialog)
    fill(dialog, "黄海燕", phone="1390000111")  # a digit short
    dialog.ok_button.click()
    assert dialog.errors.error("phone").isVisible()
    assert "11位" in dialog.errors.error("phone").text()
    fill(dialog, " ")
    dialog.ok_button.click()
    assert dialog.errors.error("name").text() == "请填写姓名。" and dialog.isVisible()
    assert [p.name for p in station_people(head.db)] == ["覃丽梅", "韦丽"]  # nothing written
    fill(dialog, "黄海燕", phone="13900001111")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "黄海燕" in table(people))
    assert table(people) == {"覃丽梅": ["站长", "无", "", "在岗（本机）"],
                             "韦丽": ["社工", "助理社会工作师", "13812345678", "在岗"],
                             "黄海燕": ["社工", "无", "13900001111", "在岗"]}
    assert people.total.text() == "在岗 3 人，停用 0 人"

    choose(people, "黄海燕")  # the certification she passed last year
    people.edit_button.click()
    dialog = people.dialog
    assert isinstance(dialog, PersonDialog) and dialog.name.text() == "黄海燕"
    assert dialog.windowTitle() == "编辑 黄海燕"
    dialog.certification.set_code("social_worker")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: table(people)["黄海燕"][1] == "社会工作师")

    choose(people, "韦丽")
    assert people.active_button.text() == "停用(&D)"
    people.active_button.click()
    qtbot.waitUntil(lambda: table(people)["韦丽"][3] == "停用")
    assert list(table(people)) == ["覃丽梅", "黄海燕", "韦丽"]  # inactive people last
    model = people.view.model()
    assert model.data(model.index(2, 0), Qt.ItemDataRole.ForegroundRole) == QColor(GREY)
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert people.total.text() == "在岗 2 人，停用 1 人"
    assert people.chosen() is not None and people.chosen().name == "韦丽"  # still chosen
    assert people.active_button.text() == "重新启用(&R)"
    training = TrainingDialog(head)
    qtbot.addWidget(training)
    assert [box.text() for box in training.workers.boxes.values()] == ["覃丽梅", "黄海燕"]
    qtmodeltester.check(people.model)

    people.active_button.click()  # she came back
    qtbot.waitUntil(lambda: table(people)["韦丽"][3] == "在岗")
    settle(qtbot, page)


def test_a_training_three_workers_attended_is_entered_once(
        qtbot: QtBot, head: AppContext, page: StationPage) -> None:
    ids = {name: add_person(head.db, PersonInput(name))
           for name in ("韦丽", "黄海燕", "覃海燕")}
    settle(qtbot, page)
    page.logs.add_training()
    dialog = page.logs.dialog
    assert isinstance(dialog, TrainingDialog)
    assert dialog.workers.ids() == []
    dialog.topic.setText("儿童保护政策")
    dialog.ok_button.click()  # nobody ticked
    assert dialog.errors.error("workers").text() == "请至少勾选一名参加培训的社工。"
    assert training_log(head.db, *YEAR) == []
    for name in ("韦丽", "黄海燕", "覃海燕"):
        dialog.workers.boxes[ids[name]].setChecked(True)
    assert not dialog.certificate.isEnabled()  # one worker's number, not three
    dialog.hours.setValue(12)
    dialog.mode.set_code("online")
    dialog.provider.setText("南宁市社会工作协会")
    dialog.ok_button.click()
    settle(qtbot, page)
    assert page.logs.dialog is None
    qtbot.waitUntil(lambda: page.logs.training.model.rowCount() == 3)
    rows = page.logs.training.model.rows
    assert sorted(r.worker for r in rows) == ["覃海燕", "韦丽", "黄海燕"]
    assert {(r.hours, r.mode, r.topic, r.provider, r.certificate) for r in rows} == \
        {(12.0, "online", "儿童保护政策", "南宁市社会工作协会", "")}
    assert page.logs.training.total.text() == "共 3 次培训，36 小时"
    assert page.data is not None
    hours = {t.name: t.hours for t in page.data.training}
    assert hours == {"覃丽梅": 0, "韦丽": 12, "黄海燕": 12, "覃海燕": 12}
    assert page.charts is not None and sorted(page.charts.training_values()) == [0, 12, 12, 12]
