"""Admitting a laptop into a role and revoking one, as records that travel
(app.models.trust), made only when this laptop's own rights allow (app.sync.authority):
a head admits laptops of its station and its county office; a county admits station
heads and supervisors; a head revokes its station's laptops, a county any."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ShegongError
from app.models import Device, DeviceGrant, DeviceRevocation
from app.models.ids import id_from_bytes, is_uuid
from app.store.database import session_raw
from app.sync.authority import Authority
from app.sync.rights import load_authority


def admit(s: Session, me: Device, card: dict[str, Any], role: str,
          stations: list[str] | None) -> list[str]:
    """Grant `role` to the card's laptop for each station this laptop may admit it to:
    the stations it was admitted to (none: only trusted here)."""
    authority = load_authority(session_raw(s))
    if role == "county":
        targets = [me.station_id]  # a station accepts its county office
    elif role == "supervisor":
        targets = list(stations or [])
    else:
        targets = [card.get("station_id")]
    admitted = []
    for station in targets:
        if not station or not authority.may_grant(me.device_id, role, station):
            continue
        if _granted(s, card["device_id"], role, station):
            admitted.append(station)
            continue
        worker = card.get("worker_id") if is_uuid(card.get("worker_id")) else None
        s.add(DeviceGrant(device_id=card["device_id"], role=role, station_id=station,
                          worker_id=worker, name=str(card.get("name") or "")[:100],
                          sign_key=card["sign_key_hex"], age_recipient=card["age_recipient"]))
        admitted.append(station)
    if role == "supervisor" and stations and len(admitted) != len(stations):
        raise ShegongError("Only a county office admits a supervisor to its stations.",
                           "只有县民政局可以为督导指定所覆盖的站点。")
    return admitted


def _granted(s: Session, device: str, role: str, station: str) -> bool:
    return s.scalar(select(DeviceGrant.id).where(
        DeviceGrant.device_id == device, DeviceGrant.role == role,
        DeviceGrant.station_id == station)) is not None


def record_revocation(s: Session, me: Device, device: Device, reason: str | None) -> bool:
    """The revocation record, when this laptop may revoke the device: its log is cut
    after the last op of it held here. False when only this laptop stops trusting it."""
    conn = session_raw(s)
    authority: Authority = load_authority(conn)
    if not authority.may_revoke(me.device_id, device.device_id):
        return False
    head = conn.execute(
        "SELECT seq, station, link, sig FROM origin_head WHERE dev = ? ORDER BY seq DESC "
        "LIMIT 1", (device.devno,)).fetchone()
    cut, station, link, sig = head if head else (0, None, None, None)
    s.add(DeviceRevocation(
        device_id=device.device_id, cut=int(cut),
        cut_station=id_from_bytes(station) if station else None,
        cut_link=bytes(link).hex() if link else None, cut_sig=bytes(sig).hex() if sig else None,
        reason=(reason or "")[:200] or None))
    return True


def require_right(s: Session, table: str, en: str, zh: str) -> None:
    """Refuse, with a sentence, a write this laptop's own rights do not allow (the same
    rights every other device checks its ops against on import)."""
    conn = session_raw(s)
    me = conn.execute("SELECT device_id, station_id FROM device WHERE is_self").fetchone()
    if me is None:
        return
    own, station = id_from_bytes(me[0]), id_from_bytes(me[1]) if me[1] else None
    if not load_authority(conn).may_write(own, table, station):
        raise ShegongError(en, zh)
