"""Cases (个案) with their assessment, plan goals, stage history, and referrals."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced
from app.models.columns import code, ref, text
from app.models.vocab import (
    APPROVAL_DECISION,
    CASE_STAGE,
    CLOSURE_REASON,
    GOAL_STATUS,
    REFERRAL_AGENCY,
    REFERRAL_STATUS,
    REQUEST_KIND,
)


class Case(Synced, Base):
    __tablename__ = "case_record"  # "case" is an SQL keyword

    client_id: Mapped[str | None] = ref("client")
    worker_id: Mapped[str | None] = ref("worker")
    opened_on: Mapped[dt.date | None] = mapped_column()
    closed_on: Mapped[dt.date | None] = mapped_column()
    stage: Mapped[str | None] = code(CASE_STAGE, index=True)
    presenting_problem: Mapped[str | None] = text(2000)
    # The needs-assessment form of the station work standards: the person ...
    assess_health: Mapped[str | None] = text(1000)
    assess_daily_living: Mapped[str | None] = text(1000)
    assess_material: Mapped[str | None] = text(1000)
    assess_emotional: Mapped[str | None] = text(1000)
    assess_social: Mapped[str | None] = text(1000)
    # ... the family system ...
    family_pressures: Mapped[str | None] = text(1000)
    family_strengths: Mapped[str | None] = text(1000)
    family_subsidies: Mapped[str | None] = text(1000)
    # ... the community system ...
    community_services: Mapped[str | None] = text(1000)
    community_problems: Mapped[str | None] = text(1000)
    community_resources: Mapped[str | None] = text(1000)
    # ... then the summary, signed by the worker with the date.
    needs_summary: Mapped[str | None] = text(2000)
    assessed_by: Mapped[str | None] = ref("worker", index=False)
    assessed_on: Mapped[dt.date | None] = mapped_column()
    closure_reason: Mapped[str | None] = code(CLOSURE_REASON)
    next_followup: Mapped[dt.date | None] = mapped_column(index=True)


class CaseGoal(Synced, Base):
    """One goal of a case's service plan."""

    __tablename__ = "case_goal"

    case_id: Mapped[str | None] = ref("case_record")
    description: Mapped[str | None] = text(500)
    status: Mapped[str | None] = code(GOAL_STATUS)
    target_date: Mapped[dt.date | None] = mapped_column()


class CaseEvent(Synced, Base):
    """A step in a case's life (opened, stage moved, closed, reopened) for its timeline."""

    __tablename__ = "case_event"

    case_id: Mapped[str | None] = ref("case_record")
    event_date: Mapped[dt.date | None] = mapped_column()
    from_stage: Mapped[str | None] = code(CASE_STAGE)
    to_stage: Mapped[str | None] = code(CASE_STAGE)
    note: Mapped[str | None] = text(500)
    worker_id: Mapped[str | None] = ref("worker", index=False)


class Referral(Synced, Base):
    __tablename__ = "referral"

    client_id: Mapped[str | None] = ref("client")
    case_id: Mapped[str | None] = ref("case_record", index=False)
    agency: Mapped[str | None] = code(REFERRAL_AGENCY)
    reason: Mapped[str | None] = text(1000)
    referred_on: Mapped[dt.date | None] = mapped_column(index=True)
    status: Mapped[str | None] = code(REFERRAL_STATUS)
    outcome: Mapped[str | None] = text(1000)


class ClosureRequest(Synced, Base):
    """A worker asks the head or the supervisor to approve closing a case (结案申请: the
    reason and day proposed) or its service plan (`kind` plan), with why. Written by the
    case's workers."""

    __tablename__ = "closure_request"

    case_id: Mapped[str | None] = ref("case_record")
    kind: Mapped[str | None] = code(REQUEST_KIND)  # None: a closure (the first kind)
    closure_reason: Mapped[str | None] = code(CLOSURE_REASON)
    closed_on: Mapped[dt.date | None] = mapped_column()
    note: Mapped[str | None] = text(1000)
    requested_by: Mapped[str | None] = ref("worker", index=False)
    requested_on: Mapped[dt.date | None] = mapped_column()


class ClosureDecision(Synced, Base):
    """The head's or the supervisor's answer to a closure request: approved, or returned
    with a comment. A table of its own so that only those roles may write it
    (app.sync.authority), on every device alike."""

    __tablename__ = "closure_decision"

    request_id: Mapped[str | None] = ref("closure_request")
    decision: Mapped[str | None] = code(APPROVAL_DECISION)
    comment: Mapped[str | None] = text(1000)
    decided_by: Mapped[str | None] = ref("worker", index=False)
    decided_on: Mapped[dt.date | None] = mapped_column()
