"""Workers: this worker's profile."""

from __future__ import annotations

from app.models import Worker
from app.models.validation import check_code, normalize_phone, require_text
from app.models.vocab import CERTIFICATION
from app.services.common import get_live, local_setting, set_changed
from app.store.database import Database


def current_worker_id(db: Database) -> str | None:
    with db.read() as s:
        return local_setting(s, "worker_id")


def update_worker(db: Database, worker_id: str, name: str, phone: str | None,
                  certification: str) -> None:
    text = require_text(name, "name", "name", "姓名", 50)
    number = normalize_phone(phone, "phone") if phone and phone.strip() else None
    check_code(certification, CERTIFICATION.codes(), "certification", "certification", "职业资格")
    with db.write() as s:
        worker = get_live(s, Worker, worker_id, "worker", "社工")
        set_changed(worker, {"name": text, "phone": number, "certification": certification})
