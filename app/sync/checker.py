"""A bundle's ops checked in a second process while this one merges them.

Checking an op against the schema and the forms' rules (app.sync.wire.decode) costs a
third of a county's import. A big bundle is checked whole by a helper process while
the merge reads the same stream through `read_op`, which parses without those checks;
the merge's transaction commits only after the helper passed every op, and a refusal
from the helper is the sentence shown, so the result is the one the checks in line
give: the same bundles refused with the same sentence, nothing changed.

The helper process starts once (spawn, as on Windows) and serves every bundle of the
run. Small bundles are checked in line: starting a process costs more than they do.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from app.errors import BundleRefused
from app.sync.bundle_file import op_lines, refused
from app.sync.wire import decode

# Ops from which a bundle is checked aside (a station's month has ~3,000).
ASIDE_FROM = 1000
_pool: ProcessPoolExecutor | None = None


def check_stream(plain: str, offset: int, declared: int, total: int,
                 end: int | None = None) -> tuple[int, str, str] | None:
    """Every op of the stream decoded and checked: None, or the number of the line that
    was refused and the refusal's sentences. Runs in the helper process."""
    number = 0  # the lines read whole
    try:
        for line in op_lines(Path(plain), offset, declared, end):
            if number + 1 > total:
                raise refused("holds more operations than it declared", "操作数量多于声明")
            decode(line, number + 1)
            number += 1
    except BundleRefused as exc:
        return number + 1, exc.en, exc.zh  # refused at the next line
    return None


class AsideCheck:
    """The helper's verdict on one bundle's op stream."""

    def __init__(self, plain: Path, offset: int, declared: int, total: int,
                 end: int | None) -> None:
        self.future: Future[tuple[int, str, str] | None] = _helper().submit(
            check_stream, str(plain), offset, declared, total, end)

    def refusal(self, lines_read: int | None = None) -> BundleRefused | None:
        """The helper's refusal; with `lines_read`, only if the checks in line would
        have met it first: at one of the first `lines_read` lines (each line is checked
        as it is read, before anything else is done with it)."""
        found = self.future.result()
        if found is None or (lines_read is not None and found[0] > lines_read):
            return None
        return BundleRefused(found[1], found[2])

    def cancel(self) -> None:
        self.future.cancel()


def check_aside(plain: Path, offset: int, declared: int, total: int,
                end: int | None = None) -> AsideCheck | None:
    """A check in the helper process for a big bundle, None for one checked in line."""
    if total < ASIDE_FROM:
        return None
    return AsideCheck(plain, offset, declared, total, end)


def _helper() -> ProcessPoolExecutor:
    global _pool
    if _pool is None:
        _pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                    initializer=_end_with_parent)
        atexit.register(_pool.shutdown, cancel_futures=True)
    return _pool


def _end_with_parent() -> None:
    """In the helper: exit when the process it helps ends, even killed (a killed
    import must not leave a process behind)."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_after, args=(parent,), daemon=True).start()


def _exit_after(parent: multiprocessing.process.BaseProcess) -> None:
    parent.join()
    os._exit(0)
