"""The monthly report's figures, each checked against counts made here from the inputs."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.cli import main
from app.errors import ValidationError
from app.models import ReportVisitMonth, Worker
from app.models.vocab import (
    ACTIVITY_KIND,
    CASE_STAGE,
    CLIENT_CATEGORY,
    CLOSURE_REASON,
    REFERRAL_AGENCY,
    REFERRAL_STATUS,
    SERVICE_TYPE,
    VISIT_MODE,
)
from app.paths import Paths
from app.reports.figures import MonthlyReport, monthly_figures, parse_month, station_months
from app.reports.json_report import report_dict, write_json
from app.reports.visit_months import LIGHT, PENDING, VERSION
from app.services.activities import ActivityInput, VolunteerInput, record_activity
from app.services.cases import close_case, move_stage, open_case
from app.services.clients import CategoryInput, ClientInput, register_client
from app.services.common import local_setting
from app.services.referrals import refer, set_referral_status
from app.services.station import (
    SupervisionInput,
    TrainingInput,
    record_supervision,
    record_training,
)
from app.services.visits import Need, VisitInput, record_visit
from app.services.voids import void_record
from app.store.database import Database

D = dt.date
OCT = (D(2026, 10, 1), D(2026, 10, 31))
SEP = (D(2026, 9, 1), D(2026, 9, 30))
YTD = (D(2026, 1, 1), D(2026, 10, 31))


def zeros(vocab, counts: Counter) -> dict[str, int]:
    return {**{c: 0 for c in vocab.codes()}, **counts}


class World:
    """What the test created, kept as plain lists to count from."""

    def __init__(self, db: Database) -> None:
        self.db = db
        with db.write() as s:
            s.add(Worker(name="覃海燕", role="worker", active=True,
                         station_id=local_setting(s, "station_id")))
        with db.read() as s:
            self.workers = {w.name: w.id for w in s.scalars(select(Worker))}
        self.clients: dict[str, tuple[str, ...]] = {}  # live id -> categories
        self.visits: list[dict] = []  # live
        self.activities: list[dict] = []  # live
        self.cases: list[dict] = []
        self.referrals: list[dict] = []
        self.supervision: list[tuple[D, float]] = []
        self.training: list[tuple[str, D, float]] = []

    def client(self, name: str, *cats: str, **details: Any) -> str:
        """`details`: more ClientInput fields (ID number, birth date, group, ...)."""
        fields = {"gender": "female", "village": "那龙村", **details}
        cid = register_client(self.db, ClientInput(
            name=name, categories=tuple(CategoryInput(c) for c in cats), **fields))
        self.clients[cid] = cats
        return cid

    def visit(self, cid: str, day: D, mode: str = "home", workers: tuple[str, ...] = ("韦丽",),
              levels: tuple[str, str, str] = ("none", "none", "none"),
              services: tuple[str, ...] = (), void: bool = False, minutes: int | None = None,
              followup: D | None = None) -> None:
        vid = record_visit(self.db, VisitInput(
            client_id=cid, visit_date=day, mode=mode, duration_min=minutes,
            worker_ids=tuple(self.workers[w] for w in workers),
            material=Need(levels[0]), emotional=Need(levels[1]), social=Need(levels[2]),
            services=services, next_followup=followup, observations="走访所见"))
        if void:
            void_record(self.db, "visit", vid, "wrong client")
        else:
            self.visits.append(dict(client=cid, day=day, mode=mode, lead=workers[0],
                                    levels=levels, services=services, minutes=minutes,
                                    followup=followup))

    def activity(self, day: D, kind: str, domain: str | None, people: tuple[str, ...],
                 volunteers: tuple[float, ...], void: bool = False,
                 title: str = "重阳节敬老活动", place: str | None = None,
                 unregistered: int = 0) -> None:
        aid = record_activity(self.db, ActivityInput(
            title=title, activity_date=day, kind=kind, domain=domain, place=place,
            participant_ids=people, unregistered_count=unregistered,
            volunteers=tuple(VolunteerInput(f"志愿者{i}", h) for i, h in enumerate(volunteers))))
        if void:
            void_record(self.db, "activity", aid, "entered twice")
        else:
            self.activities.append(dict(day=day, kind=kind, domain=domain,
                                        people=list(people), volunteers=volunteers,
                                        title=title, place=place, unregistered=unregistered))


def within(day: D, period: tuple[D, D]) -> bool:
    return period[0] <= day <= period[1]


@pytest.fixture
def world(db: Database) -> World:
    w = World(db)
    a = w.client("黄小梅", "unsupported_child", "left_behind_child")
    b = w.client("李阿婆", "left_behind_elderly", "elderly_in_difficulty")
    c = w.client("陆大伯", "disabled", "minimum_allowance")
    d = w.client("蒙小东", "orphan")
    e = w.client("韦有才", "extreme_poverty")  # never served in October
    ghost = w.client("重复登记", "minimum_allowance")  # voided below, after its records

    w.visit(a, D(2026, 10, 3), "home", ("韦丽", "覃海燕"), ("high", "high", "medium"),
            ("emotional_support", "education_support"))
    w.visit(a, D(2026, 10, 20), "phone", ("韦丽",), ("medium", "high", "high"),
            ("emotional_support",))
    w.visit(b, D(2026, 10, 31), "home", ("覃海燕",), ("high", "low", "none"),
            ("daily_care", "safety_check", "policy_advice"))
    w.visit(c, D(2026, 10, 1), "station", ("覃海燕", "韦丽"), ("low", "none", "high"),
            ("benefit_application",))
    w.visit(c, D(2026, 10, 15), "home", ("韦丽",), ("high", "high", "high"),
            ("material_help",), void=True)  # voided: never counts
    w.visit(ghost, D(2026, 10, 15), "home", ("韦丽",), ("high", "high", "high"),
            ("material_help",))  # of a voided client: never counts
    w.visit(e, D(2026, 9, 30), "home", ("韦丽",), ("high", "none", "none"), ("referral",))
    w.visit(b, D(2026, 9, 10), "phone", ("覃海燕",), ("none", "medium", "high"),
            ("policy_advice",))
    w.visit(e, D(2026, 11, 1), "home")  # after the month
    w.visit(e, D(2025, 12, 20), "home")  # before the year

    # d is served only by an activity; a appears in two.
    # 40 villagers came who are not registered: participations, not people served.
    w.activity(D(2026, 10, 9), "community", "elderly_care", (b, d, a), (2.5, 3.0),
               unregistered=40)
    w.activity(D(2026, 10, 25), "group", "child_care", (a, ghost), (1.5,))
    w.activity(D(2026, 10, 26), "group", "child_care", (c, e), (4.0,), void=True,
               unregistered=12)
    w.activity(D(2026, 9, 5), "community", None, (e,), (2.0,))

    void_record(w.db, "client", ghost, "registered twice")
    del w.clients[ghost]

    # Cases: their stage history gives the stage on the last day of each period.
    cases = [
        (a, D(2026, 9, 12), [("assessment", D(2026, 9, 20)), ("plan", D(2026, 10, 2))], None),
        (b, D(2026, 10, 5), [("assessment", D(2026, 10, 6))], ("goals_met", D(2026, 10, 30))),
        (c, D(2026, 10, 10), [("assessment", D(2026, 11, 2))], None),
        (e, D(2026, 3, 1), [], ("referred", D(2026, 9, 15))),
        (d, D(2026, 8, 1), [("intervention", D(2026, 8, 5))], ("declined", D(2026, 11, 3))),
    ]
    for cid, opened, moves, closing in cases:
        case_id = open_case(w.db, cid, "家中无人照看", opened_on=opened)
        for stage, on in moves:
            move_stage(w.db, case_id, stage, on=on)
        if closing:
            close_case(w.db, case_id, closing[0], closed_on=closing[1])
        w.cases.append(dict(opened=opened, moves=moves, closing=closing))
    void_case = open_case(w.db, c, "重复", opened_on=D(2026, 10, 11))
    void_record(w.db, "case_record", void_case, "entered twice")

    for cid, agency, day, status in [
        (a, "education", D(2026, 10, 4), "accepted"),
        (a, "civil_affairs", D(2026, 10, 21), None),
        (b, "civil_affairs", D(2026, 10, 22), "completed"),
        (e, "disabled_federation", D(2026, 9, 3), "declined"),
    ]:
        rid = refer(w.db, cid, agency, "需要政策支持", referred_on=day)
        if status:
            set_referral_status(w.db, rid, status)
        w.referrals.append(dict(agency=agency, day=day, status=status or "pending"))
    rid = refer(w.db, c, "health", "重复", referred_on=D(2026, 10, 5))
    void_record(w.db, "referral", rid, "entered twice")

    # The seed's 16-hour supervisions, as two days of sessions (at most 12 hours a day).
    for day, hours in [(D(2026, 10, 12), 8.0), (D(2026, 10, 14), 8.0), (D(2026, 10, 28), 3.5),
                       (D(2026, 9, 14), 8.0), (D(2026, 9, 15), 8.0), (D(2026, 2, 2), 8.0)]:
        record_supervision(w.db, SupervisionInput(day, hours, topics="个案研讨"))
        w.supervision.append((day, hours))
    sid = record_supervision(w.db, SupervisionInput(D(2026, 10, 13), 10.0, topics="个案研讨"))
    void_record(w.db, "supervision_session", sid, "wrong date")

    for name, day, hours in [("韦丽", D(2026, 10, 8), 6.0), ("韦丽", D(2026, 10, 18), 2.5),
                             ("覃海燕", D(2026, 10, 8), 6.0), ("覃海燕", D(2026, 9, 1), 12.0),
                             ("韦丽", D(2026, 4, 1), 20.0)]:
        record_training(w.db, TrainingInput(w.workers[name], day, hours, topic="个案管理"))
        w.training.append((name, day, hours))
    tid = record_training(w.db, TrainingInput(w.workers["韦丽"], D(2026, 10, 9), 30.0,
                                              topic="重复"))
    void_record(w.db, "training_record", tid, "entered twice")
    return w


def expected(w: World, period: tuple[D, D]) -> dict:
    """Every figure of one period, counted from what the test created."""
    visits = [v for v in w.visits if within(v["day"], period) and v["client"] in w.clients]
    acts = [{**a, "people": [p for p in a["people"] if p in w.clients]}
            for a in w.activities if within(a["day"], period)]
    served = {v["client"] for v in visits} | {p for a in acts for p in a["people"]}
    by_cat = Counter(cat for cid in served for cat in set(w.clients[cid]))
    needs = {dim: sum(1 for v in visits if v["levels"][i] == "high")
             for i, dim in enumerate(("material", "emotional", "social"))}
    end = period[1]
    open_stage: Counter = Counter()
    for c in w.cases:
        if c["opened"] > end or (c["closing"] and c["closing"][1] <= end):
            continue
        stage = "intake"
        for st, on in c["moves"]:
            if on <= end:
                stage = st
        open_stage[stage] += 1
    closed = [c["closing"][0] for c in w.cases if c["closing"] and within(c["closing"][1], period)]
    refs = [r for r in w.referrals if within(r["day"], period)]
    training: dict[str, float] = {}
    for name, day, hours in w.training:
        if within(day, period):
            training[name] = training.get(name, 0.0) + hours
    sup = [h for day, h in w.supervision if within(day, period)]
    return dict(
        start=period[0].isoformat(), end=period[1].isoformat(),
        people_served=len(served),
        clients_served_by_category=zeros(CLIENT_CATEGORY, by_cat),
        visits=len(visits),
        visits_by_mode=zeros(VISIT_MODE, Counter(v["mode"] for v in visits)),
        visits_by_worker=sorted((w.workers[n], n, k) for n, k in
                                Counter(v["lead"] for v in visits).items()),
        needs_high=needs,
        services_by_type=zeros(SERVICE_TYPE, Counter(s for v in visits for s in v["services"])),
        cases_opened=sum(1 for c in w.cases if within(c["opened"], period)),
        cases_closed=len(closed),
        cases_closed_by_reason=zeros(CLOSURE_REASON, Counter(closed)),
        cases_open_at_end=sum(open_stage.values()),
        cases_open_by_stage={k: v for k, v in zeros(CASE_STAGE, open_stage).items()
                             if k != "closed"},
        activities=len(acts),
        activities_by_kind=zeros(ACTIVITY_KIND, Counter(a["kind"] for a in acts)),
        activity_participants=len({p for a in acts for p in a["people"]}),
        activity_participations=sum(len(a["people"]) + a["unregistered"] for a in acts),
        volunteer_hours=sum(h for a in acts for h in a["volunteers"]),
        referrals=len(refs),
        referrals_by_agency=zeros(REFERRAL_AGENCY, Counter(r["agency"] for r in refs)),
        referrals_by_status=zeros(REFERRAL_STATUS, Counter(r["status"] for r in refs)),
        supervision_sessions=len(sup),
        supervision_hours=sum(sup),
        training_hours=sum(training.values()),
        training_by_worker=sorted((w.workers[n], n, h) for n, h in training.items()),
    )


def actual(fig) -> dict:
    got = report_dict_of(fig)
    got["visits_by_worker"] = sorted((r.worker_id, r.name, r.value) for r in fig.visits_by_worker)
    got["training_by_worker"] = sorted((r.worker_id, r.name, r.value)
                                       for r in fig.training_by_worker)
    return got


def report_dict_of(fig) -> dict:
    return {k: getattr(fig, k) for k in fig.__dataclass_fields__}


@pytest.mark.parametrize("which,period", [("current", OCT), ("previous", SEP),
                                          ("year_to_date", YTD)])
def test_every_figure_matches_the_records(world: World, which: str, period) -> None:
    report = monthly_figures(world.db, "2026-10")
    got = actual(getattr(report, which))
    want = expected(world, period)
    for key, value in want.items():
        assert got[key] == value, key
    # new clients are those created in the period; all were created today (November).
    assert got["new_clients"] == 0
    assert got["activities_by_domain"]["child_care"] == sum(
        1 for a in world.activities if a["domain"] == "child_care" and within(a["day"], period))
    assert set(got) - set(want) == {"new_clients", "activities_by_domain"}


def test_october_by_hand(world: World) -> None:
    """A few figures written out, so a mistake shared by both counts still shows."""
    fig = monthly_figures(world.db, "2026-10").current
    assert fig.people_served == 4  # 黄小梅 李阿婆 陆大伯 (visits) and 蒙小东 (activity)
    cats = fig.clients_served_by_category
    assert cats["unsupported_child"] == cats["left_behind_child"] == 1  # one person, both
    assert sum(cats.values()) == 7 and cats["extreme_poverty"] == 0
    assert fig.visits == 4 and fig.needs_high == {"material": 2, "emotional": 2, "social": 2}
    # 4 registered participations and 40 villagers not registered (the voided one's 12 not)
    assert fig.activity_participants == 3 and fig.activity_participations == 44
    assert fig.volunteer_hours == 7.0
    assert fig.cases_opened == 2 and fig.cases_closed_by_reason["goals_met"] == 1
    assert fig.cases_open_by_stage["plan"] == 1 and fig.cases_open_by_stage["intake"] == 1
    assert fig.cases_open_by_stage["intervention"] == 1 and fig.cases_open_at_end == 3
    assert fig.supervision_sessions == 3 and fig.supervision_hours == 19.5
    assert fig.training_hours == 14.5


def test_report_header_and_new_clients(world: World) -> None:
    report = monthly_figures(world.db, "2026-10")
    assert (report.station_name, report.county, report.township, report.month) == (
        "那龙镇社工站", "南宁市武鸣区", "那龙镇", "2026-10")
    assert report.generated_at.endswith("+00:00")
    today = dt.date.today()
    now = monthly_figures(world.db, today.strftime("%Y-%m"))
    assert now.current.new_clients == len(world.clients)  # the voided one does not count
    assert now.year_to_date.new_clients == len(world.clients)


@pytest.mark.parametrize("bad", ["2026-13", "2026-00", "26-10", "2026/10", "", "October"])
def test_a_bad_month_is_refused(db: Database, bad: str) -> None:
    with pytest.raises(ValidationError):
        monthly_figures(db, bad)


def test_january_previous_month_is_december(db: Database) -> None:
    report = monthly_figures(db, "2026-01")
    assert (report.previous.start, report.previous.end) == ("2025-12-01", "2025-12-31")
    assert (report.year_to_date.start, report.year_to_date.end) == ("2026-01-01", "2026-01-31")
    assert parse_month("2024-02") == (D(2024, 2, 1), D(2024, 2, 29))


def test_json_is_canonical_and_atomic(world: World, tmp_path: Path) -> None:
    report: MonthlyReport = monthly_figures(world.db, "2026-10")
    folder = tmp_path / "out"
    folder.mkdir()
    out = write_json(report, folder / "r.json")
    text = out.read_text(encoding="utf-8")
    assert "那龙镇社工站" in text  # not \u escapes
    data = json.loads(text)
    assert json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2) + "\n" == text
    assert data == json.loads(json.dumps(report_dict(report)))
    assert list(folder.iterdir()) == [out]  # no temporary file left behind


def test_cli_writes_the_same_numbers(world: World, paths: Paths, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "oct.json"
    world.db.close()
    code = main(["report", "--data-dir", str(paths.data), "--month", "2026-10",
                 "--format", "json", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    data = json.loads(out.read_text(encoding="utf-8"))
    for which, period in (("current", OCT), ("previous", SEP), ("year_to_date", YTD)):
        want = expected(world, period)
        got = data[which]
        for key in ("people_served", "clients_served_by_category", "visits", "visits_by_mode",
                    "needs_high", "services_by_type", "cases_open_by_stage",
                    "referrals_by_status", "volunteer_hours", "training_hours"):
            assert got[key] == want[key], (which, key)
        assert sorted((r["worker_id"], r["name"], r["value"]) for r in got["visits_by_worker"]) \
            == want["visits_by_worker"]


@pytest.mark.parametrize("args,folder", [
    (["--month", "2026-13", "--format", "json"], "."),
    (["--month", "2026-10", "--format", "json"], "missing"),
    (["--month", "2026-10", "--format", "xlsx"], "missing"),
])
def test_cli_refusals(db: Database, paths: Paths, tmp_path: Path, args: list[str], folder: str,
                      capsys: pytest.CaptureFixture[str]) -> None:
    """A bad month or a folder that does not exist: exit 2, one sentence, no file."""
    db.close()
    out = tmp_path / folder / "r.out"
    code = main(["report", "--data-dir", str(paths.data), *args, "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert (args[1] if folder == "." else str(out)) in err
    assert list(tmp_path.rglob("r.out*")) == []


def kept_months(db: Database) -> dict[str, int]:
    with db.read() as s:
        return dict(s.execute(select(ReportVisitMonth.month, ReportVisitMonth.version)).all())


def test_kept_month_counts_follow_every_write(world: World) -> None:
    """Months are counted once and kept; any write to a month's visits, or voiding a
    client, drops what was kept, so the next report counts it again."""
    first = monthly_figures(world.db, "2026-10")
    kept = kept_months(world.db)
    assert set(kept) == {f"2026-{m:02d}" for m in range(1, 11)}
    assert set(kept.values()) == {VERSION}
    a = next(cid for cid, cats in world.clients.items() if "orphan" in cats)
    world.visit(a, D(2026, 10, 30), "phone", levels=("high", "none", "none"))
    assert "2026-10" not in kept_months(world.db) and "2026-09" in kept_months(world.db)
    again = monthly_figures(world.db, "2026-10")
    assert again.current.visits == first.current.visits + 1
    assert again.current.visits_by_mode["phone"] == first.current.visits_by_mode["phone"] + 1
    assert again.current.needs_high["material"] == first.current.needs_high["material"] + 1
    assert again.year_to_date.visits == first.year_to_date.visits + 1
    assert again.previous == first.previous

    # Voiding a client drops every kept month: its visits leave all of them.
    victim = next(cid for cid, cats in world.clients.items() if "disabled" in cats)
    void_record(world.db, "client", victim, "registered twice")
    assert kept_months(world.db) == {}
    after = monthly_figures(world.db, "2026-10")
    mine = [v for v in world.visits if v["client"] == victim and within(v["day"], OCT)]
    assert after.current.visits == again.current.visits - len(mine) and mine


def test_a_month_written_while_counted_is_not_kept(world: World) -> None:
    """The pending row a count claims goes with the first visit written to its month, so
    a count that may have missed that visit is never kept."""
    with world.db.write() as s:
        s.add(ReportVisitMonth(month="2026-10", version=PENDING, data={}))
        s.add(ReportVisitMonth(month="2026-09", version=PENDING, data={}))
    a = next(iter(world.clients))
    world.visit(a, D(2026, 10, 29), "home")
    assert kept_months(world.db) == {"2026-09": PENDING}


def test_a_roll_up_keeps_light_counts_that_a_full_report_counts_again(world: World) -> None:
    """A county's roll-up keeps the month's visits and clients only (LIGHT); the station's
    own report, which shows the breakdowns, does not take them and counts the month in
    full; both give the same visits and people."""
    ((_, light),) = station_months(world.db, "2026-10")
    assert kept_months(world.db)["2026-10"] == LIGHT
    assert sum(light.visits_by_mode.values()) == 0 < light.visits  # no breakdowns
    full = monthly_figures(world.db, "2026-10").current
    assert kept_months(world.db)["2026-10"] == VERSION
    assert (full.visits, full.people_served) == (light.visits, light.people_served)
    assert sum(full.visits_by_mode.values()) == full.visits
    ((_, again),) = station_months(world.db, "2026-10")  # the full counts serve it too
    assert sum(again.visits_by_mode.values()) == full.visits
