"""The password of the data folder on the command line: asked at a terminal (never
echoed), or given in variables by a script: SHEGONG_PASSWORD (the current one),
SHEGONG_NEW_PASSWORD and SHEGONG_RECOVERY_KEY.

    shegong password change       a new password for the same data
    shegong password reset        a forgotten password replaced with the recovery key
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING

from app import vault
from app.errors import ShegongError
from app.paths import Paths

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

NEW_VARIABLE = "SHEGONG_NEW_PASSWORD"
RECOVERY_VARIABLE = "SHEGONG_RECOVERY_KEY"


def at_terminal() -> None:
    """A password this process was not given is asked for when a person is there."""
    vault.ask_with(_ask if sys.stdin.isatty() else None)


def _ask(kind: str) -> str | None:
    if kind == "new":
        return _new_password()
    return getpass.getpass(_text("Password: ", "密码："))


def _new_password() -> str:
    from app.services.access import strength

    first = getpass.getpass(_text(f"New password (at least {vault.MIN_LENGTH} characters): ",
                                  f"新密码（至少 {vault.MIN_LENGTH} 个字符）："))
    hint = strength(first)
    print(_text(hint.en, hint.zh), file=sys.stderr)
    if getpass.getpass(_text("The same again: ", "再输入一次：")) != first:
        raise ShegongError("The two passwords differ. Nothing was changed.",
                           "两次输入的密码不一致，未做任何更改。")
    return first


def _given(variable: str, ask: str) -> str:
    value = os.environ.get(variable)
    if value:
        return value
    if not sys.stdin.isatty():
        raise ShegongError(f"Give it in the variable {variable}, or run the command in a "
                           "terminal to type it.",
                           f"请在环境变量 {variable} 中给出，或在终端中运行命令以输入。")
    return _new_password() if ask == "new" else getpass.getpass(ask)


def add_parser(sub: Commands, common: argparse.ArgumentParser) -> None:
    password = sub.add_parser("password", parents=[common],
                              help="the password that opens this laptop's data")
    password_sub = password.add_subparsers(dest="password_command", required=True)
    p = password_sub.add_parser("change", parents=[common],
                                help=f"a new password (the new one from {NEW_VARIABLE})")
    p.add_argument("--login", help="whose password, when several people use this laptop")
    p.set_defaults(run=_change)
    p = password_sub.add_parser("reset", parents=[common],
                                help=f"a forgotten password replaced ({RECOVERY_VARIABLE})")
    p.add_argument("--login", help="whose password, when several people use this laptop")
    p.set_defaults(run=_reset)


def _change(args: argparse.Namespace, paths: Paths) -> int:
    from app.services.access import change_password

    old = _given(vault.PASSWORD_VARIABLE, _text("Current password: ", "当前密码："))
    new = _given(NEW_VARIABLE, "new")
    change_password(paths, old, new, args.login)
    print(_text("The password is changed.", "密码已更改。"))
    return 0


def _reset(args: argparse.Namespace, paths: Paths) -> int:
    from app.services.access import reset_password

    recovery = _given(RECOVERY_VARIABLE, _text("Recovery key: ", "恢复密钥："))
    new = _given(NEW_VARIABLE, "new")
    reset_password(paths, recovery, new, args.login)
    print(_text("The password is reset; the data is as it was.", "密码已重设，数据保持不变。"))
    return 0


def show_recovery_key(recovery: str, on_stdout: bool = True) -> None:
    """Once, when a password was just set: the only time the recovery key is seen. On
    stdout beside what `init` prints; on stderr after another command's output (a
    folder of an older version, encrypted now), so as not to mix with it."""
    print(_text("Write down this recovery key and keep it away from the laptop; with it a "
                "forgotten password can be reset without losing data:",
                "请抄下这个恢复密钥，并与电脑分开保管；忘记密码时凭它重设密码，数据不会丢失："),
          file=sys.stderr)
    print(f"recovery-key {recovery}", file=sys.stdout if on_stdout else sys.stderr)


def _text(en: str, zh: str) -> str:
    from app.errors import user_language

    return zh if user_language() == "zh" else en
