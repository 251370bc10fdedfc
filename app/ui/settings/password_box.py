"""Settings → Password and lock: change the password, add a person who uses this laptop
with a password of their own, and how long the window waits before it locks."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from app.config import load_config, save_config
from app.ui.kit.access_dialogs import AddLoginDialog, ChangePasswordDialog
from app.ui.kit.context import AppContext
from app.ui.kit.i18n import arg
from app.ui.kit.widgets import done_label


class PasswordBox(QGroupBox):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setTitle(self.tr("Password and lock"))
        self.ctx = ctx
        intro = QLabel(self.tr("The records on this laptop are encrypted; the password opens "
                               "them. The window locks by itself when nobody uses it, and at "
                               "once with Ctrl+L."))
        intro.setWordWrap(True)
        self.change = QPushButton(self.tr("Change the password…"))
        self.change.setObjectName("change_password")
        self.change.clicked.connect(self.change_password)
        self.add = QPushButton(self.tr("Add a person who uses this laptop…"))
        self.add.setObjectName("add_login")
        self.add.clicked.connect(self.add_login)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("lock_minutes")
        self.minutes.setRange(0, 240)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setSpecialValueText(self.tr("never"))
        self.minutes.setValue(load_config(ctx.paths).lock_minutes)
        self.minutes.valueChanged.connect(self.save_minutes)
        self.note = done_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.change)
        buttons.addWidget(self.add)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Lock after")))
        row.addWidget(self.minutes)
        row.addStretch(1)
        row.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addLayout(row)

    def change_password(self) -> bool:
        dialog = ChangePasswordDialog(self.ctx.paths, self.ctx.lang, self)
        done = bool(dialog.exec())
        if done:
            self.note.setText(self.tr("Password changed."))
        return done

    def add_login(self) -> bool:
        dialog = AddLoginDialog(self.ctx.paths, self.ctx.lang, self)
        done = bool(dialog.exec())
        if done:
            self.note.setText(arg(self.tr("Added: %1 has a password of their own."),
                                  dialog.name.text().strip()))
        return done

    def save_minutes(self, minutes: int) -> None:
        config = load_config(self.ctx.paths)
        config.lock_minutes = minutes
        save_config(self.ctx.paths, config)
        self.ctx.lock_minutes_changed.emit(minutes)
        self.note.setText(self.tr("Saved."))
