"""Damage found before it is met: once a day, in the background, the database file is
read back whole (`quick_check`). Not at every start: on a 100,000-client database that is
750 MB read (18 s cold here), which the first screen must not wait for.

The day of the last good check is kept in a small file beside the database, not in it:
reading a damaged database to learn whether to check it would meet the damage, or wait
on the locks of the connections that did."""

from __future__ import annotations

import contextlib
import datetime as dt

from app.errors import ShegongError
from app.store.database import Database
from app.store.engine import sqlite_file
from app.store.failures import damaged, passes_check

CHECKED_ON = "integrity-checked-on"


def check_due(db: Database, today: dt.date | None = None) -> bool:
    """Whether today's check is still to do (a SQLite database not checked today)."""
    if sqlite_file(db.engine) is None:
        return False
    try:
        last = (db.paths.data / CHECKED_ON).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return True
    return last != (today or dt.date.today()).isoformat()


def daily_check(db: Database, today: dt.date | None = None) -> ShegongError | None:
    """Today's check if it is due: the sentence naming the newest good backup when the
    file is damaged; None otherwise (and today noted, when whole)."""
    if not check_due(db, today):
        return None
    path = sqlite_file(db.engine)
    if path is None:
        return None
    if not passes_check(path, db.key):
        return damaged(db.paths)
    with contextlib.suppress(OSError):  # not noted (a full disk): checked at the next start
        (db.paths.data / CHECKED_ON).write_text((today or dt.date.today()).isoformat(),
                                               encoding="ascii")
    return None
