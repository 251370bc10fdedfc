"""What a person reviews after imports: conflicts, duplicate clients, clocks, history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import groupby
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ShegongError
from app.models import (
    ActivityParticipant,
    BundleRecord,
    Case,
    Client,
    ClientCategory,
    ClockWarning,
    Conflict,
    Device,
    EquivocationRecord,
    HouseholdMember,
    Referral,
    SyncClock,
    Visit,
    synced_tables,
)
from app.services.common import get_live, now_iso
from app.store.database import Database
from app.sync.codec import date_from_json
from app.sync.hlc import hlc_to_ms

DAY_MS = 24 * 3600 * 1000


@dataclass(frozen=True)
class ConflictRow:
    id: int
    table: str
    row_id: str
    field: str
    record_label: str  # e.g. the client's name
    kept_value: Any
    kept_at: dt.datetime
    kept_device: str  # device name (or id)
    other_value: Any
    other_at: dt.datetime
    other_device: str


def open_conflicts(db: Database) -> list[ConflictRow]:
    with db.read() as s:
        names = _device_names(s)
        rows = list(s.scalars(select(Conflict).where(Conflict.resolved_at.is_(None))
                              .order_by(Conflict.id)))
        out = []
        for c in rows:
            out.append(ConflictRow(
                c.id, c.table_name, c.row_id, c.field, _label(s, c.table_name, c.row_id),
                c.kept_value, _when(c.kept_hlc), names.get(c.kept_device, c.kept_device),
                c.other_value, _when(c.other_hlc), names.get(c.other_device, c.other_device)))
        return out


def resolve_conflict(db: Database, conflict_id: int, choose: str) -> None:
    """Keep the applied value ("kept") or take the other ("other"). Taking the other is an
    ordinary edit of the record, so it travels to every device like any change."""
    if choose not in ("kept", "other"):
        raise ValueError(choose)
    with db.write() as s:
        conflict = s.get(Conflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise ShegongError("That conflict was already resolved.", "该冲突已处理。")
        if choose == "other":
            model = synced_tables()[conflict.table_name]
            record = s.get(model, conflict.row_id)
            if record is None:
                raise ShegongError("The record no longer exists here.", "该记录已不存在。")
            column = model.__table__.c[conflict.field]
            value = conflict.other_value
            if value is not None and column.type.python_type is dt.date:
                value = date_from_json(value)
            setattr(record, conflict.field, value)
        conflict.resolved_at = now_iso()
        conflict.resolution = choose


@dataclass(frozen=True)
class DuplicatePair:
    id_number: str
    keep_id: str
    keep_name: str
    other_id: str
    other_name: str


def duplicate_clients(db: Database) -> list[DuplicatePair]:
    """Live clients sharing an ID number (typically registered on two laptops)."""
    with db.read() as s:
        return [DuplicatePair(number, keep[0], keep[1], other_id, other_name)
                for number, (keep, *others) in duplicate_groups(s).items()
                for other_id, other_name in others]


def duplicate_groups(s: Session) -> dict[str, list[tuple[str, str]]]:
    """(id, name) of the live clients of each shared ID number, the earliest first.

    The shared numbers are found from the ID number's index alone (voided rows included,
    so it need not read the wide client rows); the clients are then read live."""
    shared = (select(Client.id_number).where(Client.id_number.is_not(None))
              .group_by(Client.id_number).having(func.count() > 1))
    rows = s.execute(select(Client.id_number, Client.id, Client.name)
                     .where(Client.void_reason.is_(None), Client.id_number.in_(shared))
                     .order_by(Client.id_number, Client.id))
    groups = {number: [(cid, name or "") for _, cid, name in same]
              for number, same in groupby(rows, key=lambda r: r[0])}
    return {number: same for number, same in groups.items() if len(same) > 1}


def merge_clients(db: Database, keep_id: str, other_id: str) -> None:
    """Keep one record: move the other's visits, cases, categories, household, referrals
    and activity places to it (as ordinary edits, which sync), then void the other as
    merged into the kept one. Facts the kept record already has are voided, not doubled."""
    if keep_id == other_id:
        raise ShegongError("Choose two different records.", "请选择两条不同的记录。")
    with db.write() as s:
        keep = get_live(s, Client, keep_id, "client", "服务对象")
        other = get_live(s, Client, other_id, "client", "服务对象")
        _move_to_client(s, Visit, other_id, keep_id)
        _move_to_client(s, Case, other_id, keep_id)
        _move_to_client(s, Referral, other_id, keep_id)
        _move_to_client(s, HouseholdMember, other_id, keep_id)
        kept_categories = set(s.scalars(select(ClientCategory.category).where(
            ClientCategory.client_id == keep_id, ClientCategory.void_reason.is_(None))))
        for category in s.scalars(select(ClientCategory).where(
                ClientCategory.client_id == other_id, ClientCategory.void_reason.is_(None))):
            if category.category in kept_categories:
                category.void_reason = f"merged into {keep_id}"
            else:
                category.client_id = keep_id
        attended = set(s.scalars(select(ActivityParticipant.activity_id).where(
            ActivityParticipant.client_id == keep_id,
            ActivityParticipant.void_reason.is_(None))))
        for participant in s.scalars(select(ActivityParticipant).where(
                ActivityParticipant.client_id == other_id,
                ActivityParticipant.void_reason.is_(None))):
            if participant.activity_id in attended:
                participant.void_reason = f"merged into {keep_id}"
            else:
                participant.client_id = keep_id
        for name in ("phone", "address", "village", "village_group", "birth_date", "gender"):
            if getattr(keep, name) is None and getattr(other, name) is not None:
                setattr(keep, name, getattr(other, name))
        other.void_reason = f"merged into {keep_id}"


@dataclass(frozen=True)
class ClockProblem:
    device_name: str
    hours_ahead: int


# One call per model rather than a loop over the models: each call is then typed as its
# model, where a loop's variable would be their common base, which has no client_id.
_ClientOwned = TypeVar("_ClientOwned", Visit, Case, Referral, HouseholdMember)


def _move_to_client(s: Session, model: type[_ClientOwned], other_id: str, keep_id: str) -> None:
    """Point the live rows of `model` that belong to other_id at keep_id (ordinary edits)."""
    for row in s.scalars(select(model).where(model.client_id == other_id,
                                             model.void_reason.is_(None))):
        row.client_id = keep_id


def clock_problems(db: Database) -> list[ClockProblem]:
    """Devices whose ops were stamped more than a day ahead of this computer's clock."""
    with db.read() as s:
        names = _device_names(s)
        return [ClockProblem(names.get(w.device_id, w.device_id), w.ahead_ms // 3_600_000)
                for w in s.scalars(select(ClockWarning).order_by(ClockWarning.ahead_ms.desc()))]


def this_clock_behind_ms(db: Database) -> int:
    """How far this computer's clock is behind the newest clock it has seen (0 if not):
    more than a day means the date on this laptop is wrong."""
    with db.read() as s:
        clock = s.get(SyncClock, 1)
    if clock is None or db.sync is None:
        return 0
    return max(0, hlc_to_ms(clock.hlc) - db.sync.clock.wall_ms())


@dataclass(frozen=True)
class BundleHistoryRow:
    direction: str
    at: str
    device: str
    kind: str
    ops: int
    summary: dict[str, Any]


def bundle_history(db: Database, limit: int = 200) -> list[BundleHistoryRow]:
    with db.read() as s:
        names = _device_names(s)
        return [BundleHistoryRow(r.direction, r.at, names.get(r.device_id, r.device_id),
                                 r.kind, r.ops, r.summary)
                for r in s.scalars(select(BundleRecord).order_by(BundleRecord.id.desc())
                                   .limit(limit))]


@dataclass(frozen=True)
class EquivocationRow:
    """A device seen signing two histories: one of its bundles (or a relay's) refused."""

    device_id: str
    device_name: str
    seq: int  # the place in its log held here and signed differently
    detected_at: str
    bundle_file: str
    revoked: bool
    of_bundles: bool  # two bundle files under one number, not two ops


def equivocations(db: Database) -> list[EquivocationRow]:
    """The evidence kept by refused imports (app.sync.origins), newest first, one row
    per device and place in its log."""
    with db.read() as s:
        names = _device_names(s)
        revoked = {d.device_id for d in s.scalars(select(Device).where(
            Device.revoked_at.is_not(None)))}
        rows: list[EquivocationRow] = []
        seen: set[tuple[str, int, bool]] = set()
        for r in s.scalars(select(EquivocationRecord).order_by(
                EquivocationRecord.id.desc())):
            key = (r.device_id, r.seq, r.evidence.get("what") == "bundle")
            if key not in seen:
                seen.add(key)
                rows.append(EquivocationRow(r.device_id, names.get(r.device_id, r.device_id),
                                            r.seq, r.detected_at, r.bundle_file,
                                            r.device_id in revoked,
                                            r.evidence.get("what") == "bundle"))
        return rows


def _device_names(s: Session) -> dict[str, str]:
    """Every known device's name by id (its id when it has no name), for the review lists."""
    return {d.device_id: d.name or d.device_id for d in s.scalars(select(Device))}


def _label(s: Any, table: str, row_id: str) -> str:
    if table == "client":
        client = s.get(Client, row_id)
        return client.name or "" if client else row_id
    return f"{table} {row_id[:8]}"


def _when(hlc: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(hlc_to_ms(hlc) / 1000, dt.UTC)
