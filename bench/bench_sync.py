"""Benchmark of the bundle exchange (issue 4), every figure beside a baseline of the
same run:

    .venv/bin/python bench/bench_sync.py [--clients 60000] [--stations 375]
        [--station-ops 3000]

1. A worker laptop with `demo --clients N` (60,000 clients is about a million ops)
   exports --all (time, peak memory, bytes per op); an empty trusted device imports it
   (time, peak memory) and imports it again (all known). Baseline: plain executemany of
   the same rows into the same tables of an empty database, in one transaction.
2. A station's month: export --month of a station-sized database (~5,000 ops).
3. A county: --stations bundles of --station-ops ops each, from as many signed, trusted
   stations, merged into one database; total time.
Budgets: import rate >= 1/3 of the baseline; re-import >= 2x faster than the first;
peak memory < 300 MB; month export < 1 s; county < 60 s; visit op < 100 bytes.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from common import INIT, print_table, run_measured

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def device_id(data: Path) -> str:
    _, _, out = run_measured(data, "keys", "show")
    return out.splitlines()[0].split()[1]


def baseline_copy(source: Path, target: Path) -> tuple[float, int]:
    """Seconds to insert every synced row of `source` into the same, empty tables."""
    shutil.copy(source, target)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE '%sync_hlc%'")]
    data = {t: conn.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
    conn.execute("BEGIN")
    for t in [*tables, "sync_op", "client_index"]:
        conn.execute(f"DELETE FROM {t}")
    conn.execute("COMMIT")
    rows = 0
    start = time.perf_counter()
    conn.execute("BEGIN")
    for t, batch in data.items():
        if batch:
            marks = ", ".join("?" * len(batch[0]))
            conn.executemany(f"INSERT INTO {t} VALUES ({marks})", batch)
            rows += len(batch)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    conn.close()
    return seconds, rows


def visit_op_bytes(root: Path, data: Path) -> float:
    """Bytes per op of a bundle holding only visit creates (their share of the file)."""
    sample = data.parent / "visit-sample"
    run_measured(sample, *INIT)
    run_measured(sample, "demo", "--clients", "2000", "--seed", "5")
    out = root / "sample.shegong"
    _, _, text = run_measured(sample, "bundle", "export", "--all", "--out", str(out))
    ops = int(text.split(" ops ")[1].split()[0])
    return out.stat().st_size / ops


def county(root: Path, stations: int, ops_each: int) -> tuple[float, float, int]:
    """Build `stations` signed bundles (synthetic ops, real keys and format), merge all."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.models.ids import uuid7
    from app.paths import resolve_paths
    from app.services.devices import trust_card
    from app.services.setup import CountyInput, initialize
    from app.services.sync import import_bundle
    from app.store.database import Database
    from app.sync import bundle_file as bf
    from app.sync.keys import (
        age_fingerprint,
        create_age_identity,
        fingerprint,
        load_age_identity,
    )
    from app.sync.origins import ZERO_LINK, Range, head_message, link_of
    from app.sync.wire import WireOp, encode, schema

    def full(table: str, values: dict[str, object]) -> dict[str, object]:
        return {**dict.fromkeys(schema()[table]), **values}  # a create sets every field

    hub = Database(resolve_paths(root / "county"))
    initialize(hub, CountyInput(office="南宁市武鸣区民政局", device="县局电脑"))
    hub_recipient = str(load_age_identity(hub.paths.keys).to_public())
    rng = random.Random(7)
    bundles = []
    made = time.perf_counter()
    for i in range(stations):
        key = Ed25519PrivateKey.generate()
        pub = key.public_key().public_bytes(serialization.Encoding.Raw,
                                            serialization.PublicFormat.Raw)
        station_dir = root / f"s{i}"
        station_dir.mkdir()
        recipient = create_age_identity(station_dir)
        dev, station_id = uuid7(), uuid7()
        card = {"format": "shegong-card/1", "device_id": dev, "name": f"站长电脑{i}",
                "station_id": station_id, "station_name": f"第{i}社工站", "role": "head",
                "sign_key": base64.b64encode(pub).decode(),
                "age_recipient": recipient, "fingerprint": fingerprint(pub)}
        sig = key.sign(bf.canonical(card))
        (station_dir / "card.json").write_text(json.dumps(
            {"card": card, "signature": base64.b64encode(sig).decode()}))
        trust_card(hub, station_dir / "card.json", "head")
        writer = bf.OpsWriter(station_dir)
        clients = []
        hlc = int(time.time() * 1000) << 16
        link = ZERO_LINK
        for n in range(ops_each):
            hlc += 1
            if n % 10 == 0 or not clients:
                cid = uuid7()
                clients.append(cid)
                op = WireOp("client", cid, hlc, dev, n + 1, True, full("client", {
                    "name": "韦秀兰", "gender": "female", "village": "那龙村",
                    "status": "active", "risk_level": "low", "station_id": station_id}), {},
                    station=station_id)
            else:
                op = WireOp("visit", uuid7(), hlc, dev, n + 1, True, full("visit", {
                    "client_id": clients[rng.randrange(len(clients))],
                    "visit_date": "2026-11-02", "mode": "home",
                    "observations": "老人身体尚可，独居，子女在外务工。",
                    "material_level": "low", "emotional_level": "medium",
                    "social_level": "low", "services": ["emotional_support"]}), {},
                    station=station_id)
            line = encode(op)
            link = link_of(n, link, line[:-1])  # the station's log: op n+1 after op n
            writer.add(line)
        out = station_dir / "month.shegong"
        bid = uuid7()
        bf.write_bundle(out, {"bundle_id": bid, "sender": dev, "sender_name": card["name"],
                              "station": card["station_id"], "station_name": card["station_name"],
                              "seq": 1, "prev_sha256": "", "kind": "month", "month": "2026-11",
                              "for": None, "created_at": dt.datetime.now(dt.UTC).isoformat()},
                        {"bundle_id": bid, "schema": "0003", "knowledge": {dev: [[1, ops_each]]},
                         "counts": {}, "recipients": sorted([age_fingerprint(hub_recipient),
                                                             age_fingerprint(recipient)]),
                         "origins": [Range(dev, station_id, 1, ops_each, 0, ZERO_LINK, link,
                                           key.sign(head_message(dev, station_id, ops_each,
                                                                 link))).to_json()],
                         "keys": {dev: pub.hex()}},
                        writer, key, [hub_recipient, recipient])
        bundles.append(out)
    made = time.perf_counter() - made
    start = time.perf_counter()
    total = 0
    for path in bundles:
        total += import_bundle(hub, path).applied
    seconds = time.perf_counter() - start
    hub.close()
    return seconds, made, total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=60_000)
    parser.add_argument("--stations", type=int, default=375)
    parser.add_argument("--station-ops", type=int, default=3000)
    parser.add_argument("--county-only", action="store_true",
                        help="only the county simulation (part 3)")
    args = parser.parse_args()
    rows: list[tuple[str, ...]] = []
    if args.county_only:
        with tempfile.TemporaryDirectory(prefix="shegong-county-") as tmp:
            c_s, made_s, applied = county(Path(tmp), args.stations, args.station_ops)
        print_table("sync-county", ("measure", "size", "time", "budget", "notes"), [
            ("county: merge station bundles", f"{args.stations} x {args.station_ops:,} ops",
             f"{c_s:.1f} s", "< 60 s",
             f"{applied:,} ops applied; bundles made in {made_s:.0f} s")])
        return
    with tempfile.TemporaryDirectory(prefix="shegong-sync-") as tmp:
        root = Path(tmp)
        # The head's laptop makes the data; a laptop that joined its station takes it.
        laptop, head = root / "laptop", root / "head"
        run_measured(laptop, *INIT)
        run_measured(laptop, "keys", "export", "--out", str(root / "laptop.card"))
        run_measured(head, "init", "--join", str(root / "laptop.card"), "--device", "站长电脑",
                     "--worker", "站长")
        run_measured(head, "keys", "export", "--out", str(root / "head.card"))
        run_measured(laptop, "keys", "trust", str(root / "head.card"), "--role", "worker")
        run_measured(laptop, "demo", "--clients", str(args.clients), "--seed", "1")
        bundle = root / "all.shegong"
        exp_s, exp_mb, out = run_measured(laptop, "bundle", "export", "--all", "--out",
                                          str(bundle))
        ops = int(out.split(" ops ")[1].split()[0])
        size = bundle.stat().st_size
        imp_s, imp_mb, _ = run_measured(head, "bundle", "import", str(bundle))
        again_s, again_mb, again = run_measured(head, "bundle", "import", str(bundle))
        assert "already imported" in again
        # Re-import of the same content in a new bundle (all ops known): export again.
        bundle2 = root / "all2.shegong"
        run_measured(laptop, "bundle", "export", "--all", "--out", str(bundle2))
        known_s, known_mb, _ = run_measured(head, "bundle", "import", str(bundle2))
        rows += [
            ("export --all", f"{ops:,} ops", f"{exp_s:.1f} s", f"{exp_mb:.0f} MB", "< 300 MB",
             f"{size / ops:.0f} bytes/op in the file"),
            ("import into an empty db", f"{ops:,} ops", f"{imp_s:.1f} s", f"{imp_mb:.0f} MB",
             ">= 1/3 baseline, < 300 MB", "baseline: see below"),
            ("import the same file again", "", f"{again_s:.1f} s", f"{again_mb:.0f} MB", "",
             "ledger: already imported"),
            ("import a new bundle, all ops known", f"{ops:,} ops", f"{known_s:.1f} s",
             f"{known_mb:.0f} MB", ">= 2x faster", f"{imp_s / known_s:.1f}x faster than first"),
        ]
        # A station-sized month: a fresh laptop, a few hundred clients.
        station = root / "station"
        run_measured(station, *INIT)
        run_measured(station, "demo", "--clients", "300", "--seed", "2")
        month = dt.date.today().strftime("%Y-%m")
        m_s, m_mb, out = run_measured(station, "bundle", "export", "--month", month, "--out",
                                      str(root / "month.shegong"))
        m_ops = int(out.split(" ops ")[1].split()[0])
        rows.append(("export --month (station)", f"{m_ops:,} ops", f"{m_s:.2f} s",
                     f"{m_mb:.0f} MB", "< 1 s", "whole command, process start included"))
        per_visit = visit_op_bytes(root, station)
        rows.append(("bytes per op, demo data", "", f"{per_visit:.0f} B", "", "< 100 B (visit)",
                     "compressed and encrypted, all tables"))
        (root / "county-run").mkdir()
        c_s, made_s, applied = county(root / "county-run", args.stations, args.station_ops)
        rows.append(("county: merge station bundles",
                     f"{args.stations} x {args.station_ops:,} ops", f"{c_s:.1f} s", "",
                     "< 60 s", f"{applied:,} ops applied; bundles made in {made_s:.0f} s"))
        # Last: it holds every row in this process, and a child forked after it would
        # report this process's memory as its own peak.
        base_s, base_rows = baseline_copy(laptop / "shegong.db", root / "baseline.db")
        rate, base_rate = ops / imp_s, base_rows / base_s
        rows.append(("baseline: executemany of the same rows", f"{base_rows:,} rows",
                     f"{base_s:.1f} s", "", "",
                     f"import = {rate:,.0f} ops/s = {rate / base_rate:.2f}x the baseline's "
                     f"{base_rate:,.0f} rows/s"))
    print_table(f"sync-{args.clients}", ("measure", "size", "time", "peak memory", "budget",
                                         "notes (same run)"), rows)


if __name__ == "__main__":
    main()
