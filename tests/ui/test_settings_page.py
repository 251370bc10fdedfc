"""Settings: visit intervals, language, the worker's profile, folders and this device."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from app.config import CONFIG_FILE, load_config
from app.services.client_list import workers
from app.services.devices import this_device
from app.services.settings import visit_intervals
from app.services.workers import current_worker_id
from app.ui.kit.context import AppContext
from app.ui.settings import settings_page
from app.ui.settings.settings_page import SettingsPage


def open_page(qtbot: QtBot, ctx: AppContext) -> SettingsPage:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1216, 740)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_orphan_visit_interval_is_saved(qtbot: QtBot, ctx: AppContext) -> None:
    page = open_page(qtbot, ctx)
    assert page.spins["orphan"].value() == 30
    assert page.spins["left_behind_elderly"].value() == 90
    page.spins["orphan"].setValue(20)
    with qtbot.waitSignal(ctx.data_changed):
        qtbot.mouseClick(page.intervals_button, Qt.MouseButton.LeftButton)
    assert visit_intervals(ctx.db)["orphan"] == 20
    assert visit_intervals(ctx.db)["extreme_poverty"] == 30
    assert open_page(qtbot, ctx).spins["orphan"].value() == 20  # read back, not remembered

    # "Restore defaults" puts the spin boxes back; saving makes it so.
    qtbot.mouseClick(page.defaults_button, Qt.MouseButton.LeftButton)
    assert page.spins["orphan"].value() == 30
    qtbot.mouseClick(page.intervals_button, Qt.MouseButton.LeftButton)
    assert visit_intervals(ctx.db)["orphan"] == 30


def test_switching_to_english_writes_the_config_and_asks_for_a_rebuild(
        qtbot: QtBot, ctx: AppContext) -> None:
    page = open_page(qtbot, ctx)
    assert page.zh.isChecked()
    page.en.setChecked(True)
    with qtbot.waitSignal(ctx.language_changed) as emitted:
        qtbot.mouseClick(page.language_button, Qt.MouseButton.LeftButton)
    assert emitted.args == ["en"]
    assert (ctx.paths.config / CONFIG_FILE).is_file()
    assert load_config(ctx.paths).language == "en"

    # Choosing the language already in use pins it without rebuilding the window.
    page.zh.setChecked(True)
    with qtbot.assertNotEmitted(ctx.language_changed):
        qtbot.mouseClick(page.language_button, Qt.MouseButton.LeftButton)
    assert load_config(ctx.paths).language == "zh"


def test_the_profile_update_is_saved(qtbot: QtBot, ctx: AppContext) -> None:
    page = open_page(qtbot, ctx)
    me = current_worker_id(ctx.db)
    assert page.name.text() == "韦丽"
    page.phone.setText("1390771234")  # a digit short
    qtbot.mouseClick(page.profile_button, Qt.MouseButton.LeftButton)
    assert "11位" in page.profile_errors.fields["phone"].text()
    assert next(w for w in workers(ctx.db) if w.id == me).phone is None

    page.name.setText("韦丽华")
    page.phone.setText("139 0771 2345")
    page.certification.set_code("assistant")
    qtbot.mouseClick(page.profile_button, Qt.MouseButton.LeftButton)
    assert not page.profile_errors.fields["phone"].isVisible()
    saved = next(w for w in workers(ctx.db) if w.id == me)
    assert (saved.name, saved.phone, saved.certification) == \
        ("韦丽华", "13907712345", "assistant")
    again = open_page(qtbot, ctx)
    assert again.phone.text() == "13907712345"
    assert again.certification.currentText() == "助理社会工作师"


def test_folders_and_this_device(qtbot: QtBot, ctx: AppContext, monkeypatch) -> None:
    opened: list[QUrl] = []

    class Desktop:
        @staticmethod
        def openUrl(url: QUrl) -> bool:
            opened.append(url)
            return True

    monkeypatch.setattr(settings_page, "QDesktopServices", Desktop)
    page = open_page(qtbot, ctx)
    paths = ctx.paths
    assert page.findChild(type(page.name), "path_database").text() == str(paths.database)
    for key in ("data", "database", "backups", "logs"):
        qtbot.mouseClick(page.folder_buttons[key], Qt.MouseButton.LeftButton)
    assert [Path(u.toLocalFile()) for u in opened] == \
        [paths.data, paths.data, paths.backups, paths.logs]
    assert paths.backups.is_dir()
    card = this_device(ctx.db)
    assert page.device_labels["id"].text() == card.device_id
    assert page.device_labels["station"].text() == "那龙镇社工站"
    assert page.device_labels["fingerprint"].text() == card.fingerprint
