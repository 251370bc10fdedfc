"""Setting up a data folder: this device, its station, its worker, its keys."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import SetupError
from app.models import Device, LocalSetting, Station, SyncClock, Worker
from app.models.ids import uuid7
from app.models.validation import check_code, require_text
from app.models.vocab import ROLE
from app.services.common import now_iso
from app.store.database import Database
from app.sync.keys import create_age_identity, create_signing_key, fingerprint

# Keys of LocalSetting rows.
DEVICE_ID = "device_id"
DEVICE_NAME = "device_name"
STATION_ID = "station_id"
WORKER_ID = "worker_id"


@dataclass(frozen=True)
class SetupInput:
    station: str
    county: str
    township: str
    device: str
    worker: str | None = None
    role: str = "worker"
    station_code: str | None = None


@dataclass(frozen=True)
class SetupResult:
    device_id: str
    station_id: str
    worker_id: str | None
    fingerprint: str


def initialize(db: Database, data: SetupInput) -> SetupResult:
    """Create this device and its station; refuses a folder that is already set up."""
    if db.is_set_up or (db.paths.keys / "device_ed25519.pem").exists():
        raise SetupError(
            f"The data folder {db.paths.data} is already set up; nothing was changed.",
            f"数据文件夹 {db.paths.data} 已经初始化过，未做任何更改。",
        )
    station = require_text(data.station, "station", "station name", "社工站名称", 100)
    county = require_text(data.county, "county", "county", "县（市、区）", 100)
    township = require_text(data.township, "township", "township or street", "乡镇（街道）", 100)
    device = require_text(data.device, "device", "device name", "设备名称", 100)
    worker = require_text(data.worker, "worker", "worker's name", "社工姓名", 50) \
        if data.worker else None
    role = check_code(data.role, ROLE.codes(), "role", "role", "角色")

    device_id, station_id = uuid7(), uuid7()
    worker_id = uuid7() if worker else None
    public_key = create_signing_key(db.paths.keys)
    recipient = create_age_identity(db.paths.keys)
    with db.setup_session() as s:
        s.add(Device(device_id=device_id, name=device, station_id=station_id,
                     station_name=station, role=role, sign_public_key=public_key,
                     age_recipient=recipient, is_self=True, trusted=True, added_at=now_iso()))
        s.add(SyncClock(id=1, hlc=0, next_seq=1))
        for key, value in ((DEVICE_ID, device_id), (DEVICE_NAME, device),
                           (STATION_ID, station_id), (WORKER_ID, worker_id or "")):
            s.add(LocalSetting(key=key, value=value))
    with db.write() as s:
        s.add(Station(id=station_id, name=station, county=county, township=township,
                      code=data.station_code))
        if worker_id:
            s.add(Worker(id=worker_id, station_id=station_id, name=worker, role=role,
                         certification="none", active=True))
    return SetupResult(device_id, station_id, worker_id, fingerprint(public_key))
