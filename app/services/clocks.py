"""Wrong clocks: what is held, what to warn about at start-up, and the repair.

- `held_changes`: the ops the merge kept aside because they were stamped more than 24 h
  ahead of this computer's clock, by origin device (the Sync page shows them).
- `startup_clock_check`: at start-up, is the system clock earlier than this laptop's
  newest record (its date is wrong now, or was wrong while it wrote), or far later than
  it (a clock that jumped)? The GUI and the CLI only show the answer.
- `repair_clock`: once this laptop's date is right again, re-stamp what it wrote while
  its clock ran ahead (ordinary edits setting the same values, through the change
  capture, with sane clocks) and restart its clock at the wall clock. See docs/clocks.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.errors import ShegongError, user_language
from app.models import Device, HeldOp, Op, SyncClock, synced_tables
from app.models.base import Synced
from app.store.database import Database, not_set_up
from app.sync.capture import rewrite
from app.sync.hlc import MAX_AHEAD_MS, far_ahead_from, hlc_to_ms

DAY_MS = 24 * 3600 * 1000
BEHIND_SLACK_MS = 10 * 60 * 1000  # clocks of two laptops differ by a few minutes
JUMP_MS = 365 * DAY_MS  # a year after the newest record: the date jumped
# No Shegong record is older than this: a clock reading earlier is wrong, not slow.
EARLIEST_SANE_MS = int(dt.datetime(2025, 1, 1, tzinfo=dt.UTC).timestamp() * 1000)


# -- held ops ---------------------------------------------------------------------------

@dataclass(frozen=True)
class HeldChanges:
    device_id: str
    device_name: str
    count: int
    days_ahead: int  # of the furthest one, against this computer's clock now (rounded)


def held_changes(db: Database) -> list[HeldChanges]:
    """The held ops by origin device, most first."""
    if db.sync is None:
        return []
    wall = db.sync.clock.wall_ms()
    with db.read() as s:
        names = {d.device_id: d.name or d.device_id for d in s.scalars(select(Device))}
        rows = s.execute(select(HeldOp.device_id, func.count(), func.max(HeldOp.hlc))
                         .group_by(HeldOp.device_id)).all()
    out = [HeldChanges(device, names.get(device, device), count,
                       round(max(0, hlc_to_ms(newest) - wall) / DAY_MS))
           for device, count, newest in rows]
    return sorted(out, key=lambda h: (-h.count, h.device_name))


# -- the start-up warning ---------------------------------------------------------------

@dataclass(frozen=True)
class ClockCheck:
    kind: str  # "behind": earlier than the newest record; "jumped": far later than it
    ms: int  # how far

    @property
    def days(self) -> int:
        return self.ms // DAY_MS

    @property
    def hours(self) -> int:
        return self.ms // 3_600_000

    @property
    def repairable(self) -> bool:
        """This laptop's own clock is more than 24 h past the wall clock: if the date is
        right now, the records it wrote ahead need `shegong clock repair`."""
        return self.kind == "behind" and self.ms > MAX_AHEAD_MS

    def text(self, lang: str | None = None) -> str:
        """The warning in one line, for the command line (the GUI has its own, translated)."""
        zh = (lang or user_language()) == "zh"
        if self.kind == "jumped":
            return (f"电脑日期比本机最新的记录晚了 {self.days} 天，像是跳变了；"
                    "请先核对日期再记录。") if zh else (
                f"Warning: the computer's date jumped {self.days} days ahead of the newest "
                "record; check it before recording anything.")
        amount = (f"{self.days} 天" if zh else f"{self.days} days") if self.ms >= 2 * DAY_MS \
            else (f"{self.hours} 小时" if zh else f"{self.hours} hours")
        line = (f"电脑时钟比本机最新的记录慢了 {amount}，请检查日期。" if zh else
                f"Warning: the computer's clock is behind the newest record by {amount}; "
                "check the date.")
        if self.repairable:
            line += ("若日期现已正确，请运行 `shegong clock repair`。" if zh else
                     " If the date is right now, run `shegong clock repair`.")
        return line


def startup_clock_check(db: Database) -> ClockCheck | None:
    """Compare the system clock with this laptop's newest record (the persisted clock:
    the newest op written or applied here). None when the two agree."""
    if db.sync is None:
        return None
    with db.read() as s:
        clock = s.get(SyncClock, 1)
    if clock is None or not clock.hlc:
        return None
    gap = hlc_to_ms(clock.hlc) - db.sync.clock.wall_ms()
    if gap > BEHIND_SLACK_MS:
        return ClockCheck("behind", gap)
    if -gap > JUMP_MS:
        return ClockCheck("jumped", -gap)
    return None


# -- the repair -------------------------------------------------------------------------

@dataclass(frozen=True)
class RepairResult:
    records: int  # records re-stamped
    fields: int  # fields re-stamped
    hlc_before: int
    hlc_after: int

    def line(self) -> str:
        return (f"clock repaired: {self.fields} fields of {self.records} records written "
                f"again with today's clock; clock {self.hlc_before} -> {self.hlc_after}")


def repair_clock(db: Database) -> RepairResult:
    """For every synced field this device wrote with a clock more than 24 h past the (now
    correct) wall clock, an ordinary edit setting the same value, with a fresh clock; then
    the clock restarts at the wall clock. One transaction: all or nothing."""
    sync = db.sync
    if sync is None:
        raise not_set_up()
    wall = sync.clock.wall_ms()
    limit = far_ahead_from(wall)
    _refuse_wrong_date(db, wall)
    before = sync.clock.last
    records = fields = 0
    try:
        with db.write() as s:
            hlc_before = s.get(SyncClock, 1).hlc  # type: ignore[union-attr]
            sync.clock.reset_to_wall()
            for model in synced_tables().values():
                for row in s.scalars(select(model).where(
                        (model.sync_hlc >= limit) | model.sync_clocks.is_not(None))):
                    ahead = _far_ahead_fields(s, row, sync.devno, limit)
                    if ahead:
                        rewrite(s, row, ahead)
                        records, fields = records + 1, fields + len(ahead)
            s.flush()  # the capture stamps the ops and persists the clock
            s.execute(update(SyncClock).where(SyncClock.id == 1)
                      .values(hlc=sync.clock.last))
            after = sync.clock.last
    except BaseException:
        sync.clock.restore(before)  # the transaction rolled back; so does the clock
        raise
    return RepairResult(records, fields, hlc_before, after)


def _refuse_wrong_date(db: Database, wall: int) -> None:
    """The repair trusts the wall clock: refuse it while that is visibly wrong."""
    with db.read() as s:
        me = s.scalar(select(Device.devno).where(Device.is_self.is_(True)))
        # The newest op of another device applied here was within 24 h of this clock
        # when it arrived; it being far ahead of the clock now means the clock went back.
        others = s.scalar(select(func.max(Op.hlc)).where(Op.dev != me)) or 0
    if wall < EARLIEST_SANE_MS or hlc_to_ms(others) - wall > MAX_AHEAD_MS:
        raise ShegongError(
            "This computer's date is wrong now (earlier than records of other devices); "
            "set the right date and time first, then repair the clock. Nothing was changed.",
            "本机日期现在不正确（早于其他设备的记录），请先设置正确的日期和时间，"
            "再修复时钟。未做任何更改。")


def _far_ahead_fields(s: Session, row: Synced, me: int,
                      limit: int) -> dict[str, list[int] | None]:
    """The fields of row this device wrote with a clock at or past limit, each with the
    previous clock its new op records: the last one from before the far-future writes,
    so a device that held those writes sees the new op follow what it has."""
    out: dict[str, list[int] | None] = {}
    for name in type(row).sync_fields():
        hlc, dev = row.field_clock(name)
        if hlc >= limit and dev == me:
            out[name] = _sane_parent(s, row, name, me, limit)
    return out


def _sane_parent(s: Session, row: Synced, name: str, me: int, limit: int) -> list[int]:
    """Walk the field's previous clocks back past this device's far-future writes."""
    dev, seq = row.field_origin(name)
    op = s.scalar(select(Op).where(Op.dev == dev, Op.seq == seq))
    for _ in range(10_000):  # a field rewritten that often ahead: stop somewhere
        if op is None or op.prev is None or name not in op.prev:
            return [0, 0]  # the create: no previous clock
        hlc, prev_dev = op.prev[name]
        if hlc < limit or prev_dev != me:
            return [hlc, prev_dev]
        op = s.scalar(select(Op).where(Op.dev == me, Op.hlc == hlc,
                                       Op.table_name == type(row).__tablename__,
                                       Op.row_id == row.id))
    return [0, 0]
