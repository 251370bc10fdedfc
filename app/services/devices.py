"""This device and the devices it knows (trust comes with the sync issue)."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ShegongError
from app.files import atomic_output, check_output
from app.models import Device
from app.models.ids import is_uuid
from app.models.validation import check_code
from app.models.vocab import ROLE
from app.services.admission import admit, record_revocation
from app.services.common import now_iso
from app.store.database import Database, find_self_device, not_set_up
from app.sync.bundle_file import canonical
from app.sync.keys import ensure_age_identity, fingerprint, load_signing_key, verify


@dataclass(frozen=True)
class DeviceCard:
    device_id: str
    name: str
    station_id: str
    station_name: str
    role: str
    fingerprint: str


def self_device(s: Session) -> Device:
    """This installation's own device row, or the "not set up yet" refusal."""
    me = find_self_device(s)
    if me is None:
        raise not_set_up()
    return me


def this_device(db: Database) -> DeviceCard:
    with db.read() as s:
        me = self_device(s)
        return DeviceCard(me.device_id, me.name or "", me.station_id or "",
                          me.station_name or "", me.role or "worker",
                          fingerprint(me.sign_public_key or b""))


# -- cards and trust ------------------------------------------------------------------------
CARD_FORMAT = "shegong-card/1"


@dataclass(frozen=True)
class KnownDevice:
    device_id: str
    name: str
    station_name: str
    role: str | None
    fingerprint: str
    trusted: bool
    revoked_at: str | None
    is_self: bool
    # the stations this laptop admitted it to, as `trust_card` just did (a signed grant
    # that travels); empty when it is only trusted here
    admitted: tuple[str, ...] = ()


def export_card(db: Database, out: Path) -> Path:
    """This device's public card: ids, names, both public keys; signed by its own key."""
    with db.read() as s:
        me = self_device(s)
    worker_id = db.setting("worker_id")
    recipient = ensure_age_identity(db.paths.keys)
    card = {"format": CARD_FORMAT, "device_id": me.device_id, "name": me.name,
            "station_id": me.station_id, "station_name": me.station_name, "role": me.role,
            "sign_key": base64.b64encode(me.sign_public_key or b"").decode(),
            "age_recipient": recipient,
            "fingerprint": fingerprint(me.sign_public_key or b"")}
    if worker_id:
        card["worker_id"] = worker_id  # this laptop's person: its admission names it
    raw = canonical(card)
    signature = load_signing_key(db.paths.keys).sign(raw)
    with atomic_output(check_output(db.paths, out)) as fh:
        fh.write(json.dumps({"card": card, "signature": base64.b64encode(signature).decode()},
                            ensure_ascii=False, indent=1).encode("utf-8"))
    return out


def trust_card(db: Database, path: Path, role: str,
               stations: list[str] | None = None) -> KnownDevice:
    """Trust the device of a card (after reading its fingerprint over the phone) and,
    when this laptop may, admit it into `role` (app.services.admission)."""
    check_code(role, ROLE.codes(), "role", "role", "角色")
    card = read_card(path)
    sign_key = base64.b64decode(card["sign_key"])
    with db.write() as s:
        me = self_device(s)
        known = s.scalar(select(Device).where(Device.device_id == card["device_id"]))
        if known is not None and known.is_self:
            raise ShegongError("That is this device's own card.", "这是本机自己的名片。")
        if known is not None and known.sign_public_key and known.sign_public_key != sign_key:
            raise ShegongError(
                "This card has a different key than the one trusted before for the same "
                "device. Ask the device's owner; revoke the old device first if it was "
                "reinstalled.",
                "该名片的密钥与之前信任的同一设备不同。请向设备使用人核实；如设备重装，请先撤销旧设备。")
        if known is not None and known.revoked_at:
            raise ShegongError("This device was revoked and cannot be trusted again.",
                               "该设备已被撤销，不能再次信任。")
        if known is None:
            known = Device(device_id=card["device_id"], added_at=now_iso(), is_self=False)
            s.add(known)
        known.name, known.station_id = card.get("name"), card.get("station_id")
        known.station_name, known.role = card.get("station_name"), role
        known.sign_public_key, known.age_recipient = sign_key, card["age_recipient"]
        known.trusted = True
        admitted = admit(s, me, {**card, "sign_key_hex": sign_key.hex()}, role, stations)
    return replace(_known(known), admitted=tuple(admitted))


def revoke(db: Database, device_id: str, reason: str | None = None) -> KnownDevice:
    """Stop trusting a device here and, when this laptop may (a head its station's
    laptops, a county any), revoke it everywhere with a record that travels."""
    with db.write() as s:
        known = s.scalar(select(Device).where(Device.device_id == device_id)) \
            if is_uuid(device_id) else None
        if known is None or known.is_self:
            raise ShegongError(f"No other device with id {device_id} is known here.",
                               f"本机不认识编号为 {device_id} 的其他设备。")
        known.trusted = False
        known.revoked_at = known.revoked_at or now_iso()
        everywhere = record_revocation(s, self_device(s), known, reason)
    return replace(_known(known), admitted=("everywhere",) if everywhere else ())


def known_devices(db: Database) -> list[KnownDevice]:
    with db.read() as s:
        return [_known(d) for d in s.scalars(
            select(Device).where(Device.sign_public_key.is_not(None))
            .order_by(Device.is_self.desc(), Device.station_name, Device.name))]


def _known(d: Device) -> KnownDevice:
    return KnownDevice(d.device_id, d.name or "", d.station_name or "", d.role,
                       fingerprint(d.sign_public_key or b""), bool(d.trusted), d.revoked_at,
                       bool(d.is_self))


def read_card(path: Path) -> dict[str, Any]:
    bad = ShegongError(f"{path} is not a Shegong device card.",
                       f"{path} 不是社工站助手的设备名片。")
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        card, signature = doc["card"], base64.b64decode(doc["signature"])
        sign_key = base64.b64decode(card["sign_key"])
        ok = (card.get("format") == CARD_FORMAT and is_uuid(card.get("device_id"))
              and isinstance(card.get("age_recipient"), str)
              and card["age_recipient"].startswith("age1") and len(sign_key) == 32)
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise bad from exc
    if not ok:
        raise bad
    if not verify(sign_key, signature, canonical(card)):
        raise ShegongError(f"The card {path} was changed after it was made.",
                           f"名片 {path} 在生成后被改动过。")
    return card


