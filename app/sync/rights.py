"""The authority (app.sync.authority) as this database holds it, and its two uses: the
check of a bundle's new ops once merged (inside the import's transaction, so a refusal
changes nothing), and which stations a bundle may carry to its recipients."""

from __future__ import annotations

from typing import Any

from app.errors import BundleRefused
from app.models.ids import id_from_bytes, id_to_bytes
from app.sync.authority import ALL, CREATE_ONLY, Authority, Grant, Revocation
from app.sync.keys import verify
from app.sync.merge import Written
from app.sync.origins import head_message

_GRANTS = ("SELECT g.device_id, g.role, g.station_id, d.device_id, g.sync_seq, g.worker_id "
           "FROM device_grant g JOIN device d ON d.devno = g.sync_dev")
_REVOCATIONS = ("SELECT r.device_id, r.cut, d.device_id, r.sync_seq "
                "FROM device_revocation r JOIN device d ON d.devno = r.sync_dev")


def load_authority(conn: Any) -> Authority:
    grants = [Grant(id_from_bytes(dev), role, _uid(station), id_from_bytes(author), seq,
                    _uid(person))
              for dev, role, station, author, seq, person in conn.execute(_GRANTS)
              if dev is not None and role]
    revocations = [Revocation(id_from_bytes(dev), int(cut), id_from_bytes(author), seq)
                   for dev, cut, author, seq in conn.execute(_REVOCATIONS)
                   if dev is not None and cut is not None]
    return Authority(_roots(conn), grants, revocations)


def _uid(value: bytes | None) -> str | None:
    return id_from_bytes(value) if value else None


def _roots(conn: Any) -> list[Grant]:
    """A county office is its own root; a station's root is its founder: the device
    whose op created the station record, or, before that record arrived on a laptop
    that joined, the head whose card it joined with."""
    me = conn.execute("SELECT device_id, role, station_id FROM device WHERE is_self"
                      ).fetchone()
    if me is None:
        return []
    own, role, station = id_from_bytes(me[0]), me[1], _uid(me[2])
    if role == "county":
        return [Grant(own, "county", None, own, 0)]
    if station is None:
        return []
    founder = conn.execute(
        "SELECT d.device_id FROM station s JOIN device d ON d.devno = s.sync_dev "
        "WHERE s.id = ?", (id_to_bytes(station),)).fetchone() or conn.execute(
        "SELECT device_id FROM device WHERE role = 'head' AND station_id = ? AND "
        "trusted ORDER BY is_self DESC, devno LIMIT 1", (id_to_bytes(station),)
    ).fetchone()
    return [Grant(id_from_bytes(founder[0]), "head", station, id_from_bytes(founder[0]), 0)
            ] if founder else []


def check_written(conn: Any, written: Written, own_id: str,
                  names: dict[str, str]) -> Authority:
    """Every new op within its author's rights, judged with every grant held now (this
    bundle's included); else the bundle is refused with a sentence naming the device,
    its roles and a record it wrote."""
    authority = load_authority(conn)
    for device, (seq, table, row_id) in written.last.items():
        cut = authority.cut(device)
        if device != own_id and cut is not None and seq > cut:
            raise _revoked(device, names.get(device, device), seq, cut, table, row_id)
    for (device, table, station), (_, row_id, edit) in written.writes.items():
        if device == own_id:
            continue  # this laptop's own ops, coming back
        records = written.people.get(device, set()) if table == "worker" else ()
        if (edit and table in CREATE_ONLY) or not authority.may_write(device, table,
                                                                       station, records):
            raise _outside(device, names.get(device, device), authority, table, row_id)
    _check_grants(authority, written, own_id, names)
    return authority


def _check_grants(authority: Authority, written: Written, own_id: str,
                  names: dict[str, str]) -> None:
    """A new grant or revocation is also one its author may make."""
    for op in written.trust:
        if op.device == own_id or not op.create:
            continue
        subject = op.values.get("device_id") or ""
        ok = authority.may_grant(op.device, str(op.values.get("role")),
                                 op.values.get("station_id")) \
            if op.table == "device_grant" else authority.may_revoke(op.device, subject)
        if not ok:
            raise _outside(op.device, names.get(op.device, op.device), authority, op.table,
                           op.row_id)


def _outside(device: str, name: str, authority: Authority, table: str,
             row_id: str) -> BundleRefused:
    roles = ", ".join(sorted(f"{r}" + (f" of {s}" if s else "") for r, s in
                             authority.roles(device))) or "none"
    roles_zh = "、".join(sorted(_ROLE_ZH.get(r, r) for r, _ in authority.roles(device))) \
        or "无"
    return BundleRefused(
        f"The bundle holds a change the device {name} ({device}) may not make: its role "
        f"here is {roles}, and it wrote {table} {row_id}. Nothing was imported; tell the "
        "station head.",
        f"同步文件含有设备“{name}”（{device}）无权做出的修改：它在此的角色是{roles_zh}，"
        f"却写入了 {table} {row_id}。未导入任何数据，请告知站长。")


def _revoked(device: str, name: str, seq: int, cut: int, table: str,
             row_id: str) -> BundleRefused:
    return BundleRefused(
        f"The bundle holds a change of the device {name} ({device}) made after it was "
        f"revoked (its operation {seq}, after {cut}; {table} {row_id}). Nothing was "
        "imported.",
        f"同步文件含有设备“{name}”（{device}）被撤销之后的修改（第 {seq} 条操作，撤销于第 "
        f"{cut} 条之后；{table} {row_id}）。未导入任何数据。")


_ROLE_ZH = {"worker": "社工", "head": "站长", "supervisor": "督导", "county": "县民政局"}


def readable_each(conn: Any, authority: Authority,
                  devices: list[str]) -> dict[str, set[str | None] | None]:
    """The stations whose records each device may receive (ALL: every one). A trusted
    laptop not admitted into any role yet receives its own card's station."""
    out: dict[str, set[str | None] | None] = {}
    for device in devices:
        theirs = authority.readable(device)
        if theirs == {None}:
            row = conn.execute("SELECT station_id FROM device WHERE device_id = ?",
                               (id_to_bytes(device),)).fetchone()
            theirs = {None, _uid(row[0]) if row else None}
        out[device] = theirs
    return out


def readable_by(conn: Any, authority: Authority,
                recipients: list[str]) -> set[str | None] | None:
    """The stations whose records every recipient may receive (ALL: no limit)."""
    out: set[str | None] | None = ALL
    for theirs in readable_each(conn, authority, recipients).values():
        if theirs is not ALL:
            out = theirs if out is ALL else out & theirs
    return out


def keep_cut_heads(conn: Any, written: Written) -> None:
    """A revocation carries the revoked laptop's own signed head of its log at the cut:
    kept, so this device can forward that log up to the cut and no further."""
    for op in written.trust:
        values = op.values
        if op.table != "device_revocation" or not op.create or not values.get("cut_sig"):
            continue
        row = conn.execute("SELECT devno, sign_public_key FROM device WHERE device_id = ?",
                           (id_to_bytes(values["device_id"]),)).fetchone()
        try:
            link, sig = bytes.fromhex(values["cut_link"]), bytes.fromhex(values["cut_sig"])
        except (TypeError, ValueError):
            continue
        station = values.get("cut_station")
        if row is None or not row[1] or not verify(
                row[1], sig, head_message(values["device_id"], station, values["cut"], link)):
            continue  # not that laptop's own signature: nothing to keep
        conn.execute("INSERT OR IGNORE INTO origin_head (dev, seq, station, link, sig) "
                     "VALUES (?, ?, ?, ?, ?)", (row[0], values["cut"],
                                                id_to_bytes(station) if station else None,
                                                link, sig))


def cuts_by_devno(conn: Any, authority: Authority) -> dict[int, int]:
    """The cut of every revoked device, by local device number: an export forwards no
    op past it."""
    cuts = authority.cuts
    if not cuts:
        return {}
    return {devno: cuts[id_from_bytes(uid)] for devno, uid in conn.execute(
        "SELECT devno, device_id FROM device") if id_from_bytes(uid) in cuts}


def revoked_now(authority: Authority, written: Written) -> dict[str, int]:
    """The devices a revocation in this bundle cut (and that counts), with their cuts."""
    subjects = {op.values.get("device_id") for op in written.trust
                if op.table == "device_revocation" and op.create}
    if not subjects:
        return {}
    cuts = authority.cuts
    return {device: cuts[device] for device in subjects if device in cuts}
