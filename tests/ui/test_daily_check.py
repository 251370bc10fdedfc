"""The daily check in the window: a database damaged on disk is said in a message that
names the newest good backup (the window not shown, so no page reads the damaged file
meanwhile: the check's own finding is what is tested)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from categories import TBA
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.models import Client
from app.services.backup import backup
from app.services.clients import ClientInput, register_client
from app.services.integrity import daily_check
from app.store.database import Database
from app.ui.shell.main_window import MainWindow


def damage(path: Path) -> None:
    """Ten pages in the middle of the file overwritten, as a failing disk does."""
    data = bytearray(path.read_bytes())
    for page in range(len(data) // 3, len(data) // 3 + 4096 * 10, 4096):
        data[page + 100:page + 600] = b"\x55" * 500
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_said_with_its_backup(
        qtbot: QtBot, ready_db: Database, language: Callable[[str], str]) -> None:
    language("zh")
    for n in range(60):
        register_client(ready_db, ClientInput(name=f"韦秀英{n}", gender="female",
                                              categories=TBA, notes="屋顶漏雨。" * 40))
    kept = backup(ready_db)
    window = MainWindow(ready_db, "zh")
    qtbot.addWidget(window)
    damage(ready_db.paths.database)
    said: list[str] = []

    def answer_when_shown() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(box.text())
            box.accept()
        elif not said:
            QTimer.singleShot(50, answer_when_shown)

    QTimer.singleShot(50, answer_when_shown)
    window.show_damage(daily_check(ready_db))
    assert said and "已损坏" in said[0] and kept.name in said[0] and "SELECT" not in said[0]
    window.show_damage(None)  # a whole database: nothing shown
    assert len(said) == 1


def test_a_whole_database_is_checked_once_a_day_in_the_background(
        qtbot: QtBot, ready_db: Database) -> None:
    from app.services.integrity import CHECKED_ON, check_due
    from app.ui.main import check_in_background

    window = MainWindow(ready_db, "zh")
    qtbot.addWidget(window)
    window.show()
    assert check_due(ready_db)
    check_in_background(window)
    qtbot.waitUntil(lambda: (ready_db.paths.data / CHECKED_ON).exists(), timeout=20_000)
    assert not check_due(ready_db)


def test_the_newest_good_backup_is_restored_from_the_message(
        qtbot: QtBot, ready_db: Database) -> None:
    for n in range(60):
        register_client(ready_db, ClientInput(name=f"覃秀兰{n}", gender="female",
                                              categories=TBA, notes="屋顶漏雨。" * 40))
    backup(ready_db)
    window = MainWindow(ready_db, "en")
    qtbot.addWidget(window)
    damage(ready_db.paths.database)
    found = daily_check(ready_db)
    pressed: list[str] = []

    def restore_when_shown() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "damaged":
            button = next(b for b in box.buttons() if b.text() == "Restore this backup")
            pressed.append(box.informativeText())
            button.click()
        elif not pressed:
            QTimer.singleShot(50, restore_when_shown)

    QTimer.singleShot(50, restore_when_shown)
    with qtbot.waitSignal(window.restart_wanted, timeout=10_000):
        window.show_damage(found)
    assert pressed and "kept in the backups folder" in pressed[0]
    assert not ready_db.is_open  # closed before its file was replaced
    assert list(ready_db.paths.backups.glob("*-damaged.db"))
    reopened = Database(ready_db.paths)
    try:
        assert daily_check(reopened) is None
        with reopened.read() as s:
            assert s.query(Client).count() == 60
    finally:
        reopened.close()
