"""Starting the window: language, database (or a sentence why not), first run, main window."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from app.config import load_config
from app.errors import ShegongError
from app.logs import setup_logging
from app.paths import Paths

if TYPE_CHECKING:  # the window module imports Qt; start-up imports it only when needed
    from app.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)


def run_gui(paths: Paths) -> int:
    from PySide6.QtWidgets import QApplication

    from app.ui.kit.i18n import install_language, system_language
    from app.ui.kit.style import apply_style
    from app.ui.shell.crash import CrashReporter

    setup_logging(paths)  # where it cannot log, opening the data says why
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Shegong")
    apply_style(app)
    lang = install_language(load_config(paths).language or system_language())
    crash = CrashReporter(str(paths.logs))
    crash.install()
    from app.ui.shell.rail import StartupShell

    # Paint the shell first; the storage stack loads while the person already sees it.
    startup = StartupShell()
    startup.show()
    app.processEvents()
    try:
        window = open_main_window(paths, lang)
    except ShegongError as err:
        window = _after_failure(err, paths, lang)
        if window is None:
            startup.close()
            return 2
    if window is None:
        startup.close()
        return 0
    window.setGeometry(startup.geometry())
    shell = Shell(window)
    shell.show(window)
    startup.close()
    code = app.exec()
    shell.window.db.close()
    del crash
    return code


def _after_failure(err: ShegongError, paths: Paths, lang: str) -> MainWindow | None:
    """A start that failed: a damaged database offers its newest good backup and starts
    again on it; anything else is said, and the start ends."""
    from app.services.backup import damaged_backup
    from app.ui.kit.restore_offer import offer_restore

    if damaged_backup(err) is None:
        _cannot_start(err, lang)
        return None
    if not offer_restore(None, err, paths, lang):
        return None
    try:
        return open_main_window(paths, lang)
    except ShegongError as again:
        _cannot_start(again, lang)
        return None


def _cannot_start(err: ShegongError, lang: str) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, QCoreApplication.translate("main", "Shegong cannot start"),
                         err.text(lang))


class Shell:
    """Owns the one main window; rebuilds it in the other language when Settings asks."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def show(self, window: MainWindow) -> None:
        self.window = window
        window.ctx.language_changed.connect(self.switch_language)
        window.restart_wanted.connect(self.restart)
        window.show()
        window.load_overview()
        from PySide6.QtCore import QTimer

        QTimer.singleShot(300, window.warm_up)
        from app.ui.kit.drafts import offer_drafts

        warn_about_clock(window)
        offer_drafts(window.ctx, window)
        # Tied to the window: dropped if it is gone by then (a language switch rebuilds it).
        QTimer.singleShot(5000, window, lambda: check_in_background(window))

    def restart(self) -> None:
        """After a restore: the window again, on the restored database."""
        old = self.window
        paths = old.db.paths
        try:
            new = open_main_window(paths, old.lang)
        except ShegongError as err:
            new = _after_failure(err, paths, old.lang)
        old.hide()
        old.deleteLater()
        if new is None:
            from PySide6.QtWidgets import QApplication

            QApplication.quit()
            return
        new.setGeometry(old.geometry())
        self.show(new)

    def switch_language(self, lang: str) -> None:
        from app.ui.kit.i18n import install_language
        from app.ui.shell.main_window import MainWindow

        install_language(lang)
        old = self.window
        new = MainWindow(old.db, lang)
        new.setGeometry(old.geometry())
        self.show(new)
        new.show_page("settings")
        old.hide()
        old.deleteLater()


def open_main_window(paths: Paths, lang: str) -> MainWindow | None:
    """Open the database (set it up on first run) and build the main window."""
    from PySide6.QtWidgets import QDialog

    from app.services import open_database
    from app.services.setup import initialize
    from app.ui.shell.first_run import FirstRunDialog
    from app.ui.shell.main_window import MainWindow

    if not unlock_at_start(paths, lang):
        return None
    db = open_database(paths)
    if not db.is_set_up:
        dialog = FirstRunDialog(lambda data: initialize(db, data), lang)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            db.close()
            return None
    return MainWindow(db, lang)


def unlock_at_start(paths: Paths, lang: str) -> bool:
    """The password asked (or, the first time, set, with the recovery key shown once)
    before the data opens; False when the person closed the dialog."""
    from PySide6.QtWidgets import QDialog

    from app.services import access
    from app.ui.kit.access_dialogs import LoginDialog, RecoveryKeyDialog, SetPasswordDialog

    if access.is_unlocked(paths):
        return True
    if access.has_password(paths):
        return LoginDialog(paths, lang).exec() == QDialog.DialogCode.Accepted
    setting = SetPasswordDialog(paths, lang, converting=paths.database.exists())
    if setting.exec() != QDialog.DialogCode.Accepted:
        return False
    RecoveryKeyDialog(setting.recovery).exec()
    return True


def warn_about_clock(window: MainWindow) -> None:
    """Village laptops often have wrong dates: say so once, at start-up, when the system
    clock is earlier than this laptop's newest record, or jumped far past it. The
    decision is `startup_clock_check`'s; this only shows it."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from app.services.clocks import startup_clock_check
    from app.ui.kit.i18n import arg

    check = startup_clock_check(window.db)
    if check is None:
        return
    if check.kind == "jumped":
        text = arg(QCoreApplication.translate(
            "main", "The computer's date jumped %1 days ahead of the newest record on this "
            "laptop. Check it before recording anything: records saved now would carry that "
            "date."), check.days)
    elif check.repairable:
        text = arg(QCoreApplication.translate(
            "main", "The computer's clock is behind the newest record on this laptop by %1 "
            "days; check the date. If the date is right now, the records written while it "
            "was wrong are dated ahead: use ‘Repair clock’ on the Sync page."), check.days)
    else:
        text = arg(QCoreApplication.translate(
            "main", "The computer's clock is behind the newest record on this laptop by %1 "
            "hours; check the date and time."), check.hours)
    QMessageBox.warning(window, QCoreApplication.translate("main", "Check the computer's date"),
                        text)


def check_in_background(window: MainWindow) -> None:
    """Once a day, the database read back whole on a worker thread; a damaged one is
    said at once, with the newest good backup (app.services.integrity)."""
    from app.services.integrity import daily_check
    from app.ui.kit.jobs import run_job

    db = window.db
    if db.is_open and window.isVisible():  # all of it off the UI thread
        run_job(lambda: daily_check(db), window.show_damage, window.show_damage)
