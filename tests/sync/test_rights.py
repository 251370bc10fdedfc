"""Who may write what, decided the same way on every device (issue 9, items 2 and 4;
docs/roles.md). Each hostile bundle is made by a real laptop through its own store (the
services would refuse, so the test writes the records as a hostile program would), then
refused by the importer with one sentence naming the device, its role and the record,
and `state dump` is byte-identical."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from categories import TBA
from peers import Peer

from app.errors import BundleRefused, ShegongError
from app.models import Client, DeviceGrant, SupervisionSession, Worker
from app.models.validation import id_check_digit
from app.services import clients, people, station
from app.services.devices import revoke, this_device


@pytest.fixture
def four(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """A head, two workers of its station, and a laptop of another station that the
    head trusts for an exchange."""
    head = Peer(tmp_path, "站长")
    w1, w2 = Peer(tmp_path, "韦丽"), Peer(tmp_path, "覃海燕")
    other = Peer(tmp_path, "双桥站", station="双桥镇社工站", join=False)
    for a, b in ((w1, w2), (w2, w1), (head, other), (other, head), (w1, head),
                 (w2, head)):
        a.trust(b)
    admissions = head.export()
    w1.take(admissions)
    w2.take(admissions)
    yield {"head": head, "w1": w1, "w2": w2, "other": other}
    for p in (head, w1, w2, other):
        p.close()


def refused(importer: Peer, path: Path, *words: str) -> BundleRefused:
    before = importer.dump()
    with pytest.raises(BundleRefused) as err:
        importer.take(path)
    for word in words:
        assert word in err.value.en, (word, err.value.en)
    assert err.value.zh and "未导入任何数据" in err.value.zh
    assert importer.dump() == before
    return err.value


def test_the_station_exchanges_what_each_may_write(four: dict[str, Any]) -> None:
    head, w1, w2 = four["head"], four["w1"], four["w2"]
    clients.register_client(w1.db, clients.ClientInput(name="覃秀兰", categories=TBA))
    clients.register_client(w2.db, clients.ClientInput(name="黄丽", categories=TBA))
    head.take(w1.export())
    head.take(w2.export())
    w1.take(head.export())
    w2.take(head.export())
    assert head.dump() == w1.dump() == w2.dump()


def test_a_worker_writing_supervision_is_refused(four: dict[str, Any]) -> None:
    head, w1 = four["head"], four["w1"]
    with pytest.raises(ShegongError, match="head's or the supervisor's laptop"):
        station.record_supervision(w1.db, station.SupervisionInput(
            session_date=dt.date.today().isoformat(), hours=8.0, form="offline",
            topics="个案督导", supervisor_name="黄督导"))
    with w1.db.write() as s:  # what a hostile program on the laptop can still do
        s.add(SupervisionSession(station_id=this_device(w1.db).station_id, hours=16.0,
                                 session_date=dt.date.today(), topics="伪造的督导"))
    err = refused(head, w1.export(), "may not make", "worker", "supervision_session")
    assert "韦丽" in err.en and "社工" in err.zh


def test_a_worker_admitting_a_laptop_is_refused(four: dict[str, Any]) -> None:
    head, w1, other = four["head"], four["w1"], four["other"]
    with w1.db.write() as s:
        s.add(DeviceGrant(device_id=other.id, role="worker",
                          station_id=this_device(w1.db).station_id, name="冒充"))
    refused(head, w1.export(), "may not make", "device_grant")


def test_a_county_admission_signed_by_a_head_is_refused(four: dict[str, Any]) -> None:
    """Only a county admits a supervisor; the head's laptop does not even make it."""
    head, w1, other = four["head"], four["w1"], four["other"]
    mine = this_device(head.db).station_id
    with pytest.raises(ShegongError, match="Only a county office"):
        from app.services.devices import trust_card
        trust_card(head.db, other.card, "supervisor", [mine])
    with head.db.write() as s:
        s.add(DeviceGrant(device_id=other.id, role="supervisor", station_id=mine,
                          name="假督导"))
    refused(w1, head.export(), "may not make", "head", "device_grant")


def test_another_stations_laptop_writing_our_client_is_refused(four: dict[str, Any]) -> None:
    head, w1, other = four["head"], four["w1"], four["other"]
    client_id = clients.register_client(w1.db, clients.ClientInput(
        name="覃秀兰", id_number="11010519491231002X", categories=TBA))
    bundle = w1.export()
    head.take(bundle)
    other.take(head.export(to=[other.id]))  # a head's bundle to another station ...
    with other.db.read() as s:
        assert s.get(Client, client_id) is None  # ... carries none of our clients
    with other.db.write() as s:  # so the other laptop writes it from scratch
        s.add(Client(id=client_id, name="覃秀兰", station_id=this_device(head.db).station_id,
                     id_number="45012219900101001" + id_check_digit("45012219900101001")))
    err = refused(head, other.export(to=[head.id]), "may not make", "client")
    assert "none" in err.en and "无" in err.zh


def test_only_the_head_manages_the_stations_people(four: dict[str, Any]) -> None:
    w1, head = four["w1"], four["head"]
    with pytest.raises(ShegongError, match="Only the station head"):
        people.add_person(w1.db, people.PersonInput(name="新同事"))
    new = people.add_person(head.db, people.PersonInput(name="新同事"))
    w1.take(head.export())
    with w1.db.read() as s:
        assert s.get(Worker, new) is not None


def test_a_revoked_laptops_later_ops_are_refused_everywhere(four: dict[str, Any]) -> None:
    head, w1, w2 = four["head"], four["w1"], four["w2"]
    clients.register_client(w1.db, clients.ClientInput(name="覃秀兰", categories=TBA))
    head.take(w1.export())
    done = revoke(head.db, w1.id, reason="电脑丢失")
    assert done.admitted == ("everywhere",)
    # The stolen laptop goes on writing, and its bundle reaches w2 before the head's.
    clients.register_client(w1.db, clients.ClientInput(name="冒名者", categories=TBA))
    late = w1.export()
    w2.take(head.export())  # the revocation reaches w2
    err = refused(w2, late, "after it was revoked")
    assert "被撤销之后" in err.zh
    # w2 may still take w1's ops up to the cut, relayed by the head
    assert "覃秀兰" in w2.dump() and "冒名者" not in w2.dump()
    # and a revoked worker's revocation by another worker counts for nothing
    assert revoke(w2.db, head.id).admitted == ()


def test_what_a_laptop_applied_past_a_cut_is_taken_back_when_the_revocation_comes(
        four: dict[str, Any]) -> None:
    """The stolen laptop's bundle reaches w2 before the head's revocation does: w2
    applies it, then takes it back out, and holds what the head holds."""
    head, w1, w2 = four["head"], four["w1"], four["w2"]
    client_id = clients.register_client(w1.db, clients.ClientInput(name="覃秀兰",
                                                                   phone="13800000001",
                                                                       categories=TBA))
    head.take(w1.export())
    w2.take(head.export())
    revoke(head.db, w1.id, reason="电脑被盗")
    clients.update_client(w1.db, client_id, phone="13999999999")  # past the cut
    clients.register_client(w1.db, clients.ClientInput(name="冒名者", categories=TBA))
    w2.take(w1.export())
    assert "冒名者" in w2.dump() and "13999999999" in w2.dump()
    # w2 relays them, unaware: where the revocation is, the relayed ops are refused
    stale = w2.export()
    refused(head, stale, "after it was revoked", w1.id)
    assert "冒名者" not in head.dump()
    summary = w2.take(head.export())
    # the phone past the cut, 冒名者 and its category
    assert summary.retracted == 3 and "retracted 3" in summary.line()
    assert _clients(w2) == _clients(head)
    assert "冒名者" not in w2.dump() and "13800000001" in w2.dump()
    # and w2 no longer forwards them
    head.take(w2.export())
    assert head.dump() == w2.dump()


def _clients(peer: Peer) -> list[dict[str, Any]]:
    return json.loads(peer.dump())["tables"]["client"]
