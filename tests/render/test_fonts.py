"""The check for a font that draws Chinese, and what a pdf test does without one: on a
Linux machine whose fontconfig is pointed at an empty folder, so no font is found."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.render.report_document import NO_CHINESE_FONT

ROOT = Path(__file__).resolve().parents[2]
PDF_TEST = "tests/render/test_report_pdf.py::test_the_pdf_in_english"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="fontconfig (FONTCONFIG_FILE) is Linux's")


def no_fonts(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a machine with no font at all: fontconfig reads an empty folder."""
    (tmp_path / "fonts").mkdir()
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
                    f"<fontconfig><dir>{tmp_path / 'fonts'}</dir>"
                    f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
                    encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTEST_ADDOPTS")}
    return {**env, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen", **extra}


def test_no_font_for_chinese_is_noticed(tmp_path: Path) -> None:
    script = ("from PySide6.QtGui import QGuiApplication\n"
              "from app.render.report_document import draws_chinese\n"
              "app = QGuiApplication([])\n"
              "print(draws_chinese())\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=no_fonts(tmp_path),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False"]


def test_without_a_chinese_font_a_pdf_test_skips_saying_which_package(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider",
                           PDF_TEST], cwd=ROOT, env=no_fonts(tmp_path),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 skipped" in done.stdout
    assert "fonts-noto-cjk" in done.stdout and NO_CHINESE_FONT[:40] in done.stdout


def test_on_ci_a_missing_chinese_font_fails_the_pdf_test(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           PDF_TEST], cwd=ROOT, env=no_fonts(tmp_path, CI="true"),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr
    # The fixture fails, so pytest counts an error: the run fails all the same.
    assert "1 error" in done.stdout and "skipped" not in done.stdout
    assert "fonts-noto-cjk" in done.stdout
