"""A worker's first morning, through the real widgets: set up the laptop, register a
child through the client form, find her by pinyin initials, record a home visit from her
page, see it in her timeline, and see the follow-up on Today on the day it falls due."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_first_run import STATION, type_chinese

from app.models.validation import id_check_digit
from app.services.setup import initialize
from app.store.database import Database
from app.ui.clients.client_detail import ClientDetailDialog
from app.ui.clients.client_form import ClientFormDialog
from app.ui.shell.first_run import FirstRunDialog
from app.ui.shell.main_window import MainWindow
from app.ui.visits.visit_form import VisitFormDialog

TODAY = dt.date.today()


def test_first_morning(qtbot: QtBot, fresh_db: Database, qapp: QApplication,
                       language: Callable[[str], str]) -> None:
    language("zh")
    # 1. First run: the station, typed in Chinese, through the real OK button.
    first = FirstRunDialog(lambda data: initialize(fresh_db, data), "zh")
    qtbot.addWidget(first)
    for key, text in STATION.items():
        type_chinese(first.inputs[key], text)
    qtbot.mouseClick(first.ok_button, Qt.MouseButton.LeftButton)
    assert fresh_db.is_set_up

    window = MainWindow(fresh_db, "zh")
    qtbot.addWidget(window)
    window.show()
    ctx = window.ctx

    # 2. Register a left-behind girl through the client form (the Ctrl+N dialog).
    first17 = "45011020150603012"  # born 2015-06-03; the even 17th digit: a girl
    number = first17 + id_check_digit(first17)
    form = ClientFormDialog(ctx, None, window)
    qtbot.addWidget(form)
    type_chinese(form.name, "张晓梅")
    form.id_number.setText(number)
    form.id_number.editingFinished.emit()
    form.village.setCurrentText("那龙村")
    form.categories.boxes["left_behind_child"].setChecked(True)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.saved_id, form.general.text()
    client_id = form.saved_id

    # 3. Find her on the Clients page by pinyin initials, and open her with Enter.
    window.show_page("clients")
    clients = window.pages["clients"]
    with qtbot.waitSignal(clients.results_applied, timeout=5000):
        clients.search_box.setText("zxm")
    qtbot.waitUntil(lambda: not clients.is_busy())
    assert clients.model.ids == [client_id]
    clients.table.setCurrentIndex(clients.model.index(0, 0))
    opened: list[ClientDetailDialog] = []
    real_open = ctx.open_client
    ctx.open_client = lambda cid: opened.append(real_open(cid)) or opened[-1]  # type: ignore[method-assign]
    qtbot.keyClick(clients.table, Qt.Key.Key_Return)
    assert len(opened) == 1
    detail = opened[0]
    qtbot.addWidget(detail)

    # 4. Record a home visit from her page.
    qtbot.mouseClick(detail.visit_button, Qt.MouseButton.LeftButton)
    visit = next(w for w in ctx._open if isinstance(w, VisitFormDialog))
    qtbot.addWidget(visit)
    visit.observations.setPlainText("屋里很乱，和她一起打扫，约好下周参加村里活动")
    visit.needs["emotional"].set_level("high")
    due = visit.followup.value()
    assert due == TODAY + dt.timedelta(days=30)  # left-behind children: every 30 days
    qtbot.mouseClick(visit.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not visit.isVisible())

    # 5. The visit is in her timeline, newest first.
    qtbot.waitUntil(lambda: detail.timeline.topLevelItemCount() > 0)
    top = detail.timeline.topLevelItem(0)
    assert f"{TODAY.year}年{TODAY.month}月{TODAY.day}日" == top.text(0)
    assert "和她一起打扫" in " ".join(top.text(i) for i in range(top.columnCount()))

    # 6. On the day it falls due, Today lists her follow-up.
    today = window.pages["today"]
    today.today = due - dt.timedelta(days=1)
    window.show_page("today")
    today.refresh()
    qtbot.waitUntil(lambda: not today.loading)
    assert client_id not in [r.client_id for r in today.followups.model.rows]
    today.today = due
    today.refresh()
    qtbot.waitUntil(lambda: not today.loading)
    assert [r.client_id for r in today.followups.model.rows] == [client_id]
    window.close()


def test_switching_language_rebuilds_the_window_in_english_and_back(
        qtbot: QtBot, ready_db: Database, language: Callable[[str], str]) -> None:
    from app.ui.main import Shell

    language("zh")
    window = MainWindow(ready_db, "zh")
    qtbot.addWidget(window)
    shell = Shell(window)
    shell.show(window)
    assert window.buttons["clients"].text() == "服务对象(&C)"
    settings = window.pages["settings"]
    window.show_page("settings")
    window.ctx.language_changed.emit("en")  # what Settings' "use this language" emits
    english = shell.window
    qtbot.addWidget(english)
    assert english is not window
    assert english.buttons["clients"].text() == "&Clients"
    assert english.stack.currentWidget() is english.pages["settings"]
    english.ctx.language_changed.emit("zh")
    chinese = shell.window
    qtbot.addWidget(chinese)
    assert chinese.buttons["clients"].text() == "服务对象(&C)"
    assert settings is not chinese.pages["settings"]
    chinese.close()
