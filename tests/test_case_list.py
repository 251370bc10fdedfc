"""The cases list's query: newest opened first, by stage, by the worker in charge and by
a search of the client; voided cases never listed."""

from __future__ import annotations

from app.services import cases, clients
from app.services.case_list import CaseQuery, case_ids, case_rows
from app.services.people import PersonInput, add_person
from app.services.voids import void_record
from app.services.workers import current_worker_id
from app.store.database import Database


def test_stage_worker_and_search(db: Database) -> None:
    weili, huang = current_worker_id(db), add_person(db, PersonInput("黄海燕"))
    people = [clients.register_client(db, clients.ClientInput(
        name=name, village=village, categories=(clients.CategoryInput("left_behind_elderly"),)))
        for name, village in (("覃秀兰", "板六村"), ("黄阿婆", "那龙村"), ("韦美华", "那龙村"))]
    first = cases.open_case(db, people[0], "独居", opened_on="2026-09-01")
    second = cases.open_case(db, people[1], "缺棉被", opened_on="2026-10-01", worker_id=huang)
    third = cases.open_case(db, people[2], "孙子辍学", opened_on="2026-11-01")
    cases.advance_case(db, second)
    gone = cases.open_case(db, people[2], "重复", opened_on="2026-11-02")
    void_record(db, "case_record", gone, "重复开案")

    def ids(**q: str) -> list[str]:
        return list(case_ids(db, CaseQuery(**q)))

    assert ids() == [third, second, first]
    assert ids(stage="intake") == [third, first]
    assert ids(worker_id=huang) == [second]
    assert weili is not None and ids(worker_id=weili) == [third, first]
    assert ids(search="那龙") == [third, second]
    assert ids(search="qxl") == [first]
    row = case_rows(db, [second])[second]
    assert (row.client_name, row.stage, row.presenting_problem) == ("黄阿婆", "assessment",
                                                                    "缺棉被")
