"""Knowledge: which ops of which devices a database holds, as sequence-number ranges.

{device id: [[first, last], ...]} — contiguous runs, so a device that holds everything of
a laptop says so in one pair. Bundles carry the sender's knowledge; the receiver keeps
its peers' latest, and `--for PEER` sends exactly what the peer has not said it holds.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from app.models.ids import id_from_bytes

Ranges = list[list[int]]
Knowledge = dict[str, Ranges]

_RUNS = """
SELECT d.device_id, min(o.seq), max(o.seq) FROM (
  SELECT dev, seq, seq - row_number() OVER (PARTITION BY dev ORDER BY seq) AS run
  FROM sync_op) AS o
JOIN device AS d ON d.devno = o.dev
GROUP BY o.dev, o.run ORDER BY o.dev, min(o.seq)
"""


def local_knowledge(cursor: Any) -> Knowledge:
    """From the change log, with a window query (one pass, no Python loop over ops)."""
    out: Knowledge = {}
    for device, first, last in cursor.execute(_RUNS):
        out.setdefault(id_from_bytes(device), []).append([first, last])
    return out


def holds(ranges: Ranges, seq: int) -> bool:
    i = bisect_right(ranges, [seq, float("inf")]) - 1
    return i >= 0 and ranges[i][0] <= seq <= ranges[i][1]


def valid(knowledge: Any) -> bool:
    if not isinstance(knowledge, dict):
        return False
    for ranges in knowledge.values():
        if not isinstance(ranges, list):
            return False
        for pair in ranges:
            if (not isinstance(pair, list) or len(pair) != 2
                    or not all(isinstance(x, int) and not isinstance(x, bool) for x in pair)
                    or pair[0] > pair[1]):
                return False
    return True

