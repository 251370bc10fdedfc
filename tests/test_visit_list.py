"""The Visits list's query: every live visit newest first, narrowed by a search of the
client (name, pinyin initials, village, phone) and by the worker who led it, the month,
the mode and the client's category, each read from an index."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services import clients, visits
from app.services.people import PersonInput, add_person
from app.services.visit_list import (
    VisitQuery,
    visit_ids,
    visit_months,
    visit_rows,
    visit_statement,
)
from app.services.voids import void_record
from app.services.workers import current_worker_id
from app.store.database import Database

OCT, NOV = dt.date(2026, 10, 12), dt.date(2026, 11, 3)


@pytest.fixture
def world(db: Database) -> dict[str, str]:
    """Two clients, two workers, five visits in two months and a voided one."""
    weili = current_worker_id(db)
    assert weili is not None
    huang = add_person(db, PersonInput("黄海燕", "worker", "assistant"))
    zhang = clients.register_client(db, clients.ClientInput(
        name="张晓明", village="那龙村", phone="13812345678",
        categories=(clients.CategoryInput("left_behind_child"),), birth_date="2015-06-03"))
    qin = clients.register_client(db, clients.ClientInput(
        name="覃秀兰", village="板六村",
        categories=(clients.CategoryInput("left_behind_elderly"),)))
    ids: dict[str, str] = {"weili": weili, "huang": huang}
    for key, client, day, mode, lead in (
            ("z_oct", zhang, OCT, "home", weili), ("z_nov", zhang, NOV, "phone", huang),
            ("q_oct", qin, OCT + dt.timedelta(days=1), "home", huang),
            ("q_nov", qin, NOV + dt.timedelta(days=2), "home", weili),
            ("q_nov2", qin, NOV + dt.timedelta(days=9), "home", huang)):
        ids[key] = visits.record_visit(db, visits.VisitInput(
            client_id=client, visit_date=day, mode=mode, worker_ids=(lead,),
            observations=f"{day} 走访"))
    wrong = visits.record_visit(db, visits.VisitInput(
        client_id=qin, visit_date=NOV, worker_ids=(huang,), observations="记错了"))
    void_record(db, "visit", wrong, "记错了人")
    return ids


def found(db: Database, **criteria: str) -> list[str]:
    return list(visit_ids(db, VisitQuery(**criteria)))


def test_all_live_visits_newest_first(db: Database, world: dict[str, str]) -> None:
    assert found(db) == [world[k] for k in ("q_nov2", "q_nov", "z_nov", "q_oct", "z_oct")]


def test_each_filter_and_their_combination(db: Database, world: dict[str, str]) -> None:
    w = world
    assert found(db, month="2026-11") == [w["q_nov2"], w["q_nov"], w["z_nov"]]
    assert found(db, worker_id=w["huang"]) == [w["q_nov2"], w["z_nov"], w["q_oct"]]
    assert found(db, worker_id=w["huang"], month="2026-10") == [w["q_oct"]]
    assert found(db, mode="phone") == [w["z_nov"]]
    assert found(db, category="left_behind_child") == [w["z_nov"], w["z_oct"]]
    assert found(db, month="2026-09") == []


@pytest.mark.parametrize("text", ["张晓明", "zxm", "那龙", "13812345678", "ＺＸＭ".lower()])
def test_the_search_finds_the_client_by_name_initials_village_or_phone(
        db: Database, world: dict[str, str], text: str) -> None:
    import unicodedata

    assert found(db, search=unicodedata.normalize("NFKC", text)) == [world["z_nov"],
                                                                      world["z_oct"]]


def test_rows_for_a_window_and_the_months(db: Database, world: dict[str, str]) -> None:
    rows = visit_rows(db, [world["z_nov"], world["q_oct"]])
    row = rows[world["z_nov"]]
    assert (row.client_name, row.village, row.mode, row.worker_name, row.visit_date) == (
        "张晓明", "那龙村", "phone", "黄海燕", NOV)
    assert visit_months(db) == ["2026-11", "2026-10"]
    assert visit_rows(db, []) == {}


def test_a_worker_and_a_month_read_one_index_alone(db: Database, world: dict[str, str]) -> None:
    """The plan, not a timing: SQLite reads ix_visit_worker_date as a covering index,
    already in date order."""
    stmt = visit_statement(VisitQuery(worker_id=world["huang"], month="2026-11"))
    with db.read() as s:
        compiled = stmt.compile(dialect=s.get_bind().dialect)
        params = [compiled.params[name] for name in compiled.positiontup or ()]
        driver = s.connection().connection.driver_connection
        plan = " ".join(str(r[-1]) for r in driver.execute(  # type: ignore[union-attr]
            f"EXPLAIN QUERY PLAN {compiled}", params))
    assert "COVERING INDEX ix_visit_worker_date" in plan, plan
    assert "TEMP B-TREE" not in plan, plan
