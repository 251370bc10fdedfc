"""Knowledge: which ops of which devices a database holds, as sequence-number ranges.

{device id: [[first, last], ...]} — contiguous runs, so a device that holds everything of
a laptop says so in one pair. Bundles carry the sender's knowledge; the receiver keeps
its peers' latest, and `--for PEER` sends exactly what the peer has not said it holds.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from app.models.ids import id_from_bytes, is_uuid

Ranges = list[list[int]]
Knowledge = dict[str, Ranges]

_RUNS = """
SELECT d.device_id, min(o.seq), max(o.seq) FROM (
  SELECT dev, seq, seq - row_number() OVER (PARTITION BY dev ORDER BY seq) AS run
  FROM sync_op) AS o
JOIN device AS d ON d.devno = o.dev
GROUP BY o.dev, d.device_id, o.run ORDER BY o.dev, min(o.seq)
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


# A knowledge list is one device's summary of what it holds: a county's devices, each
# in a few runs. Bigger than this it is an attack on the importer's memory and disk.
MAX_KNOWN_DEVICES = 10_000
MAX_KNOWN_RUNS = 100_000
_SEQ_LIMIT = 1 << 62


def valid(knowledge: Any) -> bool:
    if not isinstance(knowledge, dict) or len(knowledge) > MAX_KNOWN_DEVICES:
        return False
    runs = 0
    for device, ranges in knowledge.items():
        if not is_uuid(device) or not isinstance(ranges, list):
            return False
        runs += len(ranges)
        if runs > MAX_KNOWN_RUNS:
            return False
        for pair in ranges:
            if (not isinstance(pair, list) or len(pair) != 2
                    or not all(isinstance(x, int) and not isinstance(x, bool) for x in pair)
                    or not 0 < pair[0] <= pair[1] < _SEQ_LIMIT):
                return False
    return True
