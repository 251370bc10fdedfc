"""The password in the window: set at the first start with the recovery key shown once,
asked to unlock, the window locked on Ctrl+L and when idle, changed in Settings, reset
with the recovery key, another person's own password. Real vaults, real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPdfWriter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from rawdb import TEST_PASSWORD

from app import vault
from app.config import load_config
from app.paths import Paths, resolve_paths
from app.services import Database
from app.ui.kit.access_dialogs import (
    ChangePasswordDialog,
    LoginDialog,
    RecoveryKeyDialog,
    ResetPasswordDialog,
    SetPasswordDialog,
)
from app.ui.shell.main_window import MainWindow


def press_ok(dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def problem(dialog: QDialog) -> str:
    label = dialog.findChild(QLabel, "problem")
    assert label is not None
    return label.text()


def test_the_first_start_sets_a_password_and_shows_the_recovery_key(
        qtbot: QtBot, tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "new")
    dialog = SetPasswordDialog(paths, "en")
    qtbot.addWidget(dialog)
    dialog.new.first.setText("1234")
    assert "Too short" in dialog.new.hint.text()
    dialog.new.first.setText("清水村的 password 7")
    assert dialog.new.hint.text() in ("Good.", "Strong.")
    dialog.new.again.setText("something else")
    press_ok(dialog)
    assert problem(dialog) == "The two passwords differ." and not vault.has_vault(paths.data)
    dialog.new.again.setText("清水村的 password 7")
    press_ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert vault.parse_recovery(dialog.recovery) is not None

    shown = RecoveryKeyDialog(dialog.recovery)
    qtbot.addWidget(shown)
    assert shown.findChild(QLabel, "recovery_key").text() == dialog.recovery
    assert not shown.ok.isEnabled()  # not before the person says it is written down
    shown.written.setChecked(True)
    assert shown.ok.isEnabled()
    printed = tmp_path / "key.pdf"
    shown.render_page(QPdfWriter(str(printed)))  # what 打印… sends to the printer
    text = PdfReader(printed).pages[0].extract_text()
    assert dialog.recovery in text
    vault.lock(paths.data)
    assert vault.unlock(paths.data, "清水村的 password 7").key


def test_a_weak_password_is_refused_with_its_reason(qtbot: QtBot, tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "new")
    dialog = SetPasswordDialog(paths, "zh")
    qtbot.addWidget(dialog)
    for text in ("12345678", "88888888", "abcdefgh"):
        dialog.new.first.setText(text)
        assert dialog.new.hint.text().startswith("弱")
    dialog.new.first.setText("short")
    dialog.new.again.setText("short")
    press_ok(dialog)
    assert problem(dialog).startswith("太短") and not vault.has_vault(paths.data)


def test_a_wrong_password_says_so_and_the_right_one_opens(qtbot: QtBot,
                                                          ui_paths: Paths,
                                                          fresh_db: Database) -> None:
    vault.lock(ui_paths.data)
    dialog = LoginDialog(ui_paths, "zh")
    qtbot.addWidget(dialog)
    dialog.password.setText("不是这个密码")
    press_ok(dialog)
    assert problem(dialog) == "密码错误，未打开任何数据。"
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.password.text() == ""
    assert vault.unlocked(ui_paths.data) is None
    dialog.password.setText(TEST_PASSWORD)
    press_ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert vault.unlocked(ui_paths.data) is not None


def window(qtbot: QtBot, db: Database) -> MainWindow:
    made = MainWindow(db, "en")
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def unlock_with(qtbot: QtBot, made: MainWindow, password: str) -> None:
    dialog = made.window_lock.dialog
    assert dialog is not None
    dialog.password.setText(password)
    press_ok(dialog)


def test_ctrl_l_locks_the_window_until_the_password(qtbot: QtBot, ready_db: Database) -> None:
    made = window(qtbot, ready_db)
    made.activateWindow()
    qtbot.waitUntil(made.isActiveWindow)
    qtbot.keyClick(made.focusWidget() or made, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert made.window_lock.locked and not made.centralWidget().isVisible()
    assert vault.unlocked(ready_db.paths.data) is None  # the key is forgotten meanwhile
    unlock_with(qtbot, made, "wrong password")
    assert made.window_lock.locked
    assert "wrong" in problem(made.window_lock.dialog)
    unlock_with(qtbot, made, TEST_PASSWORD)
    assert not made.window_lock.locked and made.centralWidget().isVisible()
    lock_button = made.statusBar().findChild(QPushButton, "lock")
    lock_button.click()
    assert made.window_lock.locked
    unlock_with(qtbot, made, TEST_PASSWORD)


def test_the_window_locks_by_itself_when_idle(qtbot: QtBot, ready_db: Database) -> None:
    made = window(qtbot, ready_db)
    assert made.window_lock.minutes == 10 and made.window_lock.idle.isActive()
    made.window_lock.idle.start(50)  # ten minutes, shortened for the test
    qtbot.waitUntil(lambda: made.window_lock.locked, timeout=3000)
    unlock_with(qtbot, made, TEST_PASSWORD)
    settings = made.pages["settings"]
    box = settings.findChild(QPushButton, "change_password").parent()
    box.minutes.setValue(0)
    assert load_config(ready_db.paths).lock_minutes == 0
    assert not made.window_lock.idle.isActive()  # never, as Settings says


def test_the_password_is_changed_in_settings(qtbot: QtBot, ready_db: Database,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    paths = ready_db.paths
    dialog = ChangePasswordDialog(paths, "en")
    qtbot.addWidget(dialog)
    dialog.old.setText("wrong password")
    dialog.new.first.setText("村里的新密码 2027")
    dialog.new.again.setText("村里的新密码 2027")
    press_ok(dialog)
    assert problem(dialog) == "The password is wrong. Nothing was opened."
    dialog.old.setText(TEST_PASSWORD)
    press_ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    vault.lock(paths.data)
    with pytest.raises(vault.WrongPassword):
        vault.unlock(paths.data, TEST_PASSWORD)
    assert vault.unlock(paths.data, "村里的新密码 2027").key == ready_db.key
    monkeypatch.setenv(vault.PASSWORD_VARIABLE, "村里的新密码 2027")


def test_a_forgotten_password_is_reset_with_the_recovery_key(qtbot: QtBot,
                                                              tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "d")
    recovery = vault.create(paths.data, "忘掉的密码 abc")
    key = vault.data_key(paths.data)
    vault.lock(paths.data)
    reset = ResetPasswordDialog(paths, "en")
    qtbot.addWidget(reset)
    reset.recovery.setText("wrong")
    reset.new.first.setText("记得住的密码 xyz")
    reset.new.again.setText("记得住的密码 xyz")
    press_ok(reset)
    assert "recovery key is wrong" in problem(reset)
    reset.recovery.setText(recovery.lower().replace("-", " "))
    press_ok(reset)
    assert reset.result() == QDialog.DialogCode.Accepted
    vault.lock(paths.data)
    assert vault.unlock(paths.data, "记得住的密码 xyz").key == key


def test_the_login_leads_to_the_reset(qtbot: QtBot, tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "d")
    vault.create(paths.data, "忘掉的密码 abc")
    vault.lock(paths.data)
    login = LoginDialog(paths, "en")
    qtbot.addWidget(login)
    seen: list[str] = []

    def close_reset() -> None:
        shown = QApplication.activeModalWidget()
        seen.append(type(shown).__name__)
        if shown is not None:
            shown.reject()

    QTimer.singleShot(50, close_reset)
    login.forgot.click()
    assert seen == ["ResetPasswordDialog"]
    assert login.result() != QDialog.DialogCode.Accepted  # closed without a reset
