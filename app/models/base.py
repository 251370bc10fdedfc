"""The declarative base every table shares, and what makes a table synced.

Synced tables (the domain records that travel in bundles) carry, besides their fields:
- `id`: a UUIDv7 made on the creating device, stored as 16 bytes, seen in Python as str;
- `sync_hlc` / `sync_dev` / `sync_seq`: the clock, (local) device number and sequence
  number of the op that created the row: every field's clock unless `sync_clocks` says
  otherwise;
- `sync_clocks`: {field: [hlc, devno, seq]} for the fields written after creation;
- `sync_station`: the station the record belongs to (app.models.scope), which decides
  who may write it and who receives it.
Field-level last-writer-wins needs a clock per field; keeping only the exceptions makes
that nearly free for the common case of a record written once (a home visit).

References between synced tables are indexed but carry no FOREIGN KEY: ops from
different devices may arrive in any order (a visit before its client), and the merge
must accept them. Local tables keep real foreign keys.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import JSON, BigInteger, Date, FromClause, Integer, LargeBinary, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from app.models.ids import id_from_bytes

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UUIDBytes(TypeDecorator[str]):
    """A UUID kept as 16 bytes in SQLite (half the size of text), a str in Python."""

    impl = LargeBinary(16)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> bytes | None:
        if value is None or isinstance(value, bytes):
            return value
        return uuid.UUID(str(value)).bytes

    def process_result_value(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        return id_from_bytes(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        int: Integer,
        str: String,
        dt.date: Date,
        dict[str, Any]: JSON,
        list[str]: JSON,
    }


# JSON whose Python None is SQL NULL (not the text "null"), so raw SQL sees NULL too.
NullableJSON = JSON(none_as_null=True)

# Column `info` marker: the field lives on a synced table but never travels (derived here).
LOCAL = {"local": True}
SYNC_META_COLUMNS = ("id", "sync_hlc", "sync_dev", "sync_seq", "sync_clocks", "sync_station")


class Synced:
    """Mixin for synced tables. WITHOUT ROWID: the UUID is the only key, stored once."""

    __synced__: ClassVar[bool] = True
    __table_args__: Any = {"sqlite_with_rowid": False}
    if TYPE_CHECKING:  # as DeclarativeBase declares them, for code that holds a type[Synced]
        __tablename__: str
        __table__: ClassVar[FromClause]
        _sync_fields_cache: ClassVar[tuple[str, ...]]

    id: Mapped[str] = mapped_column(UUIDBytes, primary_key=True)
    # The reason a record was voided; a void is a field like any other, never a DELETE.
    void_reason: Mapped[str | None] = mapped_column(String(200))
    sync_hlc: Mapped[int] = mapped_column(BigInteger, default=0)
    sync_dev: Mapped[int] = mapped_column(Integer, default=0)
    sync_seq: Mapped[int] = mapped_column(Integer, default=0)
    sync_clocks: Mapped[dict[str, Any] | None] = mapped_column(NullableJSON)
    # The station the record belongs to (app.models.scope): set when it is created, the
    # same on every device, never changed. NULL for a record of the county as a whole.
    sync_station: Mapped[str | None] = mapped_column(UUIDBytes)

    @classmethod
    def sync_fields(cls) -> tuple[str, ...]:
        """The fields that travel, in table order (cached per class)."""
        cached = cls.__dict__.get("_sync_fields_cache")
        if cached is None:
            table = cls.__table__
            cached = tuple(
                c.key for c in table.columns
                if c.key not in SYNC_META_COLUMNS and not c.info.get("local")
            )
            cls._sync_fields_cache = cached
        return cached

    def field_clock(self, field: str) -> tuple[int, int]:
        """(hlc, devno) of the last write of one field."""
        override = (self.sync_clocks or {}).get(field)
        if override is not None:
            return override[0], override[1]
        return self.sync_hlc, self.sync_dev

    def field_origin(self, field: str) -> tuple[int, int]:
        """(devno, seq) of the op that last wrote one field: where its value came from."""
        return field_origin(self.sync_clocks, field, self.sync_dev, self.sync_seq)


def field_origin(clocks: dict[str, Any] | None, field: str, sync_dev: int,
                 sync_seq: int) -> tuple[int, int]:
    """(devno, seq) of the op that last wrote `field` of a row with these sync columns:
    its entry in `clocks`, else the creating op. One rule for ORM objects and raw rows
    (the bundle export reads rows without the ORM)."""
    override = (clocks or {}).get(field)
    if override is not None:
        return override[1], override[2]
    return sync_dev, sync_seq


def synced_tables() -> dict[str, type[Synced]]:
    """Every synced model by table name (the names ops and bundles use)."""
    return {
        mapper.class_.__tablename__: mapper.class_
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, Synced)
    }


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


__all__ = ["LOCAL", "Base", "BigInteger", "Synced", "UUIDBytes", "synced_tables"]
