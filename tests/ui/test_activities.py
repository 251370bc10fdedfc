"""Activities as a worker records them: people found by search as you type (pinyin
initials too), ticked, a volunteer with hours, saved; then the list shows it and a
recorded activity opens again to be corrected or voided."""

from __future__ import annotations

from categories import TBA
from client_forms_helpers import ModalAnswer, type_chinese
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QListWidget, QWidget
from pytestqt.qtbot import QtBot

from app.models.validation import id_check_digit
from app.services.activities import (
    ActivityInput,
    VolunteerInput,
    get_activity,
    list_activities,
    record_activity,
)
from app.services.clients import ClientInput, register_client
from app.services.history import record_history
from app.store.database import Database
from app.ui.activities.activities_page import ActivitiesPage
from app.ui.activities.activity_form import ActivityFormDialog, ParticipantPicker
from app.ui.kit.context import AppContext
from app.ui.kit.record_dialogs import VoidDialog


def register(db: Database, name: str, gender: str, birth: str, area: str) -> str:
    # The 17th digit is odd for men and even for women (GB 11643).
    first17 = f"{area}{birth.replace('-', '')}00{1 if gender == 'male' else 2}"
    return register_client(db, ClientInput(
        name=name, gender=gender, birth_date=birth,
        id_number=first17 + id_check_digit(first17), village="那龙村", consent_given=True,
            categories=TBA))


def people(db: Database) -> dict[str, str]:
    return {
        "张晓明": register(db, "张晓明", "male", "2014-05-06", "450122"),
        "张小梅": register(db, "张小梅", "female", "2015-08-09", "450122"),
        "李秀英": register(db, "李秀英", "female", "1950-01-21", "450122"),
    }


def show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)


def names(listing: QListWidget) -> list[str]:
    return [listing.item(i).text().split(" · ")[0] for i in range(listing.count())]


def found(picker: ParticipantPicker) -> list[str]:
    model = picker.picker.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def search(qtbot: QtBot, picker: ParticipantPicker, text: str, expected: list[str]) -> None:
    picker.picker.search.clear()
    qtbot.keyClicks(picker.picker.search, text)
    qtbot.waitUntil(lambda: sorted(found(picker)) == sorted(expected))


def tick(picker: ParticipantPicker, name: str) -> None:
    """Pick the person in the results with the keyboard: Enter on a result ticks it."""
    view = picker.picker.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(found(picker).index(name), 0))
    QTest.keyClick(view, Qt.Key.Key_Return)


def test_recording_an_activity_with_searched_participants_and_a_volunteer(
        qtbot: QtBot, ctx: AppContext, qtmodeltester) -> None:
    ids = people(ctx.db)
    dialog = ActivityFormDialog(ctx, None)
    show(qtbot, dialog)
    dialog.title.setText("留守儿童暑期阅读小组")
    dialog.kind.set_code("group")
    dialog.domain.set_code("child_care")
    dialog.place.setText("那龙村儿童之家")
    dialog.duration.setValue(90)
    dialog.summary.setPlainText("共读绘本两本，孩子们轮流讲故事")

    # "zxm" finds 张晓明 and 张小梅 by their pinyin initials; only 张晓明 took part.
    picker = dialog.picker
    search(qtbot, picker, "zxm", ["张晓明", "张小梅"])
    tick(picker, "张晓明")
    search(qtbot, picker, "lxy", ["李秀英"])
    tick(picker, "李秀英")
    assert dialog.isVisible()  # Enter ticked; it did not save the form
    assert names(picker.chosen) == ["张晓明", "李秀英"]
    assert picker.chosen_label.text() == "Taking part: 2"

    # A third person ticked by mistake and removed from the chosen list again.
    search(qtbot, picker, "zxm", ["张晓明", "张小梅"])
    tick(picker, "张小梅")
    assert names(picker.chosen) == ["张晓明", "李秀英", "张小梅"]
    picker.chosen.item(2).setSelected(True)
    qtbot.mouseClick(picker.remove_button, Qt.MouseButton.LeftButton)
    assert names(picker.chosen) == ["张晓明", "李秀英"]
    assert picker.selected_ids() == [ids["张晓明"], ids["李秀英"]]
    model = picker.picker.model
    unticked = model.index(found(picker).index("张小梅"), 0)
    assert model.data(unticked, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked

    # A volunteer with 3.5 hours; Enter in the hours field adds the row.
    editor = dialog.volunteers
    editor.name.setText("黄志强")
    editor.phone.setText("13907712345")
    editor.hours.setValue(3.5)
    qtbot.keyClick(editor.hours, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter added the volunteer; it did not save the form
    assert editor.volunteers() == (VolunteerInput("黄志强", 3.5, "13907712345"),)
    assert editor.model.data(editor.model.index(0, 2)) == "3.5"
    qtmodeltester.check(editor.model)

    # Eleven more children came who are not registered: counted, not named.
    dialog.unregistered.setValue(11)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.saved_id
    detail = get_activity(ctx.db, dialog.saved_id)
    assert detail.row.title == "留守儿童暑期阅读小组" and detail.row.unregistered == 11
    assert (detail.row.kind, detail.row.domain, detail.duration_min) == \
        ("group", "child_care", 90)
    assert set(detail.participant_ids) == {ids["张晓明"], ids["李秀英"]}
    assert detail.volunteers == (VolunteerInput("黄志强", 3.5, "13907712345"),)

    page = ActivitiesPage(ctx)
    show(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.loader.running)
    row = [page.model.data(page.model.index(0, c)) for c in range(7)]
    assert row[1:] == ["留守儿童暑期阅读小组", "小组活动", "儿童关爱", "13", "3.5",
                       "那龙村儿童之家"]  # 2 registered and 11 not
    qtmodeltester.check(page.model)
    QThreadPool.globalInstance().waitForDone()


def test_refused_input_is_shown_next_to_the_field(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = ActivityFormDialog(ctx, None)
    show(qtbot, dialog)
    qtbot.mouseClick(dialog.volunteers.add_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.fields["volunteers"].text() == "Enter the volunteer's name first."
    assert dialog.volunteers.volunteers() == ()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.fields["title"].text() == "请填写活动名称。"
    assert dialog.errors.fields["title"].isVisible()
    assert list_activities(ctx.db) == []


def test_a_recorded_activity_opens_to_be_corrected_or_voided(
        qtbot: QtBot, ctx: AppContext, monkeypatch) -> None:
    ids = people(ctx.db)
    activity_id = record_activity(ctx.db, ActivityInput(
        title="重阳节敬老活动", activity_date="2026-10-29", kind="community",
        domain="elderly_care", place="那龙村老年活动室",
        participant_ids=(ids["李秀英"],), volunteers=(VolunteerInput("黄志强", 2.0),)))
    dialog = ActivityFormDialog(ctx, activity_id)
    show(qtbot, dialog)
    assert dialog.title.text() == "重阳节敬老活动"
    assert names(dialog.picker.chosen) == ["李秀英"]
    assert dialog.volunteers.model.rowCount() == 1
    assert dialog.save_button.text() == "&Save changes"  # no translator installed here

    # Corrected: the place, one more participant, the volunteer's hours.
    dialog.place.setText("那龙村文化室")
    dialog.picker.set_selected_ids([ids["李秀英"], ids["张晓明"]])
    dialog.volunteers.set_volunteers((VolunteerInput("黄志强", 3.0),))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    detail = get_activity(ctx.db, activity_id)
    assert detail.row.place == "那龙村文化室" and detail.row.participants == 2
    assert detail.volunteers == (VolunteerInput("黄志强", 3.0),)
    assert len(list_activities(ctx.db)) == 1  # corrected, not recorded twice
    changes = {c.field: (c.old, c.new)
               for c in record_history(ctx.db, "activity", activity_id, "zh")}
    assert changes["place"] == ("那龙村老年活动室", "那龙村文化室")

    # Voided with a reason: gone from the list and the counts.
    again = ActivityFormDialog(ctx, activity_id)
    show(qtbot, again)

    def fill(void: VoidDialog) -> None:
        type_chinese(void.reason, "活动取消，误登记")
        void.ok_button.click()

    answer = ModalAnswer(VoidDialog, fill)
    again.void_button.click()
    answer.check()
    assert list_activities(ctx.db) == []

    # From the page: Enter on a row asks to open that activity; the button a new one.
    record_activity(ctx.db, ActivityInput(title="读书会", activity_date="2026-10-30",
                                          participant_ids=(ids["张小梅"],)))
    [row] = list_activities(ctx.db)
    asked: list[str | None] = []
    monkeypatch.setattr(ctx, "edit_activity", lambda activity: asked.append(activity))
    page = ActivitiesPage(ctx)
    show(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.loader.running)
    page.view.setFocus()
    page.view.selectRow(0)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert asked == [row.id, None]
    QThreadPool.globalInstance().waitForDone()


def test_the_list_searches_titles_places_and_participants_and_filters(
        qtbot: QtBot, ctx: AppContext) -> None:
    ids = people(ctx.db)
    for title, day, kind, place, who in (
            ("重阳节敬老活动", "2026-10-20", "community", "那龙村委会", ("张晓明",)),
            ("留守儿童阅读小组", "2026-11-03", "group", "那龙村儿童之家", ("李秀英",)),
            ("防溺水宣传", "2026-11-10", "community", "板六村小学", ())):
        record_activity(ctx.db, ActivityInput(
            title=title, activity_date=day, kind=kind, place=place,
            participant_ids=tuple(ids[n] for n in who)))
    page = ActivitiesPage(ctx)
    show(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and page.month.count() == 3
                    and not page.loader.running)
    titles = lambda: [page.model.index(r, 1).data()  # noqa: E731
                      for r in range(page.model.rowCount())]
    assert titles() == ["防溺水宣传", "留守儿童阅读小组", "重阳节敬老活动"]  # newest first
    for text, expected in (("阅读", ["留守儿童阅读小组"]), ("板六", ["防溺水宣传"]),
                           ("zxm", ["重阳节敬老活动"])):  # a participant's initials
        page.search_box.setText(text)
        qtbot.waitUntil(lambda expected=expected: titles() == expected
                        and not page.loader.running)
    page.search_box.setText("")
    page.kind.set_code("community")
    page.month.setCurrentIndex(page.month.findData("2026-11"))
    qtbot.waitUntil(lambda: titles() == ["防溺水宣传"] and not page.loader.running)
    assert page.month.itemText(page.month.currentIndex()) == "2026年11月"
    QThreadPool.globalInstance().waitForDone()


def test_a_support_groups_next_meeting_starts_from_its_members(
        qtbot: QtBot, ctx: AppContext) -> None:
    """Choosing a group that met before ticks the people of its last meeting and makes
    the activity a group one; the meeting is saved as that group's."""
    from app.services.groups import support_groups

    ids = people(ctx.db)
    record_activity(ctx.db, ActivityInput(
        title="留守儿童成长小组（一）", activity_date="2026-10-10", kind="group",
        participant_ids=(ids["张晓明"], ids["张小梅"]), group_name="留守儿童成长小组"))
    dialog = ActivityFormDialog(ctx, None)
    show(qtbot, dialog)
    dialog.title.setText("留守儿童成长小组（二）")
    dialog.kind.set_code("community")
    index = dialog.group.findText("留守儿童成长小组")
    assert index > 0
    dialog.group.setCurrentIndex(index)
    dialog.group.activated.emit(index)  # as chosen from the list
    assert set(dialog.picker.selected_ids()) == {ids["张晓明"], ids["张小梅"]}
    assert dialog.kind.code() == "group"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None
    assert get_activity(ctx.db, dialog.saved_id).group_name == "留守儿童成长小组"
    [group] = support_groups(ctx.db)
    assert group.meetings == 2
