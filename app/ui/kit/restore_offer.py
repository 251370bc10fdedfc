"""A damaged database met in the window (at the start, or by the daily check): the
newest good backup offered, restored at a click. The damaged file is kept aside in the
backups folder (app.services.backup.restore), and the window starts again on the
restored one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import ShegongError
from app.paths import Paths
from app.services.backup import damaged_backup, restore


def offer_restore(parent: QWidget | None, err: ShegongError, paths: Paths, lang: str,
                  close_data: Callable[[], None] = lambda: None) -> bool:
    """Say what is damaged; when a good backup exists, offer it. True when the person
    chose to restore: the open database was closed first (`close_data`), so the window
    must start again, on the restored file or, if the restore was refused, with its
    sentence said."""
    backup = damaged_backup(err)
    title = QCoreApplication.translate("restore", "The data is damaged")
    if backup is None:
        QMessageBox.critical(parent, title, err.text(lang))
        return False
    box = QMessageBox(QMessageBox.Icon.Critical, title, err.text(lang),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("damaged")
    restoring = box.addButton(QCoreApplication.translate(
        "restore", "Restore this backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("restore", "Not now"),
                  QMessageBox.ButtonRole.RejectRole)
    box.setInformativeText(QCoreApplication.translate(
        "restore", "What was saved after the backup is lost on this laptop; what was sent "
        "in bundles comes back from the other laptops. The damaged file is kept in the "
        "backups folder."))
    box.exec()
    if box.clickedButton() is not restoring:
        return False
    close_data()
    try:
        restore(paths, backup)
    except ShegongError as refused:
        QMessageBox.critical(parent, title, refused.text(lang))
    return True
