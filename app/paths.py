"""Where Shegong keeps its files: one module, so nothing else guesses a path.

By default the platform's user directories (platformdirs); `--data-dir DIR` or the
environment variable SHEGONG_DATA_DIR puts everything under one folder instead, which
is what tests, scripts and a portable USB install use.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Shegong"
ENV_DATA_DIR = "SHEGONG_DATA_DIR"
DB_FILE_NAME = "shegong.db"


@dataclass(frozen=True)
class Paths:
    data: Path
    backups: Path
    logs: Path
    config: Path

    @property
    def database(self) -> Path:
        return self.data / DB_FILE_NAME

    @property
    def keys(self) -> Path:
        return self.data / "keys"

    @property
    def attachments(self) -> Path:
        """Attached files, each stored once under its SHA-256 (app.store.file_store)."""
        return self.data / "attachments"

    def ensure(self) -> Paths:
        for folder in (self.data, self.backups, self.logs, self.config):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """The paths for this run: explicit folder, then SHEGONG_DATA_DIR, then platformdirs."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return Paths(data=root, backups=root / "backups", logs=root / "logs",
                     config=root / "config")
    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    data = Path(dirs.user_data_dir)
    return Paths(data=data, backups=data / "backups", logs=Path(dirs.user_log_dir),
                 config=Path(dirs.user_config_dir))
