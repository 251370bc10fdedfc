"""The Sync screen's service helpers: card preview, table names, field vocabularies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors import ShegongError
from app.models.vocab import RISK_LEVEL, SERVICE_TYPE
from app.paths import resolve_paths
from app.services.devices import export_card, known_devices, this_device
from app.services.setup import SetupInput, initialize
from app.services.sync_ui_support import field_vocab, preview_card
from app.store.database import Database


@pytest.fixture
def card(tmp_path: Path) -> Path:
    db = Database(resolve_paths(tmp_path / "head"))
    initialize(db, SetupInput(station="那龙镇社工站", county="南宁市武鸣区", township="那龙镇",
                              device="站长的电脑", worker="黄海燕", role="head"))
    path = export_card(db, tmp_path / "head.card")
    (tmp_path / "expected.json").write_text(json.dumps(this_device(db).__dict__))
    db.close()
    return path


def test_a_card_is_previewed_without_being_trusted(card: Path, tmp_path: Path) -> None:
    expected = json.loads((tmp_path / "expected.json").read_text())
    preview = preview_card(card)
    assert (preview.device_id, preview.name, preview.station_name, preview.role) == (
        expected["device_id"], "站长的电脑", "那龙镇社工站", "head")
    assert preview.fingerprint == expected["fingerprint"]
    other = Database(resolve_paths(tmp_path / "other"))
    initialize(other, SetupInput(station="那龙镇社工站", county="南宁市武鸣区",
                                 township="那龙镇", device="韦丽的电脑"))
    preview_card(card)
    assert [d.name for d in known_devices(other)] == ["韦丽的电脑"]  # nothing trusted
    other.close()


def test_a_changed_card_shows_no_fingerprint(card: Path) -> None:
    doc = json.loads(card.read_text(encoding="utf-8"))
    doc["card"]["name"] = "冒充的电脑"
    card.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ShegongError) as err:
        preview_card(card)
    assert "改动" in err.value.text("zh")


def test_a_text_file_is_not_a_card(tmp_path: Path) -> None:
    path = tmp_path / "名片.card"
    path.write_text("韦丽 13800001111", encoding="utf-8")
    with pytest.raises(ShegongError) as err:
        preview_card(path)
    assert "不是社工站助手的设备名片" in err.value.text("zh")


def test_field_vocabularies() -> None:
    assert field_vocab("client", "risk_level") is RISK_LEVEL
    assert field_vocab("visit", "services") is SERVICE_TYPE  # a list of codes
    assert field_vocab("client", "phone") is None
    assert field_vocab("no_such_table", "x") is None
    assert field_vocab("client", "no_such_field") is None
