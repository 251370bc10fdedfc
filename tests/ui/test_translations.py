"""The Chinese translation is complete, compiled, shipped, and covers every UI string.

resources/translations/*.ts are the one source of the translations (docs/translating.md).
When one of these fails after a UI change, run `python tools/update_translations.py`: it
brings the .ts files up to date with the code and lists the new messages; translate them
in Qt Linguist (resources/translations/shegong_zh_CN.ts) and run the tool again.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
ZH_TS = TRANSLATIONS / "shegong_zh_CN.ts"
EN_TS = TRANSLATIONS / "shegong_en.ts"
FIX = ("run `python tools/update_translations.py`, then translate the new messages in "
       "Qt Linguist (resources/translations/shegong_zh_CN.ts)")


def update_tool() -> ModuleType:
    """tools/update_translations.py, imported: its sources() is the one list of UI files."""
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up while being made
    spec.loader.exec_module(module)
    return module


TOOL = update_tool()


class Message(NamedTuple):
    context: str
    source: str
    state: str | None  # the translation's type: None (finished), "unfinished", "vanished"…
    texts: list[str]  # the translation; a plural (numerus) message has one per form
    numerus: bool


def messages(ts: Path) -> list[Message]:
    """Every message of a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{ts.name}: {name}: a message has no translation"
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            found.append(Message(name, message.findtext("source") or "", translation.get("type"),
                                 texts, message.get("numerus") == "yes"))
    return found


def lupdate_sources(lupdate: str, tmp_path: Path) -> set[tuple[str, str]]:
    """What lupdate finds in the UI sources (app/ui, app/render) right now."""
    ts = tmp_path / "fresh.ts"
    assert any(s.startswith("app/render/") for s in TOOL.sources())
    subprocess.run([lupdate, *TOOL.sources(), "-silent", "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)
    return {(m.context, m.source) for m in messages(ts)}


@pytest.mark.parametrize("ts", [ZH_TS, EN_TS], ids=lambda p: p.name)
def test_every_message_is_finished(ts: Path) -> None:
    problems = []
    for context, source, state, texts, _ in messages(ts):
        if state in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {state}")
        elif not all(text.strip() for text in texts):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, f"{ts.name}, {FIX}:\n" + "\n".join(problems)


def test_chinese_keeps_placeholders_and_mnemonics() -> None:
    for context, source, _, texts, _ in messages(ZH_TS):
        letter = re.search(r"&([^&\s])", source)
        for text in texts:  # one, or each plural form
            assert sorted(re.findall(r"%\d+", source)) == sorted(re.findall(r"%\d+", text)), \
                f"{context}: {text!r} lost a placeholder of {source!r}"
            if letter:
                assert text.upper().endswith(f"(&{letter.group(1).upper()})"), \
                    f"{context}: {text!r} should end with the mnemonic (&{letter.group(1)})"
            assert re.search(r"[\u4e00-\u9fff]", text), f"{context}: {text!r} is not Chinese"


@pytest.mark.parametrize("ts", [ZH_TS, EN_TS], ids=lambda p: p.name)
def test_shipped_qm_is_compiled_from_the_ts(ts: Path, tmp_path: Path,
                                            qt_tool: Callable[[str], str]) -> None:
    fresh = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([qt_tool("lrelease"), *TOOL.LRELEASE_OPTIONS, str(ts), "-qm", str(fresh)],
                   check=True, capture_output=True)
    shipped = ts.with_suffix(".qm")
    assert shipped.is_file(), f"{shipped.name} is missing; {FIX}"
    assert shipped.read_bytes() == fresh.read_bytes(), f"{shipped.name} is stale; {FIX}"


@pytest.mark.parametrize("ts", [ZH_TS, EN_TS], ids=lambda p: p.name)
def test_ts_holds_exactly_the_strings_of_the_ui(ts: Path, tmp_path: Path,
                                                qt_tool: Callable[[str], str]) -> None:
    in_code = lupdate_sources(qt_tool("lupdate"), tmp_path)
    in_ts = {(m.context, m.source) for m in messages(ts)}
    assert in_code, f"lupdate found no strings in {TOOL.SOURCE_DIRS}"
    missing = sorted(in_code - in_ts)
    assert not missing, f"strings with no translation in {ts.name} ({FIX}): {missing}"
    extra = sorted(in_ts - in_code)
    assert not extra, f"{ts.name} still holds strings the UI dropped ({FIX}): {extra}"


def test_translator_from_the_package_gives_every_translation(qapp: QApplication) -> None:
    """The .qm loads from app.resources, as the installed and frozen app load it."""
    folder = resources.files("app.resources") / "translations"
    translator = QTranslator()
    assert translator.load("shegong_zh_CN.qm", str(folder))
    for context, source, _, texts, numerus in messages(ZH_TS):
        if numerus:  # Chinese has one plural form
            assert translator.translate(context, source, None, 7) == texts[0]
        else:
            assert translator.translate(context, source) == texts[0]


def test_install_language_switches_between_chinese_and_english(
        language: Callable[[str], str]) -> None:
    translate = QCoreApplication.translate
    assert language("zh") == "zh"
    assert translate("Rail", "&Today") == "今日待办(&T)"
    assert translate("FirstRunDialog", "Welcome to Shegong") == "欢迎使用社工站助手"
    assert language("en") == "en"
    assert translate("Rail", "&Today") == "&Today"
