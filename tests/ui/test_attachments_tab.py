"""The client window's attachments: attach a phone's photo to a visit, look at it, save
it, void it; a file that is not a photo is a sentence in the dialog; a file that has not
arrived or is damaged is a line that says so, and nothing opens it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from categories import TBA
from client_forms_helpers import ModalAnswer
from photos import phone_photo, tiny_pdf
from pytestqt.qtbot import QtBot

from app.services import clients, visits
from app.services.attachments import attachments_of, max_edge, store
from app.ui.clients.attachments_tab import AttachDialog, AttachmentViewer
from app.ui.clients.client_detail import ClientDetailDialog
from app.ui.kit.context import AppContext
from app.ui.kit.record_dialogs import VoidDialog
from app.ui.settings.settings_page import SettingsPage


@pytest.fixture
def client(ctx: AppContext) -> str:
    client_id = clients.register_client(ctx.db, clients.ClientInput(
        name="韦秀英", gender="female", village="那龙村", categories=TBA))
    visits.record_visit(ctx.db, visits.VisitInput(client_id=client_id,
                                                  visit_date="2026-11-28",
                                                  observations="屋顶漏雨，需要修缮"))
    return client_id


def window_of(qtbot: QtBot, ctx: AppContext, client_id: str) -> ClientDetailDialog:
    window = ClientDetailDialog(ctx, client_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(1)
    return window


def cells(window: ClientDetailDialog) -> list[list[str]]:
    tree = window.attachments.list
    return [[tree.topLevelItem(i).text(c) for c in range(6)]
            for i in range(tree.topLevelItemCount())]


def attach_with(window: ClientDetailDialog, fill: Callable[[AttachDialog], None]) -> bool:
    answer = ModalAnswer(AttachDialog, fill)
    added = window.attachments.attach()
    answer.check()
    return added


def test_a_photo_of_the_visit_is_attached_opened_saved_and_voided(
        qtbot: QtBot, ctx: AppContext, client: str, tmp_path: Path,
        language: Callable[[str], str]) -> None:
    language("zh")
    window = window_of(qtbot, ctx, client)
    assert window.tabs.tabText(1) == "附件" and window.attachments.empty.isVisible()

    def fill(dialog: AttachDialog) -> None:
        dialog.set_file(phone_photo(tmp_path / "IMG_2041.jpg"))
        dialog.kind.set_code("photo")
        dialog.title.setText("修缮前的屋顶")
        dialog.target.setCurrentIndex(1)  # the client, then its visit
        assert dialog.target.currentText().startswith("2026年11月28日的走访")
        dialog.ok_button.click()

    assert attach_with(window, fill)
    assert window.tabs.tabText(1) == "附件 (1)"
    [row] = cells(window)
    assert row[1:4] == ["照片", "修缮前的屋顶", "2026年11月28日的走访"] and row[5] == ""
    window.attachments.list.setCurrentItem(window.attachments.list.topLevelItem(0))
    viewer = window.attachments.open_selected()
    assert isinstance(viewer, AttachmentViewer) and viewer.pixmap is not None
    assert (viewer.pixmap.width(), viewer.pixmap.height()) == (1067, 1600)
    saved = window.attachments.save_selected(tmp_path / "屋顶")
    [stored] = attachments_of(ctx.db, client)
    assert saved is not None and saved.name == "屋顶.jpg"
    assert saved.read_bytes() == store(ctx.db).read(stored.sha256)
    viewer.close()

    def void(dialog: VoidDialog) -> None:
        dialog.reason.setText("拍错了人")
        dialog.ok_button.click()

    answer = ModalAnswer(VoidDialog, void)
    assert window.attachments.void_selected()
    answer.check()
    assert cells(window) == [] and window.tabs.tabText(1) == "附件"


def test_a_file_that_is_not_a_photo_is_a_sentence_in_the_dialog(
        qtbot: QtBot, ctx: AppContext, client: str, tmp_path: Path,
        language: Callable[[str], str]) -> None:
    language("zh")
    window = window_of(qtbot, ctx, client)
    notes = tmp_path / "名单.jpg"
    notes.write_text("韦秀英 那龙村", encoding="utf-8")
    said: list[str] = []

    def fill(dialog: AttachDialog) -> None:
        dialog.set_file(notes)
        dialog.ok_button.click()
        assert dialog.isVisible()  # still open, nothing saved
        said.append(dialog.errors.error("file").text())
        dialog.reject()

    assert not attach_with(window, fill)
    assert "不是可识别的照片或PDF扫描件" in said[0]
    assert attachments_of(ctx.db, client) == [] and cells(window) == []


def test_a_file_not_received_or_damaged_is_shown_and_not_opened(
        qtbot: QtBot, ctx: AppContext, client: str, tmp_path: Path,
        language: Callable[[str], str]) -> None:
    language("zh")
    window = window_of(qtbot, ctx, client)

    def fill(dialog: AttachDialog) -> None:
        dialog.set_file(tiny_pdf(tmp_path / "知情同意书.pdf"))
        assert dialog.kind.code() == "consent_form"  # a PDF is a document, not a photo
        dialog.ok_button.click()

    assert attach_with(window, fill)
    [row] = attachments_of(ctx.db, client)
    path = store(ctx.db).path(row.sha256)
    path.write_bytes(b"%PDF-1.4 changed")
    window.attachments.refresh()
    assert cells(window)[0][5] == "本机文件已损坏"
    path.unlink()
    window.attachments.refresh()
    tab = window.attachments
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    assert cells(window)[0][5] == "尚未收到文件"
    assert not tab.open_button.isEnabled() and not tab.save_button.isEnabled()
    assert tab.open_selected() is None and "尚未传到本机" in tab.status.text()


def test_the_photo_size_is_a_setting(qtbot: QtBot, ctx: AppContext) -> None:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.edge.value() == 1600
    page.edge.setValue(1200)
    page.save_edge()
    assert max_edge(ctx.db) == 1200 and page.edge_note.text()
