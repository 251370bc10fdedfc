"""Refresh the Qt Linguist files from the UI's source strings, then compile them.

    .venv/bin/python tools/update_translations.py

1. pyside6-lupdate reads every tr()/translate() string in app/ui and app/render into
   resources/translations/shegong_zh_CN.ts and shegong_en.ts, dropping strings that
   no longer exist;
2. the Chinese text comes from tools/zh_CN_*.py (English source -> Chinese; one file
   per area of the UI);
   the English file is the identity, every message finished;
3. pyside6-lrelease compiles both to .qm, which ship in the app.resources package.

Exits 1, listing them, when a source string has no Chinese translation or a translation
loses a %1 placeholder or its mnemonic; the .qm files are then left as they were.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The UI, and the report rendering below it (app/render: a tr() there shares the .ts).
SOURCE_DIRS = (ROOT / "app" / "ui", ROOT / "app" / "render")
TS_DIR = ROOT / "resources" / "translations"
TS_FILES = {"zh_CN": TS_DIR / "shegong_zh_CN.ts", "en": TS_DIR / "shegong_en.ts"}

TOOLS = Path(__file__).resolve().parent


def load_translations() -> dict[str, str]:
    """Every tools/zh_CN_*.py's TRANSLATIONS, one dict (one file per area of the UI)."""
    import importlib

    sys.path.insert(0, str(TOOLS))
    merged: dict[str, str] = {}
    origin: dict[str, str] = {}
    clashes = []
    for path in sorted(TOOLS.glob("zh_CN_*.py")):
        for source, text in importlib.import_module(path.stem).TRANSLATIONS.items():
            if source in merged and merged[source] != text:
                # Qt looks strings up by context, but this table is by source alone:
                # two areas translating one English text differently would lose one.
                clashes.append(f"{source!r}: {origin[source]} says {merged[source]!r}, "
                               f"{path.name} says {text!r}")
            merged[source], origin[source] = text, path.name
    if clashes:
        sys.exit("One English source, two Chinese translations; make the sources "
                 "differ or agree on one:\n  " + "\n  ".join(clashes))
    return merged


TRANSLATIONS = load_translations()

PLACEHOLDER = re.compile(r"%\d+")
MNEMONIC = re.compile(r"&([^&\s])")  # "&&" is a literal ampersand, not a mnemonic


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: next to this Python first, then on PATH."""
    here = Path(sys.executable).parent
    found = shutil.which(f"pyside6-{name}", path=str(here)) or shutil.which(f"pyside6-{name}")
    if found is None:
        sys.exit(f"pyside6-{name} not found; install PySide6 in this environment")
    return found


def ui_sources() -> list[str]:
    """The modules of SOURCE_DIRS, relative to the project root (so the .ts records short
    paths)."""
    return sorted(str(p.relative_to(ROOT)) for folder in SOURCE_DIRS
                  for p in folder.rglob("*.py"))


def run(args: list[str]) -> None:
    result = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{Path(args[0]).name} failed ({result.returncode}):\n"
                 f"{result.stdout}{result.stderr}")


def lupdate(ts: Path, language: str) -> None:
    run([qt_tool("lupdate"), *ui_sources(), "-no-obsolete", "-locations", "absolute",
         "-source-language", "en", "-target-language", language, "-silent",
         "-ts", str(ts.relative_to(ROOT))])


def lrelease(ts: Path) -> None:
    run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))])


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text)
    return found.group(1).upper() if found else None


def check(source: str, translation: str, suffix: bool) -> str | None:
    """Why this translation would break the UI, or None.

    `suffix`: the language writes mnemonics as a "(&X)" suffix (Chinese), not inline.
    """
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        return "the %N placeholders differ"
    want, got = mnemonic(source), mnemonic(translation)
    if want != got:
        return f"the mnemonic should be (&{want})" if want else "a mnemonic the source lacks"
    if want and suffix and not translation.upper().endswith(f"(&{want})"):
        return f"put the mnemonic at the end as (&{want})"
    return None


def fill(ts: Path, translate: Callable[[str], str | None],
         suffix: bool) -> tuple[list[str], set[str]]:
    """Set every message's translation; returns the problems and the sources seen."""
    tree = ET.parse(ts)
    problems: list[str] = []
    seen: set[str] = set()
    for context in tree.getroot().iter("context"):
        context_name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            seen.add(source)
            element = message.find("translation")
            if element is None:
                element = ET.SubElement(message, "translation")
            text = translate(source)
            if text is None:
                problems.append(f"{context_name}: no translation for {source!r}")
                element.text = ""
                element.set("type", "unfinished")
                continue
            why = check(source, text, suffix)
            if why:
                problems.append(f"{context_name}: {source!r} -> {text!r}: {why}")
            element.text = text
            element.attrib.pop("type", None)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    return problems, seen


def main() -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    fillers: dict[str, Callable[[str], str | None]] = {
        "zh_CN": TRANSLATIONS.get, "en": lambda source: source}
    problems: list[str] = []
    for language, ts in TS_FILES.items():
        lupdate(ts, language)
        found, seen = fill(ts, fillers[language], suffix=language == "zh_CN")
        problems += [f"{ts.name}: {p}" for p in found]
        lupdate(ts, language)  # once more, so the file keeps lupdate's own layout
        if language == "zh_CN":
            unused = sorted(set(TRANSLATIONS) - seen)
            for source in unused:
                print(f"note: tools/zh_CN_translations.py has an unused entry {source!r}")
    if problems:
        print("Translations are incomplete; the .qm files were not rebuilt:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        print("Add them to tools/zh_CN_translations.py and run this again.", file=sys.stderr)
        return 1
    for ts in TS_FILES.values():
        lrelease(ts)
        print(f"{ts.relative_to(ROOT)} -> {ts.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
