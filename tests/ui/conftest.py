"""Fixtures for the widget tests: offscreen Qt with the application's style sheet, a fresh
data folder per test, and the application's language put back to English after every test."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from app.paths import Paths, resolve_paths
from app.store.database import Database
from app.ui.kit.i18n import install_language
from app.ui.kit.style import apply_style

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def qt_tool() -> Callable[[str], str]:
    """Finds pyside6-lupdate / pyside6-lrelease in this environment (or on PATH)."""

    def find(name: str) -> str:
        here = str(Path(sys.executable).parent)
        found = shutil.which(f"pyside6-{name}", path=here) or shutil.which(f"pyside6-{name}")
        if found is None:
            pytest.fail(f"pyside6-{name} is missing; PySide6 is not installed properly")
        return found

    return find


@pytest.fixture(scope="session")
def qapp(qapp: QApplication) -> QApplication:
    """pytest-qt's application, styled as the app styles itself (resources/style.qss), so
    what a test measures and sees is what people see."""
    apply_style(qapp)
    return qapp


@pytest.fixture
def ui_paths(tmp_path: Path) -> Paths:
    """This test's own data folder; never the user's."""
    return resolve_paths(tmp_path / "shegong-data")


@pytest.fixture
def fresh_db(ui_paths: Paths, qapp: QApplication) -> Iterator[Database]:
    """A migrated database with no device: what the first start finds."""
    db = Database(ui_paths)
    yield db
    # Background jobs may still hold a connection: let them finish before closing.
    QThreadPool.globalInstance().waitForDone(5000)
    db.close()


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    """install_language for the test; English again afterwards, whatever happened."""
    yield install_language
    install_language("en")


@pytest.fixture
def ready_db(fresh_db: Database) -> Database:
    """A set-up database (station 那龙镇社工站, worker 韦丽) with no clients yet."""
    from app.services.setup import SetupInput, initialize

    initialize(fresh_db, SetupInput(station="那龙镇社工站", county="南宁市武鸣区",
                                    township="那龙镇", device="韦丽的电脑", worker="韦丽"))
    return fresh_db


@pytest.fixture
def demo_db(ready_db: Database) -> Database:
    """ready_db with 60 demo clients (seed 1): visits, cases, activities."""
    from app.demo.generate import generate

    generate(ready_db, clients=60, seed=1)
    return ready_db


@pytest.fixture
def ctx(ready_db: Database, qapp: QApplication):  # returns AppContext
    """The shared context pages and dialogs get, in Chinese labels (lang "zh"), with no
    translator installed unless the test asks for one through `language`."""
    from app.ui.shell.features import make_context

    context = make_context(ready_db, "zh")
    yield context
    for widget in list(context._open):
        widget.close()
