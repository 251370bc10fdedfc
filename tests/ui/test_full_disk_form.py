"""A full disk while a visit is being saved, in the window: the form says so in one
sentence and stays open with what was typed, nothing half-saved; once there is space
again the same form saves. On a real small file system (tmpfs) filled up for real."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from categories import TBA
from mounts import small_tmpfs
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.paths import resolve_paths
from app.services.clients import ClientInput, register_client
from app.services.setup import SetupInput, initialize
from app.services.visits import visits_of_client
from app.store.database import Database
from app.ui.kit.context import AppContext
from app.ui.shell.features import make_context
from app.ui.visits.visit_form import VisitFormDialog


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with small_tmpfs(tmp_path / "small", 4) as folder:
        yield folder


@pytest.fixture
def ctx_on_small_disk(small_disk: Path, qapp: QApplication) -> Iterator[AppContext]:
    db = Database(resolve_paths(small_disk / "d"))
    initialize(db, SetupInput(station="那龙镇社工站", county="南宁市武鸣区", township="那龙镇",
                              device="韦丽的电脑", worker="韦丽"))
    yield make_context(db, "zh")
    db.close()


def fill_up(folder: Path) -> Path:
    """A file that takes every byte left on the disk."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as fh:  # unbuffered: nothing left to flush
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError:
            pass
    return filler


def test_a_full_disk_keeps_the_form_open_and_saves_once_there_is_room(
        qtbot: QtBot, ctx_on_small_disk: AppContext, small_disk: Path,
        language: Callable[[str], str]) -> None:
    language("zh")
    ctx = ctx_on_small_disk
    client = register_client(ctx.db, ClientInput(name="覃秀兰", gender="female",
                                                 categories=TBA))
    dialog = VisitFormDialog(ctx, client, None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.visit_date.set_value(dt.date.today())
    dialog.observations.setPlainText("屋顶漏雨，缺过冬棉被。" * 40)
    filler = fill_up(small_disk)
    dialog.save()
    assert dialog.isVisible()  # not closed: what was typed is still there
    said = dialog.general_error.text()
    assert "磁盘已满" in said and "SELECT" not in said and "INSERT" not in said
    assert visits_of_client(ctx.db, client) == []  # nothing half-saved
    assert dialog.observations.toPlainText().startswith("屋顶漏雨")
    filler.unlink()
    dialog.save()
    assert not dialog.isVisible()
    [visit] = visits_of_client(ctx.db, client)
    assert visit.observations and visit.observations.startswith("屋顶漏雨")
