"""The services behind the field worker's desk: list, search, Today, timeline, drafts."""

from __future__ import annotations

import datetime as dt

import pytest
from categories import TBA

from app.errors import ValidationError
from app.models.validation import id_check_digit
from app.paths import Paths
from app.services import activities, cases, clients, drafts, referrals, settings, visits
from app.services.client_list import ClientQuery, client_ids, client_rows, villages
from app.services.duplicates import possible_duplicates
from app.services.people import PersonInput, add_person
from app.services.timeline import client_timeline
from app.services.today import today_lists
from app.services.voids import void_record
from app.services.workers import current_worker_id
from app.store import cipher
from app.store.database import Database

TODAY = dt.date.today()


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def add(db: Database, name: str, *categories: str, **kw: object) -> str:
    return clients.register_client(db, clients.ClientInput(
        name=name, categories=tuple(clients.CategoryInput(c)
                                    for c in categories or ("to_be_assessed",)), **kw))


def visit(db: Database, client_id: str, when: dt.date, follow: dt.date | None = None) -> str:
    return visits.record_visit(db, visits.VisitInput(client_id=client_id, visit_date=when,
                                                     next_followup=follow, observations="电话回访"))


def test_search_by_name_pinyin_initials_id_phone_village(db: Database) -> None:
    number = "450110201506030121"
    number = number[:17] + id_check_digit(number[:17])
    zxm = add(db, "张晓明", "left_behind_child", id_number=number, phone="13812345678",
              village="那龙村")
    add(db, "覃秀兰", "left_behind_elderly", village="板六村", phone="0771-5551234")
    add(db, "王芳", "minimum_allowance", village="那龙村")
    for text in ("张晓明", "zxm", "ZXM", "zhangxiaoming", number[-6:], "1381234", "那龙"):
        assert zxm in client_ids(db, ClientQuery(search=text)), text
    assert client_ids(db, ClientQuery(search="zxm")) == [zxm]
    assert client_ids(db, ClientQuery(search="%")) == []  # wildcards are literal
    assert len(client_ids(db, ClientQuery(search="那龙"))) == 2
    assert client_ids(db, ClientQuery(category="left_behind_child")) == [zxm]
    assert client_ids(db, ClientQuery(village="那龙村", search="zxm")) == [zxm]
    # The worker in charge: every client here is this laptop's worker's by default.
    mine = current_worker_id(db)
    assert mine is not None and len(client_ids(db, ClientQuery(worker_id=mine))) == 3
    other = add_person(db, PersonInput("黄海燕"))
    clients.update_client(db, zxm, assigned_worker_id=other)
    assert client_ids(db, ClientQuery(worker_id=other)) == [zxm]
    assert len(client_ids(db, ClientQuery(worker_id=mine))) == 2
    assert villages(db) == ["那龙村", "板六村"]
    rows = client_rows(db, [zxm])
    assert rows[zxm].name == "张晓明" and rows[zxm].village == "那龙村"


def test_sorting_and_index_follows_edits_and_voids(db: Database) -> None:
    a = add(db, "阿依", birth_date="1950-01-01", village="乙村")
    b = add(db, "白云", birth_date="1940-01-01", village="甲村")
    c = add(db, "陈红", birth_date="1960-01-01", village="丙村")
    assert client_ids(db, ClientQuery()) == [a, b, c]  # by pinyin: a, bai, chen
    assert client_ids(db, ClientQuery(sort="birth_date")) == [b, a, c]
    assert client_ids(db, ClientQuery(sort="birth_date", descending=True)) == [c, a, b]
    clients.update_client(db, a, name="赵依")
    assert client_ids(db, ClientQuery()) == [b, c, a]
    assert client_ids(db, ClientQuery(search="zy")) == [a]
    void_record(db, "client", b, "重复登记")
    assert client_ids(db, ClientQuery()) == [c, a]
    visit(db, c, days_ago(3))
    visit(db, a, days_ago(1))
    assert client_ids(db, ClientQuery(sort="last_visit", descending=True)) == [a, c]


def test_latest_visit_is_tracked_through_inserts_and_voids(db: Database) -> None:
    client = add(db, "黄小燕", "orphan", birth_date="2014-05-01")
    old = visit(db, client, days_ago(40), follow=days_ago(10))
    new = visit(db, client, days_ago(5), follow=TODAY + dt.timedelta(days=25))
    visit(db, client, days_ago(60))  # recorded late, but older: not the latest
    assert client_rows(db, [client])[client].last_visit == days_ago(5)
    assert client_rows(db, [client])[client].next_followup == TODAY + dt.timedelta(days=25)
    void_record(db, "visit", new, "录错了")
    row = client_rows(db, [client])[client]
    assert (row.last_visit, row.next_followup) == (days_ago(40), days_ago(10))
    void_record(db, "visit", old, "录错了")
    assert client_rows(db, [client])[client].last_visit == days_ago(60)


def test_today_lists(db: Database) -> None:
    due = add(db, "到期跟进", "minimum_allowance")
    visit(db, due, days_ago(20), follow=TODAY)
    late = add(db, "逾期跟进", "minimum_allowance")
    visit(db, late, days_ago(40), follow=days_ago(3))
    later = add(db, "未到期", "minimum_allowance")
    visit(db, later, days_ago(1), follow=TODAY + dt.timedelta(days=7))
    child = add(db, "留守儿童", "left_behind_child", birth_date="2016-02-02")
    visit(db, child, days_ago(35))  # children: 30 days
    elder = add(db, "留守老人", "left_behind_elderly", birth_date="1940-02-02")
    visit(db, elder, days_ago(35))  # elderly: 90 days, not overdue
    never = add(db, "从未走访", "disabled")
    both = add(db, "两类", "left_behind_elderly", "extreme_poverty", birth_date="1945-01-01")
    visit(db, both, days_ago(31))  # the strictest interval (30) applies
    stale = add(db, "个案停滞", "disabled")
    case_id = cases.open_case(db, stale, "需要康复支持")
    for _ in range(3):
        cases.advance_case(db, case_id)
    visit(db, stale, days_ago(45))

    lists = today_lists(db, TODAY)
    assert [(i.client_id, i.days) for i in lists.followups] == [(late, 3), (due, 0)]
    overdue = [i.client_id for i in lists.overdue_visits]
    assert overdue[0] == never and set(overdue) == {never, child, both}
    assert [i.case_id for i in lists.stale_cases] == [case_id]
    assert lists.followups_total == 2 and lists.overdue_visits_total == 3

    settings.set_visit_intervals(db, {"left_behind_elderly": 20})
    assert elder in [i.client_id for i in today_lists(db, TODAY).overdue_visits]
    clients.update_client(db, elder, status="deceased")
    assert elder not in [i.client_id for i in today_lists(db, TODAY).overdue_visits]
    with pytest.raises(ValidationError):
        settings.set_visit_intervals(db, {"orphan": 0})


def test_default_followup_uses_the_strictest_interval(db: Database) -> None:
    client = add(db, "蒙小丽", "minimum_allowance", "unsupported_child", birth_date="2012-01-01")
    assert visits.default_followup(db, client, TODAY) == TODAY + dt.timedelta(days=30)
    adult = add(db, "蒙大山", "minimum_allowance")
    assert visits.default_followup(db, adult, TODAY) == TODAY + dt.timedelta(days=90)


def test_timeline_newest_first(db: Database) -> None:
    client = add(db, "陆小红", "left_behind_child", birth_date="2013-03-03")
    case_id = cases.open_case(db, client, "学习困难", opened_on=days_ago(30))
    visit(db, client, days_ago(20))
    activities.record_activity(db, activities.ActivityInput(
        title="暑期课堂", activity_date=days_ago(10), participant_ids=(client,)))
    referrals.refer(db, client, "education", "需要学校跟进", case_id=case_id,
                    referred_on=days_ago(5))
    kinds = [(i.kind, i.date) for i in client_timeline(db, client)]
    assert kinds == [("referral", days_ago(5)), ("activity", days_ago(10)),
                     ("visit", days_ago(20)), ("case_event", days_ago(30))]


def test_possible_duplicates(db: Database) -> None:
    number = "45011019400101002"
    number += id_check_digit(number)
    first = add(db, "韦美华", id_number=number, village="那龙村")
    same_id = clients.ClientInput(name="韦美花", id_number=number.lower(), categories=TBA)
    assert [r.id for r in possible_duplicates(db, same_id)] == [first]
    same_person = clients.ClientInput(name="韦美华", birth_date="1940-01-01", village="那龙村",
                                      categories=TBA)
    assert [r.id for r in possible_duplicates(db, same_person)] == [first]
    other_village = clients.ClientInput(name="韦美华", birth_date="1940-01-01", village="板六村",
                                        categories=TBA)
    assert possible_duplicates(db, other_village) == []
    assert possible_duplicates(db, same_id, exclude_id=first) == []


def test_drafts_survive_and_are_discarded(db: Database) -> None:
    client = add(db, "覃海燕")
    draft_id = drafts.save_draft(db, None, client, {"observations": "屋里很乱"})
    drafts.save_draft(db, draft_id, client, {"observations": "屋里很乱，和她一起打扫"})
    db.close()
    reopened = Database(db.paths)
    saved = drafts.list_drafts(reopened)
    assert [(d.id, d.client_name, d.payload) for d in saved] == [
        (draft_id, "覃海燕", {"observations": "屋里很乱，和她一起打扫"})]
    assert today_lists(reopened).drafts[0].id == draft_id
    drafts.discard_draft(reopened, draft_id)
    assert drafts.list_drafts(reopened) == []
    reopened.close()


def test_upgrade_from_0001_builds_the_client_index(paths: Paths) -> None:
    from alembic import command

    from app.store.engine import make_engine
    from app.store.migrate import alembic_config

    paths.ensure()
    engine = make_engine(paths.database)
    command.upgrade(alembic_config(engine), "0001")
    engine.dispose()
    conn = cipher.connect(paths.database, None)  # a file of before encryption
    conn.execute("INSERT INTO client (id, name, name_pinyin, village, status, sync_hlc, "
                 "sync_dev, sync_seq) VALUES (?, '韦丽', 'weili', '那龙村', 'active', 1, 1, 1)",
                 (bytes(range(16)),))
    conn.execute("INSERT INTO visit (id, client_id, visit_date, next_followup, sync_hlc, "
                 "sync_dev, sync_seq) VALUES (?, ?, '2026-01-02', '2026-02-01', 1, 1, 2)",
                 (bytes(range(1, 17)), bytes(range(16))))
    conn.commit()
    conn.close()
    db = Database(paths)
    assert db.backup_made is not None
    ids = client_ids(db, ClientQuery(search="weili"))
    assert len(ids) == 1
    row = client_rows(db, ids)[ids[0]]
    assert (row.last_visit, row.next_followup) == (dt.date(2026, 1, 2), dt.date(2026, 2, 1))
    db.close()
