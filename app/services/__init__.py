"""The use cases. The GUI and the command line reach the data only through here.

`Database` is re-exported as the handle the UI passes around; opening one is
`open_database`. Neither lets the UI see a session.
"""

from app.errors import SetupError
from app.paths import Paths
from app.store.database import Database
from app.store.target import database_target, set_database_url


def open_database(paths: Paths, db_url: str | None = None) -> Database:
    """Open (creating or upgrading) the database of a data folder; with `db_url`, a new
    folder whose data is to live in that PostgreSQL database (a county office)."""
    if db_url is not None:
        current = database_target(paths)
        if current != db_url and (current != paths.database or paths.database.exists()):
            raise SetupError(
                f"This data folder already keeps its data in {current}: "
                "--db is for a new folder. Nothing was changed.",
                f"此数据文件夹的数据已存放在 {current}：--db 只用于新的文件夹。"
                "未做任何更改。")
        set_database_url(paths, db_url)
    return Database(paths)


__all__ = ["Database", "open_database"]
