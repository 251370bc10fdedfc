"""What a bundle forwards of each origin's log: whole signed ranges (app.sync.origins).

The ops a bundle is meant to carry (all, one month's arrivals, what a peer lacks) are
widened to ranges a receiver can prove: each op is sent with every op after it in its
origin's log up to the next signed head this device holds, and with the link before the
first. A range breaks where the log has a hole here or the clocks go down (the origin
signed a head there). Ops held aside for their clock (held_op) belong to their ranges
like any other. Walks each origin's log once, in sequence order, from the first op
wanted; memory stays with the ranges, not the ops.
"""

from __future__ import annotations

import heapq
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.models.ids import id_from_bytes, id_to_bytes
from app.sync.origins import ZERO_LINK, Range

log = logging.getLogger(__name__)

# One origin's log as held here: merged ops and ops held aside, each in sequence order
# (merged in Python: a UNION would sort a million rows again).
_MERGED = ("SELECT seq, prev_seq, hlc, link, prev_link, arrived_at, NULL FROM sync_op "
           "WHERE dev = ? AND station IS ? AND seq >= ? AND link IS NOT NULL ORDER BY seq")
_HELD = ("SELECT seq, prev_seq, hlc, link, prev_link, held_at, id FROM held_op "
         "WHERE device_id = ? AND station IS ? AND seq >= ? AND link IS NOT NULL "
         "ORDER BY seq")
# One log: a device (by its local number) and a station (16 bytes, or None).
Log = tuple[int, bytes | None]

# (devno, row of _LOG) -> is this op one the bundle is meant to carry?
Wanted = Callable[[int, tuple[Any, ...]], bool]


@dataclass
class Plan:
    ranges: list[Range] = field(default_factory=list)
    # Ops sent only to complete a range (not wanted themselves): merged ones by
    # (devno, seq), held ones by held_op id.
    extra: list[tuple[int, int]] = field(default_factory=list)
    held: list[int] = field(default_factory=list)
    by_log: dict[Log, list[tuple[int, int]]] = field(default_factory=dict)  # (from, to)

    def carries(self, devno: int, station: bytes | None, seq: int) -> bool:
        return any(first <= seq <= last for first, last in self.by_log.get((devno, station),
                                                                            ()))


@dataclass
class _Run:
    range: Range
    rows: list[tuple[Any, ...]]  # only those held aside or not wanted
    at_hlc: int


def plan(conn: Any, devices: dict[int, str], starts: dict[Log, int],
         wanted: Wanted, cuts: dict[int, int] | None = None) -> Plan:
    """The ranges to send: of each log (device, station), from `starts[log]` on, and
    for a revoked device no further than its cut."""
    out = Plan()
    for (devno, station), start in sorted(starts.items(), key=lambda kv: (
            kv[0][0], kv[0][1] or b"")):
        heads = {seq: (bytes(link), bytes(sig)) for seq, link, sig in conn.execute(
            "SELECT seq, link, sig FROM origin_head WHERE dev = ? AND station IS ? "
            "AND seq >= ?", (devno, station, start))}
        held = conn.execute(_HELD, (id_to_bytes(devices[devno]), station, start)).fetchall()
        rows: Any = heapq.merge(conn.execute(_MERGED, (devno, station, start)), held,
                                key=lambda row: row[0])
        if cuts and devno in cuts:
            rows = _up_to(rows, cuts[devno])
        name = id_from_bytes(station) if station else None
        for run in _runs(devices[devno], name, devno, rows, heads, wanted):
            out.ranges.append(run.range)
            out.by_log.setdefault((devno, station), []).append(
                (run.range.first, run.range.last))
            for row in run.rows:  # held aside, or not wanted: sent to complete the range
                if row[6] is not None:
                    out.held.append(row[6])
                else:
                    out.extra.append((devno, row[0]))
    return out


def _up_to(rows: Any, cut: int) -> Any:
    """A revoked device's log up to its cut."""
    for row in rows:
        if row[0] > cut:
            return
        yield row


def _runs(device: str, station: str | None, devno: int, rows: Any,
          heads: dict[int, tuple[bytes, bytes]], wanted: Wanted) -> list[_Run]:
    runs: list[_Run] = []
    run: _Run | None = None
    need = False  # the run's last op is not a signed head: it must go on
    last_seen: tuple[int, bytes] | None = None
    for row in rows:
        seq, prev_seq, hlc, link, _prev_link = row[:5]
        is_wanted = wanted(devno, row)
        take = need or is_wanted
        if run is not None and (not take or prev_seq != run.range.last or hlc <= run.at_hlc):
            _close(run, need, heads, runs)
            run, need, take = None, False, is_wanted
        if take:
            if run is None:
                run = _start(device, station, row, last_seen)
            if run is not None:
                run.range.last, run.at_hlc = seq, hlc
                if row[6] is not None or not is_wanted:
                    run.rows.append(row)
                need = seq not in heads
        last_seen = (seq, bytes(link))
    if run is not None:
        _close(run, need, heads, runs)
    return runs


def _start(device: str, station: str | None, row: tuple[Any, ...],
           last_seen: tuple[int, bytes] | None) -> _Run | None:
    seq, prev_seq, hlc, _, prev_link = row[:5]
    if last_seen is not None and last_seen[0] == prev_seq:
        before = last_seen[1]
    elif prev_link is not None:
        before = bytes(prev_link)
    elif prev_seq == 0:
        before = ZERO_LINK
    else:
        log.warning("op %s/%s: the link before it is unknown here; not forwarded", device, seq)
        return None
    return _Run(Range(device, station, seq, seq, prev_seq, before, ZERO_LINK, b""), [], hlc)


def _close(run: _Run, need: bool, heads: dict[int, tuple[bytes, bytes]],
           runs: list[_Run]) -> None:
    if need:  # no signed head to end on: a receiver could not prove it
        log.warning("ops %s/%s-%s end on no signed head; not forwarded", run.range.device,
                    run.range.first, run.range.last)
        return
    run.range.link, run.range.sig = heads[run.range.last]
    runs.append(run)
