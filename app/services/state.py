"""`state dump`: canonical JSON of every synced record, the proof of convergence.

Only synced fields (no clocks, change log, conflicts, drafts, keys or settings): two
databases that hold the same data print the same bytes. Streams table by table and row
by row, so memory stays flat on a database of millions of rows.
"""

from __future__ import annotations

import json
from typing import TextIO

from sqlalchemy import select

from app.models import synced_tables
from app.store.database import Database
from app.sync.codec import to_json

FORMAT = "shegong-state/1"
BATCH = 5000


def dump_state(db: Database, out: TextIO) -> int:
    """Write the dump; returns the number of records."""
    count = 0
    out.write('{"format":' + json.dumps(FORMAT) + ',"tables":{')
    with db.engine.connect() as conn:
        for t_index, (name, model) in enumerate(sorted(synced_tables().items())):
            table = model.__table__
            fields = ("id", *model.sync_fields())
            columns = [table.c[f] for f in fields]
            out.write(("," if t_index else "") + "\n" + json.dumps(name) + ":[")
            result = conn.execution_options(stream_results=True, yield_per=BATCH).execute(
                select(*columns).order_by(table.c.id))
            first = True
            for row in result:
                record = {f: to_json(v) for f, v in zip(fields, row, strict=True)}
                out.write(("\n" if first else ",\n") + json.dumps(
                    record, sort_keys=True, ensure_ascii=False, separators=(",", ":")))
                first = False
                count += 1
            out.write("]")
    out.write("\n}}\n")
    return count
