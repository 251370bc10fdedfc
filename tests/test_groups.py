"""Support groups: meetings are activities naming the group (made with its first
meeting), its members the people at its latest meeting, its meetings counted."""

from __future__ import annotations

import datetime as dt

from categories import TBA

from app.services import clients
from app.services.activities import ActivityInput, get_activity, record_activity, update_activity
from app.services.groups import group_members, support_groups
from app.services.voids import void_record
from app.store.database import Database


def test_a_group_meets_several_times_with_the_same_members(db: Database) -> None:
    kids = [clients.register_client(db, clients.ClientInput(name=n, categories=TBA))
            for n in ("张晓明", "李小红", "黄小军")]
    first = record_activity(db, ActivityInput(
        title="留守儿童成长小组（一）", activity_date=dt.date(2026, 10, 10), kind="group",
        participant_ids=tuple(kids[:2]), group_name="  留守儿童成长小组 "))
    [group] = support_groups(db)
    assert (group.name, group.meetings, group.last_met) == ("留守儿童成长小组", 1,
                                                             dt.date(2026, 10, 10))
    assert group_members(db, group.id) == kids[:2]
    second = record_activity(db, ActivityInput(
        title="留守儿童成长小组（二）", activity_date=dt.date(2026, 10, 17), kind="group",
        participant_ids=tuple(kids), group_name="留守儿童成长小组"))
    [group] = support_groups(db)  # the same group, not a second one
    assert (group.meetings, group.last_met) == (2, dt.date(2026, 10, 17))
    assert set(group_members(db, group.id)) == set(kids)
    assert get_activity(db, first).group_name == "留守儿童成长小组"
    void_record(db, "activity", second, "重复登记")
    [group] = support_groups(db)
    assert group.meetings == 1 and group_members(db, group.id) == kids[:2]
    # A meeting taken out of the group by a correction.
    update_activity(db, first, ActivityInput(title="留守儿童成长小组（一）",
                                             activity_date=dt.date(2026, 10, 10),
                                             participant_ids=tuple(kids[:2])))
    assert get_activity(db, first).group_name is None
    assert support_groups(db)[0].meetings == 0
