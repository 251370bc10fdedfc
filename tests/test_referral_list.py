"""The referrals list's query: newest first; by status, overdue (the rule Today uses),
agency and a search of the client; counts for the filter; voided ones never listed."""

from __future__ import annotations

import datetime as dt

from app.services import clients
from app.services.referral_list import (
    OVERDUE,
    ReferralQuery,
    referral_counts,
    referral_ids,
    referral_rows,
)
from app.services.referrals import refer, set_referral_status
from app.services.voids import void_record
from app.store.database import Database

TODAY = dt.date(2026, 12, 7)


def test_filters_counts_and_rows(db: Database) -> None:
    huang = clients.register_client(db, clients.ClientInput(
        name="黄阿婆", village="板六村",
        categories=(clients.CategoryInput("left_behind_elderly"),)))
    zhang = clients.register_client(db, clients.ClientInput(
        name="张晓明", village="那龙村", birth_date="2015-06-03",
        categories=(clients.CategoryInput("left_behind_child"),)))
    old = refer(db, huang, "civil_affairs", "申请低保", referred_on=TODAY - dt.timedelta(days=45))
    done = refer(db, huang, "health", "慢病随访", referred_on=TODAY - dt.timedelta(days=60))
    set_referral_status(db, done, "completed", outcome="已建档")
    school = refer(db, zhang, "education", "申请助学金", referred_on=TODAY - dt.timedelta(days=3))
    gone = refer(db, zhang, "education", "重复", referred_on=TODAY)
    void_record(db, "referral", gone, "重复转介")

    def ids(**q: str) -> list[str]:
        return list(referral_ids(db, ReferralQuery(**q), TODAY))

    assert ids() == [school, old, done]
    assert ids(status=OVERDUE) == [old]  # the completed one is not overdue, however old
    assert ids(status="completed") == [done]
    assert ids(agency="education") == [school]
    assert ids(search="hap") == [old, done]  # 黄阿婆's initials
    assert ids(search="那龙", status="pending") == [school]
    assert referral_counts(db, TODAY) == {"pending": 2, "completed": 1, OVERDUE: 1}
    rows = referral_rows(db, [old, done], TODAY)
    assert rows[old].overdue and not rows[done].overdue
    assert (rows[done].client_name, rows[done].village, rows[done].outcome) == (
        "黄阿婆", "板六村", "已建档")
