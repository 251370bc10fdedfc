"""The bad-input corpus: every bad bundle is refused with one sentence and changes nothing.

Each case is a real file on disk, imported through the command line (exit status and
stderr checked), with `state dump` compared byte for byte before and after.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import signal
import subprocess
import sys
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from craft import Recipe, age_fingerprint
from peers import Peer, crafted

from app.cli import main
from app.demo.generate import generate
from app.models.ids import uuid7
from app.services.bundle_import import PAUSE_IN_MERGE
from app.services.devices import this_device
from app.sync import checker
from app.sync.keys import load_age_identity, load_signing_key
from app.sync.wire import WireOp, encode, schema


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    root = tmp_path_factory.mktemp("bad")
    sender, importer, outsider, stranger = (Peer(root, n) for n in ("韦丽", "站长", "县局", "陌生"))
    importer.trust(sender, outsider)
    sender.trust(importer, outsider)
    outsider.trust(sender)
    generate(sender.db, clients=5, seed=1)
    good = sender.export()
    importer.take(good)  # the importer already holds something: nothing may change it
    yield {"root": root, "sender": sender, "importer": importer, "outsider": outsider,
           "stranger": stranger, "good": good}
    for p in (sender, importer, outsider, stranger):
        p.close()


def recipe(world: dict[str, object], lines: list[bytes] | None = None) -> Recipe:
    sender: Peer = world["sender"]  # type: ignore[assignment]
    importer: Peer = world["importer"]  # type: ignore[assignment]
    # Stamped now: an op more than 24 h ahead would be held, not applied.
    values = {**dict.fromkeys(schema()["client"]), "name": "新人", "gender": "female"}
    valid = encode(WireOp("client", uuid7(), int(time.time() * 1000) << 16, sender.id,
                          next(NUMBERS), True, values, {},
                          station=this_device(sender.db).station_id))
    return crafted(sender, importer, [valid] if lines is None else lines)


NUMBERS = itertools.count(10_000)  # the sender's next op numbers, beyond its real ones


def op_line(**changes: object) -> bytes:
    record = {"t": "client", "r": uuid7(), "h": 1 << 60, "d": uuid7(), "s": 1, "c": 1,
              "f": {"name": "张三"}}
    record.update(changes)
    return json.dumps(record, ensure_ascii=False).encode() + b"\n"


def flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


def good_bytes(world: dict[str, object]) -> bytes:
    return Path(world["good"]).read_bytes()  # type: ignore[arg-type]


def header_end(data: bytes) -> int:
    return 15 + 4 + int.from_bytes(data[15:19], "big")


CASES: dict[str, Callable[[dict[str, object], Path], Path]] = {}


def case(name: str) -> Callable[[Callable[[dict[str, object], Path], Path]], None]:
    def register(fn: Callable[[dict[str, object], Path], Path]) -> None:
        CASES[name] = fn
    return register


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


case("empty file")(lambda w, p: _write(p, b""))
case("random bytes")(lambda w, p: _write(p, random.Random(1).randbytes(5000)))
case("text file named like a bundle")(lambda w, p: _write(p, "同步文件\n".encode() * 100))
case("magic only")(lambda w, p: _write(p, b"SHEGONG-BUNDLE\n"))
for cut_name, cut in (("in the header length", 17), ("in the header", 40),
                      ("after the header", None), ("in the signature", 30),
                      ("before the payload length", 68), ("in the payload length", 72),
                      ("in the payload", 200)):
    def _cut(w: dict[str, object], p: Path, cut: int | None = cut, label: str = cut_name) -> Path:
        data = good_bytes(w)
        end = header_end(data)
        offsets = {"after the header": end, "in the signature": end + 4 + 30,
                   "before the payload length": end + 4 + 64,
                   "in the payload length": end + 4 + 64 + 4,
                   "in the payload": end + 4 + 64 + 8 + 100}
        return _write(p, data[:offsets.get(label, cut)])
    case(f"truncated {cut_name}")(_cut)
for n in range(3):
    case(f"truncated at random point {n}")(
        lambda w, p, n=n: _write(p, good_bytes(w)[:random.Random(n).randrange(
            1, len(good_bytes(w)) - 1)]))
case("flipped bit in the header")(lambda w, p: _write(p, flip(good_bytes(w), 30)))
case("flipped bit in the header signature")(
    lambda w, p: _write(p, flip(good_bytes(w), header_end(good_bytes(w)) + 10)))
case("flipped bit in the ciphertext")(lambda w, p: _write(p, flip(good_bytes(w), -40)))
case("flipped bit in the payload length")(
    lambda w, p: _write(p, flip(good_bytes(w), header_end(good_bytes(w)) + 4 + 64 + 7)))


@case("manifest signature by another key")
def _(w: dict[str, object], p: Path) -> Path:
    r = recipe(w)
    r.manifest_key = load_signing_key(w["outsider"].db.paths.keys)  # type: ignore[attr-defined]
    return r.write(p)


@case("sender that is not trusted")
def _(w: dict[str, object], p: Path) -> Path:
    stranger: Peer = w["stranger"]  # type: ignore[assignment]
    r = recipe(w)
    r.sender_key = load_signing_key(stranger.db.paths.keys)
    r.header["sender"] = stranger.id
    return r.write(p)


@case("bundle encrypted to another recipient than its manifest names")
def _(w: dict[str, object], p: Path) -> Path:
    r = recipe(w)
    importer: Peer = w["importer"]  # type: ignore[assignment]
    me = str(load_age_identity(importer.db.paths.keys).to_public())
    r.manifest["recipients"] = [age_fingerprint("age1someoneelse")]
    r.recipients = [me]
    return r.write(p)


@case("not encrypted to the importer")
def _(w: dict[str, object], p: Path) -> Path:
    r = recipe(w)
    outsider: Peer = w["outsider"]  # type: ignore[assignment]
    r.recipients = [str(load_age_identity(outsider.db.paths.keys).to_public())]
    return r.write(p)


@case("future format version")
def _(w: dict[str, object], p: Path) -> Path:
    r = recipe(w)
    r.overrides["format"] = 3
    return r.write(p)


@case("future schema version")
def _(w: dict[str, object], p: Path) -> Path:
    r = recipe(w)
    r.manifest["schema"] = "9999"
    return r.write(p)


@case("declared header length that lies")
def _(w: dict[str, object], p: Path) -> Path:
    data = good_bytes(w)
    return _write(p, data[:15] + (10**7).to_bytes(4, "big") + data[19:])


@case("payload that inflates past the declared size")
def _(w: dict[str, object], p: Path) -> Path:
    r = recipe(w)
    r.compressed = zlib.compress(b"\0" * 20_000_000)
    return r.write(p)


for label, line in (
        ("invalid UTF-8", b'{"t":"client","f":{"name":"\xff\xfe"}}\n'),
        ("a broken JSON line", b'{"t": "client", "r": \n'),
        ("an unknown table", None), ("an unknown field", None), ("a wrong value type", None),
        ("an over-long string", None), ("an invalid UUID", None),
        ("an unknown vocabulary code", None), ("a field that never syncs", None),
        ("an invalid clock", None)):
    def _line(w: dict[str, object], p: Path, line: bytes | None = line,
              label: str = label) -> Path:
        built = line or {
            "an unknown table": op_line(t="passwords"),
            "an unknown field": op_line(f={"name": "张三", "salary": 1}),
            "a wrong value type": op_line(f={"name": 12345}),
            "an over-long string": op_line(f={"name": "长" * 51}),
            "an invalid UUID": op_line(r="not-a-uuid"),
            "an unknown vocabulary code": op_line(f={"gender": "unknown"}),
            "a field that never syncs": op_line(f={"name_pinyin": "zhangsan"}),
            "an invalid clock": op_line(h=-5),
        }[label]
        return recipe(w, [op_line(), built]).write(p)
    case(f"op with {label}")(_line)


@case("more ops than the header declares")
def _(w: dict[str, object], p: Path) -> Path:
    r = recipe(w, [op_line(), op_line(s=2)])
    r.overrides["op_count"] = 1
    r.manifest["op_count"] = 1
    return r.write(p)


@case("same sequence number with different content")
def _(w: dict[str, object], p: Path) -> Path:
    sender: Peer = w["sender"]  # type: ignore[assignment]
    r = recipe(w)
    r.header["seq"] = 1  # the good bundle already used 1
    assert sender.sent >= 1
    return r.write(p)


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 30


@pytest.fixture(params=["in line", "aside"])
def checked(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every case twice: the ops checked in line, and checked in the helper process
    while the merge reads them unchecked (app.sync.checker)."""
    monkeypatch.setattr(checker, "ASIDE_FROM", 0 if request.param == "aside" else 10**9)


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_bundle_is_refused_and_changes_nothing(
        name: str, world: dict[str, object], tmp_path: Path,
        capsys: pytest.CaptureFixture[str], checked: None) -> None:
    importer: Peer = world["importer"]  # type: ignore[assignment]
    path = CASES[name](world, tmp_path / "bad.bundle")
    before = importer.dump()
    code = main(["--data-dir", str(importer.db.paths.data), "bundle", "import", str(path)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2, (name, err)
    assert len(err) == 1 and "internal error" not in err[0], err
    assert importer.dump() == before


def test_a_good_crafted_bundle_is_accepted(world: dict[str, object], tmp_path: Path) -> None:
    """The crafting writer is right, so the refusals above are about the faults."""
    importer: Peer = world["importer"]  # type: ignore[assignment]
    summary = importer.take(recipe(world).write(tmp_path / "ok.bundle"))
    assert summary.applied == 1


def helpers() -> set[int]:
    """The processes that run app.sync.checker's helper (multiprocessing's spawn)."""
    found = set()
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and b"spawn_main" in (proc / "cmdline").read_bytes():
                found.add(int(proc.name))
        except OSError:
            continue  # ended meanwhile
    return found


def test_import_killed_half_way_changes_nothing(tmp_path: Path) -> None:
    """A real subprocess, SIGKILLed while merging a large bundle (its ops checked by a
    helper process): the database is as it was, importing again succeeds, and the helper
    does not outlive it."""
    a, b = Peer(tmp_path, "甲"), Peer(tmp_path, "乙")
    a.trust(b)
    b.trust(a)
    generate(a.db, clients=1500, seed=3)
    bundle = a.export()
    before = b.dump()
    b.db.close()
    merging = tmp_path / "merging"
    helpers_before = helpers()
    env = {**os.environ, "SHEGONG_LANG": "en", PAUSE_IN_MERGE: str(merging)}
    proc = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(b.db.paths.data),
                             "bundle", "import", str(bundle)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and not merging.exists():
        time.sleep(0.01)  # until 5,000 ops are merged inside the import's transaction
    assert merging.exists() and proc.poll() is None, "the import never reached its merge"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert b.dump() == before
    deadline = time.monotonic() + 10
    while helpers() - helpers_before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not helpers() - helpers_before, "the import's helper process outlived it"
    summary = b.take(bundle)
    assert summary.applied == summary.ops > 0
    a.close()
    b.close()
