"""Devices for sync tests: each a real data folder with real keys and a real database."""

from __future__ import annotations

import io
import random
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from craft import Recipe, age_fingerprint
from sqlalchemy import text

from app.models.ids import id_from_bytes, id_to_bytes, uuid7
from app.paths import resolve_paths
from app.services.bundle_import import ImportSummary, import_bundle
from app.services.devices import export_card, this_device, trust_card
from app.services.setup import JoinInput, SetupInput, initialize
from app.services.state import dump_state
from app.services.sync import ExportSummary, export_bundle
from app.store.database import Database, session_raw
from app.store.target import set_database_url
from app.sync import bundle_file as bf
from app.sync.keys import load_age_identity, load_signing_key


class Peer:
    """A laptop of one station: the first Peer made in a folder founds the station (its
    head's laptop); every later one joins it with the head's card and is admitted by the
    head as a worker (or `role`), as `shegong init --join` and `keys trust` do. `join`:
    another Peer to join, or False to found a station of its own."""

    founders: ClassVar[dict[Path, Peer]] = {}
    # Where a new Peer keeps its data: None for SQLite in its folder; else a function
    # giving a fresh PostgreSQL database's URL (conftest's SHEGONG_TEST_DB=postgresql).
    new_database: ClassVar[Callable[[], str] | None] = None

    def __init__(self, root: Path, name: str, station: str = "那龙镇社工站",
                 role: str = "worker", join: Peer | bool | None = None) -> None:
        self.root = root
        self.name = name
        paths = resolve_paths(root / name)
        if Peer.new_database is not None:
            set_database_url(paths, Peer.new_database())
        self.db = Database(paths)
        head = Peer.founders.get(root) if join is None or join is True else join or None
        if head is None:
            initialize(self.db, SetupInput(station=station, county="南宁市武鸣区",
                                           township="那龙镇", device=name,
                                           worker=f"社工{name}"))
            if join is None:
                Peer.founders[root] = self
        else:
            initialize(self.db, JoinInput(card=head.card, device=name, worker=f"社工{name}"))
        self.id = this_device(self.db).device_id
        self.card = export_card(self.db, root / f"{name}.card")
        self.sent = 0
        if head is not None:
            head.trust(self, role=role)

    @classmethod
    def reopen(cls, root: Path, name: str) -> Peer:
        """A device made earlier (e.g. copied from a template folder)."""
        peer = cls.__new__(cls)
        peer.root, peer.name, peer.sent = root, name, 0
        peer.db = Database(resolve_paths(root / name))
        peer.id = this_device(peer.db).device_id
        peer.card = root / f"{name}.card"
        return peer

    def rows(self, sql: str, params: Any = ()) -> list[Any]:
        """Rows of a raw read of its database, as sqlite3 gives them, on either engine."""
        with self.db.read() as s:
            return session_raw(s).execute(sql, params).fetchall()

    def trust(self, *others: Peer, role: str = "worker") -> None:
        for other in others:
            trust_card(self.db, other.card, role)

    def export(self, kind: str = "all", **kw: object) -> Path:
        self.sent += 1
        path = self.root / f"{self.name}-{self.sent}.bundle"
        summary: ExportSummary = export_bundle(self.db, path, kind=kind, **kw)  # type: ignore[arg-type]
        assert summary.path == path.resolve()
        return path

    def take(self, path: Path) -> ImportSummary:
        return import_bundle(self.db, path)

    def dump(self) -> str:
        out = io.StringIO()
        dump_state(self.db, out)
        return out.getvalue()

    def close(self) -> None:
        self.db.close()


def mesh(root: Path, names: list[str]) -> list[Peer]:
    """Laptops of one station (the first is the head's) that all trust each other and
    hold the head's admissions of them all."""
    peers = [Peer(root, n) for n in names]
    for p in peers:
        p.trust(*[q for q in peers if q is not p])
    admissions = peers[0].export()
    for p in peers[1:]:
        p.take(admissions)
    admissions.unlink()
    return peers


def crafted(sender: Peer, importer: Peer, lines: list[bytes]) -> Recipe:
    """A bundle from a trusted `sender` to `importer`, as our own writer would make it,
    whose op lines the test chooses: what a trusted but hostile laptop can send."""
    me = str(load_age_identity(importer.db.paths.keys).to_public())
    own = str(load_age_identity(sender.db.paths.keys).to_public())
    bundle_id = uuid7()
    return Recipe(
        sender_key=load_signing_key(sender.db.paths.keys),
        header={"bundle_id": bundle_id, "sender": sender.id, "sender_name": sender.name,
                "station": "x", "station_name": "那龙镇社工站",
                "seq": 900 + random.randint(0, 10**6), "prev_sha256": "", "kind": "all",
                "month": None, "for": None, "created_at": "2026-11-28T00:00:00+00:00"},
        manifest={"bundle_id": bundle_id, "schema": "0003",
                  "recipients": sorted([age_fingerprint(me), age_fingerprint(own)]),
                  "knowledge": {}, "counts": {}},
        lines=lines, recipients=[me, own],
        origin_keys={sender.id: load_signing_key(sender.db.paths.keys)},
        prev=tops(sender, importer))


def tops(sender: Peer, importer: Peer) -> dict[tuple[str, str | None], tuple[int, bytes]]:
    """Where each log of the sender stands, as the sender or the importer holds it
    (whichever is further): a crafted bundle goes on from there, as the sender's next
    real one would."""
    out: dict[tuple[str, str | None], tuple[int, bytes]] = {}
    for peer in (sender, importer):
        for station, head in log_tops(peer, sender.id).items():
            out[(sender.id, station)] = max(out.get((sender.id, station), head), head)
    return out


def log_tops(peer: Peer, device: str) -> dict[str | None, tuple[int, bytes]]:
    """The head (seq, link) of each log of `device` that `peer` holds, by station."""
    with peer.db.read() as s:
        rows = s.execute(text(
            "SELECT o.station, max(o.seq) FROM sync_op o JOIN device d ON d.devno = o.dev "
            "WHERE d.device_id = :d AND o.link IS NOT NULL GROUP BY o.station"),
            {"d": id_to_bytes(device)}).all()
        out = {}
        for station, seq in rows:
            link = s.execute(text(
                "SELECT o.link FROM sync_op o JOIN device d ON d.devno = o.dev "
                "WHERE d.device_id = :d AND o.seq = :s"),
                {"d": id_to_bytes(device), "s": seq}).scalar_one()
            out[id_from_bytes(station) if station else None] = (int(seq), bytes(link))
    return out


def log_top(peer: Peer, device: str | None = None,
            station: str | None = None) -> tuple[int, bytes]:
    """Where one log of a device (by default the peer's own, of its station) stands as
    `peer` holds it."""
    device = device or peer.id
    if station is None and device == peer.id:
        station = this_device(peer.db).station_id or None
    return log_tops(peer, device).get(station, (0, bytes(32)))


def opened(path: Path, sender: Peer) -> tuple[dict[str, Any], dict[str, Any], list[bytes]]:
    """A bundle's header, manifest and op lines, read with its sender's own key (a bundle
    is always encrypted to its sender too)."""
    header = bf.read_header(path)
    with tempfile.TemporaryDirectory() as tmp:
        plain = bf.decrypt_payload(path, header, load_age_identity(sender.db.paths.keys),
                                   Path(tmp))
        key = load_signing_key(sender.db.paths.keys).public_key().public_bytes_raw()
        manifest, offset = bf.read_manifest(plain, key)
        end = bf.ops_end(manifest, offset, plain.stat().st_size)
        lines = [line + b"\n" for line in
                 bf.op_lines(plain, offset, manifest["ops_bytes"], end)]
    return header.fields, manifest, lines


def resealed_by(sender: Peer, importer: Peer, path: Path, lines: list[bytes],
                origins: list[dict[str, Any]] | None = None,
                manifest: dict[str, Any] | None = None) -> Recipe:
    """The sender's bundle `path`, with other op lines (and origins), sealed again by
    the sender for `importer`: what a hostile relay can make of what it holds."""
    fields, old, _ = opened(path, sender)
    me = str(load_age_identity(importer.db.paths.keys).to_public())
    own = str(load_age_identity(sender.db.paths.keys).to_public())
    bundle_id = uuid7()
    return Recipe(
        sender_key=load_signing_key(sender.db.paths.keys),
        header={**{k: v for k, v in fields.items() if k not in (
            "format", "op_count", "payload_length", "payload_sha256")},
            "bundle_id": bundle_id, "seq": fields["seq"] + 1000 + random.randint(0, 10**6)},
        manifest={**{k: v for k, v in old.items() if k not in (
            "op_count", "ops_bytes", "origins", "ops_zlib", "files")}, "bundle_id": bundle_id,
            "recipients": sorted([age_fingerprint(me), age_fingerprint(own)]),
            **(manifest or {})},
        lines=lines, recipients=[me, own],
        origins=old["origins"] if origins is None else origins)
