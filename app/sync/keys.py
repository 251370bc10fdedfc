"""This device's signing key: Ed25519 from `cryptography`, made once at `init`.

The private key lives in the keys folder, readable by its owner only and encrypted under
the data folder's key (app.vault.seal); the public key is also kept in the device table
so the database can name and check this device.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519

from app import vault
from app.errors import ShegongError

SIGNING_KEY_FILE = "device_ed25519.pem"


def create_signing_key(keys_dir: Path) -> bytes:
    """Write a new private key (0600) and return the raw 32-byte public key."""
    keys_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(keys_dir, 0o700)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    _write_new(keys_dir / SIGNING_KEY_FILE, pem)
    return public_bytes(key)


def _write_new(path: Path, secret: bytes) -> None:
    sealed = vault.seal(path.parent.parent, secret)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(sealed)
        fh.flush()
        os.fsync(fh.fileno())


def private_key_bytes(path: Path) -> bytes:
    """A private key file's bytes, refused (as OpenSSH refuses an unprotected key) when
    other users of the computer may read it: whoever did could sign as this laptop."""
    if os.name == "posix":
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            raise ShegongError(
                f"The key file {path} can be read by other users of this computer "
                f"(permissions {mode:04o}); Shegong will not use it. Make it private "
                f"(chmod 600 {path}) and, if others may have copied it, ask the station "
                "head to revoke this laptop.",
                f"密钥文件 {path} 可被本机其他用户读取（权限 {mode:04o}），社工站助手拒绝使用。"
                f"请将其设为仅本人可读（chmod 600 {path}）；如可能已被他人复制，请站长撤销本机。")
    return vault.unseal(path.parent.parent, path.read_bytes())


def load_signing_key(keys_dir: Path) -> Ed25519PrivateKey:
    pem = private_key_bytes(keys_dir / SIGNING_KEY_FILE)
    key = serialization.load_pem_private_key(pem, password=None)
    assert isinstance(key, Ed25519PrivateKey)
    return key


def public_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(public_key: bytes) -> str:
    """SHA-256 of the public key, as 8 groups of 4 hex digits to read over the phone."""
    digest = hashlib.sha256(public_key).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


# -- the age (X25519) key that bundles are encrypted to -------------------------------------
AGE_KEY_FILE = "device_age.txt"


def create_age_identity(keys_dir: Path) -> str:
    """Write a new age identity (0600) and return its public recipient ("age1...")."""
    keys_dir.mkdir(parents=True, exist_ok=True)
    identity = x25519.Identity.generate()
    _write_new(keys_dir / AGE_KEY_FILE, (str(identity) + "\n").encode("ascii"))
    return str(identity.to_public())


def load_age_identity(keys_dir: Path) -> x25519.Identity:
    text = private_key_bytes(keys_dir / AGE_KEY_FILE).decode("ascii")
    return x25519.Identity.from_str(text.strip())


def ensure_age_identity(keys_dir: Path) -> str:
    """The device's age recipient, making the identity on first need (devices set up
    before bundles existed have only a signing key)."""
    if (keys_dir / AGE_KEY_FILE).exists():
        return str(load_age_identity(keys_dir).to_public())
    return create_age_identity(keys_dir)


def age_fingerprint(recipient: str) -> str:
    """A short, stable name of an age recipient for manifests: 16 hex digits of SHA-256."""
    return hashlib.sha256(recipient.encode("ascii")).hexdigest()[:16]


def verify(public_key: bytes, signature: bytes, data: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
