"""Paths: platformdirs by default, one folder with --data-dir or SHEGONG_DATA_DIR; logs."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from app.logs import LOG_FILE, setup_logging
from app.paths import resolve_paths


def test_default_paths_follow_the_platform(tmp_path: Path) -> None:
    paths = resolve_paths()
    home = Path.home()
    assert str(paths.data).startswith(str(home))  # the fixture points HOME at a temp folder
    assert paths.database.name == "shegong.db"
    assert paths.logs != paths.data


def test_explicit_folder_holds_everything(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "u盘")
    assert paths.database == (tmp_path / "u盘" / "shegong.db").resolve()
    for folder in (paths.backups, paths.logs, paths.config, paths.keys):
        assert folder.is_relative_to((tmp_path / "u盘").resolve())


def test_environment_variable_sets_the_folder(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHEGONG_DATA_DIR", str(tmp_path / "env"))
    assert resolve_paths().data == (tmp_path / "env").resolve()
    assert resolve_paths(tmp_path / "flag").data == (tmp_path / "flag").resolve()


def test_logging_goes_to_a_rotating_file(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "d").ensure()
    handler = setup_logging(paths)
    try:
        logging.getLogger("app.test").warning("走访记录已保存")
        handler.flush()
        assert "走访记录已保存" in (paths.logs / LOG_FILE).read_text(encoding="utf-8")
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
