"""The Sync page driven through its widgets, with two real devices (real keys, real
databases in tmp folders) exchanging real bundle files."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from categories import TBA
from PySide6.QtCore import QMimeData, QPointF, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.errors import BundleRefused
from app.models.validation import id_check_digit
from app.paths import resolve_paths
from app.services import activities, cases, clients, visits
from app.services.bundle_import import import_bundle
from app.services.client_list import ClientQuery, client_ids
from app.services.devices import export_card, known_devices, this_device, trust_card
from app.services.setup import JoinInput, SetupInput, initialize
from app.services.state import dump_state
from app.services.sync import export_bundle
from app.services.sync_review import open_conflicts
from app.store.database import Database
from app.sync.hlc import HybridClock
from app.ui.kit.context import AppContext
from app.ui.sync import sync_page
from app.ui.sync.qr import card_qr_text, qr_matrix
from app.ui.sync.sync_page import SyncPage

MakeDevice = Callable[[str, str], Database]


def id_number(body: str) -> str:
    return body + id_check_digit(body)


@pytest.fixture
def make_device(ctx: AppContext, tmp_path: Path) -> Iterator[MakeDevice]:
    """Other laptops, each in its own data folder: laptops that joined the page's
    station with its card (the page's laptop founded it), or with role "stranger" a
    laptop of a station of its own ("county": a county office's). The page's laptop
    admits one only when the test trusts its card."""
    made: list[Database] = []
    card = export_card(ctx.db, tmp_path / "page-laptop.card")

    def make(name: str, role: str = "head") -> Database:
        db = Database(resolve_paths(tmp_path / name))
        if role in ("stranger", "county"):  # (a county office: until init --county-office)
            initialize(db, SetupInput(station="双桥镇社工站", county="南宁市武鸣区",
                                      township="双桥镇", device=name, worker=f"{name}的社工",
                                      role="county" if role == "county" else "head"))
        else:
            initialize(db, JoinInput(card=card, device=name, worker=f"{name}的社工"))
        made.append(db)
        return db

    yield make
    QThreadPool.globalInstance().waitForDone(10_000)
    for db in made:
        db.close()


@pytest.fixture
def peer(ctx: AppContext, make_device: MakeDevice, tmp_path: Path) -> Database:
    """站长的电脑, trusted by the page's device (韦丽的电脑) and trusting it back."""
    other = make_device("站长的电脑")
    trust_card(ctx.db, export_card(other, tmp_path / "head.card"), "head")
    trust_card(other, export_card(ctx.db, tmp_path / "weili.card"), "worker")
    return other


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot, language: Callable[[str], str]) -> Iterator[SyncPage]:
    language("zh")
    widget = SyncPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1216, 720)
    widget.show()
    qtbot.waitUntil(lambda: widget.snapshot is not None and not widget.is_busy())
    yield widget
    QThreadPool.globalInstance().waitForDone(10_000)


def settle(page: SyncPage, qtbot: QtBot) -> None:
    """Let the reload that a write asked for finish."""
    qtbot.waitUntil(lambda: not page.is_busy())
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.waitUntil(lambda: not page.is_busy())


def dump(db: Database) -> str:
    out = io.StringIO()
    dump_state(db, out)
    return out.getvalue()


def answer_open(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(
        lambda *a, **k: ([str(p) for p in paths], "")))


def import_through_page(page: SyncPage, qtbot: QtBot) -> list[str]:
    page.exchange_tab.import_button.click()
    qtbot.waitUntil(lambda: not page.importing(), timeout=60_000)
    settle(page, qtbot)
    return page.exchange_tab.result_lines()


def test_the_card_shows_fingerprint_and_a_qr_code_of_it(page: SyncPage, ctx: AppContext,
                                                        qtmodeltester: Any) -> None:
    me = this_device(ctx.db)
    tab = page.devices_tab
    assert tab.device_name.text() == "韦丽的电脑"
    assert tab.fingerprint.text().split() == me.fingerprint.split()
    assert tab.qr.text_shown == card_qr_text(me.device_id, me.fingerprint)
    assert tab.qr.text_shown == f"shegong-card:1:{me.device_id}:" + me.fingerprint.replace(
        " ", "")
    assert tab.qr.pixmap() is not None and not tab.qr.pixmap().isNull()
    matrix = qr_matrix(tab.qr.text_shown)
    assert len(matrix) == len(matrix[0]) >= 21 and matrix[0][:7] == [True] * 7  # finder
    assert not tab.empty.isHidden()  # no other device trusted yet
    for model in (tab.model, page.review_tab.conflicts, page.review_tab.duplicates,
                  page.history_tab.model):
        qtmodeltester.check(model)


def test_exporting_a_card_writes_one_the_other_device_can_trust(
        page: SyncPage, ctx: AppContext, make_device: MakeDevice, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "韦丽.card"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))
    page.devices_tab.export_card_button.click()
    assert out.exists() and str(out) in page.devices_tab.card_done.text()
    county = make_device("县民政局")
    known = trust_card(county, out, "worker")
    assert known.device_id == this_device(ctx.db).device_id
    assert known.fingerprint == this_device(ctx.db).fingerprint


def test_export_through_the_page_makes_a_bundle_the_other_device_imports(
        page: SyncPage, ctx: AppContext, peer: Database, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, qtmodeltester: Any) -> None:
    ids = [clients.register_client(ctx.db, clients.ClientInput(
        name=name, id_number=id_number(body), village="那龙村", categories=TBA))
        for name, body in (("覃秀兰", "45012219560304002"), ("黄志强", "45012220150817003"))]
    settle(page, qtbot)
    tab = page.exchange_tab
    assert tab.recipients.count() == 1  # the one trusted device, ticked as the only one
    assert tab.ticked() == [this_device(peer).device_id]
    asked: list[str] = []
    out = tmp_path / "to-head.shegong"

    def save_as(parent: Any, title: str, default: str, filters: str) -> tuple[str, str]:
        asked.append(default)
        return str(out), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    assert tab.kind() == "month"
    tab.export_button.click()
    qtbot.waitUntil(lambda: not tab.exporting, timeout=30_000)
    today = dt.date.today()
    assert Path(asked[0]).name == f"那龙镇社工站-{today.year:04}-{today.month:02}.shegong"
    assert out.exists()
    assert "站长的电脑" in tab.export_done.text() and "已导出" in tab.export_done.text()
    summary = import_bundle(peer, out)
    assert summary.applied > 0 and summary.conflicts == 0
    assert set(ids) <= set(client_ids(peer, ClientQuery()))
    settle(page, qtbot)
    [row] = page.history_tab.model.rows
    assert row.direction == "out" and row.kind == "month"
    qtmodeltester.check(page.history_tab.model)


def test_a_file_for_one_device_is_always_readable_by_it(
        page: SyncPage, ctx: AppContext, peer: Database, make_device: MakeDevice,
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    county = make_device("县民政局", "county")
    trust_card(ctx.db, export_card(county, tmp_path / "county.card"), "county")
    # the county office admits the station's head
    assert trust_card(county, export_card(ctx.db, tmp_path / "weili-card.card"),
                      "head").admitted == (this_device(ctx.db).station_id,)
    settle(page, qtbot)
    tab = page.exchange_tab
    tab.set_ticked(set())
    tab.kind_all.setChecked(True)
    tab.export_button.click()  # nobody ticked: a sentence, no file dialog
    assert "至少勾选" in tab.export_error.text() and not tab.export_error.isHidden()
    tab.kind_delta.setChecked(True)
    tab.for_device.setCurrentIndex(tab.for_device.findData(this_device(county).device_id))
    assert tab.ticked() == [this_device(county).device_id]  # preselected, and fixed
    out = tmp_path / "delta.shegong"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))
    tab.export_button.click()
    qtbot.waitUntil(lambda: not tab.exporting, timeout=30_000)
    assert out.exists() and tab.export_error.isHidden()
    assert import_bundle(county, out).sender == this_device(ctx.db).device_id
    with pytest.raises(BundleRefused):  # not a recipient
        import_bundle(peer, out)


def test_import_through_the_page_applies_a_bundle_and_says_so_in_chinese(
        page: SyncPage, ctx: AppContext, peer: Database, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    theirs = [clients.register_client(peer, clients.ClientInput(name=name, village="板六村",
                                                                categories=TBA))
              for name in ("韦美华", "蒙小燕", "陆永福")]
    # A visit, a case and an activity travel too: the pages showing them must hear.
    visits.record_visit(peer, visits.VisitInput(theirs[0], dt.date.today(),
                                                observations="电话回访"))
    cases.open_case(peer, theirs[0], "孩子辍学在家")
    activities.record_activity(peer, activities.ActivityInput(
        "村民议事会", dt.date.today(), participant_ids=(theirs[1],)))
    bundle = export_bundle(peer, tmp_path / "from-head.shegong",
                           to=[this_device(ctx.db).device_id]).path
    changed: list[set[str]] = []
    ctx.data_changed.connect(changed.append)
    answer_open(monkeypatch, bundle)
    [line] = import_through_page(page, qtbot)
    assert line.startswith("from-head.shegong：已导入来自“站长的电脑”（那龙镇社工站）的")
    assert "新增" in line and "已有" in line and "被覆盖 0" in line and "冲突 0" in line
    assert set(theirs) <= set(client_ids(ctx.db, ClientQuery()))
    assert any({"client", "visit", "case_record", "activity"} <= tables for tables in changed)
    assert page.history_tab.model.rows[0].direction == "in"
    # The same file again, dropped onto the page: already imported, nothing changes.
    before = dump(ctx.db)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bundle))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(drop)
    qtbot.waitUntil(lambda: not page.importing(), timeout=30_000)
    [again] = page.exchange_tab.result_lines()
    assert "此前已导入过" in again
    assert dump(ctx.db) == before


def test_a_refused_file_shows_its_sentence_and_changes_nothing(
        page: SyncPage, ctx: AppContext, peer: Database, make_device: MakeDevice,
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clients.register_client(ctx.db, clients.ClientInput(name="覃秀兰", categories=TBA))
    text = tmp_path / "通知.shegong"
    text.write_text("各村社工：本月走访记录请于月底前报送。\n", encoding="utf-8")
    stranger = make_device("陌生电脑", "stranger")
    clients.register_client(stranger, clients.ClientInput(name="不认识", categories=TBA))
    untrusted = export_bundle(stranger, tmp_path / "stranger.shegong").path
    sentences = []
    for path in (text, untrusted):
        with pytest.raises(BundleRefused) as refused:
            import_bundle(ctx.db, path)
        sentences.append(refused.value.text("zh"))
    before = dump(ctx.db)
    answer_open(monkeypatch, text, untrusted)
    lines = import_through_page(page, qtbot)
    assert lines == [f"文件“通知.shegong”：{sentences[0]}",
                     f"文件“stranger.shegong”：{sentences[1]}"]
    assert "未信任" in lines[1]
    assert dump(ctx.db) == before
    assert page.history_tab.model.rows == []


@pytest.mark.parametrize("choose", ["kept", "other"])
def test_a_conflict_is_listed_and_settled_through_the_buttons(
        choose: str, page: SyncPage, ctx: AppContext, peer: Database, qtbot: QtBot,
        tmp_path: Path, qtmodeltester: Any) -> None:
    me = this_device(ctx.db).device_id
    client_id = clients.register_client(ctx.db, clients.ClientInput(
        name="覃秀兰", phone="13800001111", categories=TBA))
    import_bundle(peer, export_bundle(ctx.db, tmp_path / "1.shegong").path)
    clients.update_client(ctx.db, client_id, phone="13911112222")
    clients.update_client(peer, client_id, phone="13733334444")
    ours = export_bundle(ctx.db, tmp_path / "2.shegong").path
    import_bundle(ctx.db, export_bundle(peer, tmp_path / "3.shegong", to=[me]).path)
    import_bundle(peer, ours)
    settle(page, qtbot)
    review = page.review_tab
    qtmodeltester.check(review.conflicts)
    [row] = review.conflicts.rows
    assert row.field == "phone"
    view = review.conflict_view
    texts = [view.model().index(0, c).data() for c in range(6)]
    assert texts[0] == "服务对象 · 覃秀兰" and texts[1] == "联系电话"
    assert {texts[2], texts[4]} == {"13911112222", "13733334444"}
    assert "年" in texts[3] and ("站长的电脑" in texts[3] or "韦丽的电脑" in texts[3])
    assert page.tabs.tabText(page.tabs.indexOf(review)) == "冲突与重复（1）"
    assert not review.keep_button.isEnabled()
    view.selectRow(0)
    assert review.keep_button.isEnabled() and review.other_button.isEnabled()
    (review.keep_button if choose == "kept" else review.other_button).click()
    settle(page, qtbot)
    assert review.conflicts.rows == [] and open_conflicts(ctx.db) == []
    assert not review.no_conflicts.isHidden()
    wanted = row.kept_value if choose == "kept" else row.other_value
    assert clients.get_client(ctx.db, client_id).row.phone == wanted


def test_duplicates_from_two_laptops_are_merged_through_the_page(
        page: SyncPage, ctx: AppContext, peer: Database, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    number = id_number("45012219380512002")
    mine = clients.register_client(ctx.db, clients.ClientInput(name="韦美华", id_number=number,
                                                               categories=TBA))
    theirs = clients.register_client(peer, clients.ClientInput(
        name="韦美华", id_number=number, phone="13812345678", categories=TBA))
    import_bundle(ctx.db, export_bundle(peer, tmp_path / "dup.shegong",
                                        to=[this_device(ctx.db).device_id]).path)
    settle(page, qtbot)
    review = page.review_tab
    [pair] = review.duplicates.rows
    assert {pair.keep_id, pair.other_id} == {mine, theirs}
    shown = review.duplicate_view.model().index(0, 0).data()
    assert number not in shown and shown[:3] == number[:3]  # masked
    asked: list[str] = []

    def yes(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    review.duplicate_view.selectRow(0)
    review.merge_button.click()
    settle(page, qtbot)
    assert "韦美华" in asked[0]
    assert review.duplicates.rows == []
    assert set(client_ids(ctx.db, ClientQuery())) == {pair.keep_id}
    assert clients.get_client(ctx.db, pair.keep_id).row.phone == "13812345678"


def test_cancelling_an_import_leaves_the_database_unchanged(
        page: SyncPage, ctx: AppContext, peer: Database, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from app.demo.generate import generate

    generate(peer, clients=1500, seed=2)
    big = export_bundle(peer, tmp_path / "big.shegong", to=[this_device(ctx.db).device_id])
    assert big.ops > 10_000  # several chunks, so the cancel lands half-way
    before = dump(ctx.db)
    answer_open(monkeypatch, big.path)
    page.exchange_tab.import_button.click()
    dialog = page.importer
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.bar.maximum() > 0, timeout=30_000)  # progress started
    assert dialog.bar.value() < big.ops
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not page.importing(), timeout=60_000)
    assert page.exchange_tab.result_lines() == ["big.shegong：已取消导入，数据没有任何改动。"]
    assert dump(ctx.db) == before
    assert client_ids(ctx.db, ClientQuery()) == []
    # Nothing was half-kept: importing again applies everything.
    answer_open(monkeypatch, big.path)
    [line] = import_through_page(page, qtbot)
    assert f"已导入来自“站长的电脑”（那龙镇社工站）的 {big.ops} 条" in line
    assert len(client_ids(ctx.db, ClientQuery())) == 1500


def test_trusting_a_card_through_the_dialog_then_revoking_it(
        page: SyncPage, ctx: AppContext, make_device: MakeDevice, qtbot: QtBot,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtmodeltester: Any) -> None:
    county = make_device("县民政局", "county")
    trust_card(county, export_card(ctx.db, tmp_path / "韦丽.card"), "worker")
    card = export_card(county, tmp_path / "县民政局.card")
    fingerprint = this_device(county).fingerprint
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(card), "")))
    tab = page.devices_tab
    tab.trust_button.click()
    dialog = tab.trust_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.fingerprint.text().split() == fingerprint.split()
    assert any("请与对方电话核对指纹" in label.text()
               for label in dialog.findChildren(type(dialog.fingerprint)))
    assert dialog.role.code() == "county"  # what the card says; the person may change it
    dialog.role.set_code("head")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    settle(page, qtbot)
    qtmodeltester.check(tab.model)
    [row] = tab.model.rows
    assert (row.name, row.role, row.trusted) == ("县民政局", "head", True)
    assert tab.view.model().index(0, 4).data() == "已信任"
    # a laptop of another station: trusted here, admitted into no role of this station
    assert "县民政局" in tab.done.text() and "已在本机受信任" in tab.done.text()
    assert "县民政局" in page.exchange_tab.recipients.item(0).text()

    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: QMessageBox.StandardButton.Yes))
    assert not tab.revoke_button.isEnabled()
    tab.view.selectRow(0)
    tab.revoke_button.click()
    settle(page, qtbot)
    [device] = [d for d in known_devices(ctx.db) if not d.is_self]
    assert device.revoked_at and not device.trusted
    assert "已在本机撤销" in tab.done.text()  # not a laptop of this station
    assert tab.view.model().index(0, 4).data().startswith("已于")
    assert not page.exchange_tab.kind_delta.isEnabled()  # no one left to send to
    clients.register_client(county, clients.ClientInput(name="县里登记", categories=TBA))
    with pytest.raises(BundleRefused):
        import_bundle(ctx.db, export_bundle(county, tmp_path / "late.shegong",
                                            to=[this_device(ctx.db).device_id]).path)


def test_a_file_that_is_not_a_card_is_refused_with_a_sentence(
        page: SyncPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "名片.card"
    fake.write_text("姓名：韦丽\n电话：13800001111\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(fake), "")))
    page.devices_tab.trust_button.click()
    assert page.devices_tab.trust_dialog is None
    assert "不是社工站助手的设备名片" in page.devices_tab.error.text()


def test_clock_banners_count_held_changes_and_offer_the_repair_here(
        page: SyncPage, ctx: AppContext, peer: Database, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert page.banner_texts() == [] and page.repair_button.isHidden()
    monkeypatch.setattr(sync_page, "this_clock_behind_ms", lambda db: 3 * 86_400_000 + 5)
    page.refresh()  # nothing was written: the clock is what changed
    settle(page, qtbot)
    assert page.banner_texts() == [
        "本机时钟比本机最新的记录慢了 3 天，请检查电脑日期。若日期现已正确，说明日期错误期间"
        "写下的记录日期超前，其他设备会将其搁置：请使用“修复时钟”。"]
    assert page.repair_button.isVisible() and page.repair_button.text() == "修复时钟(&O)"
    monkeypatch.undo()
    assert peer.sync is not None
    peer.sync.clock = HybridClock(0, wall_ms=lambda: int(
        (dt.datetime.now(dt.UTC) + dt.timedelta(days=3)).timestamp() * 1000))
    clients.register_client(peer, clients.ClientInput(name="未来人", categories=TBA))
    clients.register_client(peer, clients.ClientInput(name="未来人二", categories=TBA))
    bundle = export_bundle(peer, tmp_path / "fast.shegong",
                           to=[this_device(ctx.db).device_id]).path
    answer_open(monkeypatch, bundle)
    lines = import_through_page(page, qtbot)
    assert lines[1] == ("fast.shegong：有 4 条更改的日期比本机时钟超前一天以上，已搁置、"
                        "未应用（见页面顶部的提醒）。")
    [banner] = page.banner_texts()  # this computer's clock did not follow the fast one
    assert banner == ("来自“站长的电脑”的 4 条更改的日期比本机时钟超前 3 天，已搁置、未应用："
                      "请提醒其使用人校正电脑的日期和时间，然后在那台电脑上使用“修复时钟”。")
    assert page.repair_button.isHidden()
    assert "未来人" not in dump(ctx.db)


def test_the_repair_button_restamps_this_laptops_records(
        page: SyncPage, ctx: AppContext, peer: Database, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert ctx.db.sync is not None
    ctx.db.sync.clock = HybridClock(ctx.db.sync.clock.last, wall_ms=lambda: int(
        (dt.datetime.now(dt.UTC) + dt.timedelta(days=5)).timestamp() * 1000))
    clients.register_client(ctx.db, clients.ClientInput(name="未来人", categories=TBA))
    ctx.db.sync.clock = HybridClock(ctx.db.sync.clock.last)  # the date is set right
    page.refresh()
    settle(page, qtbot)
    assert page.repair_button.isVisible()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: QMessageBox.StandardButton.Yes))
    page.repair_button.click()
    qtbot.waitUntil(lambda: page.repair_button.isEnabled())
    settle(page, qtbot)
    assert page.banner_texts() == [] and page.repair_button.isHidden()
    summary = import_bundle(peer, export_bundle(
        ctx.db, tmp_path / "repaired.shegong", to=[this_device(peer).device_id]).path)
    assert summary.held == 0 and "未来人" in dump(peer)


def test_a_laptop_that_signs_two_histories_is_shown_with_its_evidence(
        page: SyncPage, ctx: AppContext, peer: Database, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The head's data folder copied to a second laptop, and both used: each makes its own
    next change under the same number. The page refuses the second and says who."""
    me = this_device(ctx.db).device_id
    peer.close()
    shutil.copytree(peer.paths.data, tmp_path / "copy")
    head = Database(resolve_paths(peer.paths.data))
    twin = Database(resolve_paths(tmp_path / "copy"))
    try:
        clients.register_client(head, clients.ClientInput(name="原来的", categories=TBA))
        clients.register_client(twin, clients.ClientInput(name="复制的", categories=TBA))
        export_bundle(head, tmp_path / "elsewhere.shegong", to=[me])  # bundle numbers differ
        first = export_bundle(head, tmp_path / "head.shegong", to=[me]).path
        second = export_bundle(twin, tmp_path / "twin.shegong", to=[me]).path
        import_bundle(ctx.db, first)
        before = dump(ctx.db)
        answer_open(monkeypatch, second)
        lines = import_through_page(page, qtbot)
        assert "两份不同的记录" in "".join(lines)
        assert dump(ctx.db) == before and "复制的" not in before
        [banner] = page.banner_texts()
        assert banner.startswith("“站长的电脑”对其第 ") and "twin.shegong" in banner
        assert "可能被盗" in banner
        # The copy's first bundle carries the number the original used: two files.
        again = export_bundle(twin, tmp_path / "twin2.shegong", to=[me]).path
        import_bundle(ctx.db, export_bundle(head, tmp_path / "head2.shegong", to=[me]).path)
        answer_open(monkeypatch, again)
        lines = import_through_page(page, qtbot)
        assert "编号相同" in "".join(lines) and "证据已保存" in "".join(lines)
        assert len(page.banner_texts()) == 2
    finally:
        head.close()
        twin.close()
