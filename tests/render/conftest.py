"""The report's rendering needs a font that draws Chinese. Without one the pdf's text
comes back as empty boxes ("\\x00"), so a test reading it back says which package is
missing instead: it skips on a developer's machine and fails on CI (CI set), which must
never skip."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QApplication

from app.render.report_document import NO_CHINESE_FONT, draws_chinese


def on_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture
def chinese_font(qapp: QApplication) -> None:
    if draws_chinese():
        return
    if on_ci():
        pytest.fail(NO_CHINESE_FONT, pytrace=False)
    pytest.skip(NO_CHINESE_FONT)
