"""The use cases: each is one transaction; bad input is a sentence and writes nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from categories import TBA
from sqlalchemy import func, select

from app.errors import NotFoundError, ValidationError
from app.models import (
    Activity,
    ActivityParticipant,
    ActivityVolunteer,
    Case,
    CaseEvent,
    Client,
    Op,
    Visit,
    VisitWorker,
    Worker,
)
from app.models.validation import id_check_digit
from app.reports.figures import monthly_figures
from app.services import activities, cases, clients, visits
from app.services.client_list import ClientQuery, client_ids
from app.services.common import local_setting
from app.services.overview import overview
from app.services.today import today_lists
from app.store.database import Database

TODAY = dt.date.today()


def valid_id(region: str, birth: str, seq: str) -> str:
    first17 = region + birth + seq
    return first17 + id_check_digit(first17)


def counts(db: Database) -> tuple[int, int]:
    with db.read() as s:
        return (s.scalar(select(func.count()).select_from(Client)) or 0,
                s.scalar(select(func.count()).select_from(Op)) or 0)


@pytest.mark.parametrize(("changes", "field", "sentence"), [
    ({"id_number": "450102193805120011"}, "id_number", "check digit is wrong: it should be"),
    ({"id_number": "4501021938051200"}, "id_number", "18 characters"),
    ({"name": "  "}, "name", "Please enter the name"),
    ({"categories": (clients.CategoryInput("poor_person"),)}, "categories", "poor_person"),
    ({"categories": ()}, "categories", "Other / to be assessed"),
    ({"categories": (clients.CategoryInput("disabled"), clients.CategoryInput("to_be_assessed"))},
     "categories", "stands alone"),
    ({"phone": "12345"}, "phone", ""),
    ({"birth_date": TODAY + dt.timedelta(days=3)}, "birth_date", "future"),
    ({"birth_date": "2019-02-30"}, "birth_date", "2026-11-28"),
])
def test_bad_client_input_is_a_sentence_and_writes_nothing(db: Database, changes: dict,
                                                           field: str, sentence: str) -> None:
    before = counts(db)
    data = clients.ClientInput(**{"name": "张晓明", **changes})
    with pytest.raises(ValidationError) as err:
        clients.register_client(db, data)
    assert err.value.field == field
    assert sentence in err.value.en
    assert err.value.zh and err.value.zh != err.value.en
    assert counts(db) == before


def test_a_client_still_to_be_assessed_is_counted_under_its_own_category(db: Database) -> None:
    client = clients.register_client(db, clients.ClientInput(name="黄阿婆", categories=TBA))
    visits.record_visit(db, visits.VisitInput(client_id=client, visit_date=TODAY,
                                              observations="初次走访，需评估"))
    fig = monthly_figures(db, TODAY.strftime("%Y-%m")).current
    assert fig.clients_served_by_category["to_be_assessed"] == 1
    assert sum(fig.clients_served_by_category.values()) == 1


def test_check_digit_sentence_names_the_right_digit_in_chinese(db: Database) -> None:
    good = valid_id("450102", "19380512", "001")
    wrong = good[:-1] + ("0" if good[-1] != "0" else "1")
    with pytest.raises(ValidationError) as err:
        clients.register_client(db, clients.ClientInput(name="覃秀兰", id_number=wrong,
                                                        categories=TBA))
    assert err.value.zh == f"身份证号码校验位错误：应为 {good[-1]}。"


def test_child_category_refused_for_an_adult(db: Database) -> None:
    with pytest.raises(ValidationError) as err:
        clients.register_client(db, clients.ClientInput(
            name="黄小燕", birth_date="1990-01-01",
            categories=(clients.CategoryInput("left_behind_child"),)))
    assert "under 18" in err.value.en


def test_register_client_with_household_and_find_by_pinyin(db: Database) -> None:
    number = valid_id("450110", "20150603", "011")
    client_id = clients.register_client(db, clients.ClientInput(
        name="张晓明", id_number=number, phone="138 1234 5678", village="那龙村",
        categories=(clients.CategoryInput("left_behind_child"),),
        household=(clients.MemberInput("张德福", "grandparent", "male", is_guardian=True),
                   clients.MemberInput("张建国", "parent", "male", lives_with_client=False))))
    detail = clients.get_client(db, client_id)
    assert detail.row.gender == "male"  # the 17th digit of the number is odd
    assert detail.row.birth_date == dt.date(2015, 6, 3)
    assert detail.row.phone == "13812345678"
    assert [m.name for m in detail.household if m.is_guardian] == ["张德福"]
    for query in ("zxm", "zhangxiao", "张晓", number[6:14], "5678", "那龙"):
        assert client_ids(db, ClientQuery(search=query)) == [client_id], query
    assert client_ids(db, ClientQuery(search="wxm")) == []


def test_surname_with_two_readings_is_found_by_both(db: Database) -> None:
    client_id = clients.register_client(db, clients.ClientInput(name="覃秀兰", categories=TBA))
    assert client_ids(db, ClientQuery(search="qxl")) == [client_id]
    assert client_ids(db, ClientQuery(search="qinxiulan")) == [client_id]


def test_update_client_revalidates(db: Database) -> None:
    client_id = clients.register_client(db, clients.ClientInput(name="李桂英", categories=TBA))
    with pytest.raises(ValidationError):
        clients.update_client(db, client_id, id_number="123")
    clients.update_client(db, client_id, name="李桂芳", village="板六村")
    assert clients.get_client(db, client_id).row.name == "李桂芳"
    assert client_ids(db, ClientQuery(search="lgf")) == [client_id]


def test_case_lifecycle_and_closed_case_is_never_silently_reopened(db: Database) -> None:
    client_id = clients.register_client(db, clients.ClientInput(name="蒙小丽", categories=TBA))
    case_id = cases.open_case(db, client_id, "父亲去世、母亲离家，独自居住在叔叔家")
    assert cases.advance_case(db, case_id) == "assessment"
    cases.update_case(db, case_id, assess_emotional="孤独，不愿与人交流",
                      needs_summary="需要陪伴与学业支持")
    cases.set_goals(db, case_id, [("建立同伴支持网络", "open"), ("学习成绩提高", "open")])
    for expected in ("plan", "intervention", "evaluation"):
        assert cases.advance_case(db, case_id) == expected
    with pytest.raises(ValidationError):
        cases.advance_case(db, case_id)  # evaluation is followed by closing, with a reason
    cases.close_case(db, case_id, "goals_met", note="已融入村里活动")
    with pytest.raises(ValidationError) as err:
        cases.update_case(db, case_id, needs_summary="a late edit")
    assert "Reopen" in err.value.en
    with db.read() as s:
        assert s.get(Case, case_id).stage == "closed"  # type: ignore[union-attr]
    cases.reopen_case(db, case_id, "再次出现辍学风险")
    with db.read() as s:
        case = s.get(Case, case_id)
        assert case is not None and case.stage == "intervention" and case.closure_reason is None
        events = [(e.from_stage, e.to_stage) for e in s.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id))]
    assert events == [(None, "intake"), ("intake", "assessment"), ("assessment", "plan"),
                      ("plan", "intervention"), ("intervention", "evaluation"),
                      ("evaluation", "closed"), ("closed", "intervention")]
    assert cases.count_by_stage(db) == {"intervention": 1}


def test_record_visit_with_needs_workers_and_followup(db: Database) -> None:
    client_id = clients.register_client(db, clients.ClientInput(name="韦美华", categories=TBA))
    case_id = cases.open_case(db, client_id, "独居老人")
    with db.write() as s:
        colleague = Worker(name="覃海燕", role="worker", active=True,
                           station_id=local_setting(s, "station_id"))
        s.add(colleague)
        s.flush()
        colleague_id = colleague.id
        me = local_setting(s, "worker_id")
    due = TODAY + dt.timedelta(days=30)
    visit_id = visits.record_visit(db, visits.VisitInput(
        client_id=client_id, case_id=case_id, visit_date=TODAY, mode="home", duration_min=45,
        worker_ids=(me, colleague_id), people_met="本人、邻居",
        observations="屋内潮湿，老人腿脚不便",
        material=visits.Need("high", "缺少冬季被褥"), emotional=visits.Need("medium"),
        social=visits.Need("low"), services=("material_help", "emotional_support"),
        next_followup=due))
    with db.read() as s:
        visit = s.get(Visit, visit_id)
        assert visit is not None
        assert (visit.material_level, visit.material_notes) == ("high", "缺少冬季被褥")
        assert visit.worker_id == me and visit.services == ["material_help", "emotional_support"]
        assert [w.worker_id for w in s.scalars(
            select(VisitWorker).where(VisitWorker.visit_id == visit_id))] == [colleague_id]
        assert s.get(Case, case_id).next_followup == due  # type: ignore[union-attr]
    assert today_lists(db, due - dt.timedelta(days=1)).followups == []
    assert [(i.client_id, i.date) for i in today_lists(db, due).followups] == [(client_id, due)]
    assert overview(db).visits_this_month == 1


@pytest.mark.parametrize(("changes", "field"), [
    ({"visit_date": TODAY + dt.timedelta(days=1)}, "visit_date"),
    ({"mode": "telepathy"}, "mode"),
    ({"material": visits.Need("extreme")}, "material"),
    ({"services": ("magic",)}, "services"),
    ({"next_followup": TODAY - dt.timedelta(days=10)}, "next_followup"),
    ({"duration_min": 0}, "duration_min"),
])
def test_bad_visit_is_refused_and_writes_nothing(db: Database, changes: dict,
                                                 field: str) -> None:
    client_id = clients.register_client(db, clients.ClientInput(name="韦美华", categories=TBA))
    before = counts(db)
    with pytest.raises(ValidationError) as err:
        visits.record_visit(db, visits.VisitInput(**{
            "client_id": client_id, "visit_date": TODAY, **changes}))
    assert err.value.field == field
    assert counts(db) == before


def test_visit_for_unknown_client_is_refused(db: Database) -> None:
    with pytest.raises(NotFoundError):
        visits.record_visit(db, visits.VisitInput(
            client_id="01900000-0000-7000-8000-000000000000", visit_date=TODAY,
                observations="电话回访"))


def test_record_activity_with_participants_and_volunteers(db: Database) -> None:
    a = clients.register_client(db, clients.ClientInput(name="黄小军", categories=TBA))
    b = clients.register_client(db, clients.ClientInput(name="陆小红", categories=TBA))
    activity_id = activities.record_activity(db, activities.ActivityInput(
        title="留守儿童暑期课堂", activity_date=TODAY, kind="group", domain="child_care",
        place="村委会", participant_ids=(a, b, a),
        volunteers=(activities.VolunteerInput("梁志愿", 3.5),)))
    with db.read() as s:
        assert s.get(Activity, activity_id).title == "留守儿童暑期课堂"  # type: ignore[union-attr]
        assert sorted(p.client_id for p in s.scalars(select(ActivityParticipant))) == sorted([a, b])
        assert [v.hours for v in s.scalars(select(ActivityVolunteer))] == [3.5]
    with pytest.raises(ValidationError):
        activities.record_activity(db, activities.ActivityInput(
            title="x", activity_date=TODAY, volunteers=(activities.VolunteerInput("x", -1),)))


@pytest.mark.parametrize("count", [-1, 10_001, True])
def test_a_head_count_out_of_range_is_a_sentence_and_writes_nothing(db: Database,
                                                                   count: int) -> None:
    before = counts(db)
    with pytest.raises(ValidationError) as err:
        activities.record_activity(db, activities.ActivityInput(
            title="村民大会", activity_date=TODAY, unregistered_count=count))
    assert err.value.field == "unregistered_count" and "10,000" in err.value.en
    assert "未登记的参与人数" in err.value.zh
    assert counts(db) == before


def test_a_village_meeting_of_people_not_registered_is_recorded_and_corrected(
        db: Database) -> None:
    meeting = activities.record_activity(db, activities.ActivityInput(
        title="村民大会：防溺水宣传", activity_date=TODAY, unregistered_count=60))
    assert activities.get_activity(db, meeting).row.unregistered == 60
    activities.update_activity(db, meeting, activities.ActivityInput(
        title="村民大会：防溺水宣传", activity_date=TODAY, unregistered_count=58))
    [row] = activities.list_activities(db)
    assert (row.participants, row.unregistered) == (0, 58)


def test_correcting_a_visit_changes_only_what_changed_and_its_companions(
        db: Database) -> None:
    """update_visit: the fields that differ are written (the history names only them);
    a companion no longer named is voided, a new one added; the client stays."""
    from app.services.history import record_history
    from app.services.people import PersonInput, add_person
    from app.services.workers import current_worker_id

    me = current_worker_id(db)
    assert me is not None
    mo, lu = (add_person(db, PersonInput(name)) for name in ("莫小燕", "陆永福"))
    client = clients.register_client(db, clients.ClientInput(name="覃秀兰", categories=TBA))
    first = visits.VisitInput(client_id=client, visit_date=TODAY, observations="独居",
                              worker_ids=(me, mo))
    visit_id = visits.record_visit(db, first)
    visits.update_visit(db, visit_id, visits.VisitInput(**{
        **first.__dict__, "worker_ids": (me, lu), "duration_min": 40}))
    detail = visits.get_visit(db, visit_id)
    assert detail.worker_id == me and detail.companions == (lu,)
    assert detail.input.observations == "独居" and detail.input.duration_min == 40
    changed = {c.field for c in record_history(db, "visit", visit_id, "zh")[1:]}
    assert changed == {"duration_min"}  # the companions are rows of their own
    other = clients.register_client(db, clients.ClientInput(name="黄丽", categories=TBA))
    with pytest.raises(ValidationError) as err:
        visits.update_visit(db, visit_id, visits.VisitInput(**{
            **first.__dict__, "client_id": other}))
    assert err.value.field == "client"
