"""The monthly report's visit counts per calendar month and station, kept in
`report_visit_month`.

A year to date on a big database is most of a million visits, and reading them takes
seconds; a past month's counts rarely change. So each month is counted once, for every
station at once (a county holds hundreds), and kept; triggers (migration 0005) drop a
month's rows when any of its visits is written and every row when a client is voided or
restored, so a kept row is always current and only the months that changed are counted
again. A period's figures are the sum of its months.

Counted: live visits of live clients. By mode, by lead worker, visits finding high
needs per dimension, times each service type was delivered, and the clients visited
(so the people served in a year are the union of its months).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from app.models import ReportVisitMonth
from app.models.ids import id_from_bytes
from app.models.validation import parse_month
from app.models.vocab import NEED_DIMENSIONS
from app.store.cipher import SCAN_CACHE_KIB
from app.store.database import Database, month_of, raw_rows

VERSION = 2  # the shape of ReportVisitMonth.data; rows of another version are recounted
LIGHT = 3  # visits and clients visited only (a county's roll-up): no breakdowns
PENDING = -1  # a month being counted


@dataclass
class MonthVisits:
    visits: int = 0
    by_mode: Counter[str | None] = field(default_factory=Counter)
    by_worker: Counter[str | None] = field(default_factory=Counter)
    needs_high: Counter[str] = field(default_factory=Counter)
    services: Counter[str | None] = field(default_factory=Counter)
    clients: set[bytes] = field(default_factory=set)  # visited: live clients' raw ids

    def add(self, other: MonthVisits) -> None:
        self.visits += other.visits
        self.clients |= other.clients
        for mine, theirs in ((self.by_mode, other.by_mode), (self.by_worker, other.by_worker),
                             (self.services, other.services)):
            mine.update(theirs)
        self.needs_high.update(other.needs_high)

    @classmethod
    def total(cls, months: Iterable[MonthVisits]) -> MonthVisits:
        out = cls()
        for m in months:
            out.add(m)
        return out

    # JSON keys are strings: a missing code is kept as "" and read back as None.
    def to_json(self) -> dict[str, Any]:
        def plain(c: Counter[Any]) -> dict[str, int]:
            return {k or "": n for k, n in c.items()}

        return {"visits": self.visits, "by_mode": plain(self.by_mode),
                "by_worker": plain(self.by_worker), "needs_high": plain(self.needs_high),
                "services": plain(self.services)}

    @classmethod
    def from_json(cls, data: dict[str, Any], clients: bytes) -> MonthVisits:
        def counter(key: str) -> Counter[Any]:
            return Counter({(k or None): n for k, n in data[key].items()})

        ids = {clients[i:i + 16] for i in range(0, len(clients), 16)}
        return cls(data["visits"], counter("by_mode"), counter("by_worker"),
                   Counter(data["needs_high"]), counter("services"), ids)

    def clients_blob(self) -> bytes:
        return b"".join(sorted(self.clients))


def months_between(start: dt.date, end: dt.date) -> list[str]:
    """The calendar months "YYYY-MM" from start's to end's, both included."""
    out = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


# month -> station (the visits' 16-byte sync_station; NO_STATION for none) -> counts
StationMonths = dict[str, dict[bytes, MonthVisits]]
NO_STATION = b""  # also the row that marks a month as counted


def visit_months(db: Database, start: dt.date, end: dt.date,
                 breakdowns: bool = True) -> StationMonths:
    """Every month from start's to end's: kept counts, and the missing ones counted.
    Without `breakdowns`, a missing month gets only its visits and the clients visited,
    read from the date index alone (a county's roll-up: seconds instead of a pass over
    millions of rows), and kept as such (LIGHT) for the next roll-up."""
    wanted = months_between(start, end)
    with db.read() as s:
        found = _kept(s, wanted, light=not breakdowns)
    missing = [m for m in wanted if m not in found]
    if not missing:
        return found
    # Claim the missing months with a pending mark, count them outside any write
    # transaction (seconds, on a big database), then keep each count only if its pending
    # mark is still there: a visit written meanwhile has fired the trigger that deletes
    # the month's rows, and that month is simply counted again next time.
    with db.write() as s:
        s.execute(delete(ReportVisitMonth).where(ReportVisitMonth.month.in_(missing)))
        s.execute(insert(ReportVisitMonth), [
            {"month": m, "station": NO_STATION, "version": PENDING, "data": {},
             "clients": b""} for m in missing])
    with db.read(cache_kib=SCAN_CACHE_KIB) as s:
        counted = _count(s, missing) if breakdowns else _count_visits(s, missing)
    with db.write() as s:
        for month, stations in counted.items():
            _keep(s, month, stations, VERSION if breakdowns else LIGHT)
    return {**found, **counted}


def _count_visits(s: Session, months: list[str]) -> StationMonths:
    """The missing months' visits and clients visited per station, from the index."""
    out: StationMonths = {m: {NO_STATION: MonthVisits()} for m in months}
    if not months:
        return out
    span = {"first": parse_month(months[0])[0].isoformat(),
            "after": (parse_month(months[-1])[1] + dt.timedelta(days=1)).isoformat()}
    for month, station, client_id, n in raw_rows(s, (
            f"SELECT {month_of(s, 'visit_date')}, sync_station, client_id, count(*) {_LIVE} "
            "GROUP BY 1, 2, 3"), span):
        stations = out.get(month)
        if stations is None:
            continue
        m = stations.setdefault(bytes(station) if station else NO_STATION, MonthVisits())
        m.visits += n
        if client_id is not None:
            m.clients.add(client_id)
    return out


def _keep(s: Session, month: str, stations: dict[bytes, MonthVisits], version: int) -> None:
    """The month's rows, if its pending mark is still there (else nothing)."""
    marked = s.execute(update(ReportVisitMonth).where(
        ReportVisitMonth.month == month, ReportVisitMonth.station == NO_STATION,
        ReportVisitMonth.version == PENDING).values(
        version=version, data=stations.get(NO_STATION, MonthVisits()).to_json(),
        clients=stations.get(NO_STATION, MonthVisits()).clients_blob()))
    if not marked.rowcount:  # type: ignore[attr-defined]
        return
    rows = [{"month": month, "station": station, "version": version, "data": m.to_json(),
             "clients": m.clients_blob()} for station, m in stations.items()
            if station != NO_STATION]
    if rows:
        s.execute(insert(ReportVisitMonth), rows)


def _kept(s: Session, months: list[str], light: bool = False) -> StationMonths:
    """The counted months among `months`: those whose mark is kept, with all their rows
    (`light`: counts without breakdowns will do)."""
    out: StationMonths = {}
    versions = (VERSION, LIGHT) if light else (VERSION,)
    rows = s.execute(select(ReportVisitMonth.month, ReportVisitMonth.station,
                            ReportVisitMonth.data, ReportVisitMonth.clients).where(
        ReportVisitMonth.month.in_(months), ReportVisitMonth.version.in_(versions)))
    for month, station, data, clients in rows:
        out.setdefault(month, {})[bytes(station)] = MonthVisits.from_json(data, clients)
    return {m: stations for m, stations in out.items() if NO_STATION in stations}


# The month's live visits of live clients. SQL adds them up: a county's month is
# millions of visits, and making a Python row of each costs more than the counting.
_LIVE = ("FROM visit WHERE void_reason IS NULL AND visit_date >= :first "
         "AND visit_date < :after AND (client_id IS NULL OR client_id NOT IN "
         "(SELECT id FROM client WHERE void_reason IS NOT NULL))")


def _count(s: Session, months: list[str]) -> StationMonths:
    """The missing months counted in full: the visits and clients visited from the date
    index (`_count_visits`), then one pass over the visits' rows, grouped by every shape,
    for the breakdowns by mode, lead worker, needs and services."""
    out = _count_visits(s, months)
    if not months:
        return out
    span = {"first": parse_month(months[0])[0].isoformat(),
            "after": (parse_month(months[-1])[1] + dt.timedelta(days=1)).isoformat()}
    dims = [d.code for d in NEED_DIMENSIONS]
    for month, station, mode, worker, *high, services, n in raw_rows(s, (
            f"SELECT {month_of(s, 'visit_date')}, sync_station, mode, worker_id, "
            "material_level = 'high', emotional_level = 'high', social_level = 'high', "
            # services as text: PostgreSQL groups no json column (SQLite's is text)
            f"CAST(services AS TEXT), count(*) {_LIVE} "
            "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8"), span):
        stations = out.get(month)
        if stations is None:
            continue
        m = stations[bytes(station) if station else NO_STATION]  # counted by _count_visits
        m.by_mode[mode] += n
        m.by_worker[id_from_bytes(worker) if worker else None] += n
        for dim, hit in zip(dims, high, strict=True):
            if hit:
                m.needs_high[dim] += n
        for code in set(json.loads(services)) if services else ():
            m.services[code] += n
    return out


__all__ = ["NO_STATION", "MonthVisits", "StationMonths", "months_between", "visit_months"]
