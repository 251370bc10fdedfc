"""Render the window offscreen, in Chinese at 1366x768 with demo data, to docs/screenshots/.

    make screenshots        (or: .venv/bin/python tools/screenshots.py)

Writes first_run.png and first_run_error.png (a fresh data folder) and main_<page>.png for
every page of the main window (a folder set up with `shegong init` and 300 demo clients).
Everything happens in temporary folders; the user's own data is never opened.
Needs a CJK font (Debian: apt-get install fonts-noto-cjk).
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt loads

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QThreadPool, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # so `python tools/screenshots.py` finds `app` without install

from app.paths import resolve_paths  # noqa: E402
from app.services.setup import initialize  # noqa: E402
from app.store.database import Database  # noqa: E402
from app.ui.first_run import FirstRunDialog  # noqa: E402
from app.ui.i18n import install_language  # noqa: E402
from app.ui.main_window import PAGES, MainWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)  # the commonest screen of the stations' laptops
CJK_MARKERS = ("Noto Sans CJK", "WenQuanYi", "Source Han")
PREFERRED = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
             "WenQuanYi Micro Hei", "WenQuanYi Zen Hei")
STATION = ["--station", "那龙镇社工站", "--county", "南宁市武鸣区", "--township", "那龙镇",
           "--device", "韦丽的电脑", "--worker", "韦丽"]


def cjk_family() -> str | None:
    """The Simplified Chinese font to draw with, or None when there is none."""
    families = QFontDatabase.families()
    for name in PREFERRED:
        if name in families:
            return name
    return next((f for f in families if any(m in f for m in CJK_MARKERS)), None)


def shegong(data_dir: Path, *args: str) -> None:
    """Run the command line as a user would (`python -m app ...`)."""
    env = dict(os.environ, SHEGONG_LANG="zh")
    result = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir), *args],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"shegong {' '.join(args)} failed:\n{result.stdout}{result.stderr}")


def settle(ms: int = 50) -> None:
    """Let queued events, layouts and paints happen."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, name: str) -> None:
    settle()
    path = OUT / f"{name}.png"
    if not widget.grab().save(str(path)):
        sys.exit(f"could not write {path}")
    print(f"{path.relative_to(ROOT)}  {widget.width()}x{widget.height()}")


def first_run(folder: Path) -> None:
    db = Database(resolve_paths(folder))
    try:
        dialog = FirstRunDialog(lambda data: initialize(db, data), "zh")
        dialog.show()
        save(dialog, "first_run")
        # What a worker sees after pressing the button with the station name left empty.
        dialog.county.setText("南宁市武鸣区")
        dialog.township.setText("那龙镇")
        dialog.ok_button.click()
        dialog.adjustSize()
        save(dialog, "first_run_error")
        dialog.close()
        if db.is_set_up:
            sys.exit("the first-run dialog set up a folder with no station name")
    finally:
        db.close()


def main_window(folder: Path) -> None:
    shegong(folder, "init", *STATION)
    shegong(folder, "demo", "--clients", "300", "--seed", "1")
    db = Database(resolve_paths(folder))
    try:
        window = MainWindow(db, "zh")
        window.resize(*SIZE)
        window.show()
        loop = QEventLoop()
        window.overview_loaded.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        window.load_overview()
        loop.exec()
        if "那龙镇社工站" not in window.statusBar().currentMessage():
            sys.exit("the overview did not load within 30 s")
        for key in PAGES:
            window.show_page(key)
            save(window, f"main_{key}")
        window.close()
    finally:
        QThreadPool.globalInstance().waitForDone(10_000)
        db.close()


def main() -> int:
    app = QApplication(sys.argv[:1])
    family = cjk_family()
    if family is None:
        print("Install a CJK font first: apt-get install fonts-noto-cjk", file=sys.stderr)
        return 1
    app.setFont(QFont(family, 10))  # as on a Chinese Windows desktop: one CJK UI font
    install_language("zh")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="shegong-shots-") as tmp:
        first_run(Path(tmp) / "fresh")
        main_window(Path(tmp) / "demo")
    return 0


if __name__ == "__main__":
    sys.exit(main())
