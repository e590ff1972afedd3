"""The entry grid driven by keyboard on the real window and a real temporary database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from nxdesk.store.entries import get_entry, history
from nxdesk.store.locks import lock_period
from nxdesk.store.sectors import sector_id
from nxdesk.store.targets import target_id
from nxdesk.ui.models.entry_model import (
    COL_LAST_YEAR,
    COL_NOTE,
    COL_PCT_LAST_YEAR,
    COL_PCT_PLAN,
    COL_STATUS,
    COL_VALUE,
    WarningRole,
)


@pytest.fixture
def window(qtbot, demo_db, db_path, tmp_path, fake_dialogs, vietnamese):
    from nxdesk.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.IniFormat)
    w = MainWindow(demo_db, db_path, settings=settings, with_chart=False)
    qtbot.addWidget(w)
    w.go_to(2024, 9, sector_id(demo_db, "Kinh tế"))
    w.show()
    qtbot.waitExposed(w)
    return w


def value_of(db, code, year=2024, months=9):
    entry = get_entry(db, target_id(db, code), year, months)
    return None if entry is None else entry.value


def index_of(w, code, column):
    model = w.grid.entry_model
    row = model.row_of_target(target_id(w.db, code))
    assert row is not None, code
    return model.index(row, column)


def type_into(qtbot, w, code, column, text, key=Qt.Key_Return):
    """Select the cell, type (the first key opens the editor, as for a user), then press ``key``."""
    grid = w.grid
    grid.setFocus()
    grid.setCurrentIndex(index_of(w, code, column))
    qtbot.keyClick(grid, text[0])
    editor = grid.open_editor()
    assert editor is not None, "typing must start editing"
    if text[1:].isascii():
        qtbot.keyClicks(editor, text[1:])
    else:  # QTest types ASCII only; Vietnamese text arrives as an input method would deliver it
        editor.insert(text[1:])
    if key is not None:
        qtbot.keyClick(editor, key)
    return editor


def test_typing_a_vietnamese_number_saves_it_and_updates_percent_and_moves_down(qtbot, window):
    w = window
    type_into(qtbot, w, "KT06", COL_VALUE, "1.401,351")
    assert value_of(w.db, "KT06") == pytest.approx(1401.351)
    assert index_of(w, "KT06", COL_VALUE).data() == "1.401,35"  # shown with the target's 2 decimals (tấn)
    assert index_of(w, "KT06", COL_PCT_PLAN).data().endswith("5,6%")  # 1.401,351 / 25.000
    assert w.grid.current_target() == target_id(w.db, "KT06a")  # Enter moved down to "Lúa"
    assert not w.grid.is_editing()
    assert w.status_saved.text().startswith("Đã lưu lúc ")
    assert history(w.db, target_id(w.db, "KT06"), 2024, 9)[0].new_value == pytest.approx(1401.351)


def test_escape_cancels(qtbot, window):
    w = window
    before = value_of(w.db, "KT06")
    type_into(qtbot, w, "KT06", COL_VALUE, "999", key=Qt.Key_Escape)
    assert not w.grid.is_editing()
    assert value_of(w.db, "KT06") == before
    assert index_of(w, "KT06", COL_VALUE).data() == "28.300"


@pytest.mark.parametrize(
    ("code", "text", "fragment"),
    [
        ("KT06", "abc", "không phải là số"),
        ("KT06", "1.401", "có thể hiểu theo hai cách"),
        ("KT01", "-5", "không thể âm"),
        ("KT10", "3,5", "phải là số nguyên"),
    ],
)
def test_bad_input_keeps_the_editor_open_with_a_vietnamese_message(qtbot, window, code, text, fragment):
    w = window
    before = value_of(w.db, code)
    editor = type_into(qtbot, w, code, COL_VALUE, text)
    assert w.grid.is_editing() and w.grid.open_editor() is editor
    assert editor.text() == text  # nothing typed is lost
    assert value_of(w.db, code) == before
    assert w.banner.isVisible() and fragment in w.banner.text()
    editor.setText("12")
    qtbot.keyClick(editor, Qt.Key_Return)
    assert value_of(w.db, code) == 12
    assert not w.banner.isVisible()


def test_clicking_elsewhere_with_refused_text_keeps_it(qtbot, window):
    w = window
    before = value_of(w.db, "KT06")
    editor = type_into(qtbot, w, "KT06", COL_VALUE, "12abc", key=None)
    other = index_of(w, "KT08", COL_VALUE)
    qtbot.mouseClick(w.grid.viewport(), Qt.LeftButton, pos=w.grid.visualRect(other).center())
    assert w.grid.open_editor() is editor and editor.text() == "12abc"
    assert value_of(w.db, "KT06") == before
    assert "không phải là số" in w.banner.text()
    assert not w.close()  # closing is refused too, with the reason shown, rather than losing the text
    editor.setText("12")
    qtbot.keyClick(editor, Qt.Key_Return)
    assert value_of(w.db, "KT06") == 12


def test_clicking_elsewhere_commits_a_valid_value(qtbot, window):
    w = window
    type_into(qtbot, w, "KT06", COL_VALUE, "27500", key=None)
    other = index_of(w, "KT08", COL_VALUE)
    qtbot.mouseClick(w.grid.viewport(), Qt.LeftButton, pos=w.grid.visualRect(other).center())
    assert value_of(w.db, "KT06") == 27500
    assert not w.grid.is_editing()


def test_tab_commits_and_moves_right(qtbot, window):
    w = window
    type_into(qtbot, w, "KT05", COL_LAST_YEAR, "11.000,5", key=Qt.Key_Tab)
    assert value_of(w.db, "KT05", year=2023) == pytest.approx(11000.5)
    assert get_entry(w.db, target_id(w.db, "KT05"), 2023, 9).status == "official"
    assert w.grid.currentIndex().column() == COL_VALUE
    assert index_of(w, "KT05", COL_PCT_LAST_YEAR).data() == "110%"  # 12.100,1 / 11.000,5


def test_paste_a_block_from_excel_is_one_transaction_and_one_undo_step(qtbot, window):
    w = window
    old = [value_of(w.db, c) for c in ("KT06", "KT06a", "KT06b")]
    w.grid.setCurrentIndex(index_of(w, "KT06", COL_VALUE))
    assert w.grid.paste_text("1.234,5\n2.000\n3,5\n")
    assert [value_of(w.db, c) for c in ("KT06", "KT06a", "KT06b")] == [1234.5, 2000.0, 3.5]
    assert w.undo_stack.count() == 1
    w.act_undo.trigger()
    assert [value_of(w.db, c) for c in ("KT06", "KT06a", "KT06b")] == old
    w.act_redo.trigger()
    assert [value_of(w.db, c) for c in ("KT06", "KT06a", "KT06b")] == [1234.5, 2000.0, 3.5]


def test_paste_through_the_clipboard_and_ctrl_v(qtbot, window):
    from PySide6.QtGui import QGuiApplication

    w = window
    QGuiApplication.clipboard().setText("100\t\n")
    w.grid.setCurrentIndex(index_of(w, "KT07", COL_VALUE))
    w.grid.setFocus()
    qtbot.keyClick(w.grid, Qt.Key_V, Qt.ControlModifier)
    assert value_of(w.db, "KT07") == 100


def test_paste_a_block_with_status_and_note_columns_and_quoted_cells(qtbot, window):
    w = window
    w.grid.setCurrentIndex(index_of(w, "KT07", COL_VALUE))
    assert w.grid.paste_text("300\tChính thức\n1.400,5\tƯớc\r\n")
    w.grid.setCurrentIndex(index_of(w, "KT08", COL_NOTE))
    assert w.grid.paste_text('"Số của\nKiểm lâm"\r\n')  # Excel quotes a cell with a line break
    kt07, kt08 = (get_entry(w.db, target_id(w.db, c), 2024, 9) for c in ("KT07", "KT08"))
    assert (kt07.value, kt07.status) == (300, "official")
    assert (kt08.value, kt08.status) == (1400.5, "estimate")
    assert kt08.note == "Số của Kiểm lâm"


def test_one_value_pasted_into_a_selection_fills_it(qtbot, window):
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    w = window
    top, bottom = index_of(w, "KT06", COL_VALUE), index_of(w, "KT06b", COL_VALUE)
    w.grid.setCurrentIndex(top)
    w.grid.selectionModel().select(QItemSelection(top, bottom), QItemSelectionModel.ClearAndSelect)
    assert w.grid.paste_text("100\r\n")
    assert [value_of(w.db, c) for c in ("KT06", "KT06a", "KT06b")] == [100, 100, 100]
    assert w.undo_stack.count() == 1


def test_a_bad_cell_in_a_paste_writes_nothing(qtbot, window):
    w = window
    old = [value_of(w.db, c) for c in ("KT06", "KT06a", "KT06b")]
    w.grid.setCurrentIndex(index_of(w, "KT06", COL_VALUE))
    assert not w.grid.paste_text("1.234,5\nhai nghìn\n3,5")
    assert [value_of(w.db, c) for c in ("KT06", "KT06a", "KT06b")] == old
    assert "Chưa dán gì" in w.banner.text() and "Lúa" in w.banner.text()
    assert w.undo_stack.count() == 0


def test_undo_and_redo_with_the_keyboard(qtbot, window):
    w = window
    type_into(qtbot, w, "KT08", COL_VALUE, "1.400")  # ha, one dot and three digits: ambiguous
    assert w.grid.is_editing()
    w.grid.open_editor().setText("1400")
    qtbot.keyClick(w.grid.open_editor(), Qt.Key_Return)
    assert value_of(w.db, "KT08") == 1400
    w.grid.setFocus()
    qtbot.keyClick(w, Qt.Key_Z, Qt.ControlModifier)
    assert value_of(w.db, "KT08") == 1388
    assert index_of(w, "KT08", COL_VALUE).data() == "1.388"
    qtbot.keyClick(w, Qt.Key_Y, Qt.ControlModifier)
    assert value_of(w.db, "KT08") == 1400


def test_undo_returns_to_the_sector_of_the_edit(qtbot, window):
    w = window
    type_into(qtbot, w, "KT08", COL_VALUE, "1400")
    w.sectors.choose(sector_id(w.db, "Môi trường"), signal=True)
    assert w.sector_id == sector_id(w.db, "Môi trường")
    w.act_undo.trigger()
    assert w.sector_id == sector_id(w.db, "Kinh tế")
    assert w.sectors.current_sector() == sector_id(w.db, "Kinh tế")
    assert value_of(w.db, "KT08") == 1388
    assert w.grid.current_target() == target_id(w.db, "KT08")


def test_undo_returns_to_the_period_of_the_edit(qtbot, window):
    w = window
    type_into(qtbot, w, "KT08", COL_VALUE, "1400")
    w.period_box.setCurrentIndex(w.period_box.findText("Quý I"))
    assert w.months == 3
    qtbot.keyClick(w, Qt.Key_Z, Qt.ControlModifier)
    assert (w.months, w.period_box.currentText()) == (9, "9 tháng")
    assert value_of(w.db, "KT08") == 1388
    assert index_of(w, "KT08", COL_VALUE).data() == "1.388"


def test_delete_clears_with_history(qtbot, window):
    w = window
    w.grid.setCurrentIndex(index_of(w, "KT07", COL_VALUE))
    w.grid.setFocus()
    qtbot.keyClick(w.grid, Qt.Key_Delete)
    assert value_of(w.db, "KT07") is None
    assert history(w.db, target_id(w.db, "KT07"), 2024, 9)[0].old_value == 295
    assert index_of(w, "KT07", COL_VALUE).data() == ""


def test_status_and_note_are_editable(qtbot, window):
    w = window
    w.grid.setCurrentIndex(index_of(w, "KT06", COL_STATUS))
    assert w.grid.entry_model.setData(index_of(w, "KT06", COL_STATUS), "official")
    assert get_entry(w.db, target_id(w.db, "KT06"), 2024, 9).status == "official"
    assert index_of(w, "KT06", COL_STATUS).data() == "Chính thức"
    type_into(qtbot, w, "KT06", COL_NOTE, "Số của Phòng Nông nghiệp")
    assert get_entry(w.db, target_id(w.db, "KT06"), 2024, 9).note == "Số của Phòng Nông nghiệp"


def test_official_mode_stores_typed_values_as_official(qtbot, window):
    w = window
    w.radio_official.setChecked(True)
    type_into(qtbot, w, "KT01", COL_VALUE, "1500")
    entry = get_entry(w.db, target_id(w.db, "KT01"), 2024, 9)
    assert entry.value == 1500 and entry.status == "official"
    assert not index_of(w, "KT01", COL_VALUE).data(Qt.FontRole)  # no longer italic


def test_a_locked_period_cannot_be_edited(qtbot, window):
    w = window
    lock_period(w.db, 2024, 9, "đã báo cáo")
    w.refresh()
    index = index_of(w, "KT06", COL_VALUE)
    assert not w.grid.entry_model.flags(index) & Qt.ItemIsEditable
    w.grid.setCurrentIndex(index)
    w.grid.setFocus()
    qtbot.keyClick(w.grid, "5")
    assert not w.grid.is_editing()
    assert not w.grid.paste_text("5")
    qtbot.keyClick(w.grid, Qt.Key_Delete)
    assert value_of(w.db, "KT06") == 28300
    assert "đã chốt" in w.banner.text()


def test_warnings_are_shown_on_the_cell(qtbot, window):
    w = window
    type_into(qtbot, w, "KT01", COL_VALUE, "3000")  # last year 726,1: more than 3 times
    assert "3 lần" in index_of(w, "KT01", COL_VALUE).data(WarningRole)
    assert "3 lần" in index_of(w, "KT01", COL_VALUE).data(Qt.ToolTipRole)
    type_into(qtbot, w, "KT06a", COL_VALUE, "30.000,0")  # Lúa + Ngô > the food output
    assert "trong đó" in index_of(w, "KT06", COL_VALUE).data(WarningRole)
    assert value_of(w.db, "KT06a") == 30000  # a warning does not block


def test_closing_with_an_open_editor_saves_it(qtbot, window):
    w = window
    type_into(qtbot, w, "KT07", COL_VALUE, "301", key=None)
    assert w.grid.is_editing()
    assert w.close()
    assert value_of(w.db, "KT07") == 301


def test_an_undo_refused_by_a_lock_leaves_the_value_and_drops_the_step(qtbot, window):
    from nxdesk.store.locks import lock_period

    w = window
    type_into(qtbot, w, "KT08", COL_VALUE, "1400")
    assert value_of(w.db, "KT08") == 1400 and w.undo_stack.count() == 1
    lock_period(w.db, 2024, 9, "đã gửi báo cáo")
    w.grid.setFocus()
    qtbot.keyClick(w, Qt.Key_Z, Qt.ControlModifier)
    assert value_of(w.db, "KT08") == 1400  # the store refused the undo
    assert "đã chốt số liệu" in w.banner.text()
    assert w.undo_stack.count() == 0 and not w.undo_stack.canRedo()  # the stack agrees with the figures


def test_undo_of_a_same_period_edit_gives_back_last_years_status(qtbot, window):
    from nxdesk.domain.targets import Status
    from nxdesk.store.entries import set_entry

    w = window
    kt05 = target_id(w.db, "KT05")
    set_entry(w.db, kt05, 2023, 9, value=11000.0, status=Status.ESTIMATE)
    w.refresh()
    type_into(qtbot, w, "KT05", COL_LAST_YEAR, "11.500,0")
    entry = get_entry(w.db, kt05, 2023, 9)
    assert (entry.value, entry.status) == (11500, Status.OFFICIAL)  # typed last-year figures are official
    w.grid.setFocus()
    qtbot.keyClick(w, Qt.Key_Z, Qt.ControlModifier)
    entry = get_entry(w.db, kt05, 2023, 9)
    assert (entry.value, entry.status) == (11000, Status.ESTIMATE)


def test_a_typed_note_is_kept_in_nfc_and_control_characters_are_refused(qtbot, window):
    import unicodedata

    w = window
    model = w.grid.entry_model
    assert model.setData(index_of(w, "KT06", COL_NOTE), unicodedata.normalize("NFD", "Số của Phòng"))
    assert get_entry(w.db, target_id(w.db, "KT06"), 2024, 9).note == "Số của Phòng"
    with pytest.raises(ValueError, match="có ký tự điều khiển"):
        model.change_for(index_of(w, "KT06", COL_NOTE), "ghi\x00chú")
    assert not model.setData(index_of(w, "KT06", COL_NOTE), "ghi\x00chú")
    assert get_entry(w.db, target_id(w.db, "KT06"), 2024, 9).note == "Số của Phòng"


@pytest.mark.parametrize(
    ("typed", "status"), [("ƯỚC", "estimate"), ("Chính Thức", "official"), ("ct", "official")]
)
def test_the_grid_reads_status_words_as_the_importer_does(qtbot, window, typed, status):
    w = window
    w.grid.entry_model.setData(index_of(w, "KT01", COL_STATUS), typed)
    assert get_entry(w.db, target_id(w.db, "KT01"), 2024, 9).status == status


def test_a_figure_typed_wider_than_its_column_widens_it_and_a_short_one_gives_the_width_back(qtbot, window):
    grid, fm = window.grid, window.grid.fontMetrics()
    before, typed = grid.columnWidth(COL_VALUE), index_of(window, "KT01", COL_VALUE).data(Qt.EditRole)
    type_into(qtbot, window, "KT01", COL_VALUE, "123456789012,5")
    wide = index_of(window, "KT01", COL_VALUE).data()
    assert wide == "123.456.789.012,5"
    assert before < fm.horizontalAdvance(wide) + 8 <= grid.columnWidth(COL_VALUE)
    type_into(qtbot, window, "KT01", COL_VALUE, typed)
    assert index_of(window, "KT01", COL_VALUE).data(Qt.EditRole) == typed
    assert grid.columnWidth(COL_VALUE) == before
