"""Hybrid logical clock: wall-clock milliseconds in the high bits, a counter in the low 16.

An HLC value is a plain int, so comparing clocks is comparing ints. The clock never runs
backwards: every tick is above the last value, whatever the system clock says, and it
jumps past any clock it has seen in an imported bundle. Village laptops often have wrong
clocks; the HLC keeps causality right anyway.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

COUNTER_BITS = 16


def hlc_from_ms(ms: int) -> int:
    return ms << COUNTER_BITS


def hlc_to_ms(hlc: int) -> int:
    return hlc >> COUNTER_BITS


class HybridClock:
    """Thread-safe; persisted by the change capture in the same transaction as each op."""

    def __init__(self, last: int = 0, wall_ms: Callable[[], int] | None = None) -> None:
        self._last = last
        self._wall_ms = wall_ms or (lambda: int(time.time() * 1000))
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

    def observe(self, remote: int) -> None:
        """Move past a clock seen elsewhere (an imported op), never backwards."""
        with self._lock:
            self._last = max(self._last, remote)

    def wall_ms(self) -> int:
        return self._wall_ms()
