"""Plan editor on a real temporary database: every edit lands in the store, or is refused with a message."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from nxdesk.store import sectors as ss
from nxdesk.store import targets as st
from nxdesk.ui.dialogs.plan_editor import PlanEditorDialog
from nxdesk.ui.dialogs.plan_model import (
    COL_BASELINE,
    COL_CODE,
    COL_DIRECTION,
    COL_KIND,
    COL_NAME,
    COL_PARENT,
    COL_PLAN_OWN,
    COL_PLAN_UPPER,
    COL_SECTOR,
    PlanTableModel,
)


@pytest.fixture
def editor(qtbot, demo_db, fake_dialogs):
    dialog = PlanEditorDialog(demo_db, 2024)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def record(db, code, year=2024):
    return next(t for t in st.list_targets(db, year, include_retired=True) if t.code == code)


def codes(db, year=2024):
    return [t.code for t in st.list_targets(db, year)]


def type_into(qtbot, dialog, code, column, text):
    """Select the cell, type over it the way a clerk does, press Enter."""
    dialog.select_target(st.target_id(dialog._db, code), column)
    table = dialog.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key_F2)
    editor = table.indexWidget(table.currentIndex())
    assert editor is not None
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key_Backspace)
    for char in text:  # QTest can only type ASCII: "≥" and Vietnamese letters go in as key events with text
        if char.isascii():
            qtbot.keyClicks(editor, char)
        else:
            QApplication.sendEvent(editor, QKeyEvent(QEvent.KeyPress, Qt.Key_unknown, Qt.NoModifier, char))
    qtbot.keyClick(editor, Qt.Key_Return)
    QApplication.processEvents()  # the delegate commits on a queued call after Enter


def test_model_passes_qtmodeltester(qtmodeltester, demo_db):
    model = PlanTableModel(demo_db, 2024)
    qtmodeltester.check(model)
    model.set_show_retired(True)
    model.set_sector(ss.list_sectors(demo_db)[0].id)
    qtmodeltester.check(model)


def test_shows_the_sheet_with_trong_do_rows_indented(editor):
    model = editor.model
    assert model.rowCount() == 30
    assert model.headerData(COL_PLAN_OWN, Qt.Horizontal) in ("District plan", "KH huyện giao")
    rice = model.row_of(st.target_id(editor._db, "KT06a"))
    shown = model.index(rice, COL_NAME).data()
    assert shown.startswith(" ") and shown.strip() == "Lúa"
    assert model.index(rice, COL_PARENT).data() == "KT06"
    assert model.index(rice, COL_PARENT).data(Qt.ToolTipRole) == "Tổng sản lượng lương thực"
    first = model.row_of(st.target_id(editor._db, "KT01"))
    assert model.index(first, COL_PLAN_OWN).data() == "770"
    assert model.index(first, COL_PLAN_UPPER).data() == "745,4"


def test_add_target_lands_in_the_store(editor, fake_dialogs):
    env = ss.list_sectors(editor._db)[2]
    fake_dialogs.answers = [["MT09", "Tỷ lệ chất thải rắn được thu gom", "%", 2]]
    editor.add_button.click()
    t = record(editor._db, "MT09")
    assert (t.name, t.unit, t.sector_id) == ("Tỷ lệ chất thải rắn được thu gom", "%", env.id)
    assert not t.retired
    assert editor.current_target().code == "MT09"
    assert "MT09" not in codes(editor._db, 2023)


def test_add_target_with_a_taken_code_says_so(editor, fake_dialogs):
    before = record(editor._db, "KT01")
    fake_dialogs.answers = [["KT01", "Khác", "ha", 0], None]
    editor.add_button.click()
    kinds = [kind for kind, *_ in fake_dialogs.shown]
    assert kinds == ["ask_form", "warning", "ask_form"]
    assert "KT01" in fake_dialogs.shown[1][2]
    assert record(editor._db, "KT01") == before


def test_plan_cell_typed_is_stored_as_typed(qtbot, editor, fake_dialogs):
    type_into(qtbot, editor, "KT05", COL_PLAN_OWN, "≥ 70")
    assert record(editor._db, "KT05").plan_own == "≥ 70"
    assert editor.isVisible() and fake_dialogs.shown == []  # Enter saved the cell, nothing else
    row = editor.model.row_of(st.target_id(editor._db, "KT05"))
    assert editor.model.index(row, COL_PLAN_OWN).data() == "≥ 70"
    type_into(qtbot, editor, "KT05", COL_PLAN_UPPER, "6,6-6,8")
    assert record(editor._db, "KT05").plan_upper == "6,6-6,8"


def test_bad_plan_is_refused_with_a_message_and_editor_reopened(qtbot, editor, fake_dialogs):
    before = record(editor._db, "KT01")
    type_into(qtbot, editor, "KT01", COL_PLAN_OWN, "abc")
    qtbot.waitUntil(lambda: bool(fake_dialogs.shown))
    kind, _title, text = fake_dialogs.shown[0]
    assert kind == "warning" and "abc" in text
    assert record(editor._db, "KT01") == before
    editor_widget = editor.table.indexWidget(editor.table.currentIndex())
    assert editor_widget is not None and editor_widget.text() == "abc"


def test_emptying_a_plan_removes_it(qtbot, editor):
    type_into(qtbot, editor, "KT01", COL_PLAN_UPPER, "")
    assert record(editor._db, "KT01").plan_upper is None


def test_baseline_parses_vietnamese_numbers_and_refuses_ambiguous(qtbot, editor, fake_dialogs):
    type_into(qtbot, editor, "KT01", COL_BASELINE, "1.401,351")
    assert record(editor._db, "KT01").baseline == pytest.approx(1401.351)
    type_into(qtbot, editor, "KT01", COL_BASELINE, "1.401")
    qtbot.waitUntil(lambda: bool(fake_dialogs.shown))
    assert "1401" in fake_dialogs.shown[0][2] and "1,401" in fake_dialogs.shown[0][2]
    assert record(editor._db, "KT01").baseline == pytest.approx(1401.351)


def test_combo_columns_write_kind_direction_sector_parent(editor):
    model, db = editor.model, editor._db
    row = model.row_of(st.target_id(db, "KT07"))
    assert model.setData(model.index(row, COL_KIND), "level")
    assert model.setData(model.index(row, COL_DIRECTION), "down")
    parent_choices = dict((v, label) for label, v in model.choices(model.index(row, COL_PARENT)))
    food = st.target_id(db, "KT06")
    assert food in parent_choices and st.target_id(db, "KT07") not in parent_choices
    assert model.setData(model.index(model.row_of(st.target_id(db, "KT07")), COL_PARENT), food)
    t = record(db, "KT07")
    assert (t.kind, t.direction, t.parent_code) == ("level", "down", "KT06")
    culture = ss.list_sectors(db)[1].id
    assert model.setData(model.index(model.row_of(food), COL_SECTOR), culture)
    assert record(db, "KT07").sector_id == culture  # a "trong đó" row goes with its parent


def test_parent_cannot_be_its_own_row(editor, fake_dialogs, qtbot):
    model, db = editor.model, editor._db
    row = model.row_of(st.target_id(db, "KT06"))
    assert not model.setData(model.index(row, COL_PARENT), st.target_id(db, "KT06a"))
    qtbot.waitUntil(lambda: bool(fake_dialogs.shown))
    assert record(db, "KT06").parent_id is None


def test_retire_removes_from_that_year_only(editor, fake_dialogs):
    db = editor._db
    st.copy_year(db, 2024, 2025)
    editor.year_box.setValue(2025)
    editor.select_target(st.target_id(db, "KT08"))
    fake_dialogs.answers = [True]
    editor.retire_button.click()
    assert "KT08" not in codes(db, 2025)
    assert "KT08" in codes(db, 2024)
    assert editor.model.row_of(st.target_id(db, "KT08")) == -1
    editor.show_retired.setChecked(True)
    editor.select_target(st.target_id(db, "KT08"))
    assert editor.retire_button.text() in ("Put back in this year", "Đưa lại vào năm này")
    editor.retire_button.click()
    assert "KT08" in codes(db, 2025)


def test_retire_needs_confirmation(editor, fake_dialogs):
    editor.select_target(st.target_id(editor._db, "KT08"))
    fake_dialogs.answers = [False]
    editor.retire_button.click()
    assert "KT08" in codes(editor._db)


def test_move_up_and_down_changes_the_order(editor):
    db = editor._db
    editor.select_target(st.target_id(db, "KT02"))
    editor.up_button.click()
    assert codes(db)[:2] == ["KT02", "KT02a"] and codes(db)[2] == "KT01"
    assert editor.current_target().code == "KT02"
    editor.down_button.click()
    editor.down_button.click()
    order = codes(db)
    assert order.index("KT02") == order.index("KT03") + 1


def test_add_rename_and_reorder_sectors(editor, fake_dialogs):
    db = editor._db
    fake_dialogs.answers = ["Chuyển đổi số"]
    editor.add_sector_button.click()
    assert [s.name for s in ss.list_sectors(db)][-1] == "Chuyển đổi số"
    fake_dialogs.answers = ["Chuyển đổi số và cải cách hành chính"]
    editor.rename_sector_button.click()
    assert ss.list_sectors(db)[-1].name == "Chuyển đổi số và cải cách hành chính"
    editor.sector_up_button.click()
    assert ss.list_sectors(db)[-2].name == "Chuyển đổi số và cải cách hành chính"
    fake_dialogs.answers = ["Kinh tế"]
    editor.add_sector_button.click()
    assert fake_dialogs.shown[-1][0] == "warning"
    assert len(ss.list_sectors(db)) == 6


def test_selecting_a_sector_filters_the_table(editor):
    env = ss.list_sectors(editor._db)[2]
    editor.sector_list.setCurrentRow(3)
    assert {editor.model.target_at(r).sector_id for r in range(editor.model.rowCount())} == {env.id}


def test_copy_from_last_year_creates_the_new_sheet(editor, fake_dialogs):
    db = editor._db
    editor.year_box.setValue(2025)
    assert editor.model.rowCount() == 0
    editor.copy_button.click()
    old, new = st.list_targets(db, 2024), st.list_targets(db, 2025)
    assert [t.code for t in new] == [t.code for t in old]

    def plans(rows):
        return [(t.plan_upper, t.plan_own) for t in rows]

    assert plans(new) == plans(old)
    assert fake_dialogs.shown[-1][0] == "info" and "30" in fake_dialogs.shown[-1][2]
    assert editor.model.rowCount() == 30
    fake_dialogs.answers = [False]
    editor.copy_button.click()  # the year has targets now: asks first
    assert fake_dialogs.shown[-1][0] == "confirm"


def test_copy_is_one_transaction(editor, fake_dialogs, monkeypatch):
    db = editor._db
    editor.year_box.setValue(2025)
    real = db.execute

    def failing(sql, *args):
        if "INSERT OR IGNORE INTO plans" in sql:
            raise RuntimeError("disk full")
        return real(sql, *args)

    monkeypatch.setattr(db, "execute", failing)
    with pytest.raises(RuntimeError):
        editor.copy_from_last_year()
    monkeypatch.undo()
    assert st.list_targets(db, 2025) == []


def test_kind_drop_down_in_the_table(qtbot, editor):
    db = editor._db
    editor.select_target(st.target_id(db, "KT08"), COL_KIND)
    editor.edit_button.click()
    combo = editor.table.indexWidget(editor.table.currentIndex())
    assert [combo.itemText(i) for i in range(combo.count())] in (
        ["Cumulative", "Point in time"],
        ["Cộng dồn", "Thời điểm"],
    )
    combo.setCurrentIndex(combo.findData("level"))
    qtbot.keyClick(combo, Qt.Key_Return)
    QApplication.processEvents()
    assert record(db, "KT08").kind == "level"
    assert editor.isVisible()


def test_sector_drop_down_moves_the_row_and_keeps_it_selected(qtbot, editor):
    db = editor._db
    env = ss.list_sectors(db)[2].id
    editor.select_target(st.target_id(db, "KT07"), COL_SECTOR)
    editor.edit_button.click()
    combo = editor.table.indexWidget(editor.table.currentIndex())
    combo.setCurrentIndex(combo.findData(env))
    qtbot.keyClick(combo, Qt.Key_Return)
    kt07 = st.target_id(db, "KT07")
    qtbot.waitUntil(lambda: editor.model.target_at(editor.model.row_of(kt07)).sector_id == env)  # re-read
    assert record(db, "KT07").sector_id == env
    assert editor.current_target().code == "KT07"


def test_taken_code_is_refused_and_nothing_changes(qtbot, editor, fake_dialogs):
    before = record(editor._db, "KT01")
    type_into(qtbot, editor, "KT01", COL_CODE, "KT02")
    qtbot.waitUntil(lambda: bool(fake_dialogs.shown))
    assert "KT02" in fake_dialogs.shown[0][2]
    assert record(editor._db, "KT01") == before


def test_empty_year_says_what_to_do(editor):
    editor.year_box.setValue(2026)
    assert "2026" in editor.count_label.text()
    editor.year_box.setValue(2024)
    assert "27" in editor.count_label.text() and "3" in editor.count_label.text()


def test_a_database_error_is_reported_not_raised(editor, fake_dialogs, monkeypatch):
    import sqlite3

    def locked(*args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(st, "move_in_year", locked)
    editor.select_target(st.target_id(editor._db, "KT02"))
    before = codes(editor._db)
    editor.up_button.click()
    assert fake_dialogs.shown[-1][0] == "error" and "database is locked" in fake_dialogs.shown[-1][2]
    assert codes(editor._db) == before


def test_a_lower_case_taken_code_is_refused(qtbot, editor, fake_dialogs):
    before = record(editor._db, "KT01")
    type_into(qtbot, editor, "KT01", COL_CODE, "kt02")  # KT02 in another case
    qtbot.waitUntil(lambda: bool(fake_dialogs.shown))
    assert "kt02" in fake_dialogs.shown[0][2]
    assert record(editor._db, "KT01") == before


def test_an_invisible_character_in_a_name_is_refused_with_a_message(qapp, demo_db, vietnamese):
    model = PlanTableModel(demo_db, 2024)
    refusals = []
    model.refused.connect(lambda row, column, message, text: refusals.append(message))
    before = record(demo_db, "KT01")
    row = next(r for r in range(model.rowCount()) if model.index(r, COL_CODE).data() == "KT01")
    assert not model.setData(model.index(row, COL_NAME), "Thu\u200bngân sách")
    assert refusals == ["có ký tự ẩn (U+200B); hãy gõ lại, bỏ ký tự đó"]
    assert record(demo_db, "KT01") == before
