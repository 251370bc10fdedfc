"""修改记录 from the Station page: the changes with worker and laptop, narrowed to a
worker, a line opening the record's history, and the Excel export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from categories import TBA
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from app.services import clients, visits
from app.services.voids import void_record
from app.ui.kit.context import AppContext
from app.ui.station.audit_dialog import AuditDialog
from app.ui.station.station_page import StationPage


def test_the_head_reads_who_changed_what_and_exports_it(
        qtbot: QtBot, ctx: AppContext, tmp_path: Path,
        language: Callable[[str], str]) -> None:
    language("zh")
    client = clients.register_client(ctx.db, clients.ClientInput(
        name="韦秀英", gender="female", categories=TBA))
    visit = visits.record_visit(ctx.db, visits.VisitInput(
        client_id=client, visit_date=dt.date.today(), observations="屋顶漏雨"))
    void_record(ctx.db, "visit", visit, "记错了日子")
    page = StationPage(ctx)
    qtbot.addWidget(page)
    dialog = page.open_audit()
    assert isinstance(dialog, AuditDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=10_000)
    model = dialog.model
    shown = [[model.columns[c].text(line) for c in range(7)] for line in model.rows]
    assert ["韦丽", "韦丽的电脑", "走访记录", "韦秀英", "作废"] in [row[1:6] for row in shown]
    assert ["韦丽", "韦丽的电脑", "服务对象", "韦秀英", "新建"] in [row[1:6] for row in shown]
    assert "共 " in dialog.status.text()

    dialog.view.selectRow(next(i for i, line in enumerate(model.rows)
                               if line.action == "voided"))
    history = dialog.open_history()
    assert history is not None
    qtbot.addWidget(history)
    qtbot.waitUntil(lambda: bool(history.model.rows), timeout=10_000)
    assert any(change.new == "记错了日子" for change in history.model.rows)

    saved = dialog.export(tmp_path / "修改记录.xlsx")
    assert saved is not None
    rows = list(load_workbook(saved).active.iter_rows(values_only=True))
    assert len(rows) == len(model.rows) + 1

    dialog.worker.setCurrentIndex(dialog.worker.findText("韦丽"))
    dialog.found = None
    dialog.load()
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=10_000)
    assert {line.worker for line in dialog.model.rows} == {"韦丽"}


def test_a_client_and_a_case_show_their_history(qtbot: QtBot, ctx: AppContext,
                                                 language: Callable[[str], str]) -> None:
    from app.services import cases
    from app.ui.cases.case_dialog import CaseDialog
    from app.ui.clients.client_detail import ClientDetailDialog

    language("zh")
    client = clients.register_client(ctx.db, clients.ClientInput(
        name="韦秀英", gender="female", address="那龙村三组", categories=TBA))
    clients.update_client(ctx.db, client, address="那龙村五组12号")
    case = cases.open_case(ctx.db, client, "独居，房屋漏雨")
    cases.update_case(ctx.db, case, assess_health="腿脚不便")
    window = ClientDetailDialog(ctx, client)
    qtbot.addWidget(window)
    history = window.show_history()
    qtbot.addWidget(history)
    qtbot.waitUntil(lambda: bool(history.model.rows), timeout=10_000)
    moved = [c for c in history.model.rows if c.field == "address"]
    assert [(c.old, c.new) for c in moved] == [("那龙村三组", "那龙村五组12号")]
    assert history.model.columns[2].text(moved[0]) == "住址"
    dialog = CaseDialog(ctx, case)
    qtbot.addWidget(dialog)
    case_history = dialog.show_history()
    qtbot.addWidget(case_history)
    qtbot.waitUntil(lambda: bool(case_history.model.rows), timeout=10_000)
    assessed = [c for c in case_history.model.rows if c.field == "assess_health"]
    assert assessed and assessed[0].new == "腿脚不便"
    assert case_history.model.columns[2].text(assessed[0]) == "健康状况"


def test_the_persons_own_record_from_the_client_window(
        qtbot: QtBot, ctx: AppContext, tmp_path: Path,
        language: Callable[[str], str]) -> None:
    from paper import pdf_text

    from app.ui.clients.client_detail import ClientDetailDialog

    language("zh")
    client = clients.register_client(ctx.db, clients.ClientInput(
        name="韦秀英", gender="female", address="那龙村三组", categories=TBA))
    clients.update_client(ctx.db, client, address="那龙村五组12号")
    window = ClientDetailDialog(ctx, client)
    qtbot.addWidget(window)
    assert window.person_action.text().startswith("个人信息副本")
    saved = window.save_person_record(tmp_path / "副本.pdf")
    assert saved is not None and "个人信息副本已保存" in window.paper_status.text()
    text = pdf_text(saved)[1]
    assert "韦秀英" in text and "那龙村三组" in text and "那龙村五组12号" in text
