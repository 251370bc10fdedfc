"""The head's audit: every change with who (worker and laptop), when, which record and
fields, narrowed to dates and to one worker, including changes merged from another
laptop; exported to Excel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from categories import TBA
from openpyxl import load_workbook
from peers import mesh

from app.services.audit import audit, write_audit_xlsx
from app.services.clients import ClientInput, register_client
from app.services.visits import VisitInput, record_visit
from app.services.voids import void_record
from app.services.workers import current_worker_id

TODAY = dt.date.today()


def test_the_audit_lists_each_change_by_worker_and_laptop(tmp_path: Path) -> None:
    head, worker = mesh(tmp_path, ["head", "worker"])
    client = register_client(worker.db, ClientInput(name="韦秀英", gender="female",
                                                    categories=TBA))
    visit = record_visit(worker.db, VisitInput(client_id=client, visit_date=TODAY,
                                               observations="屋顶漏雨"))
    void_record(worker.db, "visit", visit, "记错了日子")
    head.take(worker.export())
    register_client(head.db, ClientInput(name="黄德明", gender="male", categories=TBA))

    everything = audit(head.db, TODAY, TODAY)
    mine = [(line.table, line.action) for line in everything.lines
            if line.worker == "社工worker"]
    assert ("client", "created") in mine and ("visit", "created") in mine
    assert ("visit", "voided") in mine
    voided = next(line for line in everything.lines if line.action == "voided")
    assert voided.laptop == "worker" and voided.record_id == visit
    assert "void_reason" in voided.fields
    assert everything.lines == sorted(everything.lines, key=lambda x: x.at, reverse=True)

    worker_id = current_worker_id(worker.db)
    assert worker_id is not None
    only = audit(head.db, TODAY, TODAY, worker_id=worker_id).lines
    assert only and {line.worker for line in only} == {"社工worker"}
    assert audit(head.db, TODAY, TODAY, worker_id="社工worker").lines == only  # by name
    assert audit(head.db, TODAY - dt.timedelta(days=10), TODAY - dt.timedelta(days=1)
                 ).lines == []

    out = write_audit_xlsx(head.db, everything, tmp_path / "修改记录.xlsx")
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("时间", "社工", "电脑")
    assert len(rows) == len(everything.lines) + 1
    assert ("社工worker", "worker", "走访记录", "韦秀英", visit, "作废") in [r[1:7] for r in rows]
