"""The use cases. The GUI and the command line reach the data only through here.

`Database` is re-exported as the handle the UI passes around; opening one is
`open_database`. Neither lets the UI see a session.
"""

from app.paths import Paths
from app.store.database import Database


def open_database(paths: Paths) -> Database:
    """Open (creating or upgrading) the database of a data folder."""
    return Database(paths)


__all__ = ["Database", "open_database"]
