"""Which station each record belongs to: its scope.

Who may write a record and who receives it in bundles depends on its station (DESIGN.md,
"Who may write what"). A record's station is fixed when it is created and travels with
every op on it (`st` in docs/bundle-format.md): a station record is its own; a record
with a `station_id` field belongs to that station; any other record belongs to the
station of the record it hangs from (a visit to its client's, a case event to its
case's). A record with no station to take (its parent not known here) belongs to the
station of the laptop that creates it.
"""

from __future__ import annotations

# table -> (reference field, referenced table): the record it hangs from.
PARENT = {
    "client_category": ("client_id", "client"),
    "household_member": ("client_id", "client"),
    "case_record": ("client_id", "client"),
    "referral": ("client_id", "client"),
    "visit": ("client_id", "client"),
    "attachment": ("client_id", "client"),
    "case_event": ("case_id", "case_record"),
    "case_goal": ("case_id", "case_record"),
    "closure_request": ("case_id", "case_record"),
    "closure_decision": ("request_id", "closure_request"),
    "activity_participant": ("activity_id", "activity"),
    "activity_volunteer": ("activity_id", "activity"),
    "visit_worker": ("visit_id", "visit"),
    "visit_helper": ("visit_id", "visit"),
    "training_record": ("worker_id", "worker"),
}
# tables whose own field names the station
STATION_FIELD = {"client": "station_id", "activity": "station_id", "helper": "station_id",
                 "support_group": "station_id",
                 "supervision_session": "station_id", "worker": "station_id",
                 "device_grant": "station_id"}
