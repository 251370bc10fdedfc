"""Per-user preferences that must be known before the database opens (the language).

A tiny typed registry kept as JSON in the config folder; unknown keys are ignored and a
damaged file falls back to the defaults instead of stopping the app.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields

from app.paths import Paths

log = logging.getLogger(__name__)
CONFIG_FILE = "settings.json"


@dataclass
class UiConfig:
    language: str | None = None  # "zh" or "en"; None follows the system
    lock_minutes: int = 10  # the window locks after this long without input; 0: never


def load_config(paths: Paths) -> UiConfig:
    path = paths.config / CONFIG_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return UiConfig()
    except (OSError, ValueError):
        log.warning("settings file %s is unreadable; using defaults", path)
        return UiConfig()
    known = {f.name for f in fields(UiConfig)}
    return UiConfig(**{k: v for k, v in raw.items() if k in known})


def save_config(paths: Paths, config: UiConfig) -> None:
    paths.config.mkdir(parents=True, exist_ok=True)
    path = paths.config / CONFIG_FILE
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(config), ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)
