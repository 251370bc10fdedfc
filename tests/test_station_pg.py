"""The bundle exchange between the two engines, both ways, through the command line: a
station's head on SQLite and a laptop of the same station whose data lives in
PostgreSQL. Every path of the exchange runs on PostgreSQL here: the bulk writer of
`demo`, edits that move values into spills, the merge of updates and conflicts, export,
and the ledger; after each exchange both hold the same `state dump`, byte for byte."""

from __future__ import annotations

from pathlib import Path

from county_world import device_id, dump, ok

from app.paths import resolve_paths
from app.store.target import set_database_url


def test_a_laptop_on_postgresql_and_its_head_on_sqlite_converge(
        tmp_path: Path, pg_url: str) -> None:
    head, laptop = tmp_path / "head", tmp_path / "laptop"
    ok(head, "init", "--station", "那龙镇社工站", "--county", "南宁市武鸣区",
       "--township", "那龙镇", "--device", "站长的电脑", "--worker", "黄海燕")
    ok(head, "keys", "export", "--out", str(tmp_path / "head.card"))
    ok(head, "demo", "--clients", "40", "--seed", "5")
    ok(head, "demo", "--edits", "30", "--seed", "6")
    set_database_url(resolve_paths(laptop), pg_url)
    ok(laptop, "init", "--join", str(tmp_path / "head.card"), "--device", "服务器",
       "--worker", "韦丽")
    assert not resolve_paths(laptop).database.exists()
    ok(laptop, "keys", "export", "--out", str(tmp_path / "laptop.card"))
    ok(head, "keys", "trust", str(tmp_path / "laptop.card"), "--role", "worker")

    def send(sender: Path, receiver: Path, name: str) -> str:
        out = tmp_path / f"{name}.shegong"
        ok(sender, "bundle", "export", "--all", "--out", str(out), "--to", device_id(receiver))
        return ok(receiver, "bundle", "import", str(out))

    assert " applied " in send(head, laptop, "down")
    send(laptop, head, "up")  # the laptop's own person
    assert dump(laptop) == dump(head)
    # Edits on PostgreSQL (values move to spills), and new rows through the bulk writer.
    ok(laptop, "demo", "--edits", "30", "--seed", "7")
    ok(laptop, "demo", "--clients", "10", "--seed", "8")
    ok(head, "demo", "--edits", "20", "--seed", "9")  # meanwhile, some of the same records
    send(laptop, head, "up-again")
    send(head, laptop, "down-again")
    assert dump(laptop) == dump(head)
    again = ok(laptop, "bundle", "import", str(tmp_path / "down-again.shegong"))
    assert "already imported" in again or " applied 0 " in again, again
