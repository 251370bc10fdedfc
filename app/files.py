"""Writing a file so that a reader never sees half of it (reports, bundles, cards, state
dumps): the bytes go to
"<name>.part" beside the target, which replaces the target only once complete and
synced to disk; on any error the .part file is removed and the target is untouched."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from app.errors import OutputRefused


@contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    target = Path(path)
    tmp = target.with_name(target.name + ".part")
    try:
        fh = open(tmp, "wb")  # noqa: SIM115 - closed below, before the replace
    except OSError as exc:
        # Opened before any work is done: a wrong folder costs no counting.
        raise OutputRefused(
            f"Cannot write {target}: {exc.strerror}. "
            "Choose a folder that exists and that you may write to.",
            f"无法写入 {target}：{exc.strerror}。请选择一个存在且可写入的文件夹。") from exc
    try:
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


__all__ = ["atomic_output"]
