"""The register of volunteers and village cadres: added by hand or by an activity's
volunteer, one entry per name in the station, each one's hours and activities of a year
added up from the activities (voided ones not)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import ValidationError
from app.services.activities import ActivityInput, VolunteerInput, record_activity
from app.services.helpers import HelperInput, add_helper, helpers
from app.services.voids import void_record
from app.store.database import Database

YEAR = dt.date.today().year


def activity(db: Database, day: dt.date, *volunteers: VolunteerInput) -> str:
    return record_activity(db, ActivityInput(title="重阳节敬老活动", activity_date=day,
                                             volunteers=volunteers))


def test_the_register_adds_up_each_helpers_hours_of_the_year(db: Database) -> None:
    add_helper(db, HelperInput("黄支书", "village_cadre", "那龙村", "13907712345"))
    this_year = dt.date(YEAR, 1, 15)
    activity(db, this_year, VolunteerInput("黄支书", 3.0), VolunteerInput("梁志愿", 2.5))
    activity(db, this_year, VolunteerInput("梁志愿", 1.5, "13800001111"))
    wrong = activity(db, this_year, VolunteerInput("梁志愿", 8.0))
    void_record(db, "activity", wrong, "重复登记")
    activity(db, dt.date(YEAR - 1, 12, 20), VolunteerInput("梁志愿", 4.0))
    rows = {r.name: r for r in helpers(db)}
    assert set(rows) == {"黄支书", "梁志愿"}  # 梁志愿 registered by her first activity
    cadre, volunteer = rows["黄支书"], rows["梁志愿"]
    assert (cadre.kind, cadre.village, cadre.phone, cadre.hours, cadre.activities) == (
        "village_cadre", "那龙村", "13907712345", 3.0, 1)
    assert (volunteer.kind, volunteer.hours, volunteer.activities) == ("volunteer", 4.0, 2)
    assert {r.name: r.hours for r in helpers(db, YEAR - 1)} == {"黄支书": 0.0, "梁志愿": 4.0}


@pytest.mark.parametrize(("data", "field"), [
    (HelperInput(" "), "name"),
    (HelperInput("黄支书", kind="boss"), "kind"),
    (HelperInput("黄支书", phone="12345"), "phone"),
    (HelperInput("黄支书"), "name"),  # the same name twice
])
def test_a_bad_entry_is_a_sentence_and_writes_nothing(db: Database, data: HelperInput,
                                                      field: str) -> None:
    add_helper(db, HelperInput("黄支书", "village_cadre"))
    with pytest.raises(ValidationError) as err:
        add_helper(db, data)
    assert err.value.field == field and err.value.zh
    assert [r.name for r in helpers(db)] == ["黄支书"]


def test_a_helper_who_came_along_on_visits_counts_their_duration(db: Database) -> None:
    from categories import TBA

    from app.errors import NotFoundError
    from app.services import clients, visits

    cadre = add_helper(db, HelperInput("黄支书", "village_cadre", "那龙村"))
    client = clients.register_client(db, clients.ClientInput(name="覃秀兰", categories=TBA))
    day = dt.date(YEAR, 1, 20)
    visit = visits.record_visit(db, visits.VisitInput(
        client_id=client, visit_date=day, duration_min=90, observations="村干部陪同入户",
        helper_ids=(cadre,)))
    assert visits.get_visit(db, visit).input.helper_ids == (cadre,)
    [row] = helpers(db)
    assert (row.visits, row.hours, row.activities) == (1, 1.5, 0)
    saved = visits.get_visit(db, visit).input
    visits.update_visit(db, visit, visits.VisitInput(**{**saved.__dict__, "helper_ids": ()}))
    assert helpers(db)[0].visits == 0 and helpers(db)[0].hours == 0
    with pytest.raises(NotFoundError):
        visits.record_visit(db, visits.VisitInput(
            client_id=client, visit_date=day, observations="x", helper_ids=("nobody",)))
