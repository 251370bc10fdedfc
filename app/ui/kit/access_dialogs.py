"""The password of this laptop's data, in the window: set at the first start (with the
recovery key shown once), asked at each start and when the window is locked, changed in
Settings, reset with the recovery key. All of it goes through app.services.access."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPagedPaintDevice, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShegongError
from app.paths import Paths
from app.services import access
from app.ui.kit.style import set_role


def password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setObjectName(name)
    field.setMinimumWidth(260)
    return field


def _problem_label() -> QLabel:
    label = QLabel()
    label.setObjectName("problem")
    label.setWordWrap(True)
    set_role(label, "danger")
    return label


class NewPassword(QWidget):
    """A new password typed twice, with a hint of its strength as it is typed."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.first = password_field("new_password")
        self.again = password_field("new_password_again")
        self.hint = QLabel()
        self.hint.setObjectName("strength")
        self.hint.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("New password"), self.first)
        form.addRow(self.tr("The same again"), self.again)
        form.addRow("", self.hint)
        self.first.textChanged.connect(self._rate)
        self._rate("")

    def _rate(self, text: str) -> None:
        found = access.strength(text)
        set_role(self.hint, ("danger", "danger", "muted", "ok", "ok")[found.score])
        self.hint.setText(found.zh if self.lang == "zh" else found.en)

    def value(self) -> str:
        """The password, or a ShegongError saying what is wrong with it."""
        text = self.first.text()
        if text != self.again.text():
            raise ShegongError("The two passwords differ.", "两次输入的密码不一致。")
        if access.strength(text).score == 0:
            found = access.strength(text)
            raise ShegongError(found.en, found.zh)
        return text


class _AccessDialog(QDialog):
    """A form, a line for what went wrong, OK and Cancel."""

    def __init__(self, paths: Paths, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths, self.lang = paths, lang
        self.problem = _problem_label()
        self.layout_ = QVBoxLayout(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self, *widgets: QWidget) -> None:
        for widget in widgets:
            self.layout_.addWidget(widget)
        self.layout_.addWidget(self.problem)
        self.layout_.addWidget(self.buttons)

    def try_accept(self) -> None:
        try:
            self.submit()
        except ShegongError as err:
            self.problem.setText(err.text(self.lang))
            return
        self.accept()

    def submit(self) -> None:
        raise NotImplementedError


def _one_row(label: str, field: QWidget) -> QWidget:
    host = QWidget()
    form = QFormLayout(host)
    form.setContentsMargins(0, 0, 0, 0)
    form.addRow(label, field)
    return host


def _explain(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class SetPasswordDialog(_AccessDialog):
    """The first password of this laptop's data (the first start, or data kept before
    encryption, which is encrypted once the password is set)."""

    def __init__(self, paths: Paths, lang: str, converting: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(paths, lang, parent)
        self.setWindowTitle(self.tr("Protect the data with a password"))
        self.recovery = ""
        if converting:
            text = self.tr("The records on this laptop are not encrypted yet. Choose a "
                           "password: Shegong then encrypts them (a backup is made first) "
                           "and asks for the password at every start.")
        else:
            text = self.tr("Shegong keeps the records of the people you serve encrypted on "
                           "this laptop. Choose a password; it is asked at every start and "
                           "when the window is locked. A lost laptop then shows nothing.")
        self.new = NewPassword(lang)
        self.finish_layout(_explain(text), self.new)

    def submit(self) -> None:
        self.recovery = access.set_password(self.paths, self.new.value())


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once: written down or printed, kept apart from the
    laptop. OK only once the person says it is written down."""

    def __init__(self, recovery: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        layout = QVBoxLayout(self)
        layout.addWidget(_explain(self.tr(
            "If the password is forgotten, this key opens the data again and a new password "
            "can be set; nothing is lost. It is shown only now. Write it down or print it, "
            "and keep it away from the laptop (with the station head, say).")))
        key = QLabel(recovery)
        key.setObjectName("recovery_key")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(font.pointSize() + 6)
        font.setWeight(QFont.Weight.Bold)
        key.setFont(font)
        key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(key)
        self.recovery = recovery
        self.written = QCheckBox(self.tr("I have written down the recovery key"))
        self.written.setObjectName("written")
        layout.addWidget(self.written)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        printing = buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        printing.clicked.connect(self.print_key)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.written.toggled.connect(self.ok.setEnabled)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.render_page(printer)

    def render_page(self, device: QPagedPaintDevice) -> None:
        """The page to keep: what the key is for, the key, the date; no name, no data."""
        title = self.tr("Shegong: recovery key")
        use = self.tr("It opens the encrypted records of the laptop if the password is "
                      "forgotten. Keep this page away from the laptop.")
        today = QDate.currentDate().toString(Qt.DateFormat.ISODate)
        page = QTextDocument()
        key = (f"<p style='font-size:16pt; white-space:pre; font-family:monospace'>"
               f"<b>{self.recovery}</b></p>")  # on one line: never cut at a dash
        page.setHtml(f"<h2>{title}</h2><p>{use}</p>{key}<p>{today}</p>")
        page.print_(device)


class LoginDialog(_AccessDialog):
    """The password asked at the start, or to unlock a locked window. Several people
    using the laptop each choose their own name."""

    def __init__(self, paths: Paths, lang: str, locked: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(paths, lang, parent)
        self.setWindowTitle(self.tr("Locked") if locked else self.tr("Open Shegong"))
        form_host = QWidget()
        form = QFormLayout(form_host)
        form.setContentsMargins(0, 0, 0, 0)
        self.who = QComboBox()
        self.who.setObjectName("login")
        names = access.logins(paths)
        for name in names:
            self.who.addItem(name or self.tr("This laptop's password"), name)
        current = access.current_login(paths)
        if current is not None and current in names:
            self.who.setCurrentIndex(names.index(current))
        if len(names) > 1:
            form.addRow(self.tr("Who"), self.who)
        self.password = password_field("password")
        form.addRow(self.tr("Password"), self.password)
        self.forgot = QPushButton(self.tr("Forgot the password…"))
        self.forgot.setObjectName("forgot")
        self.forgot.setFlat(True)
        self.forgot.clicked.connect(self.reset)
        text = (self.tr("The window is locked. Type the password to go on.") if locked else
                self.tr("The records on this laptop are encrypted. Type the password."))
        self.finish_layout(_explain(text), form_host, self.forgot)
        if locked:  # nothing else to go back to: the way out is to quit
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok)
            quit_button = self.buttons.addButton(self.tr("Quit Shegong"),
                                                 QDialogButtonBox.ButtonRole.RejectRole)
            quit_button.setObjectName("quit")
        self.password.setFocus()

    def submit(self) -> None:
        login = self.who.currentData() if self.who.count() > 1 else None
        try:
            access.unlock(self.paths, self.password.text(), login)
        finally:
            self.password.clear()

    def reset(self) -> None:
        dialog = ResetPasswordDialog(self.paths, self.lang, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.accept()


class ResetPasswordDialog(_AccessDialog):
    """A forgotten password replaced with the recovery key: the data stays as it was."""

    def __init__(self, paths: Paths, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(paths, lang, parent)
        self.setWindowTitle(self.tr("Reset the password"))
        self.recovery = QLineEdit()
        self.recovery.setObjectName("recovery")
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        host = _one_row(self.tr("Recovery key"), self.recovery)
        self.new = NewPassword(lang)
        self.finish_layout(_explain(self.tr(
            "Type the recovery key you wrote down when the password was first set, and a "
            "new password. The records stay as they are.")), host, self.new)

    def submit(self) -> None:
        access.reset_password(self.paths, self.recovery.text(), self.new.value(),
                              access.current_login(self.paths))


class ChangePasswordDialog(_AccessDialog):
    def __init__(self, paths: Paths, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(paths, lang, parent)
        self.setWindowTitle(self.tr("Change the password"))
        self.old = password_field("old_password")
        host = _one_row(self.tr("Current password"), self.old)
        self.new = NewPassword(lang)
        self.finish_layout(host, self.new)

    def submit(self) -> None:
        new = self.new.value()
        access.change_password(self.paths, self.old.text(), new,
                               access.current_login(self.paths))


class AddLoginDialog(_AccessDialog):
    """Another person of the station who uses this laptop, with a password of their own."""

    def __init__(self, paths: Paths, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(paths, lang, parent)
        self.setWindowTitle(self.tr("Add a person who uses this laptop"))
        self.name = QLineEdit()
        self.name.setObjectName("login_name")
        host = _one_row(self.tr("Name"), self.name)
        self.new = NewPassword(lang)
        self.finish_layout(_explain(self.tr(
            "Each person who uses this laptop can open it with a password of their own; "
            "the start asks who is there.")), host, self.new)

    def submit(self) -> None:
        name = self.name.text().strip()
        if not name:
            raise ShegongError("Give the person's name.", "请填写姓名。")
        access.add_login(self.paths, name, self.new.value())

