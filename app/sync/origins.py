"""Every device's ops form hash-linked logs, one per station, signed at their heads
(format 2).

A relay (a head passing its workers' ops to the county) forwards ops it did not make.
What proves them is the origin's own signature, as in Secure Scuttlebutt feeds and
hypercore's signed logs, at the cost of one signature per origin and bundle:

    link(op) = SHA-256("shegong-op/2\\n" || u64 prev_seq || prev_link || line)

where `line` is the op's canonical form (app.sync.wire.canonical_line) and prev_seq,
prev_link are the sequence number and link of the previous op in the same log (0 and 32
zero bytes for its first). A device keeps one log per station its records belong to (a
worker has one; a county office writes in many), so a bundle can carry one station's
ops without another's. Sequence numbers are the device's and may jump between ops of one
log (another station's op, or a restored laptop moving past what it spent). A device
signs the head of a log:

    head signature = Ed25519(device key, "shegong-head/2\\n" || device id (16 bytes)
                             || station id (16 bytes, zeros for none) || u64 seq || link)

A bundle carries, per origin and station, ranges of that log: the ops from `from` to
`to` with the link before the first and the origin's signature over the link of the
last. Inside a range the ops appear in log order with rising clocks; the importer
recomputes the links and checks the last against the signed head. A relay can therefore
not forge, alter, drop from the middle of, or reorder another device's ops; two
different ops with one (device, sequence) are equivocation, and the bundle that shows it
is refused.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from app.errors import BundleRefused
from app.models.ids import id_to_bytes, is_uuid
from app.sync.bundle_file import refused
from app.sync.keys import verify
from app.sync.wire import WireOp

LINK_PREFIX = b"shegong-op/2\n"
HEAD_PREFIX = b"shegong-head/2\n"
ZERO_LINK = bytes(32)
# A bundle names at most this many ranges: a county's laptops, each in a few pieces.
MAX_RANGES = 10_000


def link_of(prev_seq: int, prev_link: bytes, line: bytes) -> bytes:
    return hashlib.sha256(LINK_PREFIX + prev_seq.to_bytes(8, "big") + prev_link
                          + line).digest()


def head_message(device_id: str, station: str | None, seq: int, link: bytes) -> bytes:
    return (HEAD_PREFIX + id_to_bytes(device_id) + (id_to_bytes(station) if station else
                                                    bytes(16)) + seq.to_bytes(8, "big") + link)


@dataclass(slots=True)
class Range:
    """One piece of an origin's log of one station in a bundle, and the running check
    of its ops."""

    device: str
    station: str | None
    first: int
    last: int
    prev_seq: int
    prev_link: bytes
    link: bytes  # the link of op `last`, which `sig` signs
    sig: bytes
    at_seq: int = 0  # the last op checked so far, its link and clock
    at_link: bytes = ZERO_LINK
    at_hlc: int = 0
    count: int = 0  # ops of the range seen

    def __post_init__(self) -> None:
        self.at_seq, self.at_link = self.prev_seq, self.prev_link

    def to_json(self) -> dict[str, Any]:
        return {"d": self.device, "st": self.station, "from": self.first, "to": self.last,
                "prev": [self.prev_seq, self.prev_link.hex()], "link": self.link.hex(),
                "sig": self.sig.hex()}


def parse_ranges(raw: Any) -> list[Range]:
    """The manifest's `origins`, each checked for form; refuses the bundle otherwise."""
    if not isinstance(raw, list) or len(raw) > MAX_RANGES:
        raise refused(f"has a damaged list of origins, or more than {MAX_RANGES:,}",
                      f"来源列表已损坏或超过 {MAX_RANGES:,} 段")
    out = []
    for item in raw:
        parsed = _range(item)
        if parsed is None:
            raise refused("has a damaged list of origins", "来源列表已损坏")
        out.append(parsed)
    return out


def _range(item: Any) -> Range | None:
    try:
        device, station, first, last = item["d"], item["st"], item["from"], item["to"]
        prev_seq, prev_link = item["prev"]
        link, sig = bytes.fromhex(item["link"]), bytes.fromhex(item["sig"])
        prev = bytes.fromhex(prev_link)
    except (KeyError, TypeError, ValueError):
        return None
    ints = all(type(n) is int for n in (first, last, prev_seq))
    # (an op numbered past WIRE_INT_LIMIT is refused with its own sentence, op by op)
    if not (is_uuid(device) and (station is None or is_uuid(station)) and ints
            and 0 <= prev_seq < first <= last < 1 << 63
            and len(link) == 32 and len(prev) == 32 and len(sig) == 64):
        return None
    return Range(device, station, first, last, prev_seq, prev, link, sig)


class Equivocation(BundleRefused):
    """Two different ops (or histories) signed by one device for one place in its log."""

    def __init__(self, device: str, name: str, seq: int, evidence: dict[str, Any]) -> None:
        super().__init__(
            f"The bundle holds a second, different version of operation {seq} of the "
            f"device {name} ({device}): that device signed two histories (its key may be "
            "stolen, or its data folder copied to another laptop). Nothing was imported; "
            "the evidence is kept on the Sync screen, and the station head can revoke "
            "the device.",
            f"同步文件含有设备“{name}”（{device}）第 {seq} 条操作的另一个不同版本："
            "该设备签署了两份不同的记录（其密钥可能被盗，或数据文件夹被复制到另一台电脑）。"
            "未导入任何数据；证据已保存在同步页面，站长可以撤销该设备。")
        self.device, self.seq, self.evidence = device, seq, evidence

    @classmethod
    def of_bundles(cls, device: str, name: str, seq: int,
                   evidence: dict[str, Any]) -> Equivocation:
        """Two different bundle files signed by one device under one bundle number."""
        exc = cls(device, name, seq, {**evidence, "what": "bundle"})
        BundleRefused.__init__(
            exc, f"A different bundle with the same number ({seq}) from {name} was imported "
            "before: this one may be forged or the device's key stolen. Nothing was "
            "imported; the evidence is kept on the Sync screen; tell the station head.",
            f"此前已导入过来自“{name}”、编号相同（{seq}）但内容不同的同步文件：此文件可能被伪造"
            "或设备密钥被盗用。未导入任何数据；证据已保存在同步页面，请告知站长。")
        return exc


class ChainCheck:
    """Checks each op of a bundle against its origin's signed range, in stream order,
    and fills in the op's place in the log (prev_seq, link, prev_link)."""

    def __init__(self, ranges: list[Range], keys: dict[str, bytes],
                 names: dict[str, str] | None = None) -> None:
        """`keys`: each origin's public signing key. Every signature is checked here,
        before any op is read: one per range."""
        self.names = names or {}
        self.by_log: dict[tuple[str, str | None], list[Range]] = {}
        for r in sorted(ranges, key=lambda r: (r.device, r.station or "", r.first)):
            pieces = self.by_log.setdefault((r.device, r.station), [])
            if pieces and pieces[-1].last >= r.first:
                raise refused(f"names overlapping ranges of the device {r.device}",
                              f"含有设备 {r.device} 相互重叠的范围")
            pieces.append(r)
        self.firsts = {log: [r.first for r in rs] for log, rs in self.by_log.items()}
        for r in ranges:
            key = keys.get(r.device)
            if key is None or not verify(key, r.sig, head_message(r.device, r.station, r.last,
                                                                  r.link)):
                raise self.forged(r.device, "that device did not sign them", "签名不是该设备的")

    def ranges(self) -> list[Range]:
        return [r for rs in self.by_log.values() for r in rs]

    def feed(self, op: WireOp) -> None:
        log = (op.device, op.station)
        pieces = self.by_log.get(log)
        if pieces is None:
            raise self.forged(op.device, "its device signed no range of this bundle for "
                              "that station", "该设备没有为本文件中该站点的操作签署任何范围")
        r = pieces[bisect_right(self.firsts[log], op.seq) - 1] \
            if op.seq >= pieces[0].first else None
        if r is None or op.seq > r.last:
            raise self.forged(op.device, f"operation {op.seq} lies outside every range "
                              "its device signed", f"第 {op.seq} 条操作不在该设备签署的范围内")
        if (r.count == 0 and op.seq != r.first) or op.seq <= r.at_seq or op.hlc <= r.at_hlc:
            raise self.forged(op.device, "they are out of order or incomplete",
                              "顺序错乱或不完整")
        link = link_of(r.at_seq, r.at_link, op.line)
        op.prev_seq, op.link = r.at_seq, link
        op.prev_link = r.at_link if r.count == 0 else None
        r.at_seq, r.at_link, r.at_hlc = op.seq, link, op.hlc
        r.count += 1
        if op.seq == r.last and link != r.link:
            raise self.forged(op.device, "they differ from what that device signed "
                              "(changed, dropped or reordered on the way)",
                              "与该设备签署的内容不符（途中被改动、删减或调换）")

    def finish(self) -> None:
        for r in self.ranges():
            if r.at_seq != r.last:
                raise self.forged(r.device, f"operations up to {r.last} that its device "
                                  "signed are missing",
                                  f"缺少该设备签署的、直到第 {r.last} 条的操作")

    def forged(self, device: str, en: str, zh: str) -> BundleRefused:
        name = self.names.get(device, device)
        return BundleRefused(
            f"The bundle holds operations of the device {name} ({device}) that do not "
            f"prove to come from it: {en}. It may be forged or damaged on the way. "
            "Nothing was imported; tell the station head.",
            f"同步文件中设备“{name}”（{device}）的操作无法证明来自该设备：{zh}。"
            "文件可能被伪造或在途中损坏。未导入任何数据，请告知站长。")
