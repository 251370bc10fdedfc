"""Column helpers that record what a field means, for validation of imported ops."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import mapped_column

from app.models.base import NullableJSON, UUIDBytes
from app.models.vocab import Vocab


def code(vocab: Vocab, **kw: Any) -> Any:
    """A field holding one code of a vocabulary."""
    return mapped_column(String(32), info={"vocab": vocab.name}, **kw)


def codes(vocab: Vocab, **kw: Any) -> Any:
    """A JSON list of codes of a vocabulary (edited as a whole, e.g. services delivered)."""
    return mapped_column(NullableJSON, info={"vocab_list": vocab.name}, **kw)


def ref(table: str, **kw: Any) -> Any:
    """A reference to a synced record: indexed, deliberately without FOREIGN KEY."""
    kw.setdefault("index", True)
    return mapped_column(UUIDBytes, info={"ref": table}, **kw)


def text(length: int, **kw: Any) -> Any:
    return mapped_column(String(length), **kw)
