"""The first start as a worker sees it: the set-up dialog, then the main window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from app.paths import Paths, resolve_paths
from app.services.devices import export_card, this_device
from app.services.setup import SetupInput, initialize
from app.store.database import Database
from app.ui.shell.first_run import FirstRunDialog
from app.ui.shell.main_window import PAGES, MainWindow

STATION = {"station": "那龙镇社工站", "county": "南宁市武鸣区", "township": "那龙镇",
           "device": "韦丽的电脑", "worker": "韦丽"}
NAV_ZH = ["今日待办(&T)", "服务对象(&C)", "个案(&E)", "走访记录(&V)", "活动(&A)", "社工站(&N)",
          "同步(&Y)", "报表(&R)", "设置(&S)"]
NAV_EN = ["&Today", "&Clients", "Cas&es", "&Visits", "&Activities", "Statio&n", "S&ync",
          "&Reports", "&Settings"]


def type_chinese(field: QLineEdit, text: str) -> None:
    """Chinese arrives through the input method, as a committed string (QTest's key
    clicks only know Latin-1 keys)."""
    field.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(field, event)


def open_dialog(qtbot: QtBot, db: Database, lang: str) -> FirstRunDialog:
    dialog = FirstRunDialog(lambda data: initialize(db, data), lang)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def open_main_window(qtbot: QtBot, db: Database, lang: str) -> MainWindow:
    window = MainWindow(db, lang)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def nothing_created(paths: Paths, db: Database) -> bool:
    """No key file, no device: not in this connection, nor for the next start."""
    keys = list(paths.keys.iterdir()) if paths.keys.exists() else []
    reopened = Database(paths)
    try:
        return not keys and not db.is_set_up and not reopened.is_set_up
    finally:
        reopened.close()


def test_empty_station_shows_the_error_next_to_the_field_and_creates_nothing(
        qtbot: QtBot, fresh_db: Database, ui_paths: Paths,
        language: Callable[[str], str]) -> None:
    language("zh")
    dialog = open_dialog(qtbot, fresh_db, "zh")
    for key, text in STATION.items():
        if key != "station":
            dialog.inputs[key].setText(text)

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    error = dialog.errors["station"]
    assert error.isVisible()
    assert error.text() == "请填写社工站名称。"
    assert all(not label.isVisible() for key, label in dialog.errors.items()
               if key != "station")
    # Right under the station field, aligned with it, above the next field.
    station, county = dialog.station.geometry(), dialog.county.geometry()
    below = error.geometry()
    assert below.left() == station.left()
    assert station.bottom() < below.top() < county.top()
    assert dialog.focusWidget() is dialog.station
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert nothing_created(ui_paths, fresh_db)


def test_set_up_in_chinese_then_the_main_window_works(
        qtbot: QtBot, fresh_db: Database, language: Callable[[str], str]) -> None:
    language("zh")
    dialog = open_dialog(qtbot, fresh_db, "zh")
    assert dialog.windowTitle() == "欢迎使用社工站助手"
    for key, text in STATION.items():
        type_chinese(dialog.inputs[key], text)
        assert dialog.inputs[key].text() == text

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert fresh_db.is_set_up
    assert this_device(fresh_db).station_name == "那龙镇社工站"

    window = open_main_window(qtbot, fresh_db, "zh")
    assert window.windowTitle() == "社工站助手"
    assert [window.buttons[key].text() for key in PAGES] == NAV_ZH
    assert window.stack.currentWidget() is window.pages["today"]
    for key in (*PAGES[1:], PAGES[0]):  # every page, ending where it began
        qtbot.mouseClick(window.buttons[key], Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is window.pages[key]
        assert window.buttons[key].isChecked()
        title = window.pages[key].title.text()
        assert title and "&" not in title and "(" not in title

    window.load_overview()
    qtbot.waitUntil(lambda: "那龙镇社工站" in window.statusBar().currentMessage())
    message = window.statusBar().currentMessage()
    assert "南宁市武鸣区那龙镇" in message
    assert "服务对象 0 人" in message


def test_main_window_is_english_after_install_language_en(
        qtbot: QtBot, fresh_db: Database, language: Callable[[str], str]) -> None:
    initialize(fresh_db, SetupInput(**STATION))
    language("zh")
    language("en")  # switching back must really remove the Chinese translator

    window = open_main_window(qtbot, fresh_db, "en")

    assert window.windowTitle() == "Shegong — social-work station assistant"
    assert [window.buttons[key].text() for key in PAGES] == NAV_EN
    assert window.pages["clients"].title.text() == "Clients"
    window.load_overview()
    qtbot.waitUntil(lambda: "clients" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage().startswith("那龙镇社工站 · 南宁市武鸣区 那龙镇")


def test_join_a_station_with_the_heads_card(qtbot: QtBot, fresh_db: Database,
                                            ui_paths: Paths, tmp_path: Path,
                                            language: Callable[[str], str]) -> None:
    language("zh")
    head = Database(resolve_paths(tmp_path / "head"))
    try:
        initialize(head, SetupInput(station="那龙镇社工站", county="南宁市武鸣区",
                                    township="那龙镇", device="站长的电脑", worker="黄海燕"))
        card = export_card(head, tmp_path / "站长.card")
        head_station = this_device(head).station_id
    finally:
        head.close()
    dialog = open_dialog(qtbot, fresh_db, "zh")
    dialog.join.click()
    assert not dialog.station.isVisible() and dialog.card_button.isVisible()
    type_chinese(dialog.inputs["device"], "韦丽的电脑")
    type_chinese(dialog.inputs["worker"], "韦丽")

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no card chosen yet
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "站长的设备名片" in dialog.errors["card"].text()
    assert nothing_created(ui_paths, fresh_db)

    dialog.set_card(card)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    me = this_device(fresh_db)
    assert (me.station_id, me.station_name, me.role) == (head_station, "那龙镇社工站", "worker")
