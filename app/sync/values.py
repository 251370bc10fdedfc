"""Field values between their stored form (SQLite) and their wire form (JSON).

The merge and the export work on raw rows for speed (a million ops per bundle); these two
functions are the one place that knows how each kind of field is stored.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from app.models.ids import id_from_bytes, id_to_bytes
from app.sync.wire import FieldSpec


def to_wire(spec: FieldSpec, value: Any) -> Any:
    if value is None:
        return None
    kind = spec.kind
    if kind == "uuid":
        return id_from_bytes(value)
    if kind == "bool":
        return bool(value)
    if kind == "codes":
        return json.loads(value) if isinstance(value, str) else value
    if kind == "float":
        return float(value)
    return value


def to_db(spec: FieldSpec, value: Any) -> Any:
    if value is None:
        return None
    kind = spec.kind
    if kind == "uuid":
        return id_to_bytes(value)  # validated as canonical already
    if kind == "bool":
        return int(value)
    if kind == "codes":
        return _codes_text(tuple(value))
    if kind == "float":
        return float(value)
    return value


@lru_cache(maxsize=4096)
def _codes_text(codes: tuple[str, ...]) -> str:
    """Lists of codes repeat endlessly (a visit's services): encode each once."""
    return json.dumps(list(codes), ensure_ascii=False)


# Kinds whose stored form is the wire form itself: no call needed on the hot path.
IDENTITY_KINDS = frozenset({"str", "code", "int", "date"})

