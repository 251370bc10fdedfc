"""Who may write what, as records that travel: the admission of a laptop into a role and
the revocation of a laptop (DESIGN.md, "Who may write what"; app.sync.authority).

Both are synced like any record, so every device holds the same ones and decides the
same way. Their author is the device whose op created them, proven by its signed log
(app.sync.origins); whether that author may make them is decided from the others. They
are created once and never edited.
"""

from __future__ import annotations

from sqlalchemy import Integer
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced, UUIDBytes
from app.models.columns import code, ref, text
from app.models.vocab import ROLE


class DeviceGrant(Synced, Base):
    """A laptop admitted into a role for a station (its card's keys and name with it): a
    head admitting a laptop of its station, or its county office; a county admitting a
    station's head, or a supervisor (one grant per station covered)."""

    __tablename__ = "device_grant"

    device_id: Mapped[str | None] = mapped_column(UUIDBytes)
    role: Mapped[str | None] = code(ROLE)
    station_id: Mapped[str | None] = ref("station")
    # the laptop's own person record (its card names it): the one worker record, and
    # the training of it, a worker's laptop may write
    worker_id: Mapped[str | None] = ref("worker")
    name: Mapped[str | None] = text(100)  # the laptop's name, from its card
    sign_key: Mapped[str | None] = text(64)  # its Ed25519 public key, hex
    age_recipient: Mapped[str | None] = text(100)  # the key bundles are encrypted to


class DeviceRevocation(Synced, Base):
    """A laptop revoked: its ops after `cut` (the last of its sequence numbers the
    revoker accepted) are refused everywhere, from any sender. `cut_link` and `cut_sig`
    are the revoked laptop's own signed head of its log at the cut, so every device can
    forward that log up to the cut and no further."""

    __tablename__ = "device_revocation"

    device_id: Mapped[str | None] = mapped_column(UUIDBytes)
    cut: Mapped[int | None] = mapped_column(Integer)
    cut_station: Mapped[str | None] = mapped_column(UUIDBytes)  # the log the cut is in
    cut_link: Mapped[str | None] = text(64)
    cut_sig: Mapped[str | None] = text(128)
    reason: Mapped[str | None] = text(200)
