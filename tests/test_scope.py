"""Every record belongs to a station (app.models.scope): fixed when it is made, by the
services and by the migration of older databases. (One signed log per station:
tests/sync/test_origins.py.)"""

from __future__ import annotations

from alembic import command
from categories import TBA
from rawdb import raw_connect

from app.models.ids import id_from_bytes, id_to_bytes, uuid7
from app.paths import Paths
from app.services import cases, clients, visits
from app.services.devices import this_device
from app.store import cipher
from app.store.database import Database
from app.store.engine import make_engine
from app.store.migrate import alembic_config

META = "sync_hlc, sync_dev, sync_seq"


def stations(db: Database, table: str) -> dict[str, str | None]:
    conn = raw_connect(db.paths.database)
    try:
        return {id_from_bytes(i): id_from_bytes(s) if s else None for i, s in conn.execute(
            f"SELECT id, sync_station FROM {table}")}
    finally:
        conn.close()


def test_records_take_the_station_they_belong_to(db: Database) -> None:
    me = this_device(db).station_id
    client = clients.register_client(db, clients.ClientInput(name="覃秀兰", categories=TBA))
    visit = visits.record_visit(db, visits.VisitInput(client_id=client,
                                                      visit_date="2026-11-20",
                                                          observations="电话回访"))
    case = cases.open_case(db, client, "独居老人，行动不便")
    assert stations(db, "client")[client] == me
    assert stations(db, "visit")[visit] == me
    assert stations(db, "case_record")[case] == me
    assert stations(db, "station") == {me: me}  # a station record is its own
    # and the ops on them name it too
    conn = raw_connect(db.paths.database)
    try:
        ops = {s for (s,) in conn.execute("SELECT DISTINCT station FROM sync_op")}
    finally:
        conn.close()
    assert ops == {id_to_bytes(me)}


def test_older_databases_learn_the_station_of_every_record(paths: Paths) -> None:
    """A database made before stations travelled (revision 0007), upgraded: each record
    takes its own station field, its parent's, or the laptop's."""
    paths.database.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(paths.database)
    command.upgrade(alembic_config(engine), "0007")
    here, other = uuid7(), uuid7()
    client, visit, worker, training, orphan = uuid7(), uuid7(), uuid7(), uuid7(), uuid7()
    conn = cipher.connect(paths.database, None)  # a file of before encryption
    rows = [
        ("INSERT INTO device (device_id, station_id, is_self, trusted) VALUES (?, ?, 1, 1)",
         (id_to_bytes(uuid7()), id_to_bytes(here))),
        (f"INSERT INTO station (id, name, {META}) VALUES (?, '那龙镇社工站', 1, 1, 1)",
         (id_to_bytes(here),)),
        (f"INSERT INTO client (id, station_id, name, {META}) VALUES (?, ?, '覃秀兰', 1, 1, 2)",
         (id_to_bytes(client), id_to_bytes(other))),
        (f"INSERT INTO visit (id, client_id, {META}) VALUES (?, ?, 1, 1, 3)",
         (id_to_bytes(visit), id_to_bytes(client))),
        (f"INSERT INTO worker (id, station_id, name, {META}) VALUES (?, ?, '韦丽', 1, 1, 4)",
         (id_to_bytes(worker), id_to_bytes(other))),
        (f"INSERT INTO training_record (id, worker_id, {META}) VALUES (?, ?, 1, 1, 5)",
         (id_to_bytes(training), id_to_bytes(worker))),
        (f"INSERT INTO visit (id, client_id, {META}) VALUES (?, ?, 1, 1, 6)",
         (id_to_bytes(orphan), id_to_bytes(uuid7()))),  # its client never arrived here
        ("INSERT INTO sync_op (dev, seq, table_name, row_id, hlc, arrived_at) "
         "VALUES (1, 1, 'visit', ?, 1, 0)", (id_to_bytes(visit),)),
    ]
    with conn:
        for sql, params in rows:
            conn.execute(sql, params)
    conn.close()
    command.upgrade(alembic_config(engine), "head")
    engine.dispose()
    db = Database(paths)
    try:
        assert stations(db, "station")[here] == here
        assert stations(db, "client")[client] == other  # its own field
        assert stations(db, "visit") == {visit: other, orphan: here}  # parent's, else ours
        assert stations(db, "training_record")[training] == other  # its worker's
        conn = raw_connect(paths.database)
        [(station,)] = conn.execute("SELECT station FROM sync_op").fetchall()
        conn.close()
        assert station == id_to_bytes(other)
    finally:
        db.close()
