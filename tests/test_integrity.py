"""The daily check: the database read back whole once a day; a damaged file is the
sentence naming the newest good backup, a whole one notes the day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from categories import TBA

from app.errors import DatabaseRefused
from app.services.backup import backup
from app.services.clients import ClientInput, register_client
from app.services.integrity import check_due, daily_check
from app.store.database import Database

DAY = dt.date(2026, 12, 7)


def damage(db_file: Path) -> None:
    data = bytearray(db_file.read_bytes())
    for page in range(len(data) // 3, len(data) // 3 + 4096 * 10, 4096):
        data[page + 100:page + 600] = b"\x55" * 500
    db_file.write_bytes(bytes(data))


def test_once_a_day_and_a_damaged_file_names_the_backup(db: Database) -> None:
    for n in range(60):
        register_client(db, ClientInput(name=f"韦秀英{n}", gender="female", categories=TBA,
                                        notes="屋顶漏雨，缺过冬棉被。" * 20))
    assert check_due(db, DAY)
    assert daily_check(db, DAY) is None
    assert not check_due(db, DAY) and check_due(db, DAY + dt.timedelta(days=1))
    kept = backup(db)
    damage(db.paths.database)
    found = daily_check(db, DAY + dt.timedelta(days=1))
    assert isinstance(found, DatabaseRefused)
    assert "已损坏" in found.zh and kept.name in found.zh
    assert check_due(db, DAY + dt.timedelta(days=1))  # not noted: asked again next start
