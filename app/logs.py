"""Logging to a rotating file in the logs folder (and nothing on the console by default)."""

from __future__ import annotations

import logging
import logging.handlers

from app.paths import Paths

LOG_FILE = "shegong.log"


def setup_logging(paths: Paths, level: int = logging.INFO) -> logging.Handler:
    """The log file of the logs folder; where it cannot be written (a read-only folder,
    a full disk), nothing is logged and the program goes on to say why in a sentence."""
    handler: logging.Handler
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            paths.logs / LOG_FILE, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter(
        "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_shegong", False)]:
        root.removeHandler(old)
        old.close()
    setattr(handler, "_shegong", True)  # noqa: B010 - a mark on a library class
    root.addHandler(handler)
    root.setLevel(level)
    return handler
