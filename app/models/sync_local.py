"""Local tables of the bundle exchange: conflicts to review, the bundle ledger, what each
peer told us it holds, devices seen with clocks far ahead and the ops held for it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UUIDBytes


class Conflict(Base):
    """Two devices set one field concurrently to different values. The merge applied the
    last writer (kept) and records the other so a person can choose; choosing is an
    ordinary edit that syncs."""

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_row", "table_name", "row_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(UUIDBytes)
    field: Mapped[str] = mapped_column(String(64))
    kept_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    kept_hlc: Mapped[int] = mapped_column(BigInteger)
    kept_device: Mapped[str] = mapped_column(UUIDBytes)
    other_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    other_hlc: Mapped[int] = mapped_column(BigInteger)
    other_device: Mapped[str] = mapped_column(UUIDBytes)
    detected_at: Mapped[str] = mapped_column(String(40))
    resolved_at: Mapped[str | None] = mapped_column(String(40))
    resolution: Mapped[str | None] = mapped_column(String(20))  # "kept" / "other"


class BundleRecord(Base):
    """A bundle in or out. Incoming (device, seq, sha256) makes a replay harmless and a
    second bundle with a used sequence number visible."""

    __tablename__ = "bundle_ledger"
    __table_args__ = (Index("uq_bundle_ledger_direction", "direction", "device_id", "seq",
                            unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))  # "in" / "out"
    bundle_id: Mapped[str] = mapped_column(UUIDBytes)
    device_id: Mapped[str] = mapped_column(UUIDBytes)  # the sender
    seq: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(10))
    ops: Mapped[int] = mapped_column(Integer)
    at: Mapped[str] = mapped_column(String(40))
    summary: Mapped[dict[str, Any]] = mapped_column(JSON)


class PeerKnowledge(Base):
    """The ops a peer said it holds (the knowledge in its last bundle): what `--for` skips."""

    __tablename__ = "peer_knowledge"

    device_id: Mapped[str] = mapped_column(UUIDBytes, primary_key=True)
    knowledge: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[str] = mapped_column(String(40))


class ClockWarning(Base):
    """A device whose ops were stamped far in the future of this computer's clock."""

    __tablename__ = "clock_warning"

    device_id: Mapped[str] = mapped_column(UUIDBytes, primary_key=True)
    ahead_ms: Mapped[int] = mapped_column(BigInteger)
    seen_at: Mapped[str] = mapped_column(String(40))


class HeldOp(Base):
    """An op stamped more than 24 hours ahead of this computer's clock when it arrived:
    kept aside, never applied, never in the change log (so this device's knowledge does
    not claim it) and never shown to the clock. A later import applies it once it is no
    longer that far ahead. Never synced."""

    __tablename__ = "held_op"
    __table_args__ = (Index("uq_held_op_origin", "device_id", "seq", unique=True),
                      Index("ix_held_op_hlc", "hlc"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(UUIDBytes)  # the op's origin
    seq: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[int] = mapped_column(BigInteger)
    wire: Mapped[str] = mapped_column(Text)  # the op's whole line, as it came
    bundle_id: Mapped[str | None] = mapped_column(UUIDBytes)  # the bundle it came in
    held_at: Mapped[str] = mapped_column(String(40))
    # Its place in its origin's log, as for sync_op: a held op is forwarded inside the
    # ranges it belongs to.
    prev_seq: Mapped[int | None] = mapped_column(Integer)
    link: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    prev_link: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    station: Mapped[str | None] = mapped_column(UUIDBytes)


class OriginHead(Base):
    """A head of a device's op log and that device's signature over it (from a bundle,
    or made here for this device's own log): a relay forwards a range of a log only up
    to a head it can prove."""

    __tablename__ = "origin_head"
    __table_args__ = {"sqlite_with_rowid": False}

    dev: Mapped[int] = mapped_column(ForeignKey("device.devno"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    station: Mapped[str | None] = mapped_column(UUIDBytes)  # whose log of the device
    link: Mapped[bytes] = mapped_column(LargeBinary(32))
    sig: Mapped[bytes] = mapped_column(LargeBinary(64))


class EquivocationRecord(Base):
    """A device seen signing two different histories (two ops for one place in its
    log): the bundle was refused; this keeps the evidence for the Sync screen."""

    __tablename__ = "equivocation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(UUIDBytes)
    seq: Mapped[int] = mapped_column(Integer)
    detected_at: Mapped[str] = mapped_column(String(40))
    bundle_file: Mapped[str] = mapped_column(String(260))
    sender_id: Mapped[str | None] = mapped_column(UUIDBytes)
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON)
