"""Small pieces every use case shares: fetching a record, the current worker and station,
the time stamp of local rows, and the cleaning of optional text and required dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError
from app.models import rules
from app.models.base import Synced, utc_now
from app.models.ids import is_uuid
from app.models.validation import check_not_future
from app.models.validation import parse_month as parse_month  # re-exported for the use cases
from app.store.database import local_setting as local_setting  # re-exported for the use cases

T = TypeVar("T", bound=Synced)


def get_live(s: Session, model: type[T], record_id: str, what_en: str, what_zh: str) -> T:
    """The record, or a sentence saying it does not exist or was voided (also for an id
    that is not one at all, as typed into a script)."""
    obj = s.get(model, record_id) if is_uuid(record_id) else None
    if obj is None:
        raise NotFoundError(f"No {what_en} with id {record_id}.",
                            f"找不到编号为 {record_id} 的{what_zh}。")
    if obj.void_reason is not None:
        raise NotFoundError(
            f"The {what_en} {record_id} was voided ({obj.void_reason}).",
            f"该{what_zh}已作废（{obj.void_reason}）。",
        )
    return obj


def today() -> dt.date:
    return dt.date.today()


def now_iso() -> str:
    """UTC now to the second, as ISO text: the stamp of local rows (ledger, devices,
    conflicts, drafts), which only people read."""
    return utc_now().isoformat(timespec="seconds")


def optional_text(value: str | None, max_len: int | None = None) -> str | None:
    """Stripped text, cut to `max_len`; None for nothing or only spaces (a blank form
    field is stored as no value, not as an empty string)."""
    value = (value or "").strip()
    if not value:
        return None
    return value[:max_len] if max_len is not None else value


def checked(table: str, field: str, value: Any, day: dt.date | None = None,
            en: str | None = None, zh: str | None = None) -> Any:
    """The value through its field's rule (app.models.rules): the same rule the bundle
    import applies, so what a form saves every other device accepts."""
    return rules.check(table, field, value, day or today(), en, zh)


def checked_text(table: str, field: str, value: str | None,
                 day: dt.date | None = None) -> str | None:
    """Optional text, stripped (None when blank), within its field's rule."""
    return checked(table, field, optional_text(value), day)


def required_date(value: dt.date | str | None, field: str, en: str, zh: str,
                  today: dt.date | None = None) -> dt.date:
    """A date that must be given and not lie in the future (a record of what happened)."""
    day = parse_date(value, field, en, zh)
    if day is None:
        raise ValidationError(field, f"Please enter the {en}.", f"请填写{zh}。")
    return check_not_future(day, field, en, zh, today=today)


def parse_date(value: dt.date | str | None, field: str, label_en: str,
               label_zh: str) -> dt.date | None:
    """Accept a date or an ISO string (from the CLI or a form)."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise ValidationError(
            field,
            f"The {label_en} must be a date like 2026-11-28.",
            f"{label_zh}应为日期，例如 2026-11-28。",
        ) from exc




def set_links(s: Session, held: list[T], linked: Callable[[T], str | None],
              wanted: list[str], make: Callable[[str], T], reason: str) -> None:
    """A record's linked rows (an activity's participants, a visit's companions) made to
    name exactly `wanted`: the rows no longer named are voided with `reason` (a void,
    never a delete, so the change syncs), the ones missing are added."""
    for row in held:
        if linked(row) not in wanted:
            row.void_reason = reason
    have = {linked(row) for row in held}
    for other in wanted:
        if other not in have:
            s.add(make(other))


def set_changed(row: Any, values: Mapping[str, Any] | Iterable[tuple[str, Any]]) -> None:
    """Write only the fields whose value differs: an unchanged field makes no op, keeps
    its clock and stays out of the record's history."""
    for name, value in (values.items() if isinstance(values, Mapping) else values):
        if getattr(row, name) != value:
            setattr(row, name, value)
