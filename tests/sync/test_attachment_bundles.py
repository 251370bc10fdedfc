"""Attached files through bundles: the bytes arrive identical on the second laptop, a
file altered by a hostile sender or one that nothing names refuses the bundle, the
sizes are capped with a sentence, and a month's bundle for the county leaves them out
unless asked."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest
from categories import TBA
from peers import Peer, mesh, opened, resealed_by
from photos import phone_photo, tiny_pdf

from app.errors import BundleRefused, ShegongError
from app.services.attachments import add_attachment, attachment_bytes, attachments_of, store
from app.services.clients import ClientInput, register_client
from app.services.sync import export_bundle
from app.services.voids import void_record


def photographed(peer: Peer, folder: Path) -> tuple[str, str]:
    """A client of `peer` with a photo and a consent form: (client, photo's id)."""
    client = register_client(peer.db, ClientInput(name="韦秀英", gender="female",
                                                  village="那龙村", categories=TBA))
    photo = add_attachment(peer.db, client, phone_photo(folder / "IMG_2041.jpg"), "photo",
                           "房屋外观")
    add_attachment(peer.db, client, tiny_pdf(folder / "同意书.pdf"), "consent_form")
    return client, photo


def test_a_photo_reaches_the_head_byte_for_byte(tmp_path: Path) -> None:
    head, worker = mesh(tmp_path, ["head", "worker"])
    client, photo = photographed(worker, tmp_path)
    sent = worker.export()
    summary = head.take(sent)
    assert summary.files == 2 and "attachments 2" in summary.line()
    assert attachment_bytes(head.db, photo)[1] == attachment_bytes(worker.db, photo)[1]
    assert [r.status for r in attachments_of(head.db, client)] == ["ok", "ok"]
    assert head.take(sent).already_imported  # again: nothing, and nothing stored twice
    assert len([p for p in store(head.db).folder.rglob("*") if p.is_file()]) == 2
    staged = head.db.paths.data / "tmp"
    assert [p for p in staged.rglob("*") if p.is_file()] == []  # staging removed


def test_a_file_changed_by_a_hostile_sender_refuses_the_bundle(tmp_path: Path) -> None:
    head, worker = mesh(tmp_path, ["head", "worker"])
    client, _ = photographed(worker, tmp_path)
    path = worker.export()
    _, manifest, lines = opened(path, worker)
    entries = manifest["files"]
    real = [store(worker.db).read(d) or b"" for d, _ in entries]
    altered = [real[0][:-2] + b"\x00\x00", *real[1:]]  # same size, other bytes
    forged = resealed_by(worker, head, path, lines)
    forged.files, forged.file_entries = altered, entries  # the signed hashes kept
    with pytest.raises(BundleRefused) as err:
        head.take(forged.write(tmp_path / "forged.bundle"))
    assert "与发送方签名的校验值不符" in err.value.zh and "changed or damaged" in err.value.en
    assert head.rows("SELECT count(*) FROM attachment")[0][0] == 0  # nothing merged
    assert not store(head.db).folder.exists() or not any(store(head.db).folder.rglob("*"))
    assert attachments_of(worker.db, client)[0].status == "ok"


def test_a_file_that_no_attachment_names_refuses_the_bundle(tmp_path: Path) -> None:
    head, worker = mesh(tmp_path, ["head", "worker"])
    register_client(worker.db, ClientInput(name="黄德明", gender="male", categories=TBA))
    path = worker.export()
    _, _, lines = opened(path, worker)
    smuggled = resealed_by(worker, head, path, lines)
    smuggled.files = [os.urandom(5000)]
    with pytest.raises(BundleRefused) as err:
        head.take(smuggled.write(tmp_path / "smuggled.bundle"))
    assert "未引用的文件" in err.value.zh
    assert head.rows("SELECT count(*) FROM client")[0][0] == 0


@pytest.mark.parametrize(("entries", "words"), [
    ([["ab" * 32, 21 * 2**20]], "超过每个文件 20 MB 的上限"),
    ([["AB" * 32, 10]], "附件清单有误"),
    ([["ab" * 32, 10], ["ab" * 32, 10]], "附件清单重复"),
    ([["ab" * 32, 5]], "不完整"),  # declares 5 bytes, 10 follow
])
def test_declared_files_are_capped_before_any_is_read(tmp_path: Path,
                                                      entries: list[list[object]],
                                                      words: str) -> None:
    head, worker = mesh(tmp_path, ["head", "worker"])
    path = worker.export()
    _, _, lines = opened(path, worker)
    forged = resealed_by(worker, head, path, lines)
    forged.files, forged.file_entries = [b"0123456789"], entries
    with pytest.raises(BundleRefused) as err:
        head.take(forged.write(tmp_path / "capped.bundle"))
    assert words in err.value.zh and "nothing was imported" in err.value.en


def test_the_export_states_its_limit_and_keeps_to_it(tmp_path: Path) -> None:
    head, worker = mesh(tmp_path, ["head", "worker"])
    photographed(worker, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ShegongError) as err:
        export_bundle(worker.db, out / "b.shegong", files_limit=1000)
    assert "超过 0.000954 MB 的上限" in err.value.zh
    assert "--attachments-limit" in err.value.en and "Nothing was written" in err.value.en
    assert list(out.iterdir()) == []  # no bundle and no staged ops beside it
    done = worker.export()  # the limit by default carries them; numbering goes on
    assert head.take(done).files == 2


def test_a_month_for_the_county_leaves_the_files_unless_asked(tmp_path: Path) -> None:
    head, worker = mesh(tmp_path, ["head", "worker"])
    client, photo = photographed(worker, tmp_path)
    head.take(worker.export())
    month = dt.date.today().strftime("%Y-%m")
    county = Peer(tmp_path, "county", role="county")  # admitted by the head
    plain = head.export("month", month=month)
    assert county.take(plain).files == 0
    rows = attachments_of(county.db, client)
    assert [r.status for r in rows] == ["missing", "missing"]  # shown, not a crash
    asked = head.export("month", month=month, attachments=True)
    assert county.take(asked).files == 2
    assert attachment_bytes(county.db, photo)[1] == attachment_bytes(worker.db, photo)[1]


def test_a_voided_photo_is_not_sent_on(tmp_path: Path) -> None:
    head, worker = mesh(tmp_path, ["head", "worker"])
    client, photo = photographed(worker, tmp_path)
    void_record(worker.db, "attachment", photo, "拍错了人")
    assert head.take(worker.export()).files == 1  # the consent form only
    digest = hashlib.sha256(attachment_bytes(worker.db, attachments_of(
        worker.db, client)[0].id)[1]).hexdigest()
    assert store(head.db).has(digest)
