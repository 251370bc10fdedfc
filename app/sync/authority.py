"""Who may write what: each device's rights, derived the same way on every device from
the grants and revocations it holds (app.models.trust) and its roots.

Roots: a station's founder is the head of that station (the device whose op created the
station record); a county office is its own root. From them, a grant counts when its
author may make it at the time of the grant:
- a head of station S may admit laptops of S as worker or head, and its county office;
- a county may admit the head of any station and a supervisor of any station.
A revocation counts when its author is a head of the revoked laptop's station or a
county; it cuts the revoked laptop's log after `cut`: its later ops (grants and
revocations included) count for nothing. What each role may write and receive is the
table in docs/roles.md (WRITES below, and `readable`).

Every device evaluates the same records the same way, so devices that hold the same
records make the same decision on the same ops.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

CLIENT_WORK = frozenset({
    "client", "client_category", "household_member", "case_record", "case_event",
    "case_goal", "referral", "visit", "visit_worker", "activity", "activity_participant",
    "activity_volunteer", "training_record", "closure_request", "helper", "support_group",
    "visit_helper", "attachment"})
# A worker's laptop writes one person record: its own (named in its admission).
OWN_PERSON = "worker"
WRITES: dict[str, frozenset[str]] = {
    "worker": CLIENT_WORK,
    "head": CLIENT_WORK | {"station", "worker", "supervision_session", "device_grant",
                           "device_revocation", "closure_decision"},
    "supervisor": frozenset({"supervision_session", "closure_decision"}),
    "county": frozenset({"station", "device_grant", "device_revocation"}),
}
# the roles each role may grant (a county is granted by the station it serves)
GRANTABLE = {"head": frozenset({"worker", "head", "county"}),
             "county": frozenset({"head", "supervisor"})}
# records made once and never edited
CREATE_ONLY = frozenset({"device_grant", "device_revocation"})
ALL = None  # readable: every station


@dataclass(frozen=True)
class Grant:
    device: str
    role: str
    station: str | None
    author: str  # the device whose op made the grant
    author_seq: int  # that op's sequence number (a revoked author's later grants fail)
    person: str | None = None  # the laptop's own worker record


@dataclass(frozen=True)
class Revocation:
    device: str
    cut: int
    author: str
    author_seq: int


Right = tuple[str, "str | None"]  # (role, station)


@dataclass
class Authority:
    roots: list[Grant]
    grants: list[Grant]
    revocations: list[Revocation]
    rights: dict[str, set[Right]] = field(default_factory=dict)
    cuts: dict[str, int] = field(default_factory=dict)
    persons: dict[str, set[str]] = field(default_factory=dict)  # device -> own records

    def __post_init__(self) -> None:
        # Cuts and rights depend on each other; a few rounds settle them (each round
        # can only shrink the cuts' effect or the rights they remove).
        for _ in range(len(self.revocations) + 2):
            self.rights = self._rights()
            cuts = self._cuts()
            if cuts == self.cuts:
                break
            self.cuts = cuts

    # -- derivation ---------------------------------------------------------------------
    def _counts(self, author: str, seq: int) -> bool:
        return seq <= self.cuts.get(author, seq)

    def _rights(self) -> dict[str, set[Right]]:
        rights: dict[str, set[Right]] = {}
        self.persons = {}
        for root in self.roots:
            rights.setdefault(root.device, set()).add((root.role, root.station))
        pending = [g for g in self.grants if self._counts(g.author, g.author_seq)]
        changed = True
        while changed:
            changed = False
            for g in list(pending):
                if _may_grant(rights.get(g.author, set()), g.role, g.station):
                    rights.setdefault(g.device, set()).add((g.role, g.station))
                    if g.person:
                        self.persons.setdefault(g.device, set()).add(g.person)
                    pending.remove(g)
                    changed = True
        return rights

    def _cuts(self) -> dict[str, int]:
        cuts: dict[str, int] = {}
        for r in self.revocations:
            if self._counts(r.author, r.author_seq) and self.may_revoke(r.author, r.device):
                cuts[r.device] = min(r.cut, cuts.get(r.device, r.cut))
        return cuts

    # -- questions ----------------------------------------------------------------------
    def roles(self, device: str) -> set[Right]:
        return self.rights.get(device, set())

    def may_write(self, device: str, table: str, station: str | None,
                  records: Iterable[str] = ()) -> bool:
        """May `device` write `table` records of `station`? For a worker's laptop and
        the worker table, only its own person record (`records`: those it wrote)."""
        if any(table in WRITES.get(role, ()) and (role == "county" or at == station)
               for role, at in self.roles(device)):
            return True
        mine = set(records)
        return table == OWN_PERSON and bool(mine) and mine <= self.persons.get(device, set()) \
            and any(at == station for _, at in self.roles(device))

    def may_grant(self, device: str, role: str, station: str | None) -> bool:
        return _may_grant(self.roles(device), role, station)

    def may_revoke(self, author: str, device: str) -> bool:
        mine = self.roles(author)
        if any(role == "county" for role, _ in mine):
            return True
        heads = {at for role, at in mine if role == "head"}
        return any(role in ("worker", "head") and at in heads
                   for role, at in self.rights.get(device, set()))

    def cut(self, device: str) -> int | None:
        return self.cuts.get(device)

    def readable(self, device: str) -> set[str | None] | None:
        """The stations whose records `device` receives (None in the set: the county's
        own records); ALL for a county office."""
        mine = self.roles(device)
        if any(role == "county" for role, _ in mine):
            return ALL
        return {at for _, at in mine} | {None}


def _may_grant(rights: Iterable[Right], role: str, station: str | None) -> bool:
    for mine, at in rights:
        allowed = GRANTABLE.get(mine, frozenset())
        if role in allowed and (mine == "county" or at == station):
            return True
    return False
