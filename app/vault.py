"""The secret that opens a laptop's data.

A random 32-byte data key encrypts everything at rest: the database (SQLCipher), the
laptop's private keys and the attachments (`seal`). It is never written in the clear:
`unlock.json` in the data folder keeps it wrapped (AES-GCM) once for each login, under a
key derived from that login's password with Argon2id, and once under the recovery key
shown at the first start. Changing a password or resetting it with the recovery key
wraps the same data key again, so backups made before stay readable.

An unlocked folder's key stays in this process only (`_unlocked`); `lock` forgets it.
Scripts unlock with SHEGONG_PASSWORD; the command line may also ask at a terminal
(`ask_with`). Five wrong passwords in a row make each further try wait (`unlock-tries`).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import ShegongError, ValidationError

VAULT_FILE = "unlock.json"
TRIES_FILE = "unlock-tries.json"
PASSWORD_VARIABLE = "SHEGONG_PASSWORD"
# Tests make thousands of vaults; this makes new ones cheap to open. The cost is written
# in each vault, so the variable never weakens a vault made without it.
WEAK_KDF_VARIABLE = "SHEGONG_TEST_WEAK_KDF"
MIN_LENGTH = 8
FREE_TRIES = 5
MAX_WAIT_S = 15 * 60
# RFC 9106's second recommended setting: 64 MiB of memory, 3 passes, 4 lanes (~0.1 s).
ARGON2 = {"t": 3, "m": 65536, "p": 4}
ARGON2_WEAK = {"t": 1, "m": 8, "p": 1}
SEALED = b"SHEGONG-SEALED\x01"


class Locked(ShegongError):
    """The data is encrypted and no password was given for it."""


class WrongPassword(ShegongError):
    """The password (or recovery key) does not open this folder's data."""


@dataclass(frozen=True)
class Unlocked:
    key: bytes
    login: str  # the name of the login that opened it ("" for an unnamed one)


_unlocked: dict[Path, Unlocked] = {}
# Asks for a password at a terminal: (prompt kind "unlock" or "new") -> password or None.
_asker: Callable[[str], str | None] | None = None


def ask_with(asker: Callable[[str], str | None] | None) -> None:
    """How this process may ask for a password it was not given (the command line at a
    terminal); None: never ask."""
    global _asker
    _asker = asker


# -- the folder's state ----------------------------------------------------------------
def has_vault(folder: Path) -> bool:
    return (folder / VAULT_FILE).is_file()


def unlocked(folder: Path) -> Unlocked | None:
    return _unlocked.get(_where(folder))


def lock(folder: Path) -> None:
    _unlocked.pop(_where(folder), None)


def logins(folder: Path) -> list[str]:
    return [entry["name"] for entry in _read(folder)["logins"]]


def data_key(folder: Path) -> bytes:
    """The folder's data key: already unlocked in this process, or unlocked now with
    SHEGONG_PASSWORD or a password asked at the terminal; otherwise `Locked`."""
    if (got := unlocked(folder)) is not None:
        return got.key
    if not has_vault(folder):
        raise _no_password(folder)
    password = os.environ.get(PASSWORD_VARIABLE) or (_asker("unlock") if _asker else None)
    if not password:
        raise Locked(
            f"The data in {folder} is protected by a password. Give it in the variable "
            f"{PASSWORD_VARIABLE}, or run the command in a terminal to type it.",
            f"{folder} 中的数据受密码保护。请在环境变量 {PASSWORD_VARIABLE} 中给出密码，"
            "或在终端中运行命令以输入密码。")
    return unlock(folder, password).key


def key_or_new(folder: Path) -> tuple[bytes, str | None]:
    """`data_key`, or, for a folder with no password yet, one set now from
    SHEGONG_PASSWORD or the terminal: (key, the new recovery key or None)."""
    if has_vault(folder):
        return data_key(folder), None
    password = os.environ.get(PASSWORD_VARIABLE) or (_asker("new") if _asker else None)
    if not password:
        raise _no_password(folder)
    recovery = create(folder, password)
    return data_key(folder), recovery


def _no_password(folder: Path) -> Locked:
    return Locked(
        f"Shegong encrypts the data in {folder} with a password, and none is set yet. Give "
        f"one (at least {MIN_LENGTH} characters) in the variable {PASSWORD_VARIABLE}, or "
        "run the command in a terminal to type it.",
        f"社工站助手用密码加密 {folder} 中的数据，目前尚未设置密码。请在环境变量 "
        f"{PASSWORD_VARIABLE} 中给出密码（至少 {MIN_LENGTH} 个字符），"
        "或在终端中运行命令以输入密码。")


# -- setting, opening, changing --------------------------------------------------------
def check_new_password(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise ValidationError(
            "password", f"A password needs at least {MIN_LENGTH} characters.",
            f"密码至少需要 {MIN_LENGTH} 个字符。")


def create(folder: Path, password: str, login: str = "") -> str:
    """A new data key for a folder that has none, wrapped for `password` and for a new
    recovery key, which is returned (shown once, never stored)."""
    check_new_password(password)
    if has_vault(folder):
        raise ShegongError(f"The data in {folder} already has a password.",
                           f"{folder} 中的数据已经设置了密码。")
    key, recovery = secrets.token_bytes(32), secrets.token_bytes(20)
    salt = secrets.token_bytes(16)
    vault = {"format": 1, "logins": [_login_entry(key, login, password)],
             "recovery": {"salt": _b64(salt), **_wrap(_recovery_kek(recovery, salt), key,
                                                      b"recovery")}}
    folder.mkdir(parents=True, exist_ok=True)
    _write(folder, vault)
    _unlocked[_where(folder)] = Unlocked(key, login)
    return recovery_text(recovery)


def unlock(folder: Path, password: str, login: str | None = None) -> Unlocked:
    """Open the folder's data key with a login's password (any login's, when `login` is
    None). A wrong password counts towards the slowing down of further tries."""
    vault = _read(folder)
    _wait_for_turn(folder)
    for entry in vault["logins"]:
        if login is not None and entry["name"] != login:
            continue
        key = _unwrap(_password_kek(password, entry["kdf"]), entry, _aad(entry["name"]))
        if key is not None:
            (folder / TRIES_FILE).unlink(missing_ok=True)
            found = _unlocked[_where(folder)] = Unlocked(key, entry["name"])
            return found
    _count_failure(folder)
    raise WrongPassword("The password is wrong. Nothing was opened.",
                        "密码错误，未打开任何数据。")


def change_password(folder: Path, old: str, new: str, login: str | None = None) -> None:
    check_new_password(new)
    opened = unlock(folder, old, login)
    _set_login(folder, opened.key, opened.login, new)


def add_login(folder: Path, login: str, password: str) -> None:
    """Another person's own password for this laptop's data (the folder is unlocked)."""
    check_new_password(password)
    opened = unlocked(folder)
    if opened is None:
        raise Locked("Unlock the data first.", "请先解锁数据。")
    if login in logins(folder):
        raise ValidationError("login", f"{login} already has a password here.",
                              f"{login} 在本机已有密码。")
    _set_login(folder, opened.key, login, password)


def reset_with_recovery(folder: Path, recovery: str, new: str,
                        login: str | None = None) -> Unlocked:
    """A forgotten password replaced using the recovery key; the data key, and so every
    record and backup, stays as it was."""
    check_new_password(new)
    vault = _read(folder)
    _wait_for_turn(folder)
    rec = vault["recovery"]
    raw = parse_recovery(recovery)
    key = _unwrap(_recovery_kek(raw, _unb64(rec["salt"])), rec, b"recovery") \
        if raw is not None else None
    if key is None:
        _count_failure(folder)
        raise WrongPassword("The recovery key is wrong. Nothing was changed.",
                            "恢复密钥错误，未做任何更改。")
    (folder / TRIES_FILE).unlink(missing_ok=True)
    name = login if login is not None else vault["logins"][0]["name"]
    _set_login(folder, key, name, new)
    found = _unlocked[_where(folder)] = Unlocked(key, name)
    return found


def _set_login(folder: Path, key: bytes, login: str, password: str) -> None:
    vault = _read(folder)
    others = [e for e in vault["logins"] if e["name"] != login]
    vault["logins"] = [*others, _login_entry(key, login, password)]
    _write(folder, vault)


# -- sealed files ----------------------------------------------------------------------
def seal(folder: Path, data: bytes) -> bytes:
    """`data` encrypted under the folder's data key (a private key, an attachment)."""
    nonce = secrets.token_bytes(12)
    return SEALED + nonce + AESGCM(_files_key(folder)).encrypt(nonce, data, SEALED)


def unseal(folder: Path, data: bytes) -> bytes:
    """The contents of a sealed file; a file written before encryption as it is."""
    if not data.startswith(SEALED):
        return data
    nonce, box = data[len(SEALED):len(SEALED) + 12], data[len(SEALED) + 12:]
    return AESGCM(_files_key(folder)).decrypt(nonce, box, SEALED)


def is_sealed(data: bytes) -> bool:
    return data.startswith(SEALED)


def _files_key(folder: Path) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=b"shegong sealed files").derive(
        data_key(folder))


# -- the recovery key ------------------------------------------------------------------
def recovery_text(raw: bytes) -> str:
    """20 random bytes as 8 groups of 4 letters and digits, to write down or print."""
    text = base64.b32encode(raw).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_recovery(text: str) -> bytes | None:
    """The recovery key's bytes from what a person typed: spaces, dashes and case do not
    matter, nor 0/O, 1/I and 8/B mixed up; None when it cannot be one."""
    cleaned = "".join(c for c in text.upper() if c.isalnum())
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    try:
        raw = base64.b32decode(cleaned)
    except ValueError:
        return None
    return raw if len(raw) == 20 else None


# -- wrapping --------------------------------------------------------------------------
def _login_entry(key: bytes, login: str, password: str) -> dict[str, Any]:
    cost = ARGON2_WEAK if os.environ.get(WEAK_KDF_VARIABLE) else ARGON2
    kdf = {"alg": "argon2id", "salt": _b64(secrets.token_bytes(16)), **cost}
    return {"name": login, "kdf": kdf, **_wrap(_password_kek(password, kdf), key, _aad(login))}


def _aad(login: str) -> bytes:
    return b"login:" + login.encode("utf-8")


def _password_kek(password: str, kdf: dict[str, Any]) -> bytes:
    return hash_secret_raw(password.encode("utf-8"), _unb64(kdf["salt"]),
                           time_cost=int(kdf["t"]), memory_cost=int(kdf["m"]),
                           parallelism=int(kdf["p"]), hash_len=32, type=Type.ID)


def _recovery_kek(raw: bytes, salt: bytes) -> bytes:
    # The recovery key is 160 random bits: no password stretching needed.
    return HKDF(hashes.SHA256(), 32, salt=salt, info=b"shegong recovery").derive(raw)


def _wrap(kek: bytes, key: bytes, aad: bytes) -> dict[str, str]:
    nonce = secrets.token_bytes(12)
    return {"nonce": _b64(nonce), "box": _b64(AESGCM(kek).encrypt(nonce, key, aad))}


def _unwrap(kek: bytes, entry: dict[str, Any], aad: bytes) -> bytes | None:
    try:
        return AESGCM(kek).decrypt(_unb64(entry["nonce"]), _unb64(entry["box"]), aad)
    except InvalidTag:
        return None


# -- wrong tries -----------------------------------------------------------------------
def wait_seconds(failures: int) -> int:
    """How long the next try waits after `failures` wrong ones in a row."""
    if failures < FREE_TRIES:
        return 0
    return min(30 * 2 ** (failures - FREE_TRIES), MAX_WAIT_S)


def _tries(folder: Path) -> tuple[int, float]:
    try:
        data = json.loads((folder / TRIES_FILE).read_text("utf-8"))
        return int(data["failures"]), float(data["last"])
    except (OSError, ValueError, KeyError, TypeError):
        return 0, 0.0


def _wait_for_turn(folder: Path) -> None:
    failures, last = _tries(folder)
    left = int(last + wait_seconds(failures) - time.time()) + 1
    if wait_seconds(failures) and left > 0:
        raise WrongPassword(
            f"{failures} wrong passwords in a row: try again in {left} seconds.",
            f"已连续输错 {failures} 次密码，请 {left} 秒后再试。")


def _count_failure(folder: Path) -> None:
    failures, _ = _tries(folder)
    with contextlib.suppress(OSError):  # a read-only folder: still refused, not counted
        _atomic_write(folder / TRIES_FILE,
                      json.dumps({"failures": failures + 1, "last": time.time()}))


# -- the file --------------------------------------------------------------------------
def _read(folder: Path) -> dict[str, Any]:
    try:
        vault = json.loads((folder / VAULT_FILE).read_text("utf-8"))
        if vault.get("format") != 1 or not vault["logins"]:
            raise ValueError(vault.get("format"))
        return vault
    except FileNotFoundError:
        raise _no_password(folder) from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ShegongError(
            f"The file {folder / VAULT_FILE}, which holds the key to the data, is damaged "
            "or unreadable. Restore it from a copy; without it the data cannot be opened.",
            f"存放数据密钥的文件 {folder / VAULT_FILE} 已损坏或无法读取。请用其副本恢复；"
            "没有它，数据无法打开。") from exc


def _write(folder: Path, vault: dict[str, Any]) -> None:
    _atomic_write(folder / VAULT_FILE, json.dumps(vault, ensure_ascii=False, indent=1))


def _atomic_write(path: Path, text: str) -> None:
    part = path.with_name(f"{path.name}.{os.getpid()}.part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    part.replace(path)


def _where(folder: Path) -> Path:
    return folder.resolve()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text)
