"""The station head's audit: every change in the change log, by whom (worker and laptop),
when, to which record and which fields, within dates and for one worker; exported as an
Excel sheet. The values before and after are in each record's history
(app.services.history), opened from a line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.files import atomic_output, check_output
from app.models import Client, Device, DeviceGrant, Op, synced_tables
from app.reports.counts import worker_names
from app.services.field_labels import field_label
from app.store.database import Database, local_setting
from app.sync.hlc import hlc_to_ms

MAX_LINES = 50_000  # a year of a busy station; more is asked for with narrower dates
# The records a person looks up, by the name a person knows them by; others (links
# between records, registers) show their table's name.
TABLES = {
    "client": ("Client", "服务对象"), "household_member": ("Household member", "家庭成员"),
    "client_category": ("Category", "服务对象类别"), "case_record": ("Case", "个案"),
    "case_event": ("Case step", "个案进程"), "case_goal": ("Case goal", "服务目标"),
    "visit": ("Home visit", "走访记录"), "referral": ("Referral", "转介"),
    "activity": ("Activity", "活动"), "attachment": ("Attachment", "附件"),
    "supervision_session": ("Supervision", "督导记录"), "training_record": ("Training", "培训记录"),
    "worker": ("Person of the station", "站点人员"), "station": ("Station", "站点"),
}
UNSHOWN = frozenset({"station_id"})


@dataclass(frozen=True)
class AuditLine:
    at: dt.datetime  # local time
    worker: str  # the person of the laptop, where it is known
    laptop: str
    table: str
    record_id: str
    action: str  # created, changed, voided
    fields: tuple[str, ...]  # the fields a change set
    subject: str = ""  # whom or what the record is about: the client's name, a title


@dataclass(frozen=True)
class Audit:
    lines: list[AuditLine]
    cut: bool  # more changes matched than MAX_LINES: the newest are kept


def audit(db: Database, since: dt.date | None = None, until: dt.date | None = None,
          worker_id: str | None = None) -> Audit:
    """The changes made from `since` to `until` (local days, both included), newest
    first; with `worker_id`, only those made on that worker's laptops."""
    if since and until and since > until:
        raise ValidationError("since", "The first day comes after the last.",
                              "开始日期晚于结束日期。")
    low = _hlc_of(since) if since else 0
    high = _hlc_of(until + dt.timedelta(days=1)) if until else 1 << 62
    with db.read() as s:
        laptops = {devno: (device, name or "") for devno, device, name in s.execute(
            select(Device.devno, Device.device_id, Device.name))}
        people = _workers_of_laptops(s)
        names = worker_names(s)
        if worker_id is not None and worker_id not in names:  # a name, as a head types it
            worker_id = _named(names, worker_id)
        wanted = [devno for devno, (device, _) in laptops.items()
                  if worker_id is None or people.get(device) == worker_id]
        query = (select(Op.dev, Op.table_name, Op.row_id, Op.hlc, Op.fields)
                 .where(Op.hlc >= low, Op.hlc < high, Op.dev.in_(wanted))
                 .order_by(Op.hlc.desc()).limit(MAX_LINES + 1))
        lines = []
        found = s.execute(query).all()
        for dev, table, row_id, hlc, fields in found:
            device, laptop = laptops[dev]
            lines.append(AuditLine(
                dt.datetime.fromtimestamp(hlc_to_ms(hlc) / 1000),
                names.get(people.get(device) or "", ""), laptop, table, row_id,
                _action(fields), tuple(f for f in fields or () if f not in UNSHOWN)))
        lines = _with_subjects(s, lines[:MAX_LINES])
    return Audit(lines, len(found) > MAX_LINES)


# table -> (the column naming it, or the client it is about, and how)
_SUBJECT = {"client": "name", "activity": "title", "worker": "name", "station": "name",
            "helper": "name", "support_group": "name"}
_OF_CLIENT = ("visit", "case_record", "referral", "attachment", "household_member",
              "client_category")


def _with_subjects(s: Session, lines: list[AuditLine]) -> list[AuditLine]:
    """Each line with whom or what its record is about, read a table at a time."""
    ids: dict[str, set[str]] = {}
    for line in lines:
        ids.setdefault(line.table, set()).add(line.record_id)
    subject: dict[str, str] = {}
    clients: dict[str, str] = {}  # record -> its client
    for table, wanted in ids.items():
        model = synced_tables().get(table)
        column = _SUBJECT.get(table) or ("client_id" if table in _OF_CLIENT else None)
        if model is None or column is None:
            continue
        for chunk in _chunks(sorted(wanted)):
            for record, value in s.execute(select(model.id, getattr(model, column))
                                           .where(model.id.in_(chunk))):
                if value is not None:
                    (clients if column == "client_id" else subject)[record] = value
    names: dict[str, str] = {}
    for chunk in _chunks(sorted(set(clients.values()))):
        names.update((i, n or "") for i, n in s.execute(
            select(Client.id, Client.name).where(Client.id.in_(chunk))))
    subject.update({record: names.get(client) or "" for record, client in clients.items()})
    return [replace(line, subject=subject.get(line.record_id, "")) for line in lines]


def _chunks(items: list[str], size: int = 500) -> list[list[str]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _named(names: dict[str, str], name: str) -> str:
    found = [wid for wid, known in names.items() if known == name.strip()]
    if not found:
        raise ValidationError("worker", f"No person of the station is called {name}.",
                              f"本站没有名为 {name} 的人员。")
    return found[0]


def _hlc_of(day: dt.date) -> int:
    midnight = dt.datetime.combine(day, dt.time())  # local time, as the lines show it
    return int(midnight.timestamp() * 1000) << 16


def _action(fields: list[str] | None) -> str:
    if fields is None:
        return "created"
    return "voided" if "void_reason" in fields else "changed"


def _workers_of_laptops(s: Session) -> dict[str, str]:
    """Each laptop's person: the worker its admission names; this laptop's own."""
    found = {device: worker for device, worker in s.execute(
        select(DeviceGrant.device_id, DeviceGrant.worker_id).where(
            DeviceGrant.worker_id.is_not(None), DeviceGrant.void_reason.is_(None)))}
    me = s.scalar(select(Device.device_id).where(Device.is_self.is_(True)))
    mine = local_setting(s, "worker_id")
    if me and mine:
        found[me] = mine
    return found


def table_label(table: str, lang: str) -> str:
    en, zh = TABLES.get(table, (table.replace("_", " "), table))
    return zh if lang == "zh" else en


def write_audit_xlsx(db: Database, found: Audit, out: Path, lang: str = "zh") -> Path:
    """The lines as an Excel sheet (written whole or not at all)."""
    from openpyxl import Workbook

    target = check_output(db.paths, out)
    words = {"created": ("created", "新建"), "changed": ("changed", "修改"),
             "voided": ("voided", "作废")}
    book = Workbook(write_only=True)
    sheet = book.create_sheet("修改记录" if lang == "zh" else "Changes")
    sheet.append(["时间", "社工", "电脑", "记录", "对象", "记录编号", "操作", "字段"]
                 if lang == "zh" else ["When", "Worker", "Laptop", "Record", "About",
                                       "Record id", "Action", "Fields"])
    for line in found.lines:
        word = words[line.action]
        sheet.append([line.at.strftime("%Y-%m-%d %H:%M:%S"), line.worker, line.laptop,
                      table_label(line.table, lang), line.subject, line.record_id,
                      word[1] if lang == "zh" else word[0],
                      "、".join(field_label(f, lang) for f in line.fields)])
    with atomic_output(target) as fh:
        book.save(fh)
    return target
