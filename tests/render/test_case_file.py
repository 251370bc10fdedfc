"""A client's case file (个案档案): everything about the person on paper, read back from a
real pdf with pypdf: the name, every live visit's date (never a voided one), the case,
the referral, page numbers; the ID number masked unless asked for in full. The command
line writes the same file, and refuses an unknown client with a sentence and no file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from paper import pdf_text

from app.cli import main
from app.errors import NotFoundError
from app.models.validation import id_check_digit
from app.reports.case_file import case_file
from app.services import Database, cases, clients, referrals, visits
from app.services.reports import write_case_file
from app.services.voids import void_record

NUMBER = "45012219480312002" + id_check_digit("45012219480312002")
MASKED = f"{NUMBER[:4]}**********{NUMBER[-4:]}"
# The text is read back in Chinese; and a QApplication (qapp) must exist before the pdf
# writer would make a bare QGuiApplication, which the window tests after these cannot use.
pytestmark = pytest.mark.usefixtures("chinese_font")
DATES = [dt.date(2026, 3, d) for d in (2, 9, 16, 23, 30)] + [dt.date(2026, 4, 6)]


@pytest.fixture
def client(db: Database) -> str:
    """覃秀兰: a household, a case assessed and closed, six visits and a voided one, a
    referral answered."""
    client_id = clients.register_client(db, clients.ClientInput(
        name="覃秀兰", gender="female", id_number=NUMBER, village="板六村",
        address="板六村第3村民小组12号", phone="13877001122",
        categories=(clients.CategoryInput("disabled", disability_type="physical",
                                          disability_grade="2"),
                    clients.CategoryInput("left_behind_elderly")),
        household=(clients.MemberInput(name="韦大军", relationship="child",
                                        phone="13977002233", is_guardian=True),)))
    case_id = cases.open_case(db, client_id, "独居，腿脚不便，冬天缺棉被",
                              opened_on=dt.date(2026, 3, 1))
    cases.update_case(db, case_id, assess_health="左腿骨折后行动不便",
                      needs_summary="需要冬季物资和定期探访")
    cases.set_goals(db, case_id, [("链接民政临时救助", "met")])
    for day in DATES:
        visits.record_visit(db, visits.VisitInput(
            client_id=client_id, visit_date=day, observations=f"{day.day}日探访，老人精神尚可"))
    wrong = visits.record_visit(db, visits.VisitInput(
        client_id=client_id, visit_date=dt.date(2026, 3, 5), observations="记错了人"))
    void_record(db, "visit", wrong, "走访对象记错")
    referral = referrals.refer(db, client_id, "civil_affairs", "申请临时救助")
    referrals.set_referral_status(db, referral, "completed", outcome="已发放救助金800元")
    cases.close_case(db, case_id, "goals_met", closed_on=dt.date(2026, 4, 10))
    return client_id


def test_the_case_file_pdf_holds_the_person_every_visit_and_page_numbers(
        db: Database, client: str, tmp_path: Path) -> None:
    pages, text = pdf_text(write_case_file(db, client, tmp_path / "档案.pdf"))
    for words in ("个案档案", "覃秀兰", "板六村第3村民小组12号", "残疾人", "留守老年人", "韦大军",
                  "13977002233", "独居，腿脚不便，冬天缺棉被", "左腿骨折后行动不便",
                  "链接民政临时救助", "申请临时救助", "已发放救助金800元",
                  f"走访记录（共 {len(DATES)} 次）", "30日探访，老人精神尚可", MASKED):
        assert words in text, words
    for day in DATES:
        assert day.isoformat() in text, day
    assert "2026-03-05" not in text and "记错了人" not in text  # the voided visit
    assert NUMBER not in text
    assert pages >= 2
    for page in range(1, pages + 1):
        assert f"第 {page} 页 / 共 {pages} 页" in text


def test_in_full_only_when_asked_and_in_english_too(db: Database, client: str,
                                                  tmp_path: Path) -> None:
    _, full = pdf_text(write_case_file(db, client, tmp_path / "full.pdf", full_id=True))
    assert NUMBER in full
    _, english = pdf_text(write_case_file(db, client, tmp_path / "en.pdf", lang="en"))
    assert "Case file" in english and "Home visits (6)" in english and MASKED in english


def test_the_case_section_says_how_the_case_ended(db: Database, client: str) -> None:
    file = case_file(db, client)
    [case] = file.cases
    assert case.closed_on == dt.date(2026, 4, 10) and case.closure
    assert [v.visit_date for v in file.visits] == DATES  # oldest first
    assert file.categories[0].startswith("残疾人（") and "二级" in file.categories[0]


def test_the_attachments_are_indexed_for_the_paper_archive(db: Database, client: str,
                                                           tmp_path: Path) -> None:
    from photos import tiny_pdf

    from app.services.attachments import add_attachment

    add_attachment(db, client, tiny_pdf(tmp_path / "s.pdf"), "consent_form", "服务知情同意书")
    wrong = add_attachment(db, client, tiny_pdf(tmp_path / "t.pdf"), "id_card", "别人的身份证")
    void_record(db, "attachment", wrong, "传错了人")
    _, text = pdf_text(write_case_file(db, client, tmp_path / "档案.pdf"))
    assert "附件目录" in text and "服务知情同意书" in text and "知情同意书" in text
    assert "别人的身份证" not in text


def test_a_voided_client_has_no_case_file(db: Database, client: str, tmp_path: Path) -> None:
    void_record(db, "client", client, "重复登记")
    with pytest.raises(NotFoundError):
        write_case_file(db, client, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_the_command_line_writes_it_and_refuses_an_unknown_client(
        db: Database, client: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(db.paths.data)
    db.close()
    target = tmp_path / "cli.pdf"
    assert main(["--data-dir", data, "case-file", client, "--out", str(target)]) == 0
    assert capsys.readouterr().out.strip() == f"case-file {client} {target}"
    assert "覃秀兰" in pdf_text(target)[1]
    missing = tmp_path / "none.pdf"
    assert main(["--data-dir", data, "case-file", "no-such-id", "--out", str(missing)]) == 2
    err = capsys.readouterr().err
    assert "no-such-id" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not missing.exists()
