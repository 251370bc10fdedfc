"""The county part of bench_sync.py: many stations' monthly bundles merged into one
database through the real command line, against raw executemany baselines of the same
rows measured in the same run (issue 12).

The import runs as one `bundle import` child over every file; the time at which it has
printed the line of file `checkpoint` is the time of a county of that many stations, so
one run gives both sizes of the linearity ratio (importing the first N files of a run is
importing N files into a fresh county).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from common import ROOT, app_db

BATCH = 50_000  # rows per executemany of the baselines (bounded memory, same speed)
# The tables a county import writes rows into (besides what their triggers write).
WRITTEN = ("client", "visit", "sync_op")


@dataclass
class CountyRun:
    stations: int
    checkpoint: int
    seconds: float  # every file
    checkpoint_seconds: float  # the first `checkpoint` files
    cpu: float  # the child's CPU seconds (user + system), for every file
    checkpoint_cpu: float
    peak_mb: float
    applied: int
    made_seconds: float


def make_county(root: Path, stations: int, ops_each: int) -> tuple[Path, list[Path], float]:
    """A county data folder trusting `stations` station heads, and one signed monthly
    bundle of `ops_each` synthetic ops (real keys and format) from each."""
    from app.paths import resolve_paths
    from app.services.devices import trust_card
    from app.services.setup import CountyInput, initialize
    from app.store.database import Database
    from app.sync.keys import load_age_identity

    hub_dir = root / "county"
    hub = Database(resolve_paths(hub_dir))
    initialize(hub, CountyInput(office="南宁市武鸣区民政局", device="县局电脑"))
    hub_recipient = str(load_age_identity(hub.paths.keys).to_public())
    rng = random.Random(7)
    bundles = []
    made = time.perf_counter()
    for i in range(stations):
        station_dir = root / f"s{i}"
        station_dir.mkdir()
        card = _station_bundle(station_dir, i, ops_each, hub_recipient, rng)
        trust_card(hub, card, "head")
        bundles.append(station_dir / "month.shegong")
    made = time.perf_counter() - made
    hub.close()
    return hub_dir, bundles, made


def _station_bundle(station_dir: Path, i: int, ops_each: int, hub_recipient: str,
                    rng: random.Random) -> Path:
    """Writes station i's card and monthly bundle into `station_dir`; returns the card."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.models.ids import uuid7
    from app.sync import bundle_file as bf
    from app.sync.keys import age_fingerprint, create_age_identity, fingerprint
    from app.sync.origins import ZERO_LINK, Range, head_message, link_of
    from app.sync.wire import encode

    key = Ed25519PrivateKey.generate()
    pub = key.public_key().public_bytes(serialization.Encoding.Raw,
                                        serialization.PublicFormat.Raw)
    recipient = create_age_identity(station_dir)
    dev, station_id = uuid7(), uuid7()
    card = {"format": "shegong-card/1", "device_id": dev, "name": f"站长电脑{i}",
            "station_id": station_id, "station_name": f"第{i}社工站", "role": "head",
            "sign_key": base64.b64encode(pub).decode(),
            "age_recipient": recipient, "fingerprint": fingerprint(pub)}
    sig = key.sign(bf.canonical(card))
    card_path = station_dir / "card.json"
    card_path.write_text(json.dumps({"card": card, "signature": base64.b64encode(sig).decode()}))
    writer = bf.OpsWriter(station_dir)
    link = ZERO_LINK
    for n, op in enumerate(_station_ops(dev, station_id, ops_each, rng)):
        line = encode(op)
        link = link_of(n, link, line[:-1])  # the station's log: op n+1 after op n
        writer.add(line)
    bid = uuid7()
    bf.write_bundle(
        station_dir / "month.shegong",
        {"bundle_id": bid, "sender": dev, "sender_name": card["name"],
         "station": station_id, "station_name": card["station_name"], "seq": 1,
         "prev_sha256": "", "kind": "month", "month": "2026-11", "for": None,
         "created_at": dt.datetime.now(dt.UTC).isoformat()},
        {"bundle_id": bid, "schema": "0003", "knowledge": {dev: [[1, ops_each]]},
         "counts": {}, "recipients": sorted([age_fingerprint(hub_recipient),
                                             age_fingerprint(recipient)]),
         "origins": [Range(dev, station_id, 1, ops_each, 0, ZERO_LINK, link,
                           key.sign(head_message(dev, station_id, ops_each, link))
                           ).to_json()],
         "keys": {dev: pub.hex()}},
        writer, key, [hub_recipient, recipient])
    return card_path


def _station_ops(dev: str, station_id: str, ops_each: int, rng: random.Random) -> list:
    """A station's month: a new client every tenth op, visits to its clients otherwise."""
    from app.models.ids import uuid7
    from app.sync.wire import WireOp, schema

    def full(table: str, values: dict[str, object]) -> dict[str, object]:
        return {**dict.fromkeys(schema()[table]), **values}  # a create sets every field

    ops, clients = [], []
    hlc = int(time.time() * 1000) << 16
    for n in range(ops_each):
        hlc += 1
        if n % 10 == 0 or not clients:
            cid = uuid7()
            clients.append(cid)
            ops.append(WireOp("client", cid, hlc, dev, n + 1, True, full("client", {
                "name": "韦秀兰", "gender": "female", "village": "那龙村", "status": "active",
                "risk_level": "low", "station_id": station_id}), {}, station=station_id))
        else:
            ops.append(WireOp("visit", uuid7(), hlc, dev, n + 1, True, full("visit", {
                "client_id": clients[rng.randrange(len(clients))],
                "visit_date": "2026-11-02", "mode": "home",
                "observations": "老人身体尚可，独居，子女在外务工。",
                "material_level": "low", "emotional_level": "medium",
                "social_level": "low", "services": ["emotional_support"]}), {},
                station=station_id))
    return ops


def import_all(hub_dir: Path, bundles: list[Path], checkpoint: int,
               made_seconds: float) -> CountyRun:
    """`shegong bundle import` of every file in one child process: total time, the time
    when file `checkpoint` was done, and the child's peak memory (os.wait4)."""
    env = {**os.environ, "SHEGONG_LANG": "en"}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(hub_dir), "bundle", "import",
         *map(str, bundles)], stdout=subprocess.PIPE, env=env, cwd=ROOT)
    assert proc.stdout is not None
    done, at_checkpoint, cpu_at_checkpoint, applied = 0, 0.0, 0.0, 0
    for raw in proc.stdout:
        done += 1
        applied += int(raw.decode().split(" applied ")[1].split()[0])
        if done == checkpoint:
            at_checkpoint = time.perf_counter() - start
            cpu_at_checkpoint = _cpu_so_far(proc.pid)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0 or done != len(bundles):
        raise SystemExit(f"bundle import failed after {done} files")
    return CountyRun(len(bundles), checkpoint, seconds, at_checkpoint,
                     usage.ru_utime + usage.ru_stime, cpu_at_checkpoint,
                     usage.ru_maxrss / 1024, applied, made_seconds)


def _cpu_so_far(pid: int) -> float:
    """CPU seconds a running process and its live children (the import's checking
    helper) have used (Linux /proc), so it compares with wait4's total, which counts the
    reaped children: on a machine shared with other work, CPU time moves much less with
    the load than the clock does."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return 0.0  # ended meanwhile
    own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return own + sum(_cpu_so_far(int(child)) for child in children)


def _connect(path: Path, folder: Path | None = None) -> Any:
    """The pragmas of the app's connections (app.store.engine) and of its import's
    transaction (a 64 MB page cache, temporary files in memory); a copy of the app's
    database under the key of its data `folder`, a bare file plain."""
    conn = (app_db(path, folder, isolation_level=None) if folder is not None
            else sqlite3.connect(path, isolation_level=None))
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=FULL",
                   "temp_store=MEMORY", "cache_size=-65536"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def baselines(imported: Path, empty: Path, work: Path) -> tuple[dict[str, float], int]:
    """({bare, same, bare_cpu, same_cpu}: seconds, rows): plain executemany
    of every row the import wrote into WRITTEN, in one transaction each. Bare tables:
    the same columns, no key, no index, no trigger. Same schema: a copy of the county's
    database as it was before the import, triggers and indexes included. Only the
    executemany calls are timed; the rows are read from the imported database between
    them, BATCH at a time."""
    source = app_db(imported)
    bare_path, same_path = work / "bare.db", work / "same.db"
    shutil.copy(empty, same_path)
    bare, same = _connect(bare_path), _connect(same_path, imported.parent)
    for table in WRITTEN:
        columns = [r[1] for r in source.execute(f"PRAGMA table_info({table})")]
        bare.execute(f"CREATE TABLE {table} ({', '.join(columns)})")
    timed = {"bare": 0.0, "same": 0.0, "bare_cpu": 0.0, "same_cpu": 0.0}
    rows = 0

    def run(name: str, conn: Any, sql: str, batch: Any = None) -> None:
        start, cpu = time.perf_counter(), time.process_time()
        conn.executemany(sql, batch) if batch is not None else conn.execute(sql)
        timed[name] += time.perf_counter() - start
        timed[f"{name}_cpu"] += time.process_time() - cpu

    for name, conn in (("bare", bare), ("same", same)):
        run(name, conn, "BEGIN")
    own = source.execute("SELECT devno FROM device WHERE is_self = 1").fetchone()[0]
    for table in WRITTEN:
        # the county's own rows were there before the import
        dev = "dev" if table == "sync_op" else "sync_dev"
        cur = source.execute(f"SELECT * FROM {table} WHERE {dev} != ?", (own,))
        marks = ", ".join("?" * len(cur.description))
        while batch := cur.fetchmany(BATCH):
            rows += len(batch)
            for name, conn in (("bare", bare), ("same", same)):
                run(name, conn, f"INSERT INTO {table} VALUES ({marks})", batch)
    for name, conn in (("bare", bare), ("same", same)):
        run(name, conn, "COMMIT")
        conn.close()
    source.close()
    return timed, rows


def county_table(root: Path, stations: int, checkpoint: int,
                 ops_each: int) -> list[tuple[str, ...]]:
    """The county rows of the results table, every ratio from this run."""
    hub_dir, bundles, made = make_county(root, stations, ops_each)
    empty = root / "county-empty.db"
    shutil.copy(hub_dir / "shegong.db", empty)  # closed, checkpointed: a plain copy is whole
    run = import_all(hub_dir, bundles, checkpoint, made)
    base, rows = baselines(hub_dir / "shegong.db", empty, root)
    size = f"{stations:,} x {ops_each:,} ops"
    return [
        ("county: merge station bundles", size, _both(run.seconds, run.cpu),
         f"{run.peak_mb:.0f} MB", "< 60 s, < 500 MB",
         f"{run.applied:,} ops applied, one `bundle import` of every file; bundles made "
         f"in {made:.0f} s"),
        ("county: the first stations", f"{checkpoint:,} x {ops_each:,} ops",
         _both(run.checkpoint_seconds, run.checkpoint_cpu), "",
         f"<= {stations / checkpoint * 1.05:.2f}x",
         f"{stations:,} stations take {run.seconds / run.checkpoint_seconds:.2f}x the time "
         f"(CPU {run.cpu / run.checkpoint_cpu:.2f}x) of {checkpoint:,}: "
         f"{stations / checkpoint:.2f}x the work"),
        ("baseline: executemany, bare tables", f"{rows:,} rows",
         _both(base["bare"], base["bare_cpu"]), "", ">= 0.33x",
         f"import = {base['bare'] / run.seconds:.3f}x (CPU {base['bare_cpu'] / run.cpu:.3f}x)"
         f"; rows of {', '.join(WRITTEN)}, same columns, no key, index or trigger"),
        ("baseline: executemany, same tables", f"{rows:,} rows",
         _both(base["same"], base["same_cpu"]), "", ">= 0.6x",
         f"import = {base['same'] / run.seconds:.3f}x (CPU {base['same_cpu'] / run.cpu:.3f}x)"
         "; the county's schema before the import: keys, indexes, triggers"),
    ]


def _both(seconds: float, cpu: float) -> str:
    return f"{seconds:.1f} s (CPU {cpu:.1f} s)"
