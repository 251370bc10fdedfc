"""The importer's side of origin logs (app.sync.origins) against what it already holds:
the keys that verify each origin, histories that contradict the ones held (equivocation),
and the signed heads kept so ranges can be forwarded. All inside the import's
transaction, a few queries per range, never per op."""

from __future__ import annotations

from typing import Any

from app.errors import BundleRefused
from app.models.ids import id_from_bytes, id_to_bytes, is_uuid
from app.sync.admit import MAX_NEW_DEVICES, too_many_devices
from app.sync.bundle_file import refused
from app.sync.origins import Equivocation, Range

# Held ops of a device, wherever they are: merged (sync_op, by local device number) or
# held aside for their clock (held_op, by device id).
# Only ops with a link count: one held without (made before origin logs, or this
# device's own not yet sealed) is in no signed history to contradict.
_HELD = ("SELECT seq, prev_seq, link, prev_link FROM sync_op WHERE dev = :dev AND "
         "station IS :st AND {cond} AND link IS NOT NULL UNION ALL SELECT seq, prev_seq, "
         "link, prev_link FROM held_op WHERE device_id = :uid AND station IS :st AND {cond} "
         "AND link IS NOT NULL")


def origin_keys(conn: Any, ranges: list[Range], announced: Any) -> dict[str, bytes]:
    """The public key of each origin: the one this computer holds for it, else the one
    the bundle announces (kept from then on: a later bundle cannot change it)."""
    if announced is None:
        announced = {}
    if not isinstance(announced, dict) or len(announced) > 10_000:
        raise refused("has a damaged list of keys", "密钥列表已损坏")
    out: dict[str, bytes] = {}
    devices = {r.device for r in ranges}
    known = {id_from_bytes(d) for (d,) in conn.execute("SELECT device_id FROM device")}
    if len(devices - known) > MAX_NEW_DEVICES:  # before a signature is checked
        raise too_many_devices()
    known_keys = held_keys(conn, devices)
    for device in devices:
        held = known_keys.get(device)
        given = _key(announced.get(device))
        if held is not None and given is not None and held != given:
            raise BundleRefused(
                f"The bundle names another key for the device {device} than the one this "
                "computer knows: it may be forged. Nothing was imported; tell the station "
                "head.", f"同步文件为设备 {device} 给出的密钥与本机已知的不同，可能是伪造的。"
                "未导入任何数据，请告知站长。")
        key = held or given
        if key is None:
            raise refused(f"holds operations of the device {device} without its key",
                          f"含有设备 {device} 的操作，但没有附上其密钥")
        out[device] = key
    return out


def held_keys(conn: Any, devices: set[str]) -> dict[str, bytes]:
    """The public signing key this database holds for each of `devices` that has one."""
    out = {}
    for device in sorted(devices):
        row = conn.execute("SELECT sign_public_key FROM device WHERE device_id = ?",
                           (id_to_bytes(device),)).fetchone()
        if row and row[0]:
            out[device] = bytes(row[0])
    return out


def _key(value: Any) -> bytes | None:
    try:
        key = bytes.fromhex(value) if isinstance(value, str) else None
    except ValueError:
        return None
    return key if key is not None and len(key) == 32 else None


def learn_keys(conn: Any, keys: dict[str, bytes]) -> None:
    """After a successful import: devices met for the first time keep the key their ops
    were proven with (trusting them as senders is still a person's decision)."""
    conn.executemany("UPDATE device SET sign_public_key = ? WHERE device_id = ? AND "
                     "sign_public_key IS NULL",
                     [(key, id_to_bytes(d)) for d, key in keys.items() if is_uuid(d)])


def _devno(conn: Any, device: str) -> int | None:
    row = conn.execute("SELECT devno FROM device WHERE device_id = ?",
                       (id_to_bytes(device),)).fetchone()
    return int(row[0]) if row else None


def _held(conn: Any, devno: int | None, r: Range, cond: str,
          params: dict[str, Any]) -> tuple[Any, ...] | None:
    """The first op held of the range's log (lowest seq) that meets `cond`, or None."""
    sql = _HELD.format(cond=cond) + " ORDER BY seq LIMIT 1"
    return conn.execute(sql, {"dev": devno if devno is not None else -1,
                              "uid": id_to_bytes(r.device), "st": _station(r),
                              **params}).fetchone()


def _station(r: Range) -> bytes | None:
    return id_to_bytes(r.station) if r.station else None


def _count(conn: Any, devno: int | None, r: Range) -> int:
    """Ops held of the range's log from its first to its last."""
    row = conn.execute(
        "SELECT (SELECT count(*) FROM sync_op WHERE dev = :dev AND station IS :st AND seq "
        "BETWEEN :a AND :b AND link IS NOT NULL) + (SELECT count(*) FROM held_op WHERE "
        "device_id = :uid AND station IS :st AND seq BETWEEN :a AND :b AND link IS NOT NULL)",
        {"dev": devno if devno is not None else -1, "uid": id_to_bytes(r.device),
         "st": _station(r), "a": r.first, "b": r.last}).fetchone()
    return int(row[0])


def check_forks(conn: Any, ranges: list[Range], names: dict[str, str]) -> None:
    """Before merging: does a range contradict the log held here? Its previous op held
    with another link, an op held between its previous op and its first, or the op held
    right after it linking to another history — each is equivocation."""
    for r in ranges:
        devno = _devno(conn, r.device)
        name = names.get(r.device, r.device)
        if r.prev_seq:
            prev = _held(conn, devno, r, "seq = :s", {"s": r.prev_seq})
            if prev and prev[2] is not None and prev[2] != r.prev_link:
                raise _fork(r, name, r.prev_seq, "the op before the range", prev[2])
        between = _held(conn, devno, r, "seq > :a AND seq < :b",
                        {"a": r.prev_seq, "b": r.first})
        if between:
            raise _fork(r, name, between[0], "an op the range's history has no place for")
        after = _held(conn, devno, r, "seq > :b", {"b": r.last})
        if after and after[1] is not None:
            seq, prev_seq, _, prev_link = after
            if prev_seq < r.last or (prev_seq == r.last and prev_link is not None
                                     and prev_link != r.link):
                raise _fork(r, name, seq, "the op held after the range")


def check_counts(conn: Any, ranges: list[Range], names: dict[str, str]) -> None:
    """After merging: every op held inside a range is one of the range's (an op held
    there that the range skipped belongs to another history of the same device)."""
    for r in ranges:
        if _count(conn, _devno(conn, r.device), r) != r.count:
            raise _fork(r, names.get(r.device, r.device), r.first,
                        "ops held inside the range that it does not hold")


def _fork(r: Range, name: str, seq: int, what: str, local: bytes | None = None) -> Equivocation:
    evidence = {"range": r.to_json(), "conflicting_seq": seq, "what": what,
                "local_link": local.hex() if local else None}
    return Equivocation(r.device, name, seq, evidence)


def known_link_differs(op_device: str, name: str, seq: int, held: bytes,
                       incoming: bytes | None) -> Equivocation:
    """An op held here under (device, seq) whose link differs from the incoming one."""
    return Equivocation(op_device, name, seq, {
        "conflicting_seq": seq, "what": "the same op held with another content or history",
        "local_link": held.hex(), "incoming_link": incoming.hex() if incoming else None})


def store_heads(conn: Any, ranges: list[Range]) -> None:
    """Keep each range's signed head (the devices exist by now: the merge made them)."""
    rows = []
    for r in ranges:
        devno = _devno(conn, r.device)
        if devno is not None:
            rows.append((devno, r.last, _station(r), r.link, r.sig))
    conn.executemany("INSERT OR IGNORE INTO origin_head (dev, seq, station, link, sig) "
                     "VALUES (?, ?, ?, ?, ?)", rows)


def device_names(conn: Any) -> dict[str, str]:
    return {id_from_bytes(d): n or id_from_bytes(d)
            for d, n in conn.execute("SELECT device_id, name FROM device")}
