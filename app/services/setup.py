"""Setting up a data folder: this device, its station (founded here, or joined from the
head's card), its worker, its keys."""

from __future__ import annotations

import base64
import dataclasses
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from app.errors import SetupError, ValidationError
from app.models import Device, LocalSetting, Station, SyncClock, Worker
from app.models.ids import is_uuid, uuid7
from app.models.validation import check_code, require_text
from app.models.vocab import ROLE
from app.paths import Paths
from app.services.common import now_iso
from app.services.devices import read_card
from app.store.database import Database
from app.store.database import not_set_up as not_set_up
from app.store.target import set_database_url, target_file
from app.sync.keys import create_age_identity, create_signing_key, fingerprint
from app.vault import TRIES_FILE, VAULT_FILE, has_vault, lock

# Keys of LocalSetting rows.
DEVICE_ID = "device_id"
DEVICE_NAME = "device_name"
STATION_ID = "station_id"
WORKER_ID = "worker_id"
COUNTY_OFFICE = "county_office"  # set on a county office's device only


@dataclass(frozen=True)
class SetupInput:
    station: str
    county: str
    township: str
    device: str
    worker: str | None = None
    role: str = "head"  # the laptop that founds a station is its head's
    station_code: str | None = None


@dataclass(frozen=True)
class SetupResult:
    device_id: str
    station_id: str
    worker_id: str | None
    fingerprint: str
    recovery_key: str | None = None  # when the data's password was set with this setup


@dataclass(frozen=True)
class JoinInput:
    """A laptop joining the station of the head whose device card this is."""

    card: Path
    device: str
    worker: str | None = None


@dataclass(frozen=True)
class CountyInput:
    """A county office (县民政局): above the stations, with none of its own."""

    office: str
    device: str


def initialize(db: Database, data: SetupInput | JoinInput | CountyInput) -> SetupResult:
    """Found a station (this laptop is its head's, by default), join one, or set up a
    county office; refuses a folder that is already set up."""
    if db.is_set_up or (db.paths.keys / "device_ed25519.pem").exists():
        raise SetupError(
            f"The data folder {db.paths.data} is already set up; nothing was changed.",
            f"数据文件夹 {db.paths.data} 已经初始化过，未做任何更改。",
        )
    if isinstance(data, JoinInput):
        return _join(db, data)
    if isinstance(data, CountyInput):
        return _county(db, data)
    return _found(db, data)


def _found(db: Database, data: SetupInput) -> SetupResult:
    station = require_text(data.station, "station", "station name", "社工站名称", 100)
    county = require_text(data.county, "county", "county", "县（市、区）", 100)
    township = require_text(data.township, "township", "township or street", "乡镇（街道）", 100)
    device = require_text(data.device, "device", "device name", "设备名称", 100)
    worker = _worker_name(data.worker)
    role = check_code(data.role, ROLE.codes(), "role", "role", "角色")
    station_id = uuid7()
    result = _make_self(db, device, station_id, station, role, worker)
    with db.write() as s:
        s.add(Station(id=station_id, name=station, county=county, township=township,
                      code=data.station_code))
        _add_worker(s, result, worker, role)
    return result


def _join(db: Database, data: JoinInput) -> SetupResult:
    """This laptop becomes one of the card's station: the same station id, the head's
    key trusted for what the head sends. The station's record itself arrives with the
    head's first bundle; the head admits this laptop by trusting its card."""
    device = require_text(data.device, "device", "device name", "设备名称", 100)
    worker = _worker_name(data.worker)
    card = read_card(data.card)
    if card.get("role") != "head" or not is_uuid(card.get("station_id")):
        raise ValidationError(
            "card", "This is not the card of a station head's laptop. Ask the station head "
            "for the card of the head's laptop (shegong keys export).",
            "这不是站长电脑的设备名片。请向站长索取站长电脑的名片（shegong keys export）。")
    station_id, station = card["station_id"], str(card.get("station_name") or "")
    result = _make_self(db, device, station_id, station, "worker", worker)
    with db.write() as s:
        _add_worker(s, result, worker, "worker")
        s.add(Device(device_id=card["device_id"], name=card.get("name"), station_id=station_id,
                     station_name=station, role="head",
                     sign_public_key=base64.b64decode(card["sign_key"]),
                     age_recipient=card["age_recipient"], trusted=True, added_at=now_iso()))
    return result


def initialize_county(paths: Paths, data: CountyInput, db_url: str | None = None
                      ) -> SetupResult:
    """Set up a county office in a new data folder; with `db_url` its data lives in that
    PostgreSQL database (docs/postgresql.md). A refusal leaves the folder as it was."""
    require_text(data.office, "county_office", "county office", "县民政局名称", 100)
    require_text(data.device, "device", "device name", "设备名称", 100)
    named = target_file(paths)
    if db_url is not None:
        if named.exists() or (paths.keys / "device_ed25519.pem").exists():
            raise SetupError(
                f"The data folder {paths.data} is already set up; nothing was changed.",
                f"数据文件夹 {paths.data} 已经初始化过，未做任何更改。")
        set_database_url(paths, db_url)
    try:
        db = Database(paths)
        try:
            return dataclasses.replace(initialize(db, data),
                                       recovery_key=db.new_recovery_key)
        finally:
            db.close()
    except BaseException:
        if db_url is not None:  # the folder names no database it could not set up
            named.unlink(missing_ok=True)
        raise


def _county(db: Database, data: CountyInput) -> SetupResult:
    """The office is its own root of trust (app.sync.authority); it holds no station of
    its own: each station's records arrive in its head's bundles once it is admitted."""
    office = require_text(data.office, "county_office", "county office", "县民政局名称", 100)
    device = require_text(data.device, "device", "device name", "设备名称", 100)
    result = _make_self(db, device, None, office, "county", None)
    with db.setup_session() as s:
        s.add(LocalSetting(key=COUNTY_OFFICE, value=office))
    return result


def is_new_folder(paths: Paths) -> bool:
    """Nothing there yet: no password, no database, no PostgreSQL named."""
    return not (has_vault(paths.data) or paths.database.exists()
                or target_file(paths).exists())


def forget_new_folder(paths: Paths) -> None:
    """A founding that failed leaves the new folder as it found it: the password, the
    empty database and any key made on the way go (nothing else was ever in them)."""
    for path in (paths.data / VAULT_FILE, paths.data / TRIES_FILE, paths.database,
                 Path(f"{paths.database}-wal"), Path(f"{paths.database}-shm")):
        path.unlink(missing_ok=True)
    shutil.rmtree(paths.keys, ignore_errors=True)
    lock(paths.data)


def _worker_name(name: str | None) -> str | None:
    return require_text(name, "worker", "worker's name", "社工姓名", 50) if name else None


def _make_self(db: Database, device: str, station_id: str | None, station: str, role: str,
               worker: str | None) -> SetupResult:
    """This device with its keys, its clock and its settings; the ids it was given."""
    device_id = uuid7()
    worker_id = uuid7() if worker else None
    public_key = create_signing_key(db.paths.keys)
    recipient = create_age_identity(db.paths.keys)
    with db.setup_session() as s:
        s.add(Device(device_id=device_id, name=device, station_id=station_id,
                     station_name=station, role=role, sign_public_key=public_key,
                     age_recipient=recipient, is_self=True, trusted=True, added_at=now_iso()))
        s.add(SyncClock(id=1, hlc=0, next_seq=1))
        for key, value in ((DEVICE_ID, device_id), (DEVICE_NAME, device),
                           (STATION_ID, station_id or ""), (WORKER_ID, worker_id or "")):
            s.add(LocalSetting(key=key, value=value))
    return SetupResult(device_id, station_id or "", worker_id, fingerprint(public_key))


def _add_worker(s: Session, made: SetupResult, name: str | None, role: str) -> None:
    if made.worker_id:
        s.add(Worker(id=made.worker_id, station_id=made.station_id, name=name, role=role,
                     certification="none", active=True))
