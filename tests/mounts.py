"""Real file systems for the failure tests: a tiny tmpfs that really fills up. The suite
runs as root (make test installs as root), so it may mount and unmount."""

from __future__ import annotations

import logging
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def close_logs() -> None:
    """The app's log handlers closed: their file may be on a mount about to go."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_shegong", False)]:
        root.removeHandler(handler)
        handler.close()


@contextmanager
def small_tmpfs(folder: Path, megabytes: int) -> Iterator[Path]:
    folder.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs",
                    str(folder)], check=True)
    try:
        yield folder
    finally:
        close_logs()
        subprocess.run(["umount", str(folder)], check=True)
