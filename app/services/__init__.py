"""The use cases. The GUI and the command line reach the data only through here.

`Database` is re-exported as the handle the UI passes around; opening one is
`open_database`. Neither lets the UI see a session.
"""

from app import vault
from app.errors import ShegongError
from app.paths import Paths
from app.store.database import Database
from app.store.failures import damaged, explain, passes_check


def open_database(paths: Paths) -> Database:
    """Open (creating or upgrading) the database of a data folder."""
    return Database(paths)


def explain_failure(exc: BaseException, paths: Paths) -> ShegongError | None:
    """One sentence for a damaged database, a read-only data folder or a full disk
    anywhere in `exc`'s causes (app.store.failures), or None for anything else. Damage
    may also show as garbage in a record (a text that is not JSON): after an unexpected
    error the database file is read back whole, and if it fails, that is the news."""
    found = explain(exc, paths)
    opened = vault.unlocked(paths.data)
    if found is None and opened is not None and paths.database.is_file() \
            and not passes_check(paths.database, opened.key):
        found = damaged(paths)
    return found


__all__ = ["Database", "explain_failure", "open_database"]
