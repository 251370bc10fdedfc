"""A county office and two stations' heads, made through the command line (issue 12):
shared by the county's command-line and screen tests."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.cli import main
from app.models import Client
from app.paths import resolve_paths
from app.store.database import Database

MONTH = dt.date.today().strftime("%Y-%m")
STATIONS = (("那龙镇社工站", "那龙镇", "黄海燕", 7), ("双桥镇社工站", "双桥镇", "陆永福", 8))


def cli(data: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--data-dir", str(data), *args])
    return code, out.getvalue(), err.getvalue()


def ok(data: Path, *args: str) -> str:
    code, out, err = cli(data, *args)
    assert code == 0, (args, err)
    return out


def device_id(data: Path) -> str:
    return ok(data, "keys", "show").splitlines()[0].split()[1]


def station_id(data: Path) -> str:
    line = next(x for x in ok(data, "keys", "show").splitlines() if x.startswith("station "))
    return line.split()[1]


def dump(data: Path) -> str:
    out = data.parent / f"{data.name}-state.json"
    ok(data, "state", "dump", "--out", str(out))
    return out.read_text(encoding="utf-8")


@dataclass
class County:
    root: Path
    office: Path
    heads: list[Path]
    files: list[Path]


def make_head(root: Path, name: str, township: str, worker: str, county: str = "南宁市武鸣区"
              ) -> Path:
    head = root / township
    ok(head, "init", "--station", name, "--county", county, "--township", township,
       "--device", f"{township}站长的电脑", "--worker", worker)
    ok(head, "keys", "export", "--out", str(root / f"{township}.card"))
    return head


def admit_each_other(root: Path, office: Path, head: Path) -> None:
    ok(head, "keys", "trust", str(root / f"{office.name}.card"), "--role", "county")
    ok(office, "keys", "trust", str(root / f"{head.name}.card"), "--role", "head")


def build_county(root: Path) -> County:
    """A county office and the two stations' heads that admitted it, each with a month of
    demo work exported to the office (not yet imported)."""
    office = root / "office"
    printed = ok(office, "init", "--county-office", "南宁市武鸣区民政局", "--device", "县局电脑")
    assert printed.startswith("device ") and "station" not in printed
    ok(office, "keys", "export", "--out", str(root / "office.card"))
    heads, files = [], []
    for name, township, worker, seed in STATIONS:
        head = make_head(root, name, township, worker)
        admit_each_other(root, office, head)
        ok(head, "demo", "--clients", "30", "--seed", str(seed))
        out = root / f"{township}-{MONTH}.shegong"
        ok(head, "bundle", "export", "--out", str(out), "--to", device_id(office))
        heads.append(head)
        files.append(out)
    return County(root, office, heads, files)


def clients_of(data: Path) -> set[str | None]:
    """The stations of the clients a data folder holds."""
    db = Database(resolve_paths(data))
    try:
        with db.read() as s:
            return set(s.scalars(select(Client.station_id)))
    finally:
        db.close()
