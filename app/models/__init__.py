"""The data model: typed SQLAlchemy 2 tables and the vocabularies they use.

Importing this package registers every table on `Base.metadata`.
"""

from app.models.activities import (
    Activity,
    ActivityParticipant,
    ActivityVolunteer,
    Helper,
    SupportGroup,
)
from app.models.attachments import Attachment
from app.models.base import Base, Synced, synced_tables
from app.models.cases import (
    Case,
    CaseEvent,
    CaseGoal,
    ClosureDecision,
    ClosureRequest,
    Referral,
)
from app.models.clients import Client, ClientCategory, HouseholdMember
from app.models.local import (
    ClientIndex,
    Device,
    LocalSetting,
    Op,
    ReportVisitMonth,
    SyncClock,
    VisitDraft,
    WriteLog,
)
from app.models.org import Station, SupervisionSession, TrainingRecord, Worker
from app.models.sync_local import (
    BundleRecord,
    ClockWarning,
    Conflict,
    EquivocationRecord,
    HeldOp,
    OriginHead,
    PeerKnowledge,
)
from app.models.trust import DeviceGrant, DeviceRevocation
from app.models.visits import Visit, VisitHelper, VisitWorker

__all__ = [
    "Activity",
    "ActivityParticipant",
    "ActivityVolunteer",
    "Attachment",
    "Base",
    "BundleRecord",
    "Case",
    "CaseEvent",
    "CaseGoal",
    "Client",
    "ClientCategory",
    "ClientIndex",
    "ClockWarning",
    "ClosureDecision",
    "ClosureRequest",
    "Conflict",
    "Device",
    "DeviceGrant",
    "DeviceRevocation",
    "EquivocationRecord",
    "HeldOp",
    "Helper",
    "HouseholdMember",
    "LocalSetting",
    "Op",
    "OriginHead",
    "PeerKnowledge",
    "Referral",
    "ReportVisitMonth",
    "Station",
    "SupervisionSession",
    "SupportGroup",
    "SyncClock",
    "Synced",
    "TrainingRecord",
    "Visit",
    "VisitDraft",
    "VisitHelper",
    "VisitWorker",
    "Worker",
    "WriteLog",
    "synced_tables",
]
