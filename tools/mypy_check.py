"""Run mypy over app/ and hold its errors to mypy-baseline.txt, a list that only shrinks.

    .venv/bin/python tools/mypy_check.py            (part of `make lint`)
    .venv/bin/python tools/mypy_check.py --update   rewrite the baseline from this run

Each baseline line is one error as `path: [code] message`, without its line number, so an
edit elsewhere in a file does not churn the list; the same error twice in a file is two
lines. The check fails on an error that is not in the baseline (fix it) and on a baseline
line that no longer occurs (it was fixed: run --update so the list shrinks with it).
mypy's settings are in pyproject.toml ([tool.mypy]); its cache keeps reruns quick.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "mypy-baseline.txt"
HEADER = (
    "# mypy errors we have not fixed yet: `path: [code] message`, one per occurrence.\n"
    "# Only ever shrinks; written by `python tools/mypy_check.py --update`.\n"
)
# "app/x.py:12: error: message  [code]" (mypy's default output, notes are separate lines)
ERROR = re.compile(
    r"^(?P<path>[^:]+):\d+(?::\d+)?: error: (?P<message>.*?)(?:  \[(?P<code>[a-z-]+)\])?$"
)
LINE_IN_MESSAGE = re.compile(r"\bline \d+\b")


def normalise(path: str, code: str | None, message: str) -> str:
    """One error as a baseline line: no line numbers, forward slashes."""
    message = LINE_IN_MESSAGE.sub("line N", message)
    path = path.replace("\\", "/")
    return f"{path}: [{code or 'misc'}] {message}"


def run_mypy() -> Counter[str]:
    """The errors of one mypy run, counted; exits with mypy's output if mypy itself fails."""
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-pretty", "--no-error-summary",
         "--show-error-codes", "--hide-error-context", "--no-color-output"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    if proc.returncode not in (0, 1):  # 2: mypy could not run (bad config, syntax error)
        sys.stderr.write(proc.stdout + proc.stderr)
        sys.exit(f"mypy failed to run (exit status {proc.returncode})")
    errors: Counter[str] = Counter()
    for line in proc.stdout.splitlines():
        match = ERROR.match(line)
        if match:
            errors[normalise(match["path"], match["code"], match["message"])] += 1
    return errors


def read_baseline() -> Counter[str]:
    if not BASELINE.exists():
        return Counter()
    lines = BASELINE.read_text(encoding="utf-8").splitlines()
    return Counter(line for line in lines if line.strip() and not line.startswith("#"))


def write_baseline(errors: Counter[str]) -> None:
    lines = sorted(errors.elements())
    BASELINE.write_text(HEADER + "".join(f"{line}\n" for line in lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true",
                        help="rewrite mypy-baseline.txt with the errors of this run")
    args = parser.parse_args(argv)
    current = run_mypy()
    if args.update:
        added = current - read_baseline()
        write_baseline(current)
        print(f"mypy-baseline.txt: {sum(current.values())} errors")
        if added:
            print(f"{sum(added.values())} of them are new to the baseline: fix them rather "
                  "than keep them, unless there is no honest fix.")
        return 0
    baseline = read_baseline()
    new, fixed = current - baseline, baseline - current
    for line in sorted(new.elements()):
        print(f"new mypy error: {line}")
    for line in sorted(fixed.elements()):
        print(f"fixed, still in the baseline: {line}")
    if new:
        print(f"{sum(new.values())} mypy error(s) not in mypy-baseline.txt: fix them "
              "(run `.venv/bin/mypy` for line numbers).")
    if fixed:
        print(f"{sum(fixed.values())} baseline error(s) no longer occur: run "
              "`.venv/bin/python tools/mypy_check.py --update` so the baseline shrinks.")
    if new or fixed:
        return 1
    print(f"mypy: {sum(current.values())} errors, all in mypy-baseline.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
