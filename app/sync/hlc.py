"""Hybrid logical clock: wall-clock milliseconds in the high bits, a counter in the low 16.

An HLC value is a plain int, so comparing clocks is comparing ints. The clock never runs
backwards: every tick is above the last value, whatever the system clock says. It moves
past a clock seen in an imported bundle only when that clock is at most MAX_AHEAD_MS
ahead of this computer's wall clock (the merge holds ops stamped further ahead and never
shows them to the clock), so a laptop whose date reads 2099 cannot drag anyone else there.

Bounded drift, as in the HLC paper (Kulkarni et al.) and CockroachDB's max offset: a
clock never runs more than MAX_AHEAD_MS past its wall clock by its own doing. The one
exception is a persisted clock that is already further ahead (this laptop's own date was
wrong when it wrote, and was then set right): local writes keep taking last + 1, so they
stay ordered on this device, until `shegong clock repair` resets it (app.services.clocks).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

COUNTER_BITS = 16
MAX_AHEAD_MS = 24 * 3600 * 1000


def hlc_from_ms(ms: int) -> int:
    return ms << COUNTER_BITS


def hlc_to_ms(hlc: int) -> int:
    return hlc >> COUNTER_BITS


def far_ahead_from(wall_ms: int) -> int:
    """The first clock value more than MAX_AHEAD_MS past `wall_ms`: an op stamped at or
    past it is held on import, left out of exports, and repaired on its own laptop."""
    return hlc_from_ms(wall_ms + MAX_AHEAD_MS + 1)


def system_wall_ms() -> int:
    return int(time.time() * 1000)


class HybridClock:
    """Thread-safe; persisted by the change capture in the same transaction as each op."""

    def __init__(self, last: int = 0, wall_ms: Callable[[], int] | None = None) -> None:
        self._last = last
        self._wall_ms = wall_ms or system_wall_ms
        self._lock = threading.Lock()

    @property
    def last(self) -> int:
        return self._last

    def tick(self) -> int:
        with self._lock:
            self._last = max(self._last + 1, hlc_from_ms(self._wall_ms()))
            return self._last

    def tick_many(self, n: int) -> int:
        """Reserve n consecutive values; returns the first. Used by bulk writers."""
        with self._lock:
            first = max(self._last + 1, hlc_from_ms(self._wall_ms()))
            self._last = first + n - 1
            return first

    def too_far_ahead(self, hlc: int) -> bool:
        """True for a clock more than MAX_AHEAD_MS past this computer's wall clock: an op
        stamped so is held, never applied, and this clock never moves to it."""
        return hlc_to_ms(hlc) - self._wall_ms() > MAX_AHEAD_MS

    def observe(self, remote: int) -> bool:
        """Move past a clock seen elsewhere (an applied op), never backwards. A clock more
        than MAX_AHEAD_MS past the wall clock is ignored (False): it never drags this one."""
        with self._lock:
            if hlc_to_ms(remote) - self._wall_ms() > MAX_AHEAD_MS:
                return False
            self._last = max(self._last, remote)
            return True

    def ahead_ms(self) -> int:
        """How far the last value is past the wall clock (0 when it is not)."""
        return max(0, hlc_to_ms(self._last) - self._wall_ms())

    def reset_to_wall(self) -> int:
        """The one deliberate step back, for the clock repair once the date is right
        again: the clock restarts at the wall clock. Returns the new last value."""
        with self._lock:
            self._last = hlc_from_ms(self._wall_ms())
            return self._last

    def restore(self, last: int) -> None:
        """Put back the value reset_to_wall replaced, when the repair's transaction rolled
        back."""
        with self._lock:
            self._last = last

    def wall_ms(self) -> int:
        return self._wall_ms()
