"""Attachments on one laptop: a phone's photo turned upright, downscaled and stripped of
its EXIF; a scan kept sharp; stored once by content; a missing or damaged file told
apart, never a crash; bad input a sentence that stores nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from categories import TBA
from photos import GPS_IFD, opened, phone_photo, scanned_page, tiny_pdf

from app import vault
from app.errors import NotFoundError, ValidationError
from app.models.rules import ATTACHMENT_MAX_BYTES
from app.services.attachments import (
    add_attachment,
    attachment_bytes,
    attachments_of,
    save_attachment,
    set_max_edge,
    store,
)
from app.services.cases import open_case
from app.services.clients import ClientInput, register_client
from app.services.visits import VisitInput, record_visit
from app.services.voids import void_record
from app.store.database import Database


def a_client(db: Database, name: str = "韦秀英") -> str:
    return register_client(db, ClientInput(name=name, gender="female", village="那龙村",
                                           categories=TBA))


def test_a_phone_photo_is_stored_upright_downscaled_and_without_its_location(
        db: Database, tmp_path: Path) -> None:
    client = a_client(db)
    new = add_attachment(db, client, phone_photo(tmp_path / "IMG_0001.jpg"), "photo")
    row, data = attachment_bytes(db, new)
    image = opened(data)
    assert image.format == "JPEG" and image.size == (1067, 1600)  # turned, longest 1600
    assert GPS_IFD not in image.getexif() and not image.getexif()
    assert (row.title, row.kind, row.media_type, row.size, row.status) == (
        "IMG_0001", "photo", "jpeg", len(data), "ok")
    assert row.sha256 == hashlib.sha256(data).hexdigest()
    on_disk = store(db).path(row.sha256).read_bytes()  # sealed: nothing of the photo shows
    assert vault.is_sealed(on_disk) and data[100:200] not in on_disk
    assert store(db).read(row.sha256) == data


def test_the_longest_edge_is_a_setting_and_scans_stay_png(db: Database,
                                                          tmp_path: Path) -> None:
    client = a_client(db)
    set_max_edge(db, 800)
    photo = add_attachment(db, client, phone_photo(tmp_path / "p.jpg"), "photo")
    scan = add_attachment(db, client, scanned_page(tmp_path / "户口簿.png"),
                          "household_register", "户口簿首页")
    pdf = add_attachment(db, client, tiny_pdf(tmp_path / "同意书.pdf"), "consent_form")
    assert opened(attachment_bytes(db, photo)[1]).size == (533, 800)
    assert opened(attachment_bytes(db, scan)[1]).format == "PNG"
    assert attachment_bytes(db, pdf)[1] == (tmp_path / "同意书.pdf").read_bytes()
    with pytest.raises(ValidationError) as err:
        set_max_edge(db, 100)
    assert "640" in err.value.zh


def test_the_same_photo_twice_is_stored_once(db: Database, tmp_path: Path) -> None:
    first, second = a_client(db), a_client(db, "黄德明")
    photo = phone_photo(tmp_path / "p.jpg")
    add_attachment(db, first, photo, "photo")
    add_attachment(db, second, photo, "photo")
    stored = [p for p in store(db).folder.rglob("*") if p.is_file()]
    assert len(stored) == 1


def test_attached_to_a_case_or_a_visit_of_the_same_client(db: Database,
                                                           tmp_path: Path) -> None:
    client, other = a_client(db), a_client(db, "黄德明")
    case = open_case(db, client, "独居老人，房屋漏雨")
    visit = record_visit(db, VisitInput(client_id=client, visit_date="2026-11-28",
                                        observations="屋顶漏雨"))
    scan = tiny_pdf(tmp_path / "s.pdf")
    on_case = add_attachment(db, client, scan, "consent_form", case_id=case)
    on_visit = add_attachment(db, client, phone_photo(tmp_path / "p.jpg"), "photo",
                              visit_id=visit)
    assert [r.id for r in attachments_of(db, client, case_id=case)] == [on_case]
    row = attachments_of(db, client, visit_id=visit)[0]
    assert (row.id, str(row.visit_date)) == (on_visit, "2026-11-28")
    with pytest.raises(ValidationError) as err:
        add_attachment(db, other, scan, "photo", case_id=case)
    assert "另一位服务对象" in err.value.zh
    assert attachments_of(db, other) == []


@pytest.mark.parametrize(("content", "words"), [
    (b"", "不是可识别的照片"),
    ("韦秀英 450123195503021234".encode(), "不是可识别的照片"),
    (b"\xff\xd8\xff\xe0 broken jpeg", "不是可识别的照片"),
])
def test_a_file_that_is_not_a_photo_is_a_sentence_and_stores_nothing(
        db: Database, tmp_path: Path, content: bytes, words: str) -> None:
    client = a_client(db)
    bad = tmp_path / "notes.jpg"
    bad.write_bytes(content)
    with pytest.raises(ValidationError) as err:
        add_attachment(db, client, bad, "photo")
    assert words in err.value.zh and "450123" not in err.value.en
    assert attachments_of(db, client) == []
    assert not store(db).folder.exists() or not any(store(db).folder.rglob("*"))


def test_a_file_over_the_limit_is_refused_with_the_limit(db: Database,
                                                          tmp_path: Path) -> None:
    client = a_client(db)
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * ATTACHMENT_MAX_BYTES)
    with pytest.raises(ValidationError) as err:
        add_attachment(db, client, big, "consent_form")
    assert "20 MB" in err.value.zh and "20 MB" in err.value.en
    assert attachments_of(db, client) == []
    with pytest.raises(ValidationError):
        add_attachment(db, client, tmp_path / "不存在.jpg", "photo")


def test_a_missing_or_damaged_file_is_shown_as_such(db: Database, tmp_path: Path) -> None:
    client = a_client(db)
    new = add_attachment(db, client, phone_photo(tmp_path / "p.jpg"), "photo", "房屋外观")
    row = attachments_of(db, client)[0]
    path = store(db).path(row.sha256)
    path.write_bytes(path.read_bytes()[:-10] + b"0123456789")
    assert attachments_of(db, client)[0].status == "damaged"
    with pytest.raises(NotFoundError) as err:
        attachment_bytes(db, new)
    assert "已损坏" in err.value.zh
    path.unlink()
    assert attachments_of(db, client)[0].status == "missing"
    with pytest.raises(NotFoundError) as err:
        save_attachment(db, new, tmp_path / "out")
    assert "尚未传到本机" in err.value.zh and not (tmp_path / "out.jpg").exists()


def test_saved_and_voided(db: Database, tmp_path: Path) -> None:
    client = a_client(db)
    new = add_attachment(db, client, tiny_pdf(tmp_path / "a.pdf"), "id_card", "身份证复印件")
    out = save_attachment(db, new, tmp_path / "韦秀英-身份证")
    assert out.name == "韦秀英-身份证.pdf" and out.read_bytes().startswith(b"%PDF-")
    void_record(db, "attachment", new, "传错了人")
    assert attachments_of(db, client) == []
    with pytest.raises(NotFoundError):
        attachment_bytes(db, new)
