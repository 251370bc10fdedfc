"""The stations as the screens and reports name them: this device's, and every one a
county holds."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Device, DeviceGrant, Station
from app.store.database import find_self_device, local_setting


@dataclass(frozen=True)
class StationFacts:
    id: str
    name: str
    county: str
    township: str


def this_station(s: Session) -> StationFacts:
    """The station record; on a laptop that joined a station and has not yet had the
    head's first bundle, the name the head's card gave (county and township unknown)."""
    station_id = local_setting(s, "station_id") or ""
    if station_id and s.get(Station, station_id) is not None:
        return station_facts(s, station_id)
    me = find_self_device(s)
    return StationFacts(station_id, (me.station_name or "") if me else "", "", "")


def station_facts(s: Session, station_id: str) -> StationFacts:
    station = s.get(Station, station_id)
    if station is None:
        return StationFacts(station_id, "", "", "")
    return StationFacts(station_id, station.name or "", station.county or "",
                        station.township or "")


def all_stations(s: Session) -> list[StationFacts]:
    """Every station known here, by township then name: each live station record, and
    each station whose head was admitted here but whose record has not arrived (a county
    office that never received that station's bundle: named as the head's card named it)."""
    rows = s.execute(select(Station.id, Station.name, Station.county, Station.township,
                            Station.void_reason)).tuples().all()
    known = {i: StationFacts(i, n or "", c or "", t or "") for i, n, c, t, void in rows
             if void is None}
    seen = {row[0] for row in rows}  # a voided station stays out
    for station, name in s.execute(
            select(DeviceGrant.station_id, Device.station_name)
            .join(Device, Device.device_id == DeviceGrant.device_id)
            .where(DeviceGrant.role == "head", DeviceGrant.void_reason.is_(None))).tuples():
        if station and station not in seen:
            known.setdefault(station, StationFacts(station, name or "", "", ""))
    return sorted(known.values(), key=lambda f: (f.township, f.name, f.id))
