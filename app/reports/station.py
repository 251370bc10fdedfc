"""The stations as the screens and reports name them: this device's, and every one a
county holds."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Station
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
    station = s.get(Station, station_id) if station_id else None
    if station is not None:
        return StationFacts(station_id, station.name or "", station.county or "",
                            station.township or "")
    me = find_self_device(s)
    return StationFacts(station_id, (me.station_name or "") if me else "", "", "")


def station_facts(s: Session, station_id: str) -> StationFacts:
    station = s.get(Station, station_id)
    if station is None:
        return StationFacts(station_id, "", "", "")
    return StationFacts(station_id, station.name or "", station.county or "",
                        station.township or "")


def all_stations(s: Session) -> list[StationFacts]:
    """Every live station record held here, by township then name."""
    rows = s.execute(select(Station.id, Station.name, Station.county, Station.township)
                     .where(Station.void_reason.is_(None))).tuples()
    facts = [StationFacts(i, n or "", c or "", t or "") for i, n, c, t in rows]
    return sorted(facts, key=lambda f: (f.township, f.name, f.id))
