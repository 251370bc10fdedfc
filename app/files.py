"""Files the program writes, done safely in one place.

- `atomic_output`: a reader never sees half a file (reports, bundles, cards, state
  dumps): the bytes go to "<name>.part" beside the target, which replaces the target
  only once complete and synced to disk; on any error the .part file is removed and the
  target is untouched.
- `check_output`: a file a person asked for never lands in the data folder, where it
  could overwrite the live database or sit unencrypted beside it.
- `staging`: this process's private folder for work files (a bundle's plaintext before
  encryption, an import's decrypted payload), inside the data folder, 0700, removed at
  exit; what a killed process left there is removed by the next one (`sweep_staging`).
- `private`: files 0600 and folders 0700 on POSIX, as ssh keeps ~/.ssh.
- `shred`, `replace_shredding`: a plain file written before encryption overwritten
  before it goes, so its bytes are not left readable on the disk.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from app.errors import OutputRefused
from app.paths import Paths

STAGING = "tmp"  # in the data folder
SHRED_SUFFIX = ".shred"
_RUN_PREFIX = "run-"
_runs: dict[Path, Path] = {}  # staging root -> this process's folder in it


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


def check_output(paths: Paths, out: Path, allow: Path | None = None) -> Path:
    """`out`, resolved, in a folder that exists, unless it lies in the data, logs or
    config folder (or is one of them): an output there could overwrite the live database,
    a key or a log, or leave a copy of the data beside it. `allow` is a folder inside
    them that is meant for it (the backups folder, for a backup). Checked before any work
    is done: a wrong folder costs no counting."""
    target = Path(os.path.abspath(out)).resolve()
    if not target.parent.is_dir():
        raise OutputRefused(
            f"Cannot write {target}: the folder {target.parent} does not exist. Choose a "
            "folder that exists and that you may write to.",
            f"无法写入 {target}：文件夹 {target.parent} 不存在。请选择一个存在且可写入的文件夹。")
    if allow is not None and target.parent == allow.resolve():
        return target
    for folder in (paths.data, paths.logs, paths.config):
        root = folder.resolve()
        if target == root or root in target.parents:
            raise OutputRefused(
                f"{target} is inside Shegong's own data folder ({root}), where it could "
                "overwrite the database or leave a copy of the data beside it. Choose "
                "another folder, e.g. Documents or a USB stick. Nothing was written.",
                f"{target} 位于社工站助手自己的数据文件夹（{root}）中，可能覆盖数据库或在其旁留下"
                "数据副本。请另选文件夹，例如“文档”或U盘。未写入任何文件。")
    return target


def shred(path: Path) -> None:
    """Overwrite a file with zeros, synced, then remove it (a best effort: an SSD or a
    journalling file system may keep old blocks, which is said in docs/)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with open(path, "r+b") as fh:
        while fh.tell() < size:
            fh.write(bytes(min(1 << 20, size - fh.tell())))
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()


def replace_shredding(path: Path, write_new: Callable[[Path], None]) -> None:
    """Put a new file (written by `write_new` to the path it is given) in place of
    `path`, then shred the old bytes: the old file is linked aside first, so a crash
    leaves either file whole, and "<name>.shred" is what `shred_leftovers` removes."""
    aside = path.with_name(path.name + SHRED_SUFFIX)
    aside.unlink(missing_ok=True)
    os.link(path, aside)
    part = path.with_name(path.name + ".new")
    write_new(part)
    part.replace(path)
    shred(aside)


def shred_leftovers(folder: Path, pattern: str = "*") -> int:
    """Old plain files a crash left linked aside by `replace_shredding` (in `folder`,
    or in its subfolders that `pattern` names)."""
    found = list(folder.glob(f"{pattern}{SHRED_SUFFIX}")) if folder.is_dir() else []
    for path in found:
        shred(path)
    return len(found)


def private_dir(folder: Path) -> Path:
    """`folder`, made if missing, readable by its owner only (POSIX)."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix" and folder.stat().st_mode & 0o077:
        folder.chmod(0o700)
    return folder


def tighten(path: Path) -> None:
    """A file of the data folder made readable by its owner only (POSIX); an existing
    folder set up before files were kept private is tightened at the next start."""
    if os.name != "posix":
        return
    try:
        if path.stat().st_mode & 0o077:
            path.chmod(0o700 if path.is_dir() else 0o600)
    except FileNotFoundError:
        pass  # not made yet, or renamed by another process meanwhile


def staging(paths: Paths) -> Path:
    """This process's private work folder in the data folder (made once, removed at
    exit)."""
    root = private_dir(paths.data / STAGING)
    run = _runs.get(root)
    if run is None or not run.is_dir():
        run = Path(tempfile.mkdtemp(prefix=f"{_RUN_PREFIX}{os.getpid()}-", dir=root))
        _runs[root] = run
        atexit.register(shutil.rmtree, run, True)
    return run


def sweep_staging(paths: Paths) -> int:
    """Remove what processes that are gone left in the staging folder (a killed export's
    plaintext, a killed import's decrypted payload); the number of folders removed."""
    root = paths.data / STAGING
    if not root.is_dir():
        return 0
    removed = 0
    for entry in root.iterdir():
        pid = _pid_of(entry.name)
        if pid is not None and pid != os.getpid() and _alive(pid):
            continue
        if entry in _runs.values():
            continue
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        removed += 1
    return removed


def _pid_of(name: str) -> int | None:
    if not name.startswith(_RUN_PREFIX):
        return None
    head = name[len(_RUN_PREFIX):].split("-", 1)[0]
    return int(head) if head.isdigit() else None


def _alive(pid: int) -> bool:
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))  # type: ignore[attr-defined]
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


__all__ = ["atomic_output", "check_output", "private_dir", "staging", "sweep_staging",
           "tighten"]
