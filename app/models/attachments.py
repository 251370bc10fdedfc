"""Photos and scanned documents (a consent form, an ID card copy, a household register
page) attached to a client, and optionally to one of its cases or visits.

The record travels in bundles like any other; the file itself is stored once by its
SHA-256 beside the database (app.store.files) and travels in the bundle's files
section, its hash signed twice: in the op (the origin's log) and in the manifest."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced
from app.models.columns import code, ref, text
from app.models.vocab import ATTACHMENT_KIND, MEDIA_TYPE


class Attachment(Synced, Base):
    __tablename__ = "attachment"

    client_id: Mapped[str | None] = ref("client")
    case_id: Mapped[str | None] = ref("case_record", index=False)
    visit_id: Mapped[str | None] = ref("visit", index=False)
    kind: Mapped[str | None] = code(ATTACHMENT_KIND)
    title: Mapped[str | None] = text(100)
    media_type: Mapped[str | None] = code(MEDIA_TYPE)
    sha256: Mapped[str | None] = text(64, index=True)
    size: Mapped[int | None] = mapped_column()
    added_on: Mapped[dt.date | None] = mapped_column()
