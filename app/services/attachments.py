"""Photos and scanned documents attached to a client, a case or a visit.

A photo is turned upright, downscaled to the laptop's longest edge (Settings; 1,600 px
by default) and written again as JPEG (PNG stays PNG: scans of text stay sharp), which
also drops its EXIF data (a phone writes where the photo was taken: a client's home).
A PDF scan is kept as it is. The file is stored once by its hash (app.store.file_store);
the record names it and syncs like any other (docs/records.md, "Attachments")."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ShegongError, ValidationError
from app.files import atomic_output, check_output
from app.models import Attachment, Case, Client, Visit
from app.models.rules import ATTACHMENT_MAX_BYTES
from app.models.validation import check_code
from app.models.vocab import ATTACHMENT_KIND
from app.services.common import checked_text, get_live, today
from app.store.database import Database
from app.store.file_store import FileStore

MAX_EDGE_KEY = "attachment_max_edge"
DEFAULT_MAX_EDGE = 1600  # px: an ID card or a form page stays readable, a photo ~300 KB
MAX_EDGE_RANGE = (640, 6000)
# A file read to be attached at most: a phone's photo is 2-15 MB, a scan a few MB.
MAX_INPUT_BYTES = 100 * 1024 * 1024
KINDS = ATTACHMENT_KIND.codes()  # what an attachment may show (the command line's choices)
_SUFFIX = {"jpeg": ".jpg", "png": ".png", "pdf": ".pdf"}


@dataclass(frozen=True)
class Prepared:
    data: bytes
    media_type: str  # a code of MEDIA_TYPE


@dataclass(frozen=True)
class AttachmentRow:
    id: str
    client_id: str
    kind: str
    title: str
    media_type: str
    size: int
    added_on: dt.date | None
    case_id: str | None
    case_opened: dt.date | None  # the case it belongs to, by its opening date
    visit_id: str | None
    visit_date: dt.date | None  # the visit it belongs to, by its date
    status: str  # ok, missing (not received on this laptop yet), damaged
    sha256: str


def store(db: Database) -> FileStore:
    return FileStore(db.paths.attachments)


def max_edge(db: Database) -> int:
    raw = db.setting(MAX_EDGE_KEY)
    return int(raw) if raw and raw.isdigit() else DEFAULT_MAX_EDGE


def set_max_edge(db: Database, pixels: int) -> None:
    low, high = MAX_EDGE_RANGE
    if isinstance(pixels, bool) or not isinstance(pixels, int) or not low <= pixels <= high:
        raise ValidationError("max_edge", f"The longest edge must be {low} to {high} pixels.",
                              f"照片最长边应在{low}到{high}像素之间。")
    db.set_setting(MAX_EDGE_KEY, str(pixels))


def prepare(path: Path, edge: int) -> Prepared:
    """The bytes to store for the file at `path`, or a sentence saying why not."""
    try:
        if path.stat().st_size > MAX_INPUT_BYTES:
            raise _too_big(path.stat().st_size)
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ValidationError("file", f"There is no file {path.name}.",
                              f"找不到文件 {path.name}。") from exc
    except OSError as exc:
        raise ValidationError("file", f"The file {path.name} cannot be read ({exc.strerror}).",
                              f"无法读取文件 {path.name}（{exc.strerror}）。") from exc
    pdf = data.startswith(b"%PDF-")
    prepared = Prepared(data, "pdf") if pdf else _photo(data, edge, path.name)
    if len(prepared.data) > ATTACHMENT_MAX_BYTES:
        raise _too_big(len(prepared.data))
    return prepared


def _photo(data: bytes, edge: int, name: str) -> Prepared:
    try:
        with Image.open(io.BytesIO(data)) as opened:
            kind = opened.format
            image = ImageOps.exif_transpose(opened)
            image.thumbnail((edge, edge), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            if kind == "PNG":
                image.save(out, "PNG", optimize=True)
                return Prepared(out.getvalue(), "png")
            image.convert("RGB").save(out, "JPEG", quality=85, optimize=True)
            return Prepared(out.getvalue(), "jpeg")
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError) as exc:
        raise ValidationError(
            "file", f"The file {name} is not a photo or a PDF scan that Shegong can read "
            "(JPEG, PNG, BMP, TIFF, WebP or PDF).",
            f"文件 {name} 不是可识别的照片或PDF扫描件（支持 JPEG、PNG、BMP、TIFF、WebP、PDF）。"
        ) from exc


def _too_big(size: int) -> ValidationError:
    limit = ATTACHMENT_MAX_BYTES // 2**20
    return ValidationError(
        "file", f"The file is {size / 2**20:.1f} MB; an attachment may be at most {limit} MB "
        "(scan at a lower resolution, or split the document).",
        f"文件大小为 {size / 2**20:.1f} MB，附件最大 {limit} MB（请降低扫描分辨率或分开扫描）。")


def add_attachment(db: Database, client_id: str, path: Path, kind: str, title: str = "",
                   case_id: str | None = None, visit_id: str | None = None) -> str:
    """Attach the file at `path` to the client (and to one of its cases or visits)."""
    check_code(kind, ATTACHMENT_KIND.codes(), "kind", "kind", "附件类别")
    text = checked_text("attachment", "title", title or path.stem[:100])
    prepared = prepare(path, max_edge(db))
    with db.read() as s:
        _check_links(s, client_id, case_id, visit_id)
    digest = store(db).put(prepared.data)  # before the record: it never names a lost file
    with db.write() as s:
        _check_links(s, client_id, case_id, visit_id)
        row = Attachment(client_id=client_id, case_id=case_id, visit_id=visit_id, kind=kind,
                         title=text, media_type=prepared.media_type, sha256=digest,
                         size=len(prepared.data), added_on=today())
        s.add(row)
        s.flush()
        return row.id


def _check_links(s: Session, client_id: str, case_id: str | None,
                 visit_id: str | None) -> None:
    get_live(s, Client, client_id, "client", "服务对象")
    owners = []
    if case_id is not None:
        owners.append(("case", "个案", get_live(s, Case, case_id, "case", "个案").client_id))
    if visit_id is not None:
        owners.append(("visit", "走访记录",
                       get_live(s, Visit, visit_id, "visit", "走访记录").client_id))
    for en, zh, owner in owners:
        if owner != client_id:
            raise ValidationError("link", f"That {en} is another client's.",
                                  f"该{zh}属于另一位服务对象。")


def attachments_of(db: Database, client_id: str, case_id: str | None = None,
                   visit_id: str | None = None) -> list[AttachmentRow]:
    """The live attachments of a client (or only of one case or visit), newest first,
    each with whether its file is here."""
    query = _listed().where(Attachment.client_id == client_id)
    if case_id is not None:
        query = query.where(Attachment.case_id == case_id)
    if visit_id is not None:
        query = query.where(Attachment.visit_id == visit_id)
    return _rows(db, query.order_by(Attachment.added_on.desc(), Attachment.id.desc()))


def _listed() -> Select[tuple[Attachment, dt.date | None, dt.date | None]]:
    """Live attachments with the day of the case or visit they belong to."""
    return (select(Attachment, Case.opened_on, Visit.visit_date)
            .outerjoin(Case, Case.id == Attachment.case_id)
            .outerjoin(Visit, Visit.id == Attachment.visit_id)
            .where(Attachment.void_reason.is_(None)))


def _rows(db: Database, query: Select[tuple[Attachment, dt.date | None, dt.date | None]]
          ) -> list[AttachmentRow]:
    files = store(db)
    with db.read() as s:
        return [AttachmentRow(a.id, a.client_id or "", a.kind or "other", a.title or "",
                              a.media_type or "", a.size or 0, a.added_on, a.case_id, opened,
                              a.visit_id, visited, files.status(a.sha256 or ""),
                              a.sha256 or "")
                for a, opened, visited in s.execute(query)]


def attachment_bytes(db: Database, attachment_id: str) -> tuple[AttachmentRow, bytes]:
    """The attachment and its file's bytes, or a sentence when the file is not here or
    damaged."""
    with db.read() as s:
        get_live(s, Attachment, attachment_id, "attachment", "附件")  # a sentence if not
    [row] = _rows(db, _listed().where(Attachment.id == attachment_id))
    data = store(db).read(row.sha256)
    if data is None:
        raise _unavailable(row)
    return row, data


def _unavailable(row: AttachmentRow) -> ShegongError:
    if row.status == "missing":
        return NotFoundError(
            f"The file of “{row.title}” has not reached this laptop yet (it comes with a "
            "bundle that carries attachments).",
            f"“{row.title}”的文件尚未传到本机（随带附件的同步文件一起传来）。")
    return NotFoundError(
        f"The file of “{row.title}” is damaged on this laptop; it comes again with the next "
        "bundle that carries attachments, or restore a backup.",
        f"“{row.title}”的文件在本机已损坏；下次带附件的同步文件会再次带来，或从备份恢复。")


def save_attachment(db: Database, attachment_id: str, out: Path) -> Path:
    """Write the attachment's file to `out` (its suffix added when missing)."""
    row, data = attachment_bytes(db, attachment_id)
    out = check_output(db.paths, out)
    suffix = _SUFFIX.get(row.media_type, "")
    if suffix and out.suffix.lower() not in (suffix, ".jpeg" if suffix == ".jpg" else suffix):
        out = out.with_name(out.name + suffix)
    with atomic_output(out) as fh:
        fh.write(data)
    return out


@dataclass(frozen=True)
class Target:
    """What an attachment can belong to: the client, one of its cases or visits."""

    kind: str  # client, case, visit
    id: str | None
    day: dt.date | None = None
    code: str = ""  # the case's stage or the visit's mode


def targets(db: Database, client_id: str, visits: int = 50) -> list[Target]:
    """The client, its live cases (newest first) and its latest `visits` visits."""
    with db.read() as s:
        found = [Target("client", None)]
        found += [Target("case", i, day, stage or "") for i, day, stage in s.execute(
            select(Case.id, Case.opened_on, Case.stage).where(
                Case.client_id == client_id, Case.void_reason.is_(None))
            .order_by(Case.opened_on.desc()))]
        found += [Target("visit", i, day, mode or "") for i, day, mode in s.execute(
            select(Visit.id, Visit.visit_date, Visit.mode).where(
                Visit.client_id == client_id, Visit.void_reason.is_(None))
            .order_by(Visit.visit_date.desc()).limit(visits))]
        return found
