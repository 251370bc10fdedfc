"""Bring the Qt Linguist files up to date with the code, then compile them.

    .venv/bin/python tools/update_translations.py           # update, list what to translate
    .venv/bin/python tools/update_translations.py --check   # the same; exit 1 if any is left

resources/translations/*.ts are the one source of the translations: translators edit
shegong_zh_CN.ts in Qt Linguist (pyside6-linguist), and this tool never overwrites a
translation. It

1. runs pyside6-lupdate over the UI sources (`sources()`: app/ui and, once it exists,
   app/render, recursively) straight into each .ts file: existing translations stay, new
   messages arrive as "unfinished" and messages the code dropped are removed (-no-obsolete);
2. in shegong_en.ts (English is the source language) finishes each new message with its
   source text, so the file stays complete without a translator; a plural (numerus)
   message is left for a person to write its English singular and plural forms;
3. compiles every .ts to .qm with pyside6-lrelease (unfinished messages left out);
4. prints the messages still to translate (with lupdate's guess from the same English
   elsewhere, if any) and any Chinese translation that loses a %1 placeholder or its
   mnemonic or is not Chinese; with --check it then exits 1 when there is one. It also
   notes, without failing, an English text translated differently in two contexts.

docs/translating.md is the translator's side of this.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The folders whose tr()/translate() strings the app shows; the test suite reads this too.
SOURCE_DIRS = ("app/ui", "app/render")
TS_DIR = ROOT / "resources" / "translations"
ZH_TS = TS_DIR / "shegong_zh_CN.ts"
EN_TS = TS_DIR / "shegong_en.ts"
TS_FILES = {"zh_CN": ZH_TS, "en": EN_TS}
# Unfinished messages (lupdate's guesses included) never reach the users.
LRELEASE_OPTIONS = ("-silent", "-nounfinished")

PLACEHOLDER = re.compile(r"%\d+")
MNEMONIC = re.compile(r"&([^&\s])")  # "&&" is a literal ampersand, not a mnemonic
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def sources() -> list[str]:
    """The Python files lupdate reads, relative to ROOT (so the .ts records short paths)."""
    found: list[str] = []
    for folder in SOURCE_DIRS:
        found += (p.relative_to(ROOT).as_posix() for p in (ROOT / folder).rglob("*.py"))
    return sorted(found)


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: next to this Python first, then on PATH."""
    here = Path(sys.executable).parent
    found = shutil.which(f"pyside6-{name}", path=str(here)) or shutil.which(f"pyside6-{name}")
    if found is None:
        sys.exit(f"pyside6-{name} not found; install PySide6 in this environment")
    return found


def run(args: list[str]) -> None:
    result = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{Path(args[0]).name} failed ({result.returncode}):\n"
                 f"{result.stdout}{result.stderr}")


def lupdate(ts: Path, language: str) -> None:
    run([qt_tool("lupdate"), *sources(), "-no-obsolete", "-locations", "absolute",
         "-source-language", "en", "-target-language", language, "-silent",
         "-ts", str(ts.relative_to(ROOT))])


def lrelease(ts: Path) -> None:
    run([qt_tool("lrelease"), *LRELEASE_OPTIONS, str(ts), "-qm", str(ts.with_suffix(".qm"))])


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    unfinished: bool
    numerus: bool
    where: str  # "app/ui/x.py:31", for the listing


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            forms = [] if element is None else element.findall("numerusform")
            text = " | ".join(f.text or "" for f in forms) if forms else (
                "" if element is None else element.text or "")
            location = message.find("location")
            where = "" if location is None else (
                f"{location.get('filename', '').removeprefix('../../')}:{location.get('line')}")
            found.append(Message(
                name, message.findtext("source") or "", text,
                element is None or element.get("type") == "unfinished" or not text.strip(),
                message.get("numerus") == "yes", where))
    return found


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text)
    return found.group(1).upper() if found else None


def problem(message: Message) -> str | None:
    """Why a finished Chinese translation would break the UI, or None."""
    source, text = message.source, message.translation
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
        return "the %N placeholders differ"
    want, got = mnemonic(source), mnemonic(text)
    if want != got:
        return f"the mnemonic should be (&{want})" if want else "a mnemonic the source lacks"
    if want and not text.upper().endswith(f"(&{want})"):
        return f"put the mnemonic at the end as (&{want})"
    if not CHINESE.search(text):
        return "it is not Chinese"
    return None


def differing(found: list[Message]) -> dict[str, list[tuple[str, str]]]:
    """English sources translated in more than one way (fine when the context needs it)."""
    by_source: dict[str, list[tuple[str, str]]] = {}
    for m in found:
        if not m.unfinished:
            by_source.setdefault(m.source, []).append((m.context, m.translation))
    return {source: texts for source, texts in by_source.items()
            if len({text for _, text in texts}) > 1}


def finish_english(ts: Path) -> bool:
    """Give each unfinished non-plural message of the English file its source text.

    Plural messages stay unfinished for a person (main() lists them). Rewrites the file
    only when it finished something; returns whether it did.
    """
    tree = ET.parse(ts)
    changed = False
    for message in tree.getroot().iter("message"):
        element = message.find("translation")
        if element is None:
            element = ET.SubElement(message, "translation")
        elif element.get("type") != "unfinished" and (element.text or "").strip():
            continue
        if message.get("numerus") == "yes":
            continue
        element.text = message.findtext("source") or ""
        element.attrib.pop("type", None)
        changed = True
    if changed:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                      encoding="utf-8")
    return changed


def update(ts: Path, language: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """lupdate one .ts; returns the messages it added and the ones it dropped."""
    before = {(m.context, m.source) for m in messages(ts)} if ts.exists() else set()
    lupdate(ts, language)
    if language == "en" and finish_english(ts):
        lupdate(ts, language)  # once more, so the file keeps lupdate's own layout
    after = {(m.context, m.source) for m in messages(ts)}
    return after - before, before - after


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when a message is still to be translated or broken")
    check = parser.parse_args(argv).check
    TS_DIR.mkdir(parents=True, exist_ok=True)
    todo: list[str] = []
    for language, ts in TS_FILES.items():
        added, dropped = update(ts, language)
        lrelease(ts)
        found = messages(ts)
        name = ts.relative_to(ROOT).as_posix()
        print(f"{name}: {len(found)} messages, {len(added)} new, {len(dropped)} dropped"
              f" -> {ts.with_suffix('.qm').name}")
        for context, source in sorted(dropped):
            print(f"  dropped  {context}: {source!r}")
        for m in found:
            if m.unfinished:
                what = "write its English singular and plural" if language == "en" else \
                    "translate"
                if m.translation.strip() and language != "en":
                    what = f"check lupdate's guess {m.translation!r} and mark it finished"
                todo.append(f"{name}: {m.context}: {m.source!r} ({m.where}): {what}")
            elif language == "zh_CN" and (why := problem(m)):
                todo.append(f"{name}: {m.context}: {m.source!r} -> {m.translation!r}"
                            f" ({m.where}): {why}")
        if language == "zh_CN":
            for source, texts in sorted(differing(found).items()):
                print(f"  note: {source!r} reads differently by context: "
                      + "; ".join(f"{context}: {text!r}" for context, text in texts))
    if not todo:
        print("Every message is translated.")
        return 0
    print(f"\n{len(todo)} message(s) to translate or fix in Qt Linguist "
          f"(pyside6-linguist {ZH_TS.relative_to(ROOT).as_posix()}):")
    for line in todo:
        print(f"  {line}")
    if check:
        print(f"\nThe translation is not complete: {len(todo)} message(s) above still need "
              "a translator; see docs/translating.md.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
