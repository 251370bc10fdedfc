"""A record's history, read from the change log: who changed which field, when, and
from what to what, including the edits merged from other laptops (app.sync.oplog)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Client, Device, Worker, synced_tables
from app.models.vocab import ALL_VOCABS
from app.store.database import Database
from app.sync.hlc import hlc_to_ms
from app.sync.oplog import record_ops

CREATED = ""  # the field of the line that says the record was made
# Fields whose change says nothing to a person (derived or bookkeeping).
UNSHOWN = frozenset({"station_id"})


@dataclass(frozen=True)
class Change:
    at: dt.datetime  # local time
    device: str  # the name of the laptop the change was made on
    field: str  # CREATED for the record's creation
    old: str  # as a person reads it: labels, names, dates
    new: str


def record_history(db: Database, table: str, record_id: str, lang: str) -> list[Change]:
    """Oldest first: the creation, then every field each later op changed."""
    with db.read() as s:
        ops = record_ops(s, table, record_id)
        devices = {d.device_id: d.name or d.device_id[:8] for d in s.scalars(select(Device))}
        shown = _Shown(s, table, lang)
        current: dict[str, Any] = {}
        out: list[Change] = []
        for op in ops:
            at = dt.datetime.fromtimestamp(hlc_to_ms(op.hlc) / 1000)
            who = devices.get(op.device_id, op.device_id[:8])
            if op.create and not current:
                out.append(Change(at, who, CREATED, "", ""))
                current.update(op.values)
                continue
            for field, value in op.values.items():
                old = current.get(field)
                current[field] = value
                if old != value and field not in UNSHOWN:
                    out.append(Change(at, who, field, shown(field, old), shown(field, value)))
        return out


class _Shown:
    """A stored value (in its wire form) as a person reads it."""

    def __init__(self, s: Session, table: str, lang: str) -> None:
        self.s, self.lang = s, lang
        self.columns = synced_tables()[table].__table__.c

    def __call__(self, field: str, value: Any) -> str:
        if value is None or value == "" or value == []:
            return ""
        info = self.columns[field].info if field in self.columns else {}
        if "vocab" in info:
            return ALL_VOCABS[info["vocab"]].label(value, self.lang)
        if "vocab_list" in info:
            vocab = ALL_VOCABS[info["vocab_list"]]
            return "、".join(vocab.label(code, self.lang) for code in value)
        if info.get("ref") in ("worker", "client"):
            model = Worker if info["ref"] == "worker" else Client
            return self.s.scalar(select(model.name).where(model.id == value)) or value[:8]
        if isinstance(value, bool):
            return ("是" if value else "否") if self.lang == "zh" else \
                ("yes" if value else "no")
        if isinstance(value, float):
            return f"{value:g}"  # 12 hours, not 12.0
        return str(value)
