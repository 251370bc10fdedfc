"""Nothing personal in the logs or in what the commands say, and nothing readable at
rest: after a session on two laptops (demo data, edits, bundles both ways, a report, a
case file in full, an attachment, a backup, a visit draft, refusals), no client's or
household member's name, ID number or phone appears in either laptop's log files, in
anything printed on stderr, or as bytes in any file of either data folder (database,
WAL, backups, drafts, keys, attachments)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from photos import phone_photo
from rawdb import raw_connect

from app.cli import main
from app.paths import resolve_paths
from app.services import Database, open_database
from app.services.drafts import save_draft

INIT = ["init", "--station", "那龙镇社工站", "--county", "南宁市武鸣区", "--township", "那龙镇",
        "--device", "站长的电脑", "--worker", "站长甲"]


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def personal_values(*folders: Path) -> set[str]:
    """Names, ID numbers and phones of the clients and their households."""
    found: set[str] = set()
    for folder in folders:
        conn = raw_connect(folder / "shegong.db")
        try:
            for sql in ("SELECT name, id_number, phone FROM client",
                        "SELECT name, phone, phone FROM household_member"):
                for row in conn.execute(sql):
                    found |= {v for v in row if v}
        finally:
            conn.close()
    return {v for v in found if len(v) >= 2}


def test_no_personal_value_in_logs_or_sentences(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    head, worker = tmp_path / "head", tmp_path / "worker"
    said: list[str] = []

    def do(data: Path, *args: str) -> int:
        code = run(data, *args)
        said.append(capsys.readouterr().err)
        return code

    assert do(head, *INIT) == 0
    assert do(head, "keys", "export", "--out", str(tmp_path / "head.card")) == 0
    assert do(worker, "init", "--join", str(tmp_path / "head.card"), "--device", "社工的电脑",
              "--worker", "社工乙") == 0
    assert do(worker, "keys", "export", "--out", str(tmp_path / "w.card")) == 0
    assert do(head, "keys", "trust", str(tmp_path / "w.card"), "--role", "worker") == 0
    assert do(head, "bundle", "export", "--out", str(tmp_path / "admit.shegong")) == 0
    assert do(worker, "bundle", "import", str(tmp_path / "admit.shegong")) == 0
    assert do(worker, "demo", "--clients", "60", "--seed", "4") == 0
    assert do(worker, "demo", "--edits", "30", "--seed", "5") == 0
    conn = raw_connect(worker / "shegong.db")
    client = conn.execute("SELECT lower(hex(id)) FROM client LIMIT 1").fetchone()[0]
    conn.close()
    client = f"{client[:8]}-{client[8:12]}-{client[12:16]}-{client[16:20]}-{client[20:]}"
    assert do(worker, "attach", "add", client, str(phone_photo(tmp_path / "p.jpg"))) == 0
    assert do(worker, "bundle", "export", "--out", str(tmp_path / "w1.shegong")) == 0
    assert do(head, "bundle", "import", str(tmp_path / "w1.shegong")) == 0
    month = dt.date.today().strftime("%Y-%m")
    assert do(head, "report", "--month", month, "--format", "xlsx",
              "--out", str(tmp_path / "r.xlsx")) == 0
    assert do(head, "case-file", client, "--full-id", "--out", str(tmp_path / "cf.pdf")) == 0
    # refusals: a bundle changed in transit, a text file as a photo, a bad restore
    bent = bytearray((tmp_path / "w1.shegong").read_bytes())
    bent[-100] ^= 0xFF
    (tmp_path / "bent.shegong").write_bytes(bytes(bent))
    assert do(head, "bundle", "import", str(tmp_path / "bent.shegong")) == 2
    secrets = personal_values(head, worker)
    (tmp_path / "名单.jpg").write_text(" ".join(sorted(secrets)[:5]), encoding="utf-8")
    assert do(head, "attach", "add", client, str(tmp_path / "名单.jpg")) == 2
    assert do(head, "restore", str(tmp_path / "r.xlsx")) == 2
    assert do(worker, "backup") == 0
    open_db = draft_of(worker, client, sorted(secrets)[:3])  # open: its WAL is there
    assert len(secrets) > 100
    for text, where in [*((p.read_text(encoding="utf-8", errors="replace"), str(p))
                          for folder in (head, worker) for p in (folder / "logs").iterdir()),
                        *((s, "stderr") for s in said)]:
        leaked = [v for v in secrets if v in text]
        assert leaked == [], (where, leaked[:3])
    encoded = [v.encode("utf-8") for v in secrets]
    files = [p for folder in (head, worker) for p in folder.rglob("*") if p.is_file()]
    assert any(p.name.endswith("-wal") for p in files) and any("backups" in p.parts
                                                                for p in files)
    for path in files:
        data = path.read_bytes()
        leaked_bytes = [v for v in encoded if v in data]
        assert leaked_bytes == [], (path, leaked_bytes[:3])
    open_db.close()


def draft_of(data: Path, client: str, words: list[str]) -> Database:
    """A visit being typed, kept as a draft holding personal values, in a database left
    open (as the window leaves it while the visit is typed)."""
    db = open_database(resolve_paths(data))
    save_draft(db, None, client, {"observations": "，".join(words)})
    return db
