"""What the benchmarks share: running the real CLI in a child process with its own peak
memory (os.wait4), and printing/saving a table."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# The benches' data folders are encrypted like any (app.vault); this is their password,
# for the commands they run and the databases they open themselves.
PASSWORD = "bench 密码 2026"
os.environ.setdefault("SHEGONG_PASSWORD", PASSWORD)
INIT = ["init", "--station", "那龙镇社工站", "--county", "南宁市武鸣区", "--township", "那龙镇",
        "--device", "韦丽的电脑", "--worker", "韦丽"]


def app_db(path: Path, folder: Path | None = None, **kwargs: Any) -> Any:
    """A direct connection to a database of the app, or a copy of one, under the key of
    its data folder (`folder`; by default the nearest above it): the app's files are
    encrypted (app.store.cipher), so a plain sqlite3 connection reads nothing."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from app import vault
    from app.store import cipher

    if folder is None:  # a backup in data/backups: the data folder's key
        folder = next(p for p in path.resolve().parents if vault.has_vault(p))
    return cipher.connect(path, vault.data_key(folder), **kwargs)


def joined_pair(root: Path, founder: Path, joiner: Path) -> None:
    """Two laptops of one station: `founder` sets it up, `joiner` joins with its card,
    and the founder trusts the joiner as a worker (what `init --join` and `keys trust`
    do by hand)."""
    run_measured(founder, *INIT)
    run_measured(founder, "keys", "export", "--out", str(root / "founder.card"))
    run_measured(joiner, "init", "--join", str(root / "founder.card"), "--device", "站长电脑",
                 "--worker", "站长")
    run_measured(joiner, "keys", "export", "--out", str(root / "joiner.card"))
    run_measured(founder, "keys", "trust", str(root / "joiner.card"), "--role", "worker")


def run_measured(data: Path, *args: str) -> tuple[float, float, str]:
    """(seconds, peak RSS in MB, stdout) of one `python -m app` child, read with wait4 so
    the peak memory is that child's alone."""
    seconds, _, peak, out = run_timed(data, *args)
    return seconds, peak, out


def run_timed(data: Path, *args: str) -> tuple[float, float, float, str]:
    """(seconds, CPU seconds, peak RSS in MB, stdout) of one `python -m app` child: its
    CPU time (user + system) moves less than the clock on a machine shared with others."""
    env = {**os.environ, "SHEGONG_LANG": "en"}
    with tempfile.TemporaryFile() as out_file, tempfile.TemporaryFile() as err_file:
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(data), *args],
                                stdout=out_file, stderr=err_file, env=env, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out_file.seek(0)
        err_file.seek(0)
        if proc.returncode != 0:
            raise SystemExit(f"{args} failed: {err_file.read().decode()}")
        return (seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
                out_file.read().decode())


def print_table(name: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    """Print a plain table and save it under bench/results/."""
    widths = [max(len(str(r[i])) for r in (*rows, header)) for i in range(len(header))]
    lines = [" | ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True))
             for r in (header, *rows)]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    table = "\n".join(lines)
    print(table)
    stamp = dt.datetime.now().strftime("%Y-%m-%d")
    out = ROOT / "bench" / "results" / f"{name}-{stamp}.txt"
    out.write_text(f"{' '.join(sys.argv)}\n{os.cpu_count()} cores\n\n{table}\n",
                   encoding="utf-8")
