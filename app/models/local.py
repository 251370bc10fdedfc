"""Tables that belong to this installation only and never travel: devices and trust,
the change log, the clock, local settings and the log of which tables writes touched."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, NullableJSON, UUIDBytes


class Device(Base):
    """A device (installation) this database knows: itself, and the ones it heard from.

    `devno` is a small local number so that per-field clocks stay compact; the global
    device id (UUIDv7) is what travels.
    """

    __tablename__ = "device"

    devno: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(UUIDBytes, unique=True)
    name: Mapped[str | None] = mapped_column(String(100))
    station_id: Mapped[str | None] = mapped_column(UUIDBytes)
    station_name: Mapped[str | None] = mapped_column(String(100))
    role: Mapped[str | None] = mapped_column(String(32))
    sign_public_key: Mapped[bytes | None] = mapped_column()
    age_recipient: Mapped[str | None] = mapped_column(String(100))
    is_self: Mapped[bool] = mapped_column(default=False)
    trusted: Mapped[bool] = mapped_column(default=False)
    revoked_at: Mapped[str | None] = mapped_column(String(40))
    added_at: Mapped[str | None] = mapped_column(String(40))


class SyncClock(Base):
    """The persisted hybrid logical clock and this device's next op sequence number."""

    __tablename__ = "sync_clock"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hlc: Mapped[int] = mapped_column(BigInteger, default=0)
    next_seq: Mapped[int] = mapped_column(Integer, default=1)


class Op(Base):
    """One change to one synced row: the change log that bundles are made from.

    `fields` is None for a create (it set every synced field) or the list of fields an
    update set. The values are not copied here while they are current: they are the
    row's, and the row's clock for a field says whether it still holds this op's value.
    When a later write overwrites a field, the value this op set moves into `spill`, so
    the full op can always be rebuilt (`app.sync.oplog.op_values`).
    """

    __tablename__ = "sync_op"
    # Keyed by origin (device, sequence): the key of an op everywhere, and the one index.
    __table_args__ = {"sqlite_with_rowid": False}

    dev: Mapped[int] = mapped_column(ForeignKey("device.devno"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(UUIDBytes)
    hlc: Mapped[int] = mapped_column(BigInteger)
    fields: Mapped[list[str] | None] = mapped_column(NullableJSON)
    prev: Mapped[dict[str, Any] | None] = mapped_column(NullableJSON)
    spill: Mapped[dict[str, Any] | None] = mapped_column(NullableJSON)
    # Unix seconds when the op reached this database (made here or imported): month bundles.
    arrived_at: Mapped[int] = mapped_column(Integer)
    # Its place in its origin's signed log of its station (app.sync.origins): the
    # previous op's sequence number and this op's link; NULL for an op of this device
    # not yet sealed (sealing happens at export). `prev_link` is kept where the previous
    # op was not held here when this one arrived, so a range can start at this op.
    prev_seq: Mapped[int | None] = mapped_column(Integer)
    link: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    prev_link: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    # The station of the op's record (its sync_station): a device keeps one log per
    # station it writes in, so a bundle can carry one station's ops and not another's.
    station: Mapped[str | None] = mapped_column(UUIDBytes)


class LocalSetting(Base):
    """Small local facts: this device's id, station, worker, language, visit intervals."""

    __tablename__ = "local_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ClientIndex(Base):
    """A narrow, derived copy of each client for search-as-you-type and the Today list.

    Kept up to date by SQLite triggers on `client` and `visit` (migration 0002), so every
    write path (use cases, bulk demo, the merge) maintains it without remembering to.
    `hay` is the lower-case text searched: name, pinyin, initials, ID number, phone,
    village. `last_visit*` and `next_followup` are those of the latest live visit.
    """

    __tablename__ = "client_index"
    # Covering, in name order: the default list and a search both read this index alone,
    # already sorted (35 ms for 100,000 matches instead of 100 ms).
    __table_args__ = (Index("ix_client_index_sorted", "sort_key", "client_id", "live", "hay"),
                      {"sqlite_with_rowid": False})

    client_id: Mapped[str] = mapped_column(UUIDBytes, primary_key=True)
    live: Mapped[bool] = mapped_column(default=True)
    # Live and receiving services: the clients Today is about.
    active: Mapped[bool] = mapped_column(default=True)
    name: Mapped[str] = mapped_column(String(50), default="")
    village: Mapped[str | None] = mapped_column(String(100))
    # No index on sort_key or last_visit: scanning 100,000 narrow rows and sorting the
    # matches is faster than walking an index and jumping to each row.
    sort_key: Mapped[str] = mapped_column(String(200), default="")
    hay: Mapped[str] = mapped_column(Text, default="")
    last_visit: Mapped[dt.date | None] = mapped_column()
    last_visit_id: Mapped[str | None] = mapped_column(UUIDBytes)
    next_followup: Mapped[dt.date | None] = mapped_column(index=True)


class ReportVisitMonth(Base):
    """The monthly report's visit counts of one calendar month and one station, kept
    between reports.

    A year to date is most of a million visits on a big database, and a county's month
    is every station's; past months rarely change, so their counts are kept here. The
    triggers (migrations 0005, 0010) delete a month's rows whenever one of its visits is
    written, and every row when a client is voided or restored, so a row that exists is
    always current. A month's rows are written together: the row of `station` b"" (the
    visits of no known station) marks the month as counted, and a station with no row
    in a counted month had no visits. `version` is the shape of `data`; another version
    is recounted.
    """

    __tablename__ = "report_visit_month"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # YYYY-MM
    # the visits' sync_station, 16 bytes; b"": the month's mark (see above)
    station: Mapped[bytes] = mapped_column(LargeBinary(16), primary_key=True, default=b"")
    version: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    # The clients visited in the month, 16-byte ids end to end in order: the people
    # served in a year are the union of its months, without reading the year's visits.
    clients: Mapped[bytes] = mapped_column(LargeBinary, default=b"")


class VisitDraft(Base):
    """An unfinished visit form, saved every few seconds; never synced, never lost."""

    __tablename__ = "visit_draft"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[str | None] = mapped_column(UUIDBytes)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))


class WriteLog(Base):
    """Which tables one committed write touched, and which open database wrote them: how
    a window notices what the command line changed beside it (app.store.changes).
    Trimmed on every write to its last few hundred rows."""

    __tablename__ = "write_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    writer: Mapped[str] = mapped_column(String(32))  # a random id per open Database
    tables: Mapped[str] = mapped_column(Text)  # table names, space-separated
