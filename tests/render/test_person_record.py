"""A person's own record (个人信息副本): the case file with the ID number in full, the
history of each record (an address changed, a visit voided — voided records too), and
the attached photo drawn on the page; from the command line and the client's window.
Read back from the pdf with pypdf."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from categories import TBA
from paper import pdf_text
from photos import phone_photo, tiny_pdf
from pypdf import PdfReader

from app.cli import main
from app.models.validation import id_check_digit
from app.services import Database, clients, visits
from app.services.attachments import add_attachment
from app.services.person_record import write_person_record
from app.services.voids import void_record

NUMBER = "45012219480312002" + id_check_digit("45012219480312002")
pytestmark = pytest.mark.usefixtures("chinese_font")


@pytest.fixture
def client(db: Database, tmp_path: Path) -> str:
    client_id = clients.register_client(db, clients.ClientInput(
        name="覃秀兰", gender="female", id_number=NUMBER, address="板六村三组",
        categories=TBA))
    clients.update_client(db, client_id, address="板六村五组12号")
    wrong = visits.record_visit(db, visits.VisitInput(
        client_id=client_id, visit_date=dt.date(2026, 3, 5), observations="记错了人"))
    void_record(db, "visit", wrong, "走访对象记错")
    add_attachment(db, client_id, phone_photo(tmp_path / "p.jpg"), "photo", "住房外观")
    add_attachment(db, client_id, tiny_pdf(tmp_path / "c.pdf"), "consent_form", "知情同意书")
    return client_id


def test_everything_about_the_person_in_one_pdf(db: Database, client: str,
                                               tmp_path: Path) -> None:
    out = write_person_record(db, client, tmp_path / "副本.pdf")
    pages, text = pdf_text(out)
    for words in ("个人信息副本", "覃秀兰", NUMBER, "修改历史", "服务对象资料", "住址",
                  "板六村三组", "板六村五组12号", "走访对象记错", "附件", "住房外观",
                  "另附文件", "知情同意书"):
        assert words in text, words
    images = sum(len(page.images) for page in PdfReader(out).pages)
    assert images == 1  # the photo drawn; the PDF scan listed
    for page in range(1, pages + 1):
        assert f"第 {page} 页 / 共 {pages} 页" in text
    logs = "".join(p.read_text(encoding="utf-8") for p in db.paths.logs.glob("*.log"))
    assert NUMBER not in logs


def test_from_the_command_line(db: Database, client: str, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "副本.pdf"
    assert main(["--data-dir", str(db.paths.data), "case-file", client, "--everything",
                 "--out", str(out)]) == 0
    assert "修改历史" in pdf_text(out)[1]
    assert main(["--data-dir", str(db.paths.data), "case-file", client, "--everything",
                 "--out", str(db.paths.database)]) == 2  # never over the live database
    assert "inside Shegong's own data folder" in capsys.readouterr().err
