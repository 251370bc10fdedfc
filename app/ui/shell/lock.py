"""Locking the window: on Ctrl+L, from the status bar, or after some minutes without a
key pressed or the mouse moved (Settings). A locked window hides every record and asks
for the password again (app.ui.kit.access_dialogs.LoginDialog); its data key is
forgotten by app.vault until then. What is being typed stays in its form (and its
draft) under the lock."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

from app.config import load_config
from app.services import access
from app.ui.kit.access_dialogs import LoginDialog
from app.ui.kit.context import AppContext

_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                       QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin})


class WindowLock(QObject):
    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.dialog: LoginDialog | None = None
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self.set_minutes(load_config(ctx.paths).lock_minutes)
        ctx.lock_minutes_changed.connect(self.set_minutes)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        if minutes > 0:
            self.idle.start(minutes * 60_000)
        else:
            self.idle.stop()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.locked and self.minutes > 0:
            self.idle.start()
        return False

    def lock(self) -> None:
        if self.locked or not access.has_password(self.ctx.paths):
            return
        access.lock(self.ctx.paths)
        self._show_pages(False)
        dialog = self.dialog = LoginDialog(self.ctx.paths, self.ctx.lang, locked=True,
                                           parent=self.window)
        dialog.finished.connect(self._finished)
        dialog.open()

    def _finished(self, result: int) -> None:
        self.dialog = None
        if result != QDialog.DialogCode.Accepted:
            self.window.close()
            return
        self._show_pages(True)
        self.set_minutes(self.minutes)

    def _show_pages(self, shown: bool) -> None:
        central = self.window.centralWidget()
        if central is not None:
            central.setVisible(shown)
        self.window.statusBar().setVisible(shown)
