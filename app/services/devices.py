"""This device and the devices it knows (trust comes with the sync issue)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.errors import SetupError
from app.models import Device
from app.store.database import Database
from app.sync.keys import fingerprint


@dataclass(frozen=True)
class DeviceCard:
    device_id: str
    name: str
    station_id: str
    station_name: str
    role: str
    fingerprint: str


def this_device(db: Database) -> DeviceCard:
    with db.read() as s:
        me = s.scalar(select(Device).where(Device.is_self.is_(True)))
        if me is None:
            raise SetupError("This data folder is not set up yet. Run `shegong init` first.",
                             "此数据文件夹尚未初始化，请先运行 `shegong init`。")
        return DeviceCard(me.device_id, me.name or "", me.station_id or "",
                          me.station_name or "", me.role or "worker",
                          fingerprint(me.sign_public_key or b""))
