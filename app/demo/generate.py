"""`shegong demo`: realistic synthetic data for trying the app and for benchmarks.

`generate` fills a set-up database for this device's station with clients of a plausible
category mix, households, cases in every stage, about ten home visits per client over
the last twelve months, activities, referrals, supervision and training. It writes
through the bulk change capture (app.sync.bulk), so every record has its op exactly as
if typed in. The content is deterministic for a seed; ids and clocks are of this run.

`random_edits` changes existing records the way field work does, through the ordinary
use cases (one transaction each).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import time
from typing import Any

from sqlalchemy import func, select

from app.demo import data as D
from app.demo import family as F
from app.errors import SetupError
from app.models import Case, Client, Device, Station, Worker
from app.models.ids import id_from_bytes, id_to_bytes
from app.models.people import age_on
from app.models.pinyin import name_keys
from app.models.vocab import CASE_STAGE_ORDER
from app.services.common import local_setting
from app.store.database import Database, not_set_up
from app.sync.bulk import BulkWriter

VISIT_MODES = (("home", 0.72), ("phone", 0.18), ("station", 0.06), ("elsewhere", 0.04))
NEED_LEVELS = ("none", "low", "medium", "high")
SERVICES = ("policy_advice", "emotional_support", "material_help", "resource_linking",
            "referral", "daily_care", "health_support", "education_support",
            "family_mediation", "benefit_application", "safety_check")
CLOSURE = ("goals_met", "goals_met", "goals_met", "referred", "moved_away", "declined",
           "deceased", "no_longer_eligible")
AGENCIES = ("civil_affairs", "civil_affairs", "education", "health", "disabled_federation",
            "police", "human_resources", "womens_federation", "village_committee")
DISABILITY_TYPES = ("visual", "hearing", "speech", "physical", "intellectual", "mental",
                    "multiple")
# Visit intervals (days) by category: the most vulnerable are seen monthly.
FREQUENT = frozenset({"orphan", "unsupported_child", "left_behind_child", "extreme_poverty"})


def _cum(pairs: tuple[tuple[str, float], ...]) -> tuple[tuple[str, ...], list[float]]:
    total, cum = 0.0, []
    for _, w in pairs:
        total += w
        cum.append(total)
    return tuple(p[0] for p in pairs), cum


def generate(db: Database, clients: int, seed: int = 1,
             today: dt.date | None = None) -> dict[str, Any]:
    if db.sync is None:
        raise not_set_up()
    if clients < 0:
        raise ValueError("clients must be >= 0")
    started = time.perf_counter()
    rng = random.Random(seed)
    r = rng.random
    today = today or dt.date.today()
    with db.read() as s:
        station_id = local_setting(s, "station_id") or ""
        me = local_setting(s, "worker_id")
        # A head's laptop makes the station's people, supervision and training; a
        # worker's laptop, which may write only its own person (docs/roles.md), makes
        # the records of its own work.
        station_wide = not me or s.scalar(select(Device.role).where(
            Device.is_self.is_(True))) == "head"
        station = s.get(Station, station_id)
        township = station.township if station and station.township else "那龙镇"
    place = D.pick_place(rng)
    n_villages = max(6, clients // 250)
    villages = D.village_names(rng, township, n_villages)

    counts: dict[str, float] = {}  # records made per table, and seconds taken
    # Index pages of a million-row load do not fit SQLite's default 2 MB cache: 128 MB.
    with db.raw_write(cache_kib=131072) as conn:
        w = BulkWriter(conn, db.sync)
        station_b = id_to_bytes(station_id)

        # Workers: this device's worker (if any), more residents, a head and a supervisor.
        workers: list[bytes] = [id_to_bytes(me)] if me else []
        for i in range(2 + clients // 5000 if station_wide else 0):
            g = "female" if r() < 0.7 else "male"
            workers.append(w.add("worker", {
                "station_id": station_b, "name": D.person_name(rng, g, 1975 + int(r() * 25)),
                "role": "head" if i == 0 and not me else "worker",
                "certification": ("none", "assistant", "assistant", "social_worker")[int(r() * 4)],
                "phone": D.mobile(rng), "active": 1}))
        supervisor = w.add("worker", {
            "station_id": None, "name": D.person_name(rng, "female", 1972), "role": "supervisor",
            "certification": "social_worker", "phone": D.mobile(rng), "active": 1}) \
            if station_wide else None
        n_workers = len(workers)

        modes, mode_cum = _cum(VISIT_MODES)
        client_ids: list[bytes] = []
        visits = cases = members = categories = 0
        for _ in range(clients):
            birth = F.pick_birth(rng, today)
            gender = "male" if r() < 0.48 else "female"
            age = age_on(birth, today) or 0
            cats = F.pick_categories(rng, age, gender)
            name = D.person_name(rng, gender, birth.year)
            full, initials = name_keys(name)
            village = villages[int(r() * n_villages)]
            group = D.village_group(rng, village)
            homeless = "homeless" in cats
            worker = workers[int(r() * n_workers)]
            client = w.add("client", {
                "station_id": station_b, "name": name, "gender": gender,
                "birth_date": birth.isoformat(),
                "id_number": None if homeless and r() < 0.7 else D.id_number(
                    rng, place.county_code, birth, gender),
                "phone": D.mobile(rng) if r() < 0.7 else (D.landline(rng) if r() < 0.2 else None),
                "village": village, "village_group": group,
                "address": None if homeless else D.address(rng, village, group),
                "risk_level": "high" if r() < 0.08 else ("medium" if r() < 0.3 else "low"),
                "assigned_worker_id": worker,
                "status": "active" if r() < 0.95 else ("inactive", "moved_away", "deceased")[
                    int(r() * 3)],
                "consent_given": 1 if r() < 0.9 else 0,
                "name_pinyin": full, "name_initials": initials})
            client_ids.append(client)
            for code in sorted(cats):
                disabled = code == "disabled"
                w.add("client_category", {
                    "client_id": client, "category": code,
                    "disability_type": D.pick(rng, DISABILITY_TYPES) if disabled else None,
                    "disability_grade": str(1 + int(r() * 4)) if disabled else None})
                categories += 1
            for m_name, rel, m_gender, guardian in F.household(rng, name, gender, birth, cats,
                                                               today):
                w.add("household_member", {
                    "client_id": client, "name": m_name, "relationship": rel,
                    "gender": m_gender, "is_guardian": int(guardian),
                    "lives_with_client": 1 if guardian or r() < 0.4 else 0})
                members += 1

            # A case for about one client in seven (more for children and high risk).
            case_id = None
            case_opened = None
            if r() < (0.35 if cats & FREQUENT else 0.12):
                case_id, case_opened = _demo_case(w, rng, client, worker, today)
                cases += 1

            # About ten visits over the last twelve months.
            interval = 30 if cats & FREQUENT else 90
            n_visits = 5 + int(r() * 11)
            days = sorted(int(r() * 365) for _ in range(n_visits))
            # Newest first: the client index's trigger then updates once per client.
            for k, ago in enumerate(days):
                day = today - dt.timedelta(days=ago)
                mode = modes[_bisect(mode_cum, r() * mode_cum[-1])]
                follow = day + dt.timedelta(days=interval) if k == 0 or r() < 0.3 else None
                m_level = NEED_LEVELS[int(r() * r() * 4)]
                e_level = NEED_LEVELS[int(r() * r() * 4)]
                s_level = NEED_LEVELS[int(r() * r() * 4)]
                services = [SERVICES[int(r() * 11)]]
                if r() < 0.4:
                    services.append(SERVICES[int(r() * 11)])
                visit = w.add("visit", {
                    "client_id": client,
                    "case_id": case_id if case_opened and day >= case_opened else None,
                    "visit_date": day.isoformat(),
                    "duration_min": (15, 30, 30, 45, 60, 90)[int(r() * 6)] if mode != "phone"
                    else 10,
                    "mode": mode, "people_met": D.pick(rng, D.PEOPLE_MET),
                    "observations": D.pick(rng, D.OBSERVATIONS),
                    "material_level": m_level,
                    "material_notes": D.pick(rng, D.MATERIAL_NOTES) if m_level == "high" else None,
                    "emotional_level": e_level,
                    "emotional_notes": D.pick(rng, D.EMOTIONAL_NOTES) if e_level == "high"
                    else None,
                    "social_level": s_level,
                    "social_notes": D.pick(rng, D.SOCIAL_NOTES) if s_level == "high" else None,
                    "services": json.dumps(sorted(set(services))),
                    "risks": D.pick(rng, D.RISKS) if r() < 0.05 else None,
                    "next_followup": follow.isoformat() if follow else None,
                    "worker_id": worker})
                if r() < 0.15:
                    other = workers[int(r() * n_workers)]
                    if other != worker:
                        w.add("visit_worker", {"visit_id": visit, "worker_id": other})
                visits += 1

            if r() < 0.03:
                w.add("referral", {
                    "client_id": client, "case_id": case_id, "agency": D.pick(rng, AGENCIES),
                    "reason": D.pick(rng, D.REFERRAL_REASONS),
                    "referred_on": (today - dt.timedelta(days=int(r() * 365))).isoformat(),
                    "status": ("pending", "accepted", "completed", "declined")[int(r() * 4)]})

        activities = _demo_activities(w, rng, station_b, workers, client_ids, today)
        _demo_supervision_and_training(w, rng, station_b, supervisor, workers, today)
        w.finish()
    counts.update(clients=clients, categories=categories, household=members, cases=cases,
                  visits=visits, activities=activities, records=w.count,
                  seconds=round(time.perf_counter() - started, 1))
    return counts


def _bisect(cum: list[float], x: float) -> int:
    for i, c in enumerate(cum):
        if x < c:
            return i
    return len(cum) - 1


def _demo_case(w: BulkWriter, rng: random.Random, client: bytes, worker: bytes,
               today: dt.date) -> tuple[bytes, dt.date]:
    r = rng.random
    opened = today - dt.timedelta(days=20 + int(r() * 340))
    stage_index = int(r() * len(CASE_STAGE_ORDER))
    stage = CASE_STAGE_ORDER[stage_index]
    closed = stage == "closed"
    closed_on = min(today, opened + dt.timedelta(days=30 + int(r() * 200))) if closed else None
    assessed = stage_index >= 1
    case = w.add("case_record", {
        "client_id": client, "worker_id": worker, "opened_on": opened.isoformat(),
        "closed_on": closed_on.isoformat() if closed_on else None, "stage": stage,
        "presenting_problem": D.pick(rng, D.PRESENTING_PROBLEMS),
        "assess_material": D.pick(rng, D.MATERIAL_NOTES) if assessed else None,
        "assess_emotional": D.pick(rng, D.EMOTIONAL_NOTES) if assessed else None,
        "assess_social": D.pick(rng, D.SOCIAL_NOTES) if assessed else None,
        "needs_summary": D.pick(rng, D.OBSERVATIONS) if assessed else None,
        "assessed_by": worker if assessed else None,
        "assessed_on": (opened + dt.timedelta(days=7)).isoformat() if assessed else None,
        "closure_reason": D.pick(rng, CLOSURE) if closed else None,
        "next_followup": None if closed else (today + dt.timedelta(days=int(r() * 40) - 10))
        .isoformat()})
    previous = None
    day = opened
    for to_stage in CASE_STAGE_ORDER[: stage_index + 1]:
        w.add("case_event", {"case_id": case, "event_date": day.isoformat(),
                             "from_stage": previous, "to_stage": to_stage, "worker_id": worker})
        previous = to_stage
        day = min(today, day + dt.timedelta(days=7 + int(r() * 20)))
    if stage_index >= 2:
        for _ in range(1 + int(r() * 3)):
            w.add("case_goal", {"case_id": case, "description": D.pick(rng, D.GOALS),
                                "status": "met" if closed else ("open", "open", "partly_met")[
                                    int(r() * 3)]})
    return case, opened


def _demo_activities(w: BulkWriter, rng: random.Random, station: bytes,
                     workers: list[bytes], clients: list[bytes], today: dt.date) -> int:
    r = rng.random
    n = max(1, len(clients) // 40) if clients else 0
    for _ in range(n):
        day = today - dt.timedelta(days=int(r() * 365))
        kind = "group" if r() < 0.4 else "community"
        activity = w.add("activity", {
            "station_id": station, "kind": kind,
            "domain": ("social_assistance", "elderly_care", "child_care",
                       "community_governance")[int(r() * 4)],
            "title": D.pick(rng, D.ACTIVITY_TITLES), "activity_date": day.isoformat(),
            "duration_min": (60, 90, 120, 180)[int(r() * 4)],
            "place": D.pick(rng, D.ACTIVITY_PLACES), "summary": D.pick(rng, D.ACTIVITY_SUMMARIES),
            "organiser_id": workers[int(r() * len(workers))]})
        for client in {clients[int(r() * len(clients))] for _ in range(6 + int(r() * 20))}:
            w.add("activity_participant", {"activity_id": activity, "client_id": client})
        for _ in range(int(r() * 4)):
            w.add("activity_volunteer", {"activity_id": activity,
                                         "name": D.volunteer_name(rng), "phone": D.mobile(rng),
                                         "hours": float(1 + int(r() * 6))})
    return n


def _demo_supervision_and_training(w: BulkWriter, rng: random.Random, station: bytes,
                                   supervisor: bytes | None, workers: list[bytes],
                                   today: dt.date) -> None:
    r = rng.random
    for months_ago in range(12 if supervisor else 0):
        if r() < 0.1:
            continue  # a missed month, which the compliance screen should catch
        year, month = today.year, today.month - months_ago
        while month <= 0:
            year, month = year - 1, month + 12
        day = min(dt.date(year, month, 5 + int(r() * 20)), today)
        w.add("supervision_session", {
            "station_id": station, "supervisor_id": supervisor, "session_date": day.isoformat(),
            "hours": float((12, 16, 16, 18)[int(r() * 4)]),
            "form": "offline" if r() < 0.8 else "online",
            "topics": "个案督导、服务记录规范", "cases_discussed": "重点困境儿童个案",
            "follow_ups": "完善个案计划，按时回访"})
    for worker in workers:
        for _ in range(3 + int(r() * 6)):
            w.add("training_record", {
                "worker_id": worker,
                "training_date": (today - dt.timedelta(days=int(r() * 330))).isoformat(),
                "hours": float((4, 6, 8, 8, 16)[int(r() * 5)]),
                "mode": "online" if r() < 0.5 else "offline",
                "provider": ("自治区民政厅", "市社会工作协会", "县民政局",
                             "社工机构")[int(r() * 4)],
                "topic": ("个案工作实务", "儿童保护政策", "老年社会工作", "社会救助政策解读",
                          "督导与自我照顾")[int(r() * 5)]})


# -- random edits -------------------------------------------------------------------------

def random_edits(db: Database, edits: int, seed: int = 1) -> dict[str, Any]:
    """N realistic edits to existing records, as this device, one use case each."""
    from app.services import cases as case_service
    from app.services import clients as client_service
    from app.services import visits as visit_service
    from app.services.voids import void_record

    if db.sync is None:
        raise not_set_up()
    rng = random.Random(seed)
    r = rng.random
    started = time.perf_counter()
    with db.read() as s:
        n_clients = s.scalar(select(func.count()).select_from(Client)
                             .where(Client.void_reason.is_(None))) or 0
        sample = [id_from_bytes(b) if isinstance(b, bytes) else b for b in s.scalars(
            select(Client.id).where(Client.void_reason.is_(None))
            .order_by(func.random()).limit(min(n_clients, max(50, edits * 2))))]
        open_cases = list(s.scalars(select(Case.id).where(
            Case.void_reason.is_(None), Case.stage != "closed").limit(500)))
        workers = list(s.scalars(select(Worker.id).where(Worker.void_reason.is_(None))))
    if not sample:
        raise SetupError("There are no clients to edit; run shegong demo --clients N first.",
                         "没有可修改的服务对象，请先运行 shegong demo --clients N。")
    done: dict[str, int] = {}
    today = dt.date.today()
    for _ in range(edits):
        client = sample[int(r() * len(sample))]
        x = r()
        if x < 0.45:
            kind = "visit"
            visit_service.record_visit(db, visit_service.VisitInput(
                client_id=client, visit_date=today - dt.timedelta(days=int(r() * 20)),
                mode="home" if r() < 0.8 else "phone", duration_min=30,
                worker_ids=(workers[int(r() * len(workers))],) if workers else (),
                observations=D.pick(rng, D.OBSERVATIONS),
                material=visit_service.Need(NEED_LEVELS[int(r() * 4)]),
                emotional=visit_service.Need(NEED_LEVELS[int(r() * 4)]),
                social=visit_service.Need(NEED_LEVELS[int(r() * 4)]),
                services=(SERVICES[int(r() * 11)],),
                next_followup=today + dt.timedelta(days=30)))
        elif x < 0.65:
            kind = "phone"
            client_service.update_client(db, client, phone=D.mobile(rng))
        elif x < 0.75:
            kind = "address"
            detail = client_service.get_client(db, client)
            village = detail.row.village or "那龙村"
            client_service.update_client(db, client, address=D.address(
                rng, village, detail.village_group or "第1村民小组"))
        elif x < 0.85 and open_cases:
            kind = "case_stage"
            case_id = open_cases[int(r() * len(open_cases))]
            try:
                case_service.advance_case(db, case_id, note="demo")
            except Exception:  # at evaluation: close it instead
                case_service.close_case(db, case_id, "goals_met")
                open_cases.remove(case_id)
        elif x < 0.97:
            kind = "category"
            detail = client_service.get_client(db, client)
            current = {c.category: c for c in detail.categories}
            if "temporary_assistance" in current:
                current.pop("temporary_assistance")
            else:
                current["temporary_assistance"] = client_service.CategoryInput(
                    "temporary_assistance")
            client_service.set_categories(db, client, list(current.values()))
        else:
            kind = "void"
            visits = visit_service.visits_of_client(db, client)
            if not visits:
                continue
            void_record(db, "visit", visits[0].id, "录入错误")
        done[kind] = done.get(kind, 0) + 1
    return {**dict(sorted(done.items())), "seconds": round(time.perf_counter() - started, 1)}
