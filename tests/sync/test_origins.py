"""Ops authenticated by their origin, not only by the sender (issue 9, items 3 and 9).

A station of three laptops: a worker, the head, and a laptop above them (the county's)
that trusts only the head. The head relays the worker's ops; each test takes a real
relayed bundle apart with the head's own key (a bundle is always encrypted to its sender
too), changes one thing as a hostile head could, seals it again with the head's key and
the tests/sync/craft.py writer, and checks the refusal: one sentence, nothing changed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from categories import TBA
from craft import Recipe, op_line, origin_ranges
from peers import Peer, crafted, log_top, opened, resealed_by
from sqlalchemy import select

from app.cli import main
from app.errors import BundleRefused
from app.models import Station
from app.models.ids import id_to_bytes, uuid7
from app.services import clients
from app.services.devices import this_device
from app.sync.keys import load_signing_key
from app.sync.wire import schema

H = 1_796_000_000_000 << 16  # in the past: nothing is held for its clock


@pytest.fixture
def station(tmp_path: Path) -> Iterator[dict[str, Any]]:
    worker, head, county = Peer(tmp_path, "社工"), Peer(tmp_path, "站长"), Peer(tmp_path, "县局")
    worker.trust(head)
    head.trust(worker, county)
    county.trust(head)
    for name in ("覃秀兰", "韦小红", "黄丽"):
        clients.register_client(worker.db, clients.ClientInput(name=name, phone="13800000000",
                                                               categories=TBA))
    head.take(worker.export())
    yield {"worker": worker, "head": head, "county": county, "root": tmp_path}
    for peer in (worker, head, county):
        peer.close()


def resealed(w: dict[str, Any], path: Path, lines: list[bytes],
             origins: list[dict[str, Any]] | None = None,
             manifest: dict[str, Any] | None = None) -> Recipe:
    """The head's bundle `path` to the county with other lines (and origins), sealed
    again by the head: what a hostile relay can make."""
    return resealed_by(w["head"], w["county"], path, lines, origins, manifest)


def relayed(w: dict[str, Any]) -> tuple[Path, list[bytes]]:
    path = w["head"].export(to=[w["county"].id])
    return path, opened(path, w["head"])[2]


def worker_lines(w: dict[str, Any], lines: list[bytes]) -> list[int]:
    return [i for i, line in enumerate(lines) if json.loads(line)["d"] == w["worker"].id]


def refused(w: dict[str, Any], path: Path, words: list[str], zh: list[str],
            capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    county: Peer = w["county"]
    before = county.dump()
    for lang, expected in (("en", words), ("zh", zh)):
        monkeypatch.setenv("SHEGONG_LANG", lang)
        code = main(["--data-dir", str(county.db.paths.data), "bundle", "import", str(path)])
        err = capsys.readouterr().err.strip().splitlines()
        assert code == 2 and len(err) == 1, err
        for word in expected:
            assert word in err[0], (word, err[0])
    assert county.dump() == before


def test_a_relay_forwards_ops_their_origin_proves(station: dict[str, Any]) -> None:
    """The county never trusted the worker: the worker's ops arrive through the head,
    proven by the worker's own signature, and the three laptops agree."""
    w = station
    path, lines = relayed(w)
    _, manifest, _ = opened(path, w["head"])
    assert {r["d"] for r in manifest["origins"]} == {w["worker"].id, w["head"].id}
    summary = w["county"].take(path)
    assert summary.applied == len(lines)
    clients_of = [json.loads(p.dump())["tables"]["client"]
                  for p in (w["county"], w["head"], w["worker"])]
    assert clients_of[0] == clients_of[1] == clients_of[2] and len(clients_of[0]) == 3


def _alter(w: dict[str, Any], lines: list[bytes]) -> None:
    i = next(i for i in worker_lines(w, lines) if b"13800000000" in lines[i])
    lines[i] = lines[i].replace(b"13800000000", b"13911112222")


def _drop(w: dict[str, Any], lines: list[bytes]) -> None:
    ours = worker_lines(w, lines)
    del lines[ours[len(ours) // 2]]  # from the middle of the worker's range


def _swap(w: dict[str, Any], lines: list[bytes]) -> None:
    a, b = worker_lines(w, lines)[-2:]
    lines[a], lines[b] = lines[b], lines[a]


@pytest.mark.parametrize(("tamper", "en", "zh"), [
    (_alter, "changed, dropped or reordered", "途中被改动"),
    (_drop, "do not prove to come from it", "无法证明"),
    (_swap, "do not prove to come from it", "无法证明"),
], ids=["changed on the way", "dropped from the middle", "put in another order"])
def test_relayed_ops_tampered_with_are_refused(
        station: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, tamper: Any, en: str, zh: str) -> None:
    w = station
    path, lines = relayed(w)
    tamper(w, lines)
    bad = resealed(w, path, lines).write(tmp_path / "tampered.bundle")
    refused(w, bad, [w["worker"].id, en], [w["worker"].id, zh], capsys, monkeypatch)


def test_an_op_forged_in_another_laptops_name_is_refused(
        station: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The head writes an op as if the worker had: it can sign only with its own key."""
    w = station
    path, lines = relayed(w)
    worker: Peer = w["worker"]
    station = this_device(worker.db).station_id
    top = log_top(w["head"], worker.id, station)
    forged = client_line(worker.id, top[0] + 1, station)
    origins = origin_ranges([forged], {worker.id: load_signing_key(w["head"].db.paths.keys)},
                            {(worker.id, station): top})
    bad = resealed(w, path, [*lines, forged],
                   origins=[*opened(path, w["head"])[1]["origins"], *origins]).write(
        tmp_path / "forged.bundle")
    refused(w, bad, [worker.id, "did not sign"], [worker.id, "签名不是该设备的"],
            capsys, monkeypatch)


def test_a_key_announced_for_a_known_laptop_must_be_its_key(
        station: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Squatting the worker's next number with a key of the head's own making."""
    w = station
    worker: Peer = w["worker"]
    w["county"].take(relayed(w)[0])  # the county now knows the worker's key
    clients.register_client(worker.db, clients.ClientInput(name="新来的", categories=TBA))
    w["head"].take(worker.export())
    path, lines = relayed(w)
    station = this_device(worker.db).station_id
    top = log_top(w["head"], worker.id, station)
    squat = client_line(worker.id, top[0] + 1, station)
    keys: dict[str, Any] = {}
    origins = origin_ranges([squat], keys, {(worker.id, station): top})
    bad = resealed(w, path, [*lines, squat],
                   origins=[*opened(path, w["head"])[1]["origins"], *origins],
                   manifest={"keys": {**opened(path, w["head"])[1]["keys"], worker.id: keys[
                       worker.id].public_key().public_bytes_raw().hex()}}).write(
        tmp_path / "squat.bundle")
    refused(w, bad, [worker.id, "another key"], [worker.id, "密钥"], capsys, monkeypatch)


def test_two_versions_of_one_op_are_equivocation_and_the_evidence_is_kept(
        station: dict[str, Any], tmp_path: Path) -> None:
    """The worker's key signs a second, different op with a number it already used (its
    data folder copied to a second laptop, say): the head refuses and keeps the proof."""
    w = station
    head, worker = w["head"], w["worker"]
    station = this_device(worker.db).station_id
    top_seq, _ = log_top(head, worker.id, station)
    prev = _link_before(head, worker.id, top_seq)
    twin = client_line(worker.id, top_seq, station)
    r = crafted(worker, head, [twin])
    r.prev[(worker.id, station)] = prev
    before = head.dump()
    with pytest.raises(BundleRefused, match="two histories") as err:
        head.take(r.write(tmp_path / "twin.bundle"))
    assert "两份不同的记录" in err.value.zh
    assert head.dump() == before
    rows = head.rows("SELECT seq, evidence FROM equivocation")
    assert [seq for seq, _ in rows] == [top_seq]
    assert json.loads(rows[0][1])["what"]


def test_a_version_1_bundle_gets_a_sentence(station: dict[str, Any], tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    w = station
    path, lines = relayed(w)
    r = resealed(w, path, lines)
    r.overrides["format"] = 1
    refused(w, r.write(tmp_path / "v1.bundle"), ["older version", "format 1"],
            ["旧版本", "格式 1"], capsys, monkeypatch)


def client_line(device: str, seq: int, station: str) -> bytes:
    fields = {**dict.fromkeys(schema()["client"]), "name": "冒名", "gender": "female",
              "station_id": station}
    return op_line({"t": "client", "r": uuid7(), "h": H + seq, "d": device, "s": seq,
                    "c": 1, "f": fields, "st": station})


def _link_before(peer: Peer, device: str, seq: int) -> tuple[int, bytes]:
    """(prev_seq, prev_link) of op `seq` of `device` in peer's database."""
    query = ("SELECT o.{} FROM sync_op o JOIN device d ON d.devno = o.dev "
             "WHERE d.device_id = ? AND o.seq = ?")
    prev_seq = peer.rows(query.format("prev_seq"), (id_to_bytes(device), seq))[0][0]
    rows = peer.rows(query.format("link"), (id_to_bytes(device), prev_seq))
    return prev_seq, bytes(rows[0][0]) if rows else bytes(32)


def test_a_device_keeps_one_signed_log_per_station(tmp_path: Path) -> None:
    """A laptop writing records of two stations (the county office, admitted by the
    head) signs two logs. A bundle carries a log only to those who may read its
    station: the head receives its own station's, another county laptop both."""
    head = Peer(tmp_path, "站长")
    county = Peer(tmp_path, "县局", role="county")
    other = Peer(tmp_path, "市局", role="county")
    county.trust(other)
    other.trust(county)
    admissions = head.export()
    county.take(admissions)
    other.take(admissions)
    try:
        elsewhere = str(uuid7())
        me, station = county.id, this_device(head.db).station_id
        with county.db.write() as s:  # the county writes stations' records
            s.get(Station, station).code = "450122-01"
            s.add(Station(id=elsewhere, name="双桥镇社工站", county="南宁市武鸣区"))
        to_head = county.export(to=[head.id])
        assert {(r["d"], r["st"]) for r in opened(to_head, county)[1]["origins"]
                if r["d"] == me} == {(me, station)}
        to_county = county.export(to=[other.id])
        assert {(r["d"], r["st"]) for r in opened(to_county, county)[1]["origins"]
                if r["d"] == me} == {(me, station), (me, elsewhere)}
        head.take(to_head)
        assert other.take(to_county).applied >= 2
        with head.db.read() as s:
            assert set(s.scalars(select(Station.id))) == {station}
            assert s.get(Station, station).code == "450122-01"
        with other.db.read() as s:
            assert set(s.scalars(select(Station.id))) == {station, elsewhere}
    finally:
        for peer in (head, county, other):
            peer.close()


def test_an_op_cannot_move_a_record_to_another_station(station: dict[str, Any],
                                                        tmp_path: Path) -> None:
    """Who may read and write a record follows its station: an edit naming another
    station for a record than the one it belongs to is refused."""
    head, worker = station["head"], station["worker"]
    client = next(iter(json.loads(head.dump())["tables"]["client"]))["id"]
    top = log_top(worker)
    line = op_line({"t": "client", "r": client, "h": H + 10**9, "d": worker.id,
                    "s": top[0] + 1, "f": {"phone": "13900000001"}, "st": str(uuid7())})
    before = head.dump()
    with pytest.raises(BundleRefused, match="cannot change station") as err:
        head.take(crafted(worker, head, [line]).write(tmp_path / "move.bundle"))
    assert "不能更换站点" in err.value.zh and client in err.value.en
    assert head.dump() == before
