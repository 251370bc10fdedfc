"""Render the window offscreen, in Chinese at 1366x768 with demo data, to docs/screenshots/.

    make screenshots        (or: .venv/bin/python tools/screenshots.py)

Writes first_run.png and first_run_error.png (a fresh data folder) and main_<page>.png for
every page of the main window (a folder set up with `shegong init` and 300 demo clients).
Everything happens in temporary folders; the user's own data is never opened.
Needs a CJK font (Debian: apt-get install fonts-noto-cjk).
"""

from __future__ import annotations

import datetime as dt
import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt loads

import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QThreadPool, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QPainter
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # so `python tools/screenshots.py` finds `app` without install

from app import vault  # noqa: E402
from app.paths import resolve_paths  # noqa: E402
from app.services.people import PersonInput, add_person, set_active  # noqa: E402
from app.services.setup import initialize  # noqa: E402
from app.store.database import Database  # noqa: E402
from app.ui.kit.i18n import install_language  # noqa: E402
from app.ui.kit.style import apply_style  # noqa: E402
from app.ui.shell.first_run import FirstRunDialog  # noqa: E402
from app.ui.shell.main_window import PAGES, MainWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)  # the commonest screen of the stations' laptops
CJK_MARKERS = ("Noto Sans CJK", "WenQuanYi", "Source Han")
PREFERRED = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
             "WenQuanYi Micro Hei", "WenQuanYi Zen Hei")
STATION = ["--station", "那龙镇社工站", "--county", "南宁市武鸣区", "--township", "那龙镇",
           "--device", "韦丽的电脑", "--worker", "韦丽"]


def cjk_family() -> str | None:
    """The Simplified Chinese font to draw with, or None when there is none."""
    families = QFontDatabase.families()
    for name in PREFERRED:
        if name in families:
            return name
    return next((f for f in families if any(m in f for m in CJK_MARKERS)), None)


def shegong(data_dir: Path, *args: str) -> None:
    """Run the command line as a user would (`python -m app ...`)."""
    env = dict(os.environ, SHEGONG_LANG="zh")
    result = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir), *args],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"shegong {' '.join(args)} failed:\n{result.stdout}{result.stderr}")


def settle(ms: int = 50) -> None:
    """Let queued events, layouts and paints happen."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(done: Callable[[], bool]) -> None:
    """Let the event loop run until `done()` (30 s at most) and the workers are idle."""
    for _ in range(600):
        if done():
            break
        settle(50)
    QThreadPool.globalInstance().waitForDone(10_000)


def until_loaded(page: QWidget) -> None:
    """Wait until a page has painted its data, as a person would before looking."""
    busy = getattr(page, "is_busy", None)
    wait_until(lambda: busy is None or not busy())
    settle(200)


def save(widget: QWidget, name: str) -> None:
    settle()
    path = OUT / f"{name}.png"
    if not widget.grab().save(str(path)):
        sys.exit(f"could not write {path}")
    print(f"{path.relative_to(ROOT)}  {widget.width()}x{widget.height()}")


def first_run(folder: Path) -> None:
    db = Database(resolve_paths(folder))
    try:
        dialog = FirstRunDialog(lambda data: initialize(db, data), "zh")
        dialog.show()
        save(dialog, "first_run")
        # What a worker sees after pressing the button with the station name left empty.
        dialog.county.setText("南宁市武鸣区")
        dialog.township.setText("那龙镇")
        dialog.ok_button.click()
        dialog.adjustSize()
        save(dialog, "first_run_error")
        dialog.close()
        if db.is_set_up:
            sys.exit("the first-run dialog set up a folder with no station name")
        joining = FirstRunDialog(lambda data: initialize(db, data), "zh")
        joining.show()
        joining.join.click()  # a worker's laptop joining the head's station
        joining.set_card(Path("站长的电脑.card"))
        joining.device.setText("韦丽的电脑")
        joining.worker.setText("韦丽")
        joining.adjustSize()
        save(joining, "first_run_join")
        joining.close()
    finally:
        db.close()


def access_screens(folder: Path) -> None:
    """The first start's password (with its strength), the recovery key shown once, the
    password asked at the next start with a wrong one typed (issue 13)."""
    from app.ui.kit.access_dialogs import LoginDialog, RecoveryKeyDialog, SetPasswordDialog

    paths = resolve_paths(folder)
    setting = SetPasswordDialog(paths, "zh")
    setting.show()
    setting.new.first.setText("那龙镇 2026 清水村")
    setting.new.again.setText("那龙镇 2026 清水村")
    setting.adjustSize()
    save(setting, "password_set")
    setting.buttons.accepted.emit()
    shown = RecoveryKeyDialog(setting.recovery)
    shown.show()
    shown.adjustSize()
    save(shown, "recovery_key")
    shown.close()
    vault.lock(paths.data)
    login = LoginDialog(paths, "zh")
    login.show()
    login.password.setText("不是这个")
    login.buttons.accepted.emit()
    login.adjustSize()
    save(login, "login_wrong")
    login.close()


def locked_screen(window: MainWindow) -> None:
    """The window locked (Ctrl+L): every page hidden, the password asked."""
    window.window_lock.lock()
    dialog = window.window_lock.dialog
    assert dialog is not None
    settle(100)
    # As a person sees it: the dialog over the emptied window (offscreen, each is drawn
    # on its own).
    shot = window.grab()
    painter = QPainter(shot)
    box = dialog.grab()
    painter.drawPixmap((shot.width() - box.width()) // 2, (shot.height() - box.height()) // 3,
                       box)
    painter.end()
    shot.save(str(OUT / "locked.png"))
    print(f"docs/screenshots/locked.png  {shot.width()}x{shot.height()}")
    dialog.password.setText(os.environ["SHEGONG_PASSWORD"])
    dialog.buttons.accepted.emit()
    settle(50)


def case_and_activity_screens(window: MainWindow) -> None:
    """A case in progress and a closed one, a new activity with a search typed, and a
    recorded activity (cases and activities area)."""
    from app.services.activities import list_activities
    from app.services.cases import list_cases
    from app.ui.activities.activity_form import ActivityFormDialog
    from app.ui.cases.case_dialog import CaseDialog

    def shoot(widget: QWidget, name: str) -> None:
        widget.show()
        settle(300)  # the picker's search starts after a pause in typing
        QThreadPool.globalInstance().waitForDone(10_000)
        save(widget, name)
        widget.close()

    ctx = window.ctx
    for stage, name in (("intervention", "case"), ("closed", "case_closed")):
        rows = list_cases(ctx.db, stage)
        if rows:
            shoot(CaseDialog(ctx, rows[0].id, window), name)
    new = ActivityFormDialog(ctx, None, window)
    new.title.setText("留守儿童暑期阅读小组")
    new.picker.picker.search.setText("黄")
    shoot(new, "activity_new")
    recorded = list_activities(ctx.db)
    if recorded:
        shoot(ActivityFormDialog(ctx, recorded[0].id, window), "activity")


def visit_screens(window: MainWindow) -> None:
    """Today and Visits once their lists are in, and the home visit form: for a client with
    an open case, half filled in, and with the client picker and a refused future date
    (visits area)."""
    import datetime as dt

    from app.services.cases import list_cases
    from app.ui.visits.visit_form import VisitFormDialog

    for key in ("today", "visits"):
        page = window.pages[key]
        window.show_page(key)
        loop = QEventLoop()
        page.loaded.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        if page.loading:
            loop.exec()
        save(window, f"main_{key}")
    ctx = window.ctx
    cases = list_cases(ctx.db, "intervention") or list_cases(ctx.db)
    form = VisitFormDialog(ctx, cases[0].client_id if cases else None, None, window)
    form.show()
    form.resize(1180, 720)  # as on a 1366x768 screen
    form.observations.setPlainText("屋里很乱，和她一起打扫。老人说最近腿疼，不想出门。")
    form.needs["material"].set_level("high")
    form.needs["material"].notes.setText("缺过冬棉被，屋顶漏雨")
    form.needs["emotional"].set_level("medium")
    form.services.set_codes(["emotional_support", "material_help"])
    save(form, "visit_form")
    form.keeper.finish()  # no draft left behind in the demo folder
    form.close()
    picker = VisitFormDialog(ctx, None, None, window)
    picker.show()
    picker.resize(1180, 720)
    picker.picker.search.setText("黄")
    QThreadPool.globalInstance().waitForDone(10_000)
    settle(300)
    picker.picker.view.selectRow(0)
    picker.visit_date.set_value(dt.date.today() + dt.timedelta(days=1))
    picker.save()
    save(picker, "visit_form_picker")
    picker.keeper.finish()
    picker.close()


def saved_record_screens(window: MainWindow) -> None:
    """A saved visit opened again (History, Void), its history after a correction, a
    referral overdue on Today and its answer being noted (issue 10)."""
    import datetime as dt

    from app.services.activities import list_activities
    from app.services.referrals import refer
    from app.services.visits import get_visit, recent_visits, update_visit
    from app.ui.activities.activity_form import ActivityFormDialog
    from app.ui.clients.referral_dialog import ReferralDialog
    from app.ui.kit.history import HistoryDialog
    from app.ui.visits.visit_form import VisitFormDialog

    ctx = window.ctx
    newest = recent_visits(ctx.db, limit=1)[0]
    saved = get_visit(ctx.db, newest.id).input
    update_visit(ctx.db, newest.id, type(saved)(**{
        **saved.__dict__, "observations": (saved.observations or "") + "（补记：已联系村医上门）",
        "duration_min": (saved.duration_min or 30) + 15}))
    form = VisitFormDialog(ctx, None, None, window, visit_id=newest.id)
    form.show()
    form.resize(1180, 720)
    save(form, "visit_saved")
    history = HistoryDialog(ctx, "visit", newest.id, form.windowTitle(), form.field_labels(),
                            form)
    history.show()
    wait_until(lambda: history.model.rowCount() > 1)
    save(history, "visit_history")
    history.close()
    form.close()
    referral = refer(ctx.db, newest.client_id, "civil_affairs", "申请临时救助，家中屋顶漏雨",
                     referred_on=dt.date.today() - dt.timedelta(days=41))
    window.show_page("today")
    until_loaded(window.pages["today"])
    save(window, "today_referrals")
    dialog = ReferralDialog(ctx, referral, window)
    dialog.status.set_code("accepted")
    dialog.outcome.setPlainText("民政办已受理，十个工作日内答复")
    dialog.show()
    save(dialog, "referral")
    dialog.reject()
    activity = ActivityFormDialog(ctx, list_activities(ctx.db)[0].id, window)
    activity.show()
    activity.resize(1120, 680)
    save(activity, "activity_edit")
    activity.reject()
    # Cases → 转介: the referrals still open 30 days on.
    window.show_page("cases")
    cases = window.pages["cases"]
    cases.tabs.setCurrentWidget(cases.referrals)  # type: ignore[attr-defined]
    cases.referrals.show_overdue()  # type: ignore[attr-defined]
    wait_until(lambda: not cases.referrals.loader.running)  # type: ignore[attr-defined]
    save(window, "cases_referrals")
    cases.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    # 走访记录 narrowed to one worker's visits of one month.
    window.show_page("visits")
    visits_page = window.pages["visits"]
    until_loaded(visits_page)
    wait_until(lambda: visits_page.month.count() > 2)  # type: ignore[attr-defined]
    visits_page.worker.setCurrentIndex(1)  # type: ignore[attr-defined]
    visits_page.month.setCurrentIndex(2)  # type: ignore[attr-defined]
    until_loaded(visits_page)
    save(window, "visits_filtered")
    visits_page.clear_filters()  # type: ignore[attr-defined]


def clients_screens(window: MainWindow) -> None:
    """The Clients page once its list is in, then a search typed with a filter (clients
    area)."""
    from PySide6.QtGui import QInputMethodEvent

    page = window.pages["clients"]

    def wait_for_list() -> None:
        loop = QEventLoop()
        QTimer.singleShot(30_000, loop.quit)
        page.results_applied.connect(loop.quit)
        if page.is_busy():
            loop.exec()
        page.results_applied.disconnect(loop.quit)

    window.show_page("clients")
    wait_for_list()
    save(window, "main_clients")
    typed = QInputMethodEvent()  # Chinese arrives from the input method as one commit
    typed.setCommitString("韦")
    QApplication.sendEvent(page.search_box, typed)
    page.risk.set_code("high")
    wait_for_list()
    save(window, "clients_search")
    page.clear_filters()
    page.search_box.clear()
    wait_for_list()


def client_form_screens(window: MainWindow) -> None:
    """A client's detail window (one with an open case), the client form editing it, a new
    client refused for a wrong ID check digit, and the duplicate warning (client forms area)."""
    from app.services.cases import list_cases
    from app.services.clients import client_input
    from app.services.duplicates import possible_duplicates
    from app.ui.clients.client_detail import ClientDetailDialog
    from app.ui.clients.client_form import ClientFormDialog
    from app.ui.kit.record_dialogs import DuplicateDialog

    ctx = window.ctx
    cases = list_cases(ctx.db, "intervention") or list_cases(ctx.db)
    if not cases:
        return
    client_id = cases[0].client_id
    detail = ClientDetailDialog(ctx, client_id, window)
    detail.show()
    detail.resize(1100, 700)
    save(detail, "client_detail")
    detail.close()
    for name, form in (("client_form", ClientFormDialog(ctx, client_id, window)),
                       ("client_form_error", ClientFormDialog(ctx, None, window))):
        form.show()
        form.resize(1180, 700)
        if name == "client_form_error":
            form.name.setText("张晓明")
            form.id_number.setText("450110201506030310")  # the check digit should be 1
            form.save()
        save(form, name)
        form.done(0)
    found = possible_duplicates(ctx.db, client_input(ctx.db, client_id))
    dialog = DuplicateDialog(ctx.lang, found, window)
    dialog.show()
    save(dialog, "client_duplicate")
    dialog.done(0)


def sync_screens(window: MainWindow, folder: Path) -> None:
    """The Sync page with a second laptop of the station (陆春燕's, joined with this
    laptop's card and admitted as a worker): a file imported from it, a conflict and a
    duplicate to review, the history, and the dialog that trusts a card (sync area)."""

    from app.models.validation import id_check_digit
    from app.services import clients
    from app.services.bundle_import import import_bundle
    from app.services.devices import export_card, this_device, trust_card
    from app.services.sync import export_bundle

    ctx = window.ctx
    station_card = export_card(ctx.db, folder.parent / "station.card")
    shegong(folder, "init", "--join", str(station_card), "--device", "陆春燕的电脑",
            "--worker", "陆春燕")
    peer = Database(resolve_paths(folder))
    peer_card = export_card(peer, folder.parent / "lu.card")
    elderly = (clients.CategoryInput("left_behind_elderly"),)
    try:
        trust_card(ctx.db, peer_card, "worker")
        shared = clients.register_client(ctx.db, clients.ClientInput(
            name="覃秀兰", phone="13800001111", village="那龙村", categories=elderly))
        import_bundle(peer, export_bundle(ctx.db, folder.parent / "all.shegong",
                                          to=[this_device(peer).device_id]).path)
        clients.update_client(ctx.db, shared, phone="13911112222")
        clients.update_client(peer, shared, phone="13733334444", village="板六村")
        clients.update_client(ctx.db, shared, village="那龙村三组")
        number = "45012219380512002"
        number += id_check_digit(number)
        clients.register_client(ctx.db, clients.ClientInput(name="韦美华", id_number=number,
                                                            categories=elderly))
        clients.register_client(peer, clients.ClientInput(name="韦美华", id_number=number,
                                                          phone="13812345678", categories=elderly))
        bundle = export_bundle(peer, folder.parent / "那龙镇社工站-陆春燕.shegong",
                               to=[this_device(ctx.db).device_id]).path
        page = window.pages["sync"]
        window.show_page("sync")
        page.import_files([bundle, peer_card])  # the card is refused: not a bundle
        wait_until(lambda: not page.importing() and not page.is_busy())
        for index, name in enumerate(("main_sync", "sync_exchange", "sync_review",
                                      "sync_history")):
            page.tabs.setCurrentIndex(index)
            save(window, name)
        page.tabs.setCurrentIndex(0)
        page.devices_tab.trust_file(peer_card)
        dialog = page.devices_tab.trust_dialog
        if dialog is not None:
            save(dialog, "sync_trust")
            dialog.reject()
    finally:
        QThreadPool.globalInstance().waitForDone(10_000)
        peer.close()


def roster_screens(window: MainWindow, folder: Path) -> None:
    """Clients → Import from Excel on a 低保 roster with a title row: the column mapping,
    then the preview with new people, three already registered and each kind of bad row
    (roster area). Nothing is imported."""
    import datetime as dt

    import openpyxl

    from app.models.validation import id_check_digit
    from app.services.client_list import ClientQuery, client_ids, villages
    from app.services.clients import client_input
    from app.ui.roster.roster_import import RosterImportDialog

    ctx = window.ctx
    places = villages(ctx.db)[:5] or ["那龙村"]
    first40 = client_ids(ctx.db, ClientQuery())[:40]
    known = [c for c in (client_input(ctx.db, i) for i in first40) if c.id_number][:3]
    given = ["秀英", "美华", "建国", "桂兰", "振华", "丽娟", "海燕", "文军", "玉梅", "志强",
             "春燕", "德明", "金凤", "永福"]
    rows: list[list[object]] = []
    for i, first in enumerate(given):
        birth = dt.date(1938, 3, 1) + dt.timedelta(days=i * 1733)
        first17 = f"450122{birth:%Y%m%d}{100 + i * 7:03d}"
        number = first17 + id_check_digit(first17)
        village = places[i % len(places)]
        rows.append(["韦黄覃陆蒙"[i % 5] + first, number, "男" if int(number[16]) % 2 else "女",
                     dt.datetime.combine(birth, dt.time()), f"1387712{i:04d}", village,
                     f"{i % 6 + 1}组", f"{village}{i % 6 + 1}组{i * 3 + 2}号"])
    for n, c in enumerate(known):  # already registered: updated, they gain the category
        rows.insert(1 + 2 * n, [c.name, c.id_number, None, None, c.phone, c.village, None,
                                c.address])
    rows.insert(4, ["李桂芳", rows[0][1][:17] + ("0" if rows[0][1][17] != "0" else "1"), "女",
                    None, None, places[0], None, None])  # a wrong check digit
    rows.insert(8, list(rows[2]))  # the same person twice
    rows.insert(11, ["黄德才", "45012219550707113", "男", None, None, places[0], None, None])
    lu = "45012219920808042"
    rows.insert(13, ["陆小红", lu + id_check_digit(lu), "女", None, None, "东凤村", None, None])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "低保"
    ws.append(["那龙镇农村最低生活保障对象花名册（2026年11月）"])
    ws.append(["序号", "姓名", "身份证号", "性别", "出生日期", "联系电话", "村(社区)", "组",
               "家庭住址"])
    for n, row in enumerate(rows, start=1):
        ws.append([n, *row])
    wb.create_sheet("填表说明").append(["本表由镇民政办提供"])
    path = folder / "那龙镇低保名册.xlsx"
    folder.mkdir(parents=True, exist_ok=True)
    wb.save(path)

    dialog = RosterImportDialog(ctx, path, window)
    loop = QEventLoop()
    dialog.sheet_loaded.connect(loop.quit)
    dialog.preview_ready.connect(loop.quit)
    dialog.failed.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    dialog.show()
    loop.exec()
    save(dialog, "roster-file")
    dialog.next_button.click()
    save(dialog, "roster-mapping")
    dialog.next_button.click()
    QTimer.singleShot(30_000, loop.quit)
    loop.exec()
    save(dialog, "roster-preview")
    dialog.close()


def station_people(window: MainWindow) -> None:
    """The station's people as a head keeps them: four colleagues, one who left."""
    db = window.ctx.db
    ids = [add_person(db, PersonInput(name, role, certification, phone))
           for name, role, certification, phone in (
               ("黄海燕", "worker", "assistant", "13907712345"),
               ("覃海燕", "worker", "social_worker", "13507718899"),
               ("蓝秀梅", "supervisor", "senior", "0771-5551234"),
               ("农志刚", "worker", "none", ""))]
    set_active(db, ids[-1], False)


def station_screens(window: MainWindow) -> None:
    """The Station page once the rules and charts are in, scrolled down to its people and
    to its logs, and the add-supervision dialog (station area)."""
    page = window.pages["station"]
    station_people(window)
    window.show_page("station")
    until_loaded(page)
    save(window, "station")
    bar = page.scroll_area.verticalScrollBar()
    bar.setValue(page.people.y() - 48)  # the section's title above the table
    save(window, "station_people")
    bar.setValue(bar.maximum())
    save(window, "station_logs")
    bar.setValue(0)
    page.logs.add_supervision()
    dialog = page.logs.dialog
    if dialog is not None:
        dialog.topics.setPlainText("个案督导：困境儿童家庭走访中的风险评估")
        save(dialog, "station_supervision")
        dialog.reject()
    # The register of volunteers and cadres: a cadre added, the demo's volunteers in it.
    from app.services.helpers import HelperInput, add_helper

    add_helper(window.ctx.db, HelperInput("黄振华", "village_cadre", "那龙村", "13907712345"))
    page.logs.tabs.setCurrentWidget(page.logs.helpers)
    wait_until(lambda: not page.logs.loader.running)
    bar.setValue(bar.maximum())
    save(window, "station_helpers")
    page.logs.tabs.setCurrentIndex(0)
    bar.setValue(0)


def report_screens(window: MainWindow, folder: Path) -> None:
    """The Reports page with the month's figures previewed, and page 1 of that month's
    pdf rendered to an image (reports area)."""

    from app.render.report_pdf import write_pdf

    page = window.pages["reports"]
    window.show_page("reports")
    wait_until(lambda: page.report is not None and not page.loader.running)
    if page.report is None:
        sys.exit("the monthly report was not counted within 30 s")
    save(window, "reports")
    folder.mkdir(parents=True, exist_ok=True)
    pdf_png(write_pdf(page.report, folder / "report.pdf"), "report-pdf")


def pdf_png(pdf_path: Path, name: str, landscape: bool = False) -> None:
    """Page 1 of a pdf we wrote, drawn at 150 dpi as docs/screenshots/NAME.png."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    size = QSize(1754, 1240) if landscape else QSize(1240, 1754)
    pdf = QPdfDocument()
    pdf.load(str(pdf_path))
    path = OUT / f"{name}.png"
    if pdf.pageCount() < 1 or not pdf.render(0, size).save(str(path)):
        sys.exit(f"could not render {pdf_path} to {path}")
    print(f"{path.relative_to(ROOT)}  {size.width()}x{size.height()} "
          f"(page 1 of {pdf.pageCount()})")


def approval_screens(window: MainWindow) -> None:
    """Closures approved by the head: a request waiting on Today and the answer being
    given (issue 10)."""
    from app.services.cases import list_cases
    from app.services.closures import request_closure, set_closure_approval, waiting_requests
    from app.ui.today.closure_dialog import ClosureDecisionDialog

    ctx = window.ctx
    set_closure_approval(ctx.db, True)
    case = (list_cases(ctx.db, "evaluation") or list_cases(ctx.db, "intervention"))[0]
    request_closure(ctx.db, case.id, "goals_met",
                    "服务目标均已达成：老人已纳入低保，村医每月上门随访")
    window.show_page("today")
    until_loaded(window.pages["today"])
    save(window, "today_closures")
    dialog = ClosureDecisionDialog(ctx, waiting_requests(ctx.db)[0], window)
    dialog.decision.set_code("returned")
    dialog.comment.setPlainText("请补充结案评估：服务对象本人对结案的意见")
    dialog.show()
    save(dialog, "closure_decision")
    dialog.reject()


def paper_screens(window: MainWindow, folder: Path) -> None:
    """The case file (个案档案) of the client with the most visits, and the record sheet
    (走访记录表) of that client's newest visit, page 1 of each (issue 10)."""
    from collections import Counter

    from app.services.reports import write_case_file, write_visit_sheet
    from app.services.visits import recent_visits

    db = window.ctx.db
    latest = recent_visits(db, limit=300)
    busiest, _ = Counter(v.client_id for v in latest).most_common(1)[0]
    folder.mkdir(parents=True, exist_ok=True)
    pdf_png(write_case_file(db, busiest, folder / "case-file.pdf"), "case-file-pdf")
    newest = next(v for v in latest if v.client_id == busiest)
    pdf_png(write_visit_sheet(db, newest.id, folder / "visit-sheet.pdf"), "visit-sheet-pdf")


def house_photo(path: Path) -> Path:
    """A phone's photo of a village house (drawn): 4000x3000, as a phone takes it."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (4000, 3000), (150, 190, 225))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 2100, 4000, 3000), fill=(110, 140, 80))
    draw.rectangle((1000, 1300, 3000, 2400), fill=(190, 170, 150))
    draw.polygon([(800, 1350), (2000, 600), (3200, 1350)], fill=(90, 70, 60))
    draw.rectangle((1800, 1800, 2200, 2400), fill=(80, 60, 40))
    draw.rectangle((1250, 1550, 1600, 1850), fill=(60, 80, 110))
    image.save(path, "JPEG", quality=90)
    return path


def register_scan(path: Path) -> Path:
    """A scanned page (drawn): ruled lines on paper, as a household register page."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (1654, 2339), 245)  # A4 at 200 dpi
    draw = ImageDraw.Draw(image)
    for y in range(300, 2100, 120):
        draw.line((150, y, 1500, y), fill=40, width=4)
    draw.rectangle((150, 300, 1500, 2100), outline=40, width=6)
    image.save(path, "PNG")
    return path


def attachment_screens(window: MainWindow, folder: Path) -> None:
    """A client's attachments (a photo of the home on a visit, a consent form, one whose
    file has not arrived), the attach dialog and the photo opened (issue 10)."""
    from app.services.attachments import add_attachment, attachments_of, store, targets
    from app.services.visits import recent_visits
    from app.ui.clients.attachments_tab import AttachDialog
    from app.ui.clients.client_detail import ClientDetailDialog

    db = window.ctx.db
    folder.mkdir(parents=True, exist_ok=True)
    client = recent_visits(db, limit=1)[0].client_id
    visit = next(t.id for t in targets(db, client) if t.kind == "visit")
    photo = house_photo(folder / "IMG_20261128_101532.jpg")
    add_attachment(db, client, photo, "photo", "住房外观（修缮前）", visit_id=visit)
    consent = folder / "consent.pdf"
    consent.write_bytes((folder.parent / "paper" / "visit-sheet.pdf").read_bytes())
    add_attachment(db, client, consent, "consent_form", "服务知情同意书")
    gone = add_attachment(db, client, register_scan(folder / "scan.png"),
                          "household_register", "户口簿首页")
    row = next(r for r in attachments_of(db, client) if r.id == gone)
    store(db).path(row.sha256).unlink()  # as on a laptop it has not reached yet
    detail = ClientDetailDialog(window.ctx, client, window)
    detail.resize(1280, 700)
    detail.tabs.setCurrentIndex(1)
    detail.show()
    settle(100)
    save(detail, "client_attachments")
    dialog = AttachDialog(db, "zh", client, detail.page.client.name if detail.page else "",
                          photo, detail)
    dialog.title.setText("厨房屋顶漏雨处")
    dialog.target.setCurrentIndex(dialog.target.count() - 1)
    dialog.show()
    save(dialog, "attach_dialog")
    dialog.reject()
    tab = detail.attachments
    tab.list.setCurrentItem(tab.list.topLevelItem(tab.list.topLevelItemCount() - 1))
    for index in range(tab.list.topLevelItemCount()):
        if tab.list.topLevelItem(index).text(1) == "照片":
            tab.list.setCurrentItem(tab.list.topLevelItem(index))
    viewer = tab.open_selected()
    if viewer is not None:
        save(viewer, "attachment_viewer")
        viewer.close()
    detail.close()


def audit_screen(window: MainWindow) -> None:
    """修改记录: the changes of this month, by worker and laptop (issue 13)."""
    page = window.pages["station"]
    dialog = page.open_audit()  # type: ignore[attr-defined]
    dialog.resize(1280, 680)
    wait_until(lambda: dialog.found is not None)
    settle(100)
    save(dialog, "audit")
    dialog.close()


def main_window(folder: Path) -> None:
    shegong(folder, "init", *STATION)
    shegong(folder, "demo", "--clients", "300", "--seed", "1")
    db = Database(resolve_paths(folder))
    try:
        window = MainWindow(db, "zh")
        window.resize(*SIZE)
        window.show()
        loop = QEventLoop()
        window.overview_loaded.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        window.load_overview()
        loop.exec()
        if "那龙镇社工站" not in window.statusBar().currentMessage():
            sys.exit("the overview did not load within 30 s")
        for key in PAGES:
            window.show_page(key)
            until_loaded(window.pages[key])
            save(window, f"main_{key}")
        case_and_activity_screens(window)
        visit_screens(window)
        saved_record_screens(window)
        clients_screens(window)
        client_form_screens(window)
        roster_screens(window, folder.parent / "roster")
        sync_screens(window, folder.parent / "head")
        station_screens(window)  # after sync: a conflict and a duplicate to act on
        report_screens(window, folder.parent / "report")
        paper_screens(window, folder.parent / "paper")
        attachment_screens(window, folder.parent / "attachments")
        audit_screen(window)
        locked_screen(window)
        approval_screens(window)  # last: it leaves a request waiting on Today
        window.close()
    finally:
        QThreadPool.globalInstance().waitForDone(10_000)
        db.close()


COUNTY_STATIONS = (("那龙镇社工站", "那龙镇"), ("双桥镇社工站", "双桥镇"),
                   ("太平镇社工站", "太平镇"), ("锣圩镇社工站", "锣圩镇"),
                   ("陆斡镇社工站", "陆斡镇"))


def county_screens(root: Path) -> None:
    """A county office that received four of its five stations' months: the County page,
    its charts, and page 1 of the roll-up's pdf (county area)."""

    office = root / "office"
    shegong(office, "init", "--county-office", "南宁市武鸣区民政局", "--device", "县局电脑")
    shegong(office, "keys", "export", "--out", str(root / "office.card"))
    for seed, (name, town) in enumerate(COUNTY_STATIONS, start=1):
        head = root / town
        shegong(head, "init", "--station", name, "--county", "南宁市武鸣区", "--township",
                town, "--device", f"{town}站长电脑", "--worker", f"站长{seed}")
        shegong(head, "keys", "export", "--out", str(root / f"{town}.card"))
        shegong(head, "keys", "trust", str(root / "office.card"), "--role", "county")
        shegong(office, "keys", "trust", str(root / f"{town}.card"), "--role", "head")
        shegong(head, "demo", "--clients", str(40 + 20 * seed), "--seed", str(seed))
        if seed < len(COUNTY_STATIONS):  # the last one sends nothing this month
            shegong(head, "bundle", "export", "--out", str(root / f"{town}.shegong"))
            shegong(office, "bundle", "import", str(root / f"{town}.shegong"))
    pdf_path = root / "county.pdf"
    shegong(office, "report", "--month", dt.date.today().strftime("%Y-%m"), "--format", "pdf",
            "--out", str(pdf_path))
    db = Database(resolve_paths(office))
    try:
        window = MainWindow(db, "zh")
        window.resize(*SIZE)
        window.show()
        page = window.pages["station"]
        until_loaded(page)
        save(window, "county")
        page.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
        save(window, "county_charts")
        window.close()
    finally:
        QThreadPool.globalInstance().waitForDone(10_000)
        db.close()
    pdf_png(pdf_path, "county-report-pdf", landscape=True)


def main() -> int:
    # The demo folders are encrypted like any (app.vault); this is their password.
    os.environ.setdefault("SHEGONG_PASSWORD", "截图用的密码 2026")
    app = QApplication(sys.argv[:1])
    family = cjk_family()
    if family is None:
        print("Install a CJK font first: apt-get install fonts-noto-cjk", file=sys.stderr)
        return 1
    app.setFont(QFont(family, 10))  # as on a Chinese Windows desktop: one CJK UI font
    apply_style(app)  # the look people see, from resources/style.qss
    install_language("zh")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="shegong-shots-") as tmp:
        access_screens(Path(tmp) / "locked")
        first_run(Path(tmp) / "fresh")
        main_window(Path(tmp) / "demo")
        county_screens(Path(tmp) / "county")
    return 0


if __name__ == "__main__":
    sys.exit(main())
