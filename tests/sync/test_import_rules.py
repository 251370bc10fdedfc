"""Import validates like the forms do, within caps (issue 9, item 7).

Each bad bundle is crafted with tests/sync/craft.py by a trusted device, imported through
the command line in English and in Chinese, refused with one sentence carrying the key
words, and `state dump` is byte-identical before and after.
"""

from __future__ import annotations

import json
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from categories import TBA
from craft import Recipe, op_line
from peers import Peer, crafted, log_tops

from app.cli import main
from app.demo.generate import generate
from app.errors import BundleRefused, ValidationError
from app.models.ids import uuid7
from app.services import activities, clients, station, visits
from app.services.bundle_import import import_bundle
from app.services.devices import this_device
from app.sync.bundle_file import MAX_OP_LINE
from app.sync.keys import load_signing_key
from app.sync.wire import schema

H = 1_796_000_000_000 << 16  # 2026-11-30 00:53 UTC: the ops' clock, in the past
GOOD_ID = "11010519491231002X"  # the standard's own example


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    root = tmp_path_factory.mktemp("rules")
    sender, importer = Peer(root, "韦丽"), Peer(root, "站长")
    importer.trust(sender)
    sender.trust(importer)
    generate(sender.db, clients=5, seed=2)
    summary = importer.take(sender.export())  # a demo bundle still imports whole
    assert summary.applied == summary.ops > 0
    yield {"sender": sender, "importer": importer}
    sender.close()
    importer.close()


def recipe(w: dict[str, Any], lines: list[bytes]) -> Recipe:
    return crafted(w["sender"], w["importer"], lines)


def op(table: str, fields: dict[str, Any], create: bool = True, raw: str = "",
       **top: Any) -> bytes:
    if create:  # a create sets every field of its table
        fields = {**dict.fromkeys(schema()[table]), **fields}
    record: dict[str, Any] = {"t": table, "r": uuid7(), "h": H, "d": uuid7(), "s": 1,
                              "f": fields, **top}
    if create:
        record["c"] = 1
    text = op_line(record).decode()
    return (text.replace('"@RAW@"', raw) if raw else text).encode()


def client(**fields: Any) -> bytes:
    return op("client", {"name": "覃秀兰", "gender": "female", **fields})


def client_op(**top: Any) -> bytes:
    """A valid client op with some of its top-level keys (h, s, d) replaced."""
    return op("client", {"name": "覃秀兰", "gender": "female"}, **top)


def refused_in_both_languages(w: dict[str, Any], path: Path, words_en: list[str],
                              words_zh: list[str], capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    importer: Peer = w["importer"]
    before = importer.dump()
    for lang, words in (("en", words_en), ("zh", words_zh)):
        monkeypatch.setenv("SHEGONG_LANG", lang)
        code = main(["--data-dir", str(importer.db.paths.data), "bundle", "import",
                     str(path)])
        err = capsys.readouterr().err.strip().splitlines()
        assert code == 2 and len(err) == 1, err
        assert "internal error" not in err[0]
        for word in words:
            assert word in err[0], (word, err[0])
    assert importer.dump() == before


# Bad field values: (op line, record table, field, Chinese key word).
FIELD_CASES: dict[str, Callable[[], tuple[bytes, str]]] = {
    "ID number with a wrong check digit": lambda: (client(id_number=GOOD_ID[:-1] + "1"),
                                                   "id_number"),
    "ID number not in its stored form (lower-case x)": lambda: (
        client(id_number=GOOD_ID.lower()), "id_number"),
    "birth date in 2100": lambda: (client(birth_date="2100-01-01"), "birth_date"),
    "birth date before 1900": lambda: (client(birth_date="1899-12-31"), "birth_date"),
    "name with NUL and right-to-left override": lambda: (client(name="覃\x00秀\u202e兰"),
                                                         "name"),
    "name with a newline": lambda: (client(name="覃秀\n兰"), "name"),
    "observations with NUL": lambda: (op("visit", {"visit_date": "2026-11-20",
                                                   "observations": "家中\x00无人"}),
                                      "observations"),
    "visit dated 1900": lambda: (op("visit", {"visit_date": "1900-06-01"}), "visit_date"),
    "visit dated 2100": lambda: (op("visit", {"visit_date": "2100-06-01"}), "visit_date"),
    "visit dated two days after its clock": lambda: (
        op("visit", {"visit_date": "2026-12-02"}), "visit_date"),
    "update op setting only a visit date in 2100": lambda: (
        op("visit", {"visit_date": "2100-01-01"}, create=False), "visit_date"),
    "visit of 2000 minutes": lambda: (op("visit", {"duration_min": 2000}), "duration_min"),
    "activity head count of a billion": lambda: (
        op("activity", {"unregistered_count": 10**9}), "unregistered_count"),
    "activity head count below zero": lambda: (
        op("activity", {"unregistered_count": -5}), "unregistered_count"),
    "closure request to close in 2100": lambda: (
        op("closure_request", {"closed_on": "2100-01-01"}), "closed_on"),
    "attachment naming a file of a terabyte": lambda: (
        op("attachment", {"sha256": "ab" * 32, "size": 10**12}), "size"),
    "attachment naming an empty file": lambda: (
        op("attachment", {"sha256": "ab" * 32, "size": 0}), "size"),
    "attachment whose checksum is not hex": lambda: (
        op("attachment", {"sha256": "../../etc/passwd" + "0" * 48, "size": 10}), "sha256"),
    "attachment whose checksum is in capitals": lambda: (
        op("attachment", {"sha256": "AB" * 32, "size": 10}), "sha256"),
    "register helper with a phone that is not one": lambda: (
        op("helper", {"phone": "12345"}), "phone"),
    "follow-up 20 years ahead": lambda: (op("visit", {"next_followup": "2047-01-01"}),
                                         "next_followup"),
    "supervision hours of 1e308": lambda: (op("supervision_session", {"hours": 1e308}),
                                           "hours"),
    "supervision hours of zero": lambda: (op("supervision_session", {"hours": 0}), "hours"),
    "training hours of -1e300": lambda: (op("training_record", {"hours": -1e300}), "hours"),
    "phone that is not a phone": lambda: (op("worker", {"phone": "12345"}), "phone"),
    "services listing one code twice": lambda: (
        op("visit", {"services": ["referral", "referral"]}), "services"),
}


@pytest.mark.parametrize("name", sorted(FIELD_CASES))
def test_a_value_the_forms_refuse_refuses_the_bundle(
        name: str, world: dict[str, Any], tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    line, field = FIELD_CASES[name]()
    record = json.loads(line)
    ok = client()
    path = recipe(world, [ok, line]).write(tmp_path / "bad.bundle")
    table, row = record["t"], record["r"]
    refused_in_both_languages(world, path, ["operation 2", table, row, field],
                              ["第 2 条操作", table, row, field], capsys, monkeypatch)


CASES: dict[str, tuple[Callable[[dict[str, Any]], Recipe], list[str], list[str]]] = {
    "h = 2^63-1": (lambda w: recipe(w, [client_op(h=(1 << 63) - 1)]), ["clock", "2^62"],
                   ["时钟", "2^62"]),
    "h = 2^62": (lambda w: recipe(w, [client_op(h=1 << 62)]), ["clock", "2^62"],
                 ["时钟", "2^62"]),
    "h before 2000": (lambda w: recipe(w, [client_op(h=946_684_799_999 << 16)]),
                      ["clock", "2000-01-01"], ["时钟", "2000-01-01"]),
    "sequence number of 2^62": (lambda w: recipe(w, [client_op(s=1 << 62)]),
                                ["sequence number"], ["序号"]),
    # JSON has no NaN or Infinity: such a line is not JSON at all.
    "training hours NaN": (lambda w: recipe(w, [client(), op(
        "training_record", {"hours": "@RAW@"}, raw="NaN")]), ["operation 2", "JSON"],
        ["第 2 条操作", "JSON"]),
    "volunteer hours Infinity": (lambda w: recipe(w, [client(), op(
        "activity_volunteer", {"hours": "@RAW@"}, raw="Infinity")]), ["operation 2", "JSON"],
        ["第 2 条操作", "JSON"]),
    "an op not in its canonical form": (
        lambda w: recipe(w, [client().replace(b'{"c":1,', b'{ "c":1,')]),
        ["operation 1", "canonical"], ["第 1 条操作", "规范格式"]),
    "a create that leaves out fields": (
        lambda w: recipe(w, [op_line({"t": "client", "r": uuid7(), "h": H, "d": uuid7(),
                                      "s": 1, "c": 1, "f": {"name": "覃秀兰"}})]),
        ["operation 1", "without the fields"], ["第 1 条操作", "缺少字段"]),
    "manifest op count unlike the header's": (
        lambda w: _set(recipe(w, [client()]), manifest={"op_count": 2}),
        ["manifest", "header"], ["清单", "文件头"]),
    "header op count that is not a number": (
        lambda w: _set(recipe(w, [client()]), header={"op_count": "1"},
                       manifest={"op_count": "1"}), ["manifest", "header"], ["清单", "文件头"]),
    "ops_bytes far over what the op count can take": (
        lambda w: _set(recipe(w, [client()]), manifest={"ops_bytes": 10**12}),
        ["1000000000000 bytes"], ["1000000000000 字节"]),
    "knowledge naming 20,000 devices": (
        lambda w: _set(recipe(w, [client()]), manifest={"knowledge": {
            _fake_id(i): [[1, 1]] for i in range(20_000)}}),
        ["knowledge"], ["同步进度"]),
    "knowledge with a device id that is not a UUID": (
        lambda w: _set(recipe(w, [client()]), manifest={"knowledge": {"x": [[1, 1]]}}),
        ["knowledge"], ["同步进度"]),
}


def _set(r: Recipe, header: dict[str, Any] | None = None,
         manifest: dict[str, Any] | None = None) -> Recipe:
    r.overrides.update(header or {})
    r.manifest.update(manifest or {})
    return r


def _fake_id(i: int) -> str:
    return f"{i:08x}-0000-7000-8000-000000000000"


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_clock_or_size_out_of_bounds_refuses_the_bundle(
        name: str, world: dict[str, Any], tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    make, en, zh = CASES[name]
    path = make(world).write(tmp_path / "bad.bundle")
    refused_in_both_languages(world, path, en, zh, capsys, monkeypatch)


def _own_ops(w: dict[str, Any]) -> tuple[str, int]:
    importer: Peer = w["importer"]
    with importer.db.raw_write() as conn:
        return importer.id, conn.execute(
            "SELECT next_seq FROM sync_clock WHERE id = 1").fetchone()[0]


def with_importers_key(w: dict[str, Any], r: Recipe) -> Recipe:
    """Ops under the importer's own id signed with its own key: the key was stolen, or
    the data folder copied. Only the own-id rule stands in the way then."""
    importer: Peer = w["importer"]
    r.origin_keys[importer.id] = load_signing_key(importer.db.paths.keys)
    r.prev[(importer.id, None)] = log_tops(importer, importer.id).get(None, (0, bytes(32)))
    return r


def test_an_op_under_the_importers_own_id_with_another_key_is_refused_as_forged(
        world: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    own, next_seq = _own_ops(world)
    path = recipe(world, [client_op(d=own, s=next_seq)]).write(tmp_path / "forged.bundle")
    refused_in_both_languages(world, path, ["another key", own], ["密钥", own], capsys,
                              monkeypatch)


def test_an_op_under_the_importers_own_id_that_it_never_made_is_refused(
        world: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    own, next_seq = _own_ops(world)
    path = with_importers_key(world, recipe(world, [client_op(d=own, s=next_seq)])).write(
        tmp_path / "squat.bundle")
    refused_in_both_languages(world, path, ["own device id", f"number {next_seq}"],
                              ["本机设备编号", f"序号 {next_seq}"], capsys, monkeypatch)
    # ... and the importer's next local write still works (it used to fail for good).
    clients.register_client(world["importer"].db, clients.ClientInput(name="黄丽", categories=TBA))


def test_an_altered_copy_of_the_importers_own_op_is_refused(
        world: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    importer: Peer = world["importer"]
    new = clients.register_client(importer.db, clients.ClientInput(name="韦小红", categories=TBA))
    with importer.db.raw_write() as conn:
        seq, hlc = conn.execute(
            "SELECT seq, hlc FROM sync_op o JOIN device d ON d.devno = o.dev "
            "WHERE d.is_self = 1 AND o.table_name = 'client' ORDER BY seq DESC").fetchone()
    line = op("client", {"name": "韦大红"}, create=False, r=new, d=importer.id, s=seq, h=hlc)
    path = with_importers_key(world, recipe(world, [line])).write(tmp_path / "altered.bundle")
    refused_in_both_languages(world, path, ["own device id", new], ["本机设备编号", new],
                              capsys, monkeypatch)


def test_the_importers_own_ops_coming_back_unchanged_are_simply_known(
        tmp_path: Path) -> None:
    a, b = Peer(tmp_path, "甲"), Peer(tmp_path, "乙")
    a.trust(b)
    b.trust(a)
    clients.register_client(a.db, clients.ClientInput(name="张晓明", birth_date="2010-03-04",
                                                      categories=TBA))
    b.take(a.export())
    clients.register_client(b.db, clients.ClientInput(name="王芳", categories=TBA))
    summary = a.take(b.export())  # holds a's own op, relayed back by b
    assert summary.known >= 1 and summary.applied >= 1
    assert a.dump() == b.dump()
    a.close()
    b.close()


def test_a_valid_update_op_is_checked_only_on_the_fields_it_sets(
        world: dict[str, Any], tmp_path: Path) -> None:
    sender: Peer = world["sender"]
    station = this_device(sender.db).station_id  # the sender's own station's visit
    line = op("visit", {"observations": "一切安好\n下次带米"}, create=False, d=sender.id,
              s=10**6, st=station)
    summary = world["importer"].take(recipe(world, [line]).write(tmp_path / "ok.bundle"))
    assert summary.applied == 1


# -- padded and oversized: refused fast and small --------------------------------------

def _measured(w: dict[str, Any], path: Path) -> tuple[BundleRefused, float, float]:
    importer: Peer = w["importer"]
    started = time.perf_counter()
    with pytest.raises(BundleRefused) as err:
        import_bundle(importer.db, path)
    seconds = time.perf_counter() - started
    tracemalloc.start()
    try:
        with pytest.raises(BundleRefused):
            import_bundle(importer.db, path)
        peak = tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()
    return err.value, seconds, peak


def test_a_one_megabyte_op_line_is_refused_fast(world: dict[str, Any],
                                                tmp_path: Path) -> None:
    line = client(notes="长" * 350_000)  # about 1 MB of UTF-8 on one line
    assert len(line) > 1_000_000
    # Enough short ops that the declared size is plausible: the splitter has to catch it.
    path = recipe(world, [client() for _ in range(20)] + [line]).write(
        tmp_path / "long.bundle")
    before = world["importer"].dump()
    err, seconds, peak = _measured(world, path)
    print(f"1 MB line: refused in {seconds:.3f} s, peak {peak:.1f} MB")
    assert "KiB" in err.en and "KiB" in err.zh
    assert seconds < 1 and peak < 100
    assert world["importer"].dump() == before


@pytest.mark.parametrize(("devices", "en", "zh"), [
    (3_000, "1,000 devices", "1,000 台"),  # each signed: the new-device cap refuses it
    (100_000, "bytes, more than the", "字节"),  # the manifest alone outgrows its cap
])
def test_made_up_devices_are_refused_fast(world: dict[str, Any], tmp_path: Path,
                                          devices: int, en: str, zh: str) -> None:
    lines = [op_line({"t": "client_category", "r": _fake_id(i), "h": H, "d": _fake_id(i),
                      "s": 1, "c": 1, "f": {"category": "orphan"}})
             for i in range(1, devices + 1)]
    path = recipe(world, lines).write(tmp_path / "devices.bundle")
    before = world["importer"].dump()
    err, seconds, peak = _measured(world, path)
    print(f"{devices:,} devices: refused in {seconds:.3f} s, peak {peak:.1f} MB")
    assert en in err.en and zh in err.zh
    assert seconds < 1 and peak < 100
    assert world["importer"].dump() == before
    with world["importer"].db.raw_write() as conn:
        assert conn.execute("SELECT count(*) FROM device").fetchone()[0] < 10


def test_a_stream_of_newlines_is_split_in_linear_time(world: dict[str, Any],
                                                      tmp_path: Path) -> None:
    """Blank lines are skipped, not buffered: 20 MB of them inflate and split in well
    under a second, and the op count still has to match."""
    r = recipe(world, [client()])
    r.compressed = zlib.compress(b"\n" * 20_000_000 + client())
    r.manifest["ops_bytes"] = 20_000_000 + len(client())
    started = time.perf_counter()
    with pytest.raises(BundleRefused):
        import_bundle(world["importer"].db, r.write(tmp_path / "blank.bundle"))
    assert time.perf_counter() - started < 1


def test_the_line_cap_holds_the_longest_legal_op() -> None:
    """Every text field full of 4-byte characters, every field with a previous clock:
    still under the cap, for every table."""
    for table, specs in schema().items():
        fields: dict[str, Any] = {}
        for name, spec in specs.items():
            fields[name] = ("𠀀" * spec.max_len if spec.kind == "str" else
                            sorted(spec.codes) if spec.kind == "codes" else
                            uuid7() if spec.kind in ("uuid", "code") else 1.5)
        record = {"t": table, "r": uuid7(), "h": H, "d": uuid7(), "s": (1 << 62) - 1,
                  "f": fields, "p": {n: [H, uuid7()] for n in specs}}
        size = len(json.dumps(record, ensure_ascii=False).encode())
        assert size < MAX_OP_LINE, (table, size)


# -- the forms refuse the same values, through the same rule ---------------------------

def test_the_forms_refuse_the_same_values(world: dict[str, Any]) -> None:
    db = world["importer"].db
    refusals: list[tuple[str, Callable[[], object]]] = [
        ("id_number", lambda: clients.register_client(db, clients.ClientInput(
            name="覃秀兰", id_number=GOOD_ID[:-1] + "1", categories=TBA))),
        ("birth_date", lambda: clients.register_client(db, clients.ClientInput(
            name="覃秀兰", birth_date="2100-01-01", categories=TBA))),
        ("name", lambda: clients.register_client(db, clients.ClientInput(
            name="覃\x00秀\u202e兰", categories=TBA))),
        ("notes", lambda: clients.register_client(db, clients.ClientInput(
            name="覃秀兰", notes="长" * 2001, categories=TBA))),
        ("visit_date", lambda: visits.record_visit(db, visits.VisitInput(
            client_id=uuid7(), visit_date="1900-06-01", observations="电话回访"))),
        ("visit_date", lambda: visits.record_visit(db, visits.VisitInput(
            client_id=uuid7(), visit_date="2100-06-01", observations="电话回访"))),
        ("observations", lambda: visits.record_visit(db, visits.VisitInput(
            client_id=uuid7(), visit_date="2026-11-20", observations="家中\x00无人"))),
        ("hours", lambda: station.record_supervision(db, station.SupervisionInput(
            session_date="2026-11-20", hours=1e308, topics="个案研讨"))),
        ("hours", lambda: station.record_training(db, station.TrainingInput(
            worker_id=uuid7(), training_date="2026-11-20", hours=-1e300, topic="x"))),
        ("hours", lambda: station.record_training(db, station.TrainingInput(
            worker_id=uuid7(), training_date="2026-11-20", hours=float("nan"),
            topic="x"))),
        ("duration_min", lambda: activities.record_activity(db, activities.ActivityInput(
            title="重阳节活动", activity_date="2026-11-20", duration_min=5000))),
        ("unregistered_count", lambda: activities.record_activity(
            db, activities.ActivityInput(title="村民大会", activity_date="2026-11-20",
                                         unregistered_count=10**9))),
    ]
    before = world["importer"].dump()
    for field, attempt in refusals:
        with pytest.raises(ValidationError) as err:
            attempt()
        assert err.value.field == field, (field, err.value.en)
    assert world["importer"].dump() == before
