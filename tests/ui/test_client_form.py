"""The client form, driven as a worker would: typing, ticking, the save button."""

from __future__ import annotations

import datetime as dt

import pytest
from client_forms_helpers import ModalAnswer, type_chinese, valid_id
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.services import clients
from app.services.client_list import ClientQuery, client_ids
from app.services.clients import CategoryInput, ClientInput, MemberInput
from app.ui.clients.client_detail import ClientDetailDialog
from app.ui.clients.client_form import ClientFormDialog
from app.ui.clients.household_editor import GUARDIAN, NAME, RELATION
from app.ui.kit.context import AppContext
from app.ui.kit.record_dialogs import DuplicateDialog

CHILD_ID = valid_id("45011020150603031")  # a boy born 3 June 2015 in 450110


def open_form(qtbot: QtBot, ctx: AppContext, client_id: str | None = None) -> ClientFormDialog:
    form = ClientFormDialog(ctx, client_id)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def count(ctx: AppContext) -> int:
    return len(client_ids(ctx.db, ClientQuery()))


def click(qtbot: QtBot, widget: QWidget) -> None:
    if isinstance(widget, QCheckBox):  # on the box itself: the row is wider than its text
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def fill_child(qtbot: QtBot, form: ClientFormDialog, number: str = CHILD_ID) -> None:
    type_chinese(form.name, "张晓明")
    form.id_number.setFocus()
    QTest.keyClicks(form.id_number, number)
    form.village.setEditText("那龙村")
    type_chinese(form.village_group, "三组")
    click(qtbot, form.categories.boxes["left_behind_child"])


def add_guardian(qtbot: QtBot, form: ClientFormDialog) -> None:
    """Add a row, type the name into the cell editor, pick the relationship, tick guardian."""
    table = form.household.table
    click(qtbot, form.household.add_button)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.parent() is table.viewport()
    type_chinese(editor, "张德福")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    table.setCurrentCell(0, RELATION)
    table.edit(table.currentIndex())
    combo = QApplication.focusWidget()
    combo.set_code("grandparent")
    QTest.keyClick(combo, Qt.Key.Key_Return)
    table.item(0, GUARDIAN).setCheckState(Qt.CheckState.Checked)


def test_registering_a_child_reads_birth_and_gender_from_the_id_number(
        qtbot: QtBot, ctx: AppContext) -> None:
    changed: list[set[str]] = []
    ctx.data_changed.connect(changed.append)
    form = open_form(qtbot, ctx)
    fill_child(qtbot, form)
    # Filled in from the ID number as soon as it is complete, and locked.
    assert form.gender.code() == "male" and not form.gender.isEnabled()
    assert form.birth.value() == dt.date(2015, 6, 3) and not form.birth.date.isEnabled()
    add_guardian(qtbot, form)
    assert form.household.table.item(0, NAME).text() == "张德福"

    click(qtbot, form.save_button)

    assert form.result() == QDialog.DialogCode.Accepted and form.saved_id
    saved = clients.get_client(ctx.db, form.saved_id)
    assert saved.row.name == "张晓明" and saved.row.id_number == CHILD_ID
    assert saved.row.birth_date == dt.date(2015, 6, 3) and saved.row.gender == "male"
    assert saved.row.village == "那龙村" and saved.village_group == "三组"
    assert [c.category for c in saved.categories] == ["left_behind_child"]
    (guardian,) = saved.household
    assert (guardian.name, guardian.relationship, guardian.is_guardian) == (
        "张德福", "grandparent", True)
    assert changed and {"client", "client_category", "household_member"} <= changed[-1]


def test_a_wrong_check_digit_is_explained_under_the_field_and_nothing_is_written(
        qtbot: QtBot, ctx: AppContext) -> None:
    right = CHILD_ID[-1]
    wrong = CHILD_ID[:17] + ("0" if right != "0" else "1")
    before = count(ctx)
    form = open_form(qtbot, ctx)
    fill_child(qtbot, form, wrong)
    error = form.errors.error("id_number")
    form.id_number.setFocus()
    QTest.keyClick(form.id_number, Qt.Key.Key_Tab)  # leaving the field says what is wrong
    assert error.isVisible() and error.text() == f"身份证号码校验位错误：应为 {right}。"
    assert form.gender.isEnabled()  # nothing read from a wrong number

    click(qtbot, form.save_button)

    assert error.isVisible() and error.text() == f"身份证号码校验位错误：应为 {right}。"
    assert form.focusWidget() is form.id_number
    assert form.isVisible() and form.result() != QDialog.DialogCode.Accepted
    assert form.saved_id is None and count(ctx) == before
    # Under the ID field, above the gender field.
    assert form.id_number.y() < error.y() < form.gender.y()


def test_an_empty_name_is_refused_next_to_the_name(qtbot: QtBot, ctx: AppContext) -> None:
    form = open_form(qtbot, ctx)
    click(qtbot, form.save_button)
    assert form.errors.error("name").text() == "请填写姓名。"
    assert form.focusWidget() is form.name and count(ctx) == 0


def test_a_client_needs_a_category_or_an_explicit_to_be_assessed(
        qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """The report counts people by category: none ticked is refused under the list,
    nothing written; "其他（待评估）" is a choice of its own, and it is counted."""
    monkeypatch.setattr(QMessageBox, "question",  # a failed check must not hang on close
                        lambda *_: QMessageBox.StandardButton.Discard)
    form = open_form(qtbot, ctx)
    form.name.setText("黄阿婆")
    click(qtbot, form.save_button)
    error = form.errors.error("categories")
    assert error.isVisible() and "其他（待评估）" in error.text()
    assert form.saved_id is None and count(ctx) == 0
    boxes = form.categories.boxes
    assert boxes["to_be_assessed"].text() == "其他（待评估）"
    # "To be assessed" stands alone: ticking it unticks a real category, and back.
    click(qtbot, boxes["disabled"])
    click(qtbot, boxes["to_be_assessed"])
    assert form.categories.codes() == ["to_be_assessed"]
    click(qtbot, boxes["elderly_in_difficulty"])
    assert form.categories.codes() == ["elderly_in_difficulty"]
    click(qtbot, boxes["to_be_assessed"])
    click(qtbot, form.save_button)
    assert form.saved_id is not None and count(ctx) == 1
    assert [c.category for c in clients.get_client(ctx.db, form.saved_id).categories] == [
        "to_be_assessed"]


def register_same_child(ctx: AppContext) -> str:
    return clients.register_client(ctx.db, ClientInput(
        name="张晓明", id_number=CHILD_ID, village="那龙村",
        categories=(CategoryInput("left_behind_child"),)))


def test_duplicate_warning_go_back_and_open_existing_write_nothing(
        qtbot: QtBot, ctx: AppContext) -> None:
    existing = register_same_child(ctx)
    form = open_form(qtbot, ctx)
    fill_child(qtbot, form)

    def go_back(dialog: DuplicateDialog) -> None:
        assert [r.id for r in dialog.rows] == [existing]
        assert dialog.table.item(0, 0).text() == "张晓明"
        assert dialog.table.item(0, 4).text() == "4501**********" + CHILD_ID[-4:]
        assert dialog.table.item(0, 3).text() == "2015年6月3日"
        click(qtbot, dialog.back_button)

    answer = ModalAnswer(DuplicateDialog, go_back)
    click(qtbot, form.save_button)
    answer.check()
    assert form.isVisible() and count(ctx) == 1  # back to the form, as typed
    assert form.name.text() == "张晓明"

    answer = ModalAnswer(DuplicateDialog, lambda d: click(qtbot, d.open_button))
    click(qtbot, form.save_button)
    answer.check()

    assert not form.isVisible() and form.saved_id is None
    assert client_ids(ctx.db, ClientQuery()) == [existing]
    opened = [w for w in ctx._open if isinstance(w, ClientDetailDialog)]
    assert [w.client_id for w in opened] == [existing]


def test_duplicate_warning_register_anyway_registers_a_second_client(
        qtbot: QtBot, ctx: AppContext) -> None:
    existing = register_same_child(ctx)
    form = open_form(qtbot, ctx)
    fill_child(qtbot, form)
    answer = ModalAnswer(DuplicateDialog, lambda d: click(qtbot, d.register_button))
    click(qtbot, form.save_button)
    answer.check()
    assert form.result() == QDialog.DialogCode.Accepted
    assert form.saved_id and form.saved_id != existing
    assert set(client_ids(ctx.db, ClientQuery())) == {existing, form.saved_id}


def test_editing_changes_the_phone_and_keeps_household_member_ids(
        qtbot: QtBot, ctx: AppContext) -> None:
    client_id = clients.register_client(ctx.db, ClientInput(
        name="覃秀兰", birth_date=dt.date(1948, 2, 11), gender="female", phone="13812345678",
        village="板六村", categories=(CategoryInput("left_behind_elderly"),),
        household=(MemberInput("覃建国", "child", gender="male", lives_with_client=False,
                               phone="13900001111", notes="在广东打工"),
                   MemberInput("覃小燕", "grandchild", gender="female"))))
    ids_before = sorted(m.id for m in clients.get_client(ctx.db, client_id).household)
    form = open_form(qtbot, ctx, client_id)
    assert form.phone.text() == "13812345678" and not form.is_dirty()
    assert form.birth.value() == dt.date(1948, 2, 11) and form.birth.date.isEnabled()
    qtbot.waitUntil(lambda: form.village.count() == 1)  # the villages come off the UI thread
    assert form.village.itemText(0) == "板六村" and form.village.currentText() == "板六村"

    form.phone.selectAll()
    QTest.keyClicks(form.phone, "13977778888")
    form.household.table.item(0, form.household.table.columnCount() - 1).setText("13955556666")
    click(qtbot, form.save_button)

    assert form.result() == QDialog.DialogCode.Accepted and form.saved_id == client_id
    saved = clients.get_client(ctx.db, client_id)
    assert saved.row.phone == "13977778888"
    assert sorted(m.id for m in saved.household) == ids_before
    son = next(m for m in saved.household if m.name == "覃建国")
    assert son.phone == "13955556666" and son.notes == "在广东打工"  # kept what is not shown
    assert not son.lives_with_client
    assert [c.category for c in saved.categories] == ["left_behind_elderly"]


def test_disability_type_and_grade_only_with_the_disability_category(
        qtbot: QtBot, ctx: AppContext) -> None:
    form = open_form(qtbot, ctx)
    type_chinese(form.name, "黄德明")
    assert not form.disability_box.isVisible()
    click(qtbot, form.categories.boxes["disabled"])
    assert form.disability_box.isVisible() and form.disability_type.isVisible()
    form.disability_type.set_code("physical")
    form.disability_grade.set_code("2")
    click(qtbot, form.categories.boxes["disabled"])
    assert not form.disability_box.isVisible()
    click(qtbot, form.categories.boxes["extreme_poverty"])
    assert form.collect().categories == (CategoryInput("extreme_poverty"),)
    click(qtbot, form.categories.boxes["disabled"])

    click(qtbot, form.save_button)

    saved = clients.get_client(ctx.db, form.saved_id or "")
    assert set(saved.categories) == {CategoryInput("disabled", "physical", "2"),
                                     CategoryInput("extreme_poverty")}


@pytest.mark.parametrize("discard", [False, True])
def test_escape_asks_before_throwing_typed_changes_away(
        qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, discard: bool) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(ClientFormDialog, "confirm_discard",
                        lambda self: asked.append(True) or discard)
    form = open_form(qtbot, ctx)
    QTest.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible() and asked == []  # nothing typed: closes at once

    form = open_form(qtbot, ctx)
    type_chinese(form.name, "王芳")
    QTest.keyClick(form.name, Qt.Key.Key_Escape)
    assert asked == [True] and form.isVisible() != discard
    assert count(ctx) == 0


def test_ctrl_s_saves(qtbot: QtBot, ctx: AppContext) -> None:
    form = open_form(qtbot, ctx)
    type_chinese(form.name, "王芳")
    form.categories.boxes["to_be_assessed"].setChecked(True)
    QTest.keyClick(form.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.result() == QDialog.DialogCode.Accepted
    assert clients.get_client(ctx.db, form.saved_id or "").row.name == "王芳"
