"""What the Sync screen needs beyond `app.services.devices` and `app.services.sync`.

- `preview_card`: read and verify a device card *before* trusting it, so the screen can
  show its fingerprint for the person to compare over the phone (`trust_card` reads and
  trusts in one step).
- `field_vocab`: the vocabulary of a synced field, so a conflict shows "高" and not "high".
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from app.models import synced_tables
from app.models.vocab import ALL_VOCABS, Vocab
from app.services.devices import read_card
from app.sync.keys import fingerprint


@dataclass(frozen=True)
class CardPreview:
    device_id: str
    name: str
    station_name: str
    role: str | None  # the role the device gave itself; the trusting person chooses
    fingerprint: str  # computed from the card's key, never taken from its text


def preview_card(path: Path) -> CardPreview:
    """The card's device and fingerprint; raises ShegongError for a file that is not a
    valid, untampered card."""
    card = read_card(path)
    return CardPreview(card["device_id"], str(card.get("name") or ""),
                       str(card.get("station_name") or ""),
                       card.get("role") if isinstance(card.get("role"), str) else None,
                       fingerprint(base64.b64decode(card["sign_key"])))


def field_vocab(table: str, field: str) -> Vocab | None:
    """The vocabulary whose codes a field holds (one code or a list), if any."""
    model = synced_tables().get(table)
    column = model.__table__.c.get(field) if model is not None else None
    if column is None:
        return None
    name = column.info.get("vocab") or column.info.get("vocab_list")
    return ALL_VOCABS.get(name) if name else None
