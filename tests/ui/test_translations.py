"""The Chinese translation is complete, compiled, shipped, and covers every UI string.

When one of these fails after a UI change, run `python tools/update_translations.py`
(and add the new strings to tools/zh_CN_translations.py).
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
ZH_TS = TRANSLATIONS / "shegong_zh_CN.ts"
EN_TS = TRANSLATIONS / "shegong_en.ts"
FIX = "run `python tools/update_translations.py`"


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) for every message of a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{ts.name}: {name}: a message has no translation"
            found.append((name, message.findtext("source") or "", translation))
    return found


def lupdate_sources(lupdate: str, tmp_path: Path) -> set[tuple[str, str]]:
    """What lupdate finds in app/ui and app/render (recursively) right now."""
    ts = tmp_path / "fresh.ts"
    sources = sorted(str(p.relative_to(ROOT)) for folder in ("ui", "render")
                     for p in (ROOT / "app" / folder).rglob("*.py"))
    assert any(s.startswith("app/render/") for s in sources)
    subprocess.run([lupdate, *sources, "-silent", "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)
    return {(context, source) for context, source, _ in messages(ts)}


@pytest.mark.parametrize("ts", [ZH_TS, EN_TS], ids=lambda p: p.name)
def test_every_message_is_finished(ts: Path) -> None:
    problems = []
    for context, source, translation in messages(ts):
        state = translation.get("type")
        if state in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {state}")
        elif not (translation.text or "").strip():
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, f"{ts.name}, {FIX}:\n" + "\n".join(problems)


def test_chinese_keeps_placeholders_and_mnemonics() -> None:
    for context, source, translation in messages(ZH_TS):
        text = translation.text or ""
        assert sorted(re.findall(r"%\d+", source)) == sorted(re.findall(r"%\d+", text)), \
            f"{context}: {text!r} lost a placeholder of {source!r}"
        letter = re.search(r"&([^&\s])", source)
        if letter:
            assert text.upper().endswith(f"(&{letter.group(1).upper()})"), \
                f"{context}: {text!r} should end with the mnemonic (&{letter.group(1)})"
        assert re.search(r"[\u4e00-\u9fff]", text), f"{context}: {text!r} is not Chinese"


@pytest.mark.parametrize("ts", [ZH_TS, EN_TS], ids=lambda p: p.name)
def test_shipped_qm_is_compiled_from_the_ts(ts: Path, tmp_path: Path,
                                            qt_tool: Callable[[str], str]) -> None:
    fresh = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(fresh)],
                   check=True, capture_output=True)
    shipped = ts.with_suffix(".qm")
    assert shipped.is_file(), f"{shipped.name} is missing; {FIX}"
    assert shipped.read_bytes() == fresh.read_bytes(), f"{shipped.name} is stale; {FIX}"


@pytest.mark.parametrize("ts", [ZH_TS, EN_TS], ids=lambda p: p.name)
def test_ts_holds_exactly_the_strings_of_the_ui(ts: Path, tmp_path: Path,
                                                qt_tool: Callable[[str], str]) -> None:
    in_code = lupdate_sources(qt_tool("lupdate"), tmp_path)
    in_ts = {(context, source) for context, source, _ in messages(ts)}
    assert in_code, "lupdate found no strings in app/ui"
    missing = sorted(in_code - in_ts)
    assert not missing, f"strings with no translation in {ts.name} ({FIX}): {missing}"
    extra = sorted(in_ts - in_code)
    assert not extra, f"{ts.name} still holds strings the UI dropped ({FIX}): {extra}"


def test_translator_from_the_package_gives_every_translation(qapp: QApplication) -> None:
    """The .qm loads from app.resources, as the installed and frozen app load it."""
    folder = resources.files("app.resources") / "translations"
    translator = QTranslator()
    assert translator.load("shegong_zh_CN.qm", str(folder))
    for context, source, translation in messages(ZH_TS):
        assert translator.translate(context, source) == translation.text


def test_install_language_switches_between_chinese_and_english(
        language: Callable[[str], str]) -> None:
    translate = QCoreApplication.translate
    assert language("zh") == "zh"
    assert translate("Rail", "&Today") == "今日待办(&T)"
    assert translate("FirstRunDialog", "Welcome to Shegong") == "欢迎使用社工站助手"
    assert language("en") == "en"
    assert translate("Rail", "&Today") == "&Today"
