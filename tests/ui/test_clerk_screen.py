"""The clerk's screen on a real database: a window that fits, frozen names, whole figures, the chart pane's
toggle, view state per file, the keys, find, the filter, help, paste from Vietnamese Excel, undo after a
dialog wrote, the message line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication

from nxdesk.store.entries import get_entry, set_entry
from nxdesk.store.sectors import sector_id
from nxdesk.store.targets import target_id
from nxdesk.ui.models.entry_model import (
    COL_LAST_YEAR,
    COL_NAME,
    COL_NOTE,
    COL_PCT_PLAN,
    COL_PLAN_OWN,
    COL_PLAN_UPPER,
    COL_VALUE,
    NUMBER_COLUMNS,
)

from .windows import shown_window


@pytest.fixture
def ini(tmp_path):
    return str(tmp_path / "ui.ini")


def make_window(qtbot, db, db_path, ini, with_chart=False):
    return shown_window(qtbot, db, db_path, ini, with_chart=with_chart)


@pytest.fixture
def window(qtbot, demo_db, db_path, ini, fake_dialogs, vietnamese):
    w = make_window(qtbot, demo_db, db_path, ini)
    w.go_to(2024, 9, sector_id(demo_db, "Kinh tế"))
    return w


def screen_rect(w) -> QRect:
    return w.screen().availableGeometry()


# --- 1. the window fits the screen --------------------------------------------------------------------------
def test_the_window_opens_inside_the_available_screen(window):
    assert screen_rect(window).contains(window.geometry())


def test_a_remembered_geometry_larger_than_the_screen_is_not_restored(
    qtbot, demo_db, db_path, ini, fake_dialogs
):
    w = make_window(qtbot, demo_db, db_path, ini)
    w.setGeometry(0, 0, 1600, 900)  # from a larger screen, where it fitted
    w.close()
    again = make_window(qtbot, demo_db, db_path, ini)
    assert screen_rect(again).contains(again.geometry())
    assert again.width() < 1600


# --- 2. the frozen name column, columns the clerk hides -----------------------------------------------------
def test_the_target_names_stay_in_view_when_the_grid_scrolls_sideways(qtbot, window):
    grid = window.grid
    window.resize(760, 600)
    grid.setCurrentIndex(grid.entry_model.index(0, COL_NOTE))  # Ghi chú, far right, is reachable
    qtbot.wait(10)
    frozen = grid.frozen
    assert grid.horizontalScrollBar().value() > 0
    assert grid.visualRect(grid.currentIndex()).left() >= frozen.width() - 1
    assert frozen.isVisible()
    assert frozen.indexAt(QPoint(5, 5)).data() == "Thu ngân sách"
    assert frozen.geometry().left() <= grid.verticalHeader().width() + grid.frameWidth()
    # the cell just right of the names is not hidden under them when moving left
    grid.setCurrentIndex(grid.entry_model.index(0, COL_NAME + 1))
    assert grid.visualRect(grid.currentIndex()).left() >= grid.columnWidth(COL_NAME) - 1


def test_the_clerk_hides_a_column_from_the_header_menu_and_it_stays_hidden(
    qtbot, demo_db, db_path, ini, fake_dialogs
):
    w = make_window(qtbot, demo_db, db_path, ini)
    assert COL_PLAN_UPPER in [c for c, _ in w.grid.column_choices()]
    w.grid.set_column_shown(COL_PLAN_UPPER, False)
    assert w.grid.isColumnHidden(COL_PLAN_UPPER)
    w.close()
    again = make_window(qtbot, demo_db, db_path, ini)
    assert again.grid.isColumnHidden(COL_PLAN_UPPER)


# --- 3. no figure elided or wrapped -------------------------------------------------------------------------
def test_every_figure_fits_its_column_on_one_line(window, demo_db):
    kt01 = target_id(demo_db, "KT01")
    set_entry(demo_db, kt01, 2023, 9, value=1401.351, status="official")
    set_entry(demo_db, kt01, 2024, 9, value=18700.0, status="official")
    with demo_db.conn:
        demo_db.execute(
            "UPDATE plans SET expression = '70,5-71,5' WHERE target_id = ? AND year = 2024",
            [target_id(demo_db, "MT01")],
        )
    window.refresh()
    grid, model = window.grid, window.grid.entry_model
    fm = grid.fontMetrics()
    texts = {model.index(0, c).data() for c in (COL_LAST_YEAR, COL_PCT_PLAN)}
    assert "1.401,351" in texts
    assert any(t.endswith("%") and "▲" in t for t in texts)
    for sector in range(window.sectors.count()):
        window.sectors.setCurrentRow(sector)
        for row in range(model.rowCount()):
            for column in (*NUMBER_COLUMNS, COL_PLAN_OWN):
                if grid.isColumnHidden(column):
                    continue
                text = model.index(row, column).data() or ""
                assert fm.horizontalAdvance(text) + 8 <= grid.columnWidth(column), (text, column)


# --- 4. the chart pane collapses ----------------------------------------------------------------------------
def test_f8_hides_and_shows_the_chart_pane_and_the_choice_is_kept(qtbot, demo_db, db_path, ini, fake_dialogs):
    w = make_window(qtbot, demo_db, db_path, ini, with_chart=True)
    qtbot.waitUntil(lambda: w.chart is not None, timeout=10000)
    grid_width = w.grid.width()
    assert w.chart.isVisible()
    qtbot.keyClick(w.grid, Qt.Key_F8)
    assert not w.chart.isVisible()
    qtbot.wait(10)
    assert w.grid.width() > grid_width  # the grid takes the room
    w.close()
    again = make_window(qtbot, demo_db, db_path, ini, with_chart=True)
    qtbot.waitUntil(lambda: again.chart is not None, timeout=10000)
    assert not again.chart.isVisible()
    qtbot.keyClick(again.grid, Qt.Key_F8)
    assert again.chart.isVisible()


# --- 5. view state per file ---------------------------------------------------------------------------------
def test_period_and_layout_are_kept_per_data_file(qtbot, demo_db, db_path, ini, fake_dialogs, tmp_path):
    from nxdesk.demo import load_demo
    from nxdesk.store.db import open_db

    w = make_window(qtbot, demo_db, db_path, ini)
    w.go_to(2024, 6, sector_id(demo_db, "Môi trường"))
    w.close()
    other_path = tmp_path / "khac.db"
    other = open_db(other_path)
    load_demo(other)
    o = make_window(qtbot, other, other_path, ini)
    o.go_to(2024, 3, sector_id(other, "Kinh tế"))
    o.splitter.setSizes([400, 10, 390])  # the grid squashed on that file
    o.close()
    again = make_window(qtbot, demo_db, db_path, ini)
    assert (again.months, again.sector_id) == (6, sector_id(demo_db, "Môi trường"))
    squashed = make_window(qtbot, other, other_path, ini)
    assert squashed.months == 3
    assert squashed.splitter.sizes()[1] >= 320  # never a layout that hides the grid
    other.conn.close()


# --- 6. keys, find, filter, help, about ---------------------------------------------------------------------
def test_keys_change_sector_period_and_year(qtbot, window, demo_db):
    qtbot.keyClick(window.grid, Qt.Key_PageDown, Qt.ControlModifier)
    assert window.sector_id == sector_id(demo_db, "Văn hóa - Xã hội")
    qtbot.keyClick(window.grid, Qt.Key_PageUp, Qt.ControlModifier)
    assert window.sector_id == sector_id(demo_db, "Kinh tế")
    qtbot.keyClick(window.grid, Qt.Key_Right, Qt.AltModifier)
    assert window.period_box.currentText() != "9 tháng" and window.months >= 9
    qtbot.keyClick(window.grid, Qt.Key_Left, Qt.AltModifier)
    assert window.period_box.currentText() == "9 tháng"
    years = [window.year_box.itemData(i) for i in range(window.year_box.count())]
    if len(years) > 1:
        qtbot.keyClick(window.grid, Qt.Key_PageUp, Qt.AltModifier)
        assert window.year == years[years.index(2024) - 1]


def test_ctrl_tab_and_f6_leave_the_grid(qtbot, window):
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key_Tab, Qt.ControlModifier)
    assert window.sectors.hasFocus()
    qtbot.keyClick(window.sectors, Qt.Key_F6)
    assert window.grid.hasFocus()
    qtbot.keyClick(window.grid, Qt.Key_F6, Qt.ShiftModifier)
    assert window.sectors.hasFocus()


def test_ctrl_f_finds_a_target_by_name_or_code_in_any_sector(qtbot, window, demo_db):
    qtbot.keyClick(window.grid, Qt.Key_F, Qt.ControlModifier)
    bar = window.keys.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    qtbot.keyClicks(bar.edit, "ket nap dang vien")  # without accents, as typed in a hurry
    assert window.sector_id == sector_id(demo_db, "Xây dựng Đảng và hệ thống chính trị")
    assert window.grid.current_target() == target_id(demo_db, "XD01")
    bar.edit.clear()
    qtbot.keyClicks(bar.edit, "KT06")
    assert window.grid.current_target() == target_id(demo_db, "KT06")
    qtbot.keyClick(bar.edit, Qt.Key_Return)
    assert window.grid.current_target() == target_id(demo_db, "KT06a")
    qtbot.keyClick(bar.edit, Qt.Key_Escape)
    assert not bar.isVisible() and window.grid.hasFocus()


def test_only_targets_behind_plan(qtbot, window, demo_db):
    qtbot.keyClick(window.grid, Qt.Key_B, Qt.ControlModifier)
    model = window.grid.entry_model
    names = [model.index(r, COL_NAME).data() for r in range(model.rowCount())]
    assert "Giải ngân vốn đầu tư công" in names and "Thu ngân sách" not in names
    assert all(model.index(r, COL_PCT_PLAN).data().startswith("▼") for r in range(model.rowCount()))
    qtbot.keyClick(window.grid, Qt.Key_B, Qt.ControlModifier)
    assert model.rowCount() > 10


def test_f1_shows_the_guide_in_vietnamese_and_english(qtbot, window, monkeypatch):
    from nxdesk.ui import help_dialog

    shown = []
    monkeypatch.setattr(help_dialog.HelpDialog, "exec", lambda self: shown.append(self.browser.toPlainText()))
    qtbot.keyClick(window.grid, Qt.Key_F1)
    assert shown and "Cửa sổ chính" in shown[0] and "Ctrl+F" in shown[0]
    for heading in ("Bảng nhập số liệu", "Biểu đồ", "Kế hoạch", "Tổng hợp", "Chốt số liệu", "Sao lưu"):
        assert heading in shown[0]
    english = help_dialog.HelpDialog(window, "en")
    qtbot.addWidget(english)
    assert "Main window" in english.browser.toPlainText()


def test_about_says_the_version_and_where_the_data_file_is(window, fake_dialogs, db_path):
    window.keys.act_about.trigger()
    kind, title, text = fake_dialogs.shown[-1]
    assert "nxdesk" in title and str(db_path.resolve()) in text
    from importlib.metadata import version

    assert version("nxdesk") in text


# --- 7. paste from Vietnamese Excel -------------------------------------------------------------------------
def test_a_column_pasted_from_vietnamese_excel_into_whole_counts(window, demo_db, fake_dialogs):
    with demo_db.conn:  # tonnes counted whole, as the office set them in the plan editor
        demo_db.execute("UPDATE targets SET decimals = 0 WHERE code IN ('KT06', 'KT06a', 'KT06b')")
    window.go_to(2024, 6, sector_id(demo_db, "Kinh tế"))
    grid, model = window.grid, window.grid.entry_model
    grid.setCurrentIndex(model.index(model.row_of_target(target_id(demo_db, "KT06")), COL_VALUE))
    assert grid.paste_text("28.500\n19.950\n8.550\n")
    values = [get_entry(demo_db, target_id(demo_db, c), 2024, 6).value for c in ("KT06", "KT06a", "KT06b")]
    assert values == [28500, 19950, 8550]
    assert window.banner.isHidden()
    assert fake_dialogs.shown == []  # nothing to ask


def test_an_ambiguous_block_is_asked_once_showing_both_readings(window, demo_db, fake_dialogs):
    grid, model = window.grid, window.grid.entry_model
    window.go_to(2024, 6, sector_id(demo_db, "Kinh tế"))
    grid.setCurrentIndex(model.index(model.row_of_target(target_id(demo_db, "KT01")), COL_VALUE))
    fake_dialogs.answers = [0]  # yes: the dot groups thousands
    assert grid.paste_text("1.401\n195.064\n")
    asks = [s for s in fake_dialogs.shown if s[0] == "choose_action"]
    assert len(asks) == 1
    assert "Dấu chấm là dấu phân cách hàng nghìn?" in asks[0][2]
    assert "1401" in asks[0][2].replace(".", "") and "1,401" in asks[0][2]
    assert get_entry(demo_db, target_id(demo_db, "KT01"), 2024, 6).value == 1401
    assert get_entry(demo_db, target_id(demo_db, "KT02"), 2024, 6).value == 195064


def test_an_ambiguous_block_read_with_a_decimal_dot(window, demo_db, fake_dialogs):
    grid, model = window.grid, window.grid.entry_model
    window.go_to(2024, 6, sector_id(demo_db, "Kinh tế"))
    grid.setCurrentIndex(model.index(model.row_of_target(target_id(demo_db, "KT01")), COL_VALUE))
    fake_dialogs.answers = [1]
    assert grid.paste_text("1.401\n195.064\n")
    assert get_entry(demo_db, target_id(demo_db, "KT01"), 2024, 6).value == pytest.approx(1.401)


# --- 8. undo after a dialog wrote, saved time, the message line ---------------------------------------------
def test_undo_after_an_import_does_not_silently_revert_an_older_edit(window, demo_db, tmp_path, fake_dialogs):
    kt02 = target_id(demo_db, "KT02")
    model = window.grid.entry_model
    assert model.setData(model.index(model.row_of_target(kt02), COL_VALUE), "300")
    window.status_saved.setText("")
    csv = tmp_path / "so-lieu.csv"
    csv.write_text("code,name,unit,year,months,value\nKT01,Thu ngân sách,tỷ đồng,2023,12,1999\n", "utf-8")
    fake_dialogs.answers = [str(csv)]
    window.act_import.trigger()
    assert window.status_saved.text().startswith("Đã lưu lúc")
    assert "hoàn tác" in window.statusBar().currentMessage()
    assert not window.undo_stack.canUndo()
    window.act_undo.trigger()
    assert get_entry(demo_db, kt02, 2024, 9).value == 300


def test_an_import_says_which_figures_look_wrong_as_the_grid_does(window, demo_db, tmp_path, fake_dialogs):
    from nxdesk.ui.models.entry_model import WarningRole

    csv = tmp_path / "so-lieu.csv"
    csv.write_text("code,name,unit,year,months,value\nKT08,Trồng rừng sản xuất,ha,2024,9,5250\n", "utf-8")
    fake_dialogs.answers = [str(csv)]
    window.act_import.trigger()
    kind, _, text = fake_dialogs.shown[-1]
    assert kind == "info" and "KT08, 9/2024: 350% kế hoạch" in text
    model = window.grid.entry_model
    row = model.row_of_target(target_id(demo_db, "KT08"))
    assert "350% kế hoạch" in model.index(row, COL_VALUE).data(WarningRole)


def test_undo_after_a_history_restore_undoes_exactly_the_restore(qtbot, window, demo_db, monkeypatch):
    from nxdesk.ui.dialogs import history_dialog

    kt01, kt02 = target_id(demo_db, "KT01"), target_id(demo_db, "KT02")
    model = window.grid.entry_model
    assert model.setData(model.index(model.row_of_target(kt02), COL_VALUE), "300")  # an older edit
    assert model.setData(model.index(model.row_of_target(kt01), COL_VALUE), "1500")

    def restore(dialog):
        dialog.select_row(1)
        dialog.restore_button.click()

    monkeypatch.setattr(history_dialog.HistoryDialog, "exec", restore)
    window.grid.select_target(kt01)
    window.status_saved.setText("")
    window.act_history.trigger()
    assert get_entry(demo_db, kt01, 2024, 9).value == pytest.approx(1401.351)
    assert window.status_saved.text().startswith("Đã lưu lúc")
    assert model.index(model.row_of_target(kt01), COL_VALUE).data() == "1.401,351"
    assert window.undo_stack.count() == 3
    window.act_undo.trigger()  # the restore, and only it
    assert get_entry(demo_db, kt01, 2024, 9).value == 1500
    assert get_entry(demo_db, kt02, 2024, 9).value == 300
    window.act_redo.trigger()
    assert get_entry(demo_db, kt01, 2024, 9).value == pytest.approx(1401.351)
    sources = [
        s
        for (s,) in demo_db.execute(
            "SELECT source FROM entry_history WHERE target_id = ? ORDER BY id", [kt01]
        )
    ]
    assert sources[-3:] == ["restore", "undo", "redo"]


def test_after_a_backup_restore_undo_is_cleared_with_a_note(
    window, demo_db, db_path, fake_dialogs, monkeypatch
):
    from nxdesk.store import backup
    from nxdesk.ui.dialogs import backup_dialog

    kt01 = target_id(demo_db, "KT01")
    backup.backup_now(demo_db, db_path, "start")
    model = window.grid.entry_model
    assert model.setData(model.index(model.row_of_target(kt01), COL_VALUE), "1500")
    assert window.undo_stack.canUndo()

    def restore(dialog):
        dialog.table.selectRow(0)
        fake_dialogs.answers = [True]
        dialog.restore_selected()

    monkeypatch.setattr(backup_dialog.BackupDialog, "exec", restore)
    window.status_saved.setText("")
    window.act_backup.trigger()
    assert get_entry(demo_db, kt01, 2024, 9).value == pytest.approx(1401.351)
    assert not window.undo_stack.canUndo() and "hoàn tác" in window.statusBar().currentMessage()
    assert window.status_saved.text().startswith("Đã lưu lúc")
    assert model.index(model.row_of_target(kt01), COL_VALUE).data() == "1.401,351"


def test_the_message_line_goes_on_esc_and_never_moves_the_grid(qtbot, window):
    top = window.grid.mapTo(window, QPoint(0, 0))
    window.show_problem("Số không hợp lệ")
    assert window.banner.isVisible()
    assert window.grid.mapTo(window, QPoint(0, 0)) == top
    qtbot.keyClick(window.grid, Qt.Key_Escape)
    assert not window.banner.isVisible()
    assert window.grid.mapTo(window, QPoint(0, 0)) == top


def test_a_click_after_a_message_came_and_went_edits_the_row_under_the_mouse(qtbot, window, demo_db):
    kt05 = target_id(demo_db, "KT05")
    model = window.grid.entry_model
    row = model.row_of_target(kt05)
    spot = window.grid.visualRect(model.index(row, COL_VALUE)).center()
    window.show_problem("Số không hợp lệ\nDòng thứ hai của thông báo")
    assert window.banner.isVisible()
    assert window.grid.visualRect(model.index(row, COL_VALUE)).center() == spot
    qtbot.keyClick(window.grid, Qt.Key_Escape)
    assert not window.banner.isVisible()
    qtbot.mouseClick(window.grid.viewport(), Qt.LeftButton, pos=spot)
    assert window.grid.currentIndex().row() == row
    qtbot.keyClick(window.grid, "7")
    editor = window.grid.focusWidget()
    qtbot.keyClicks(editor, "77")
    qtbot.keyClick(editor, Qt.Key_Return)
    assert get_entry(demo_db, kt05, 2024, 9).value == 777


def test_the_message_line_covers_no_row(window):
    window.show_problem("Số không hợp lệ")
    grid_bottom = window.grid.mapTo(window, QPoint(0, window.grid.height()))
    assert window.banner.mapTo(window, QPoint(0, 0)).y() >= grid_bottom.y()


def test_copy_of_the_grid_is_a_table(window):
    window.grid.selectAll()
    window.keys.w._copy_cells()
    text = QGuiApplication.clipboard().text()
    assert text.splitlines()[0].count("\t") >= 5


def test_the_grid_context_menu_offers_copying_the_table(window):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    shown: list[list[str]] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        shown.append([a.text() for a in menu.actions()])
        menu.close()

    QTimer.singleShot(0, read_and_close)
    window.grid.customContextMenuRequested.emit(window.grid.viewport().rect().center())
    assert shown and "Sao chép bảng" in shown[0]


def test_a_sector_of_one_target_draws_a_bar_of_normal_thickness(qtbot, demo_db, db_path, ini, fake_dialogs):
    w = make_window(qtbot, demo_db, db_path, ini, with_chart=True)
    qtbot.waitUntil(lambda: w.chart is not None, timeout=10000)
    w.go_to(2024, 9, sector_id(demo_db, "Quốc phòng - An ninh"))
    chart = w.chart.progress
    assert len(chart.fill.opts["y"]) == 1
    low, high = chart.plot.vb.viewRange()[1]
    assert (high - low) >= 8  # one bar takes an eighth of the height at most, not all of it


def test_the_lock_dialog_counts_the_estimates(qtbot, demo_db, fake_dialogs, vietnamese):
    from nxdesk.store.locks import lock_period
    from nxdesk.ui.dialogs.lock_dialog import LockDialog

    lock_period(demo_db, 2024, 9)
    estimates = demo_db.execute(
        "SELECT COUNT(*) FROM entries WHERE year = 2024 AND months = 9 AND status = 'estimate'"
        " AND value IS NOT NULL"
    ).fetchone()[0]
    assert estimates > 0
    dialog = LockDialog(demo_db, 2024, 9)
    qtbot.addWidget(dialog)
    text = dialog.state.text()
    assert "chính thức" not in text
    assert f"{estimates} " in text and "ước" in text


def test_a_read_only_window_with_nothing_locked_offers_no_unlock(
    qtbot, demo_db, db_path, ini, fake_dialogs, vietnamese
):
    from nxdesk.store.db import open_db
    from nxdesk.ui.main_window import MainWindow

    demo_db.conn.close()
    ro = open_db(db_path, read_only=True)
    w = MainWindow(ro, db_path, settings=QSettings(ini, QSettings.IniFormat), with_chart=False)
    qtbot.addWidget(w)
    assert w.read_only
    assert w.act_lock.text() != "Mở chốt số liệu"
    assert not w.act_lock.isEnabled()
    ro.conn.close()


def test_grid_sector_list_and_chart_share_one_colour_blind_safe_palette(window, demo_db):
    from PySide6.QtCore import Qt as _Qt

    from nxdesk.domain.targets import Assessment
    from nxdesk.ui import palette
    from nxdesk.ui.views.sector_list import EnteredRole, count_colour

    model = window.grid.entry_model
    for row in range(model.rowCount()):
        assessment = Assessment(model.index(row, COL_PCT_PLAN).data(_Qt.UserRole + 5))
        brush = model.index(row, COL_PCT_PLAN).data(_Qt.BackgroundRole)
        if brush is not None:
            assert brush.color().hue() == palette.tint(palette.COLOURS[assessment]).hue()
    from nxdesk.ui.chart import style

    assert style.COLOURS is palette.COLOURS
    # a period with nothing entered: the dot says "nothing to judge", not "behind"
    window.go_to(2024, 3, sector_id(demo_db, "Kinh tế"))
    item = window.sectors.item(0)
    assert item.data(EnteredRole) == 0
    assert count_colour(item.data(_Qt.UserRole + 2), item.data(_Qt.UserRole + 3), 0).name() == "#8c8c8c"
    assert "xám" in item.toolTip()


def test_qt_standard_buttons_and_print_preview_speak_vietnamese(qtbot, vietnamese):
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    box = QMessageBox(QMessageBox.Question, "nxdesk", "?", QMessageBox.Yes | QMessageBox.No)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.Yes).text().replace("&", "") == "Có"
    assert box.button(QMessageBox.No).text().replace("&", "") == "Không"
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.Cancel).text() == "Hủy"
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QPrintPreviewDialog", "Next page") == "Trang sau"


def test_a_value_far_beyond_its_plan_is_kept_and_marked(window, demo_db):
    from nxdesk.ui.models.entry_model import WarningRole

    model = window.grid.entry_model
    row = model.row_of_target(target_id(demo_db, "KT08"))  # Trồng rừng sản xuất, plan 1.500 ha
    assert model.setData(model.index(row, COL_VALUE), "5250")  # 350% of plan
    assert get_entry(demo_db, target_id(demo_db, "KT08"), 2024, 9).value == 5250
    assert "350% kế hoạch" in model.index(row, COL_VALUE).data(WarningRole)


def test_save_dialogs_start_in_documents(window, fake_dialogs, tmp_path, monkeypatch):
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths

    from nxdesk.ui.dialog_service import ask_save_path

    fake_dialogs.answers = [None]
    ask_save_path(window, "PDF", "PDF (*.pdf)", "bao-cao.pdf", ".pdf")
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(fake_dialogs.save_directory) == Path(documents or Path.home()) / "bao-cao.pdf"


def test_chart_and_status_line_follow_the_window_state(
    qtbot, demo_db, db_path, ini, fake_dialogs, vietnamese
):
    w = make_window(qtbot, demo_db, db_path, ini, with_chart=True)
    qtbot.waitUntil(lambda: w.chart is not None, timeout=10000)
    w.go_to(2024, 9, sector_id(demo_db, "Kinh tế"))
    published = []
    w.state.changed.connect(lambda: published.append((w.state.year, w.state.months, w.state.sector_id)))
    qtbot.keyClick(w.grid, Qt.Key_PageDown, Qt.ControlModifier)
    assert published[-1] == (2024, 9, sector_id(demo_db, "Văn hóa - Xã hội"))
    assert (w.chart.year, w.chart.months, w.chart.sector_id) == published[-1]
    qtbot.keyClick(w.grid, Qt.Key_Left, Qt.AltModifier)
    assert w.state.months < 9 and w.chart.months == w.state.months
    assert w.status_counts.text().startswith(w.period_box.currentText())


def test_grid_and_sector_list_follow_the_window_state(window, demo_db):
    from nxdesk.ui.models.entry_model import TargetIdRole
    from nxdesk.ui.views.sector_list import GoodRole

    environment = sector_id(demo_db, "Môi trường")
    window.state.publish(sector_id=environment)
    assert window.sectors.current_sector() == environment
    model = window.grid.entry_model
    shown = {model.index(r, 0).data(TargetIdRole) for r in range(model.rowCount())}
    expected = {t for (t,) in demo_db.execute("SELECT id FROM targets WHERE sector_id = ?", [environment])}
    assert shown and shown <= expected
    economy = sector_id(demo_db, "Kinh tế")
    window.state.publish(sector_id=economy)
    assert window.sectors.current_sector() == economy
    row = window.sectors.currentRow()
    good_before = window.sectors.item(row).data(GoodRole)
    kt02 = target_id(demo_db, "KT02")  # Giải ngân vốn đầu tư công, 48,7% of plan at 9 months: behind
    set_entry(demo_db, kt02, 2024, 9, value=10**6)  # written elsewhere, then re-read
    window.refresh()
    assert window.sectors.item(row).data(GoodRole) == good_before + 1
    assert model.index(model.row_of_target(kt02), COL_VALUE).data() == "1.000.000"


def test_a_language_change_applies_at_once_in_the_same_window(
    qtbot, demo_db, db_path, ini, fake_dialogs, vietnamese, monkeypatch
):
    from PySide6.QtCore import QCoreApplication

    from nxdesk.store.settings import set_setting
    from nxdesk.ui.dialogs import settings_dialog

    w = make_window(qtbot, demo_db, db_path, ini)
    w.keys.show_find()
    qtbot.keyClicks(w.keys.find_bar.edit, "rung")  # the find bar stays open with what was typed
    w.go_to(2024, 6, sector_id(demo_db, "Môi trường"))
    model = w.grid.entry_model
    w.grid.setCurrentIndex(model.index(1, COL_VALUE))
    chosen = w.grid.current_target()

    def texts():
        return (
            QCoreApplication.translate("QPrintPreviewDialog", "Next page"),  # Qt's own catalogue
            w.menuBar().actions()[0].text(),
            model.headerData(COL_VALUE, Qt.Horizontal),
            w.act_settings.text(),
            w.radio_estimate.text(),
            w.period_box.currentText(),
            w.status_counts.text().split(":")[0],
        )

    vietnamese_texts = texts()
    assert vietnamese_texts[:3] == ("Trang sau", "&Tệp", "Thực hiện")
    language = iter(["en", "vi"])
    monkeypatch.setattr(
        settings_dialog.SettingsDialog, "exec", lambda self: set_setting(demo_db, "language", next(language))
    )
    w.act_settings.trigger()
    english = texts()
    assert english[:3] == ("Next page", "&File", "Actual")
    assert english[4:6] == ("Estimate", "6 months")
    assert english[6].startswith("6 months 2024")
    assert all(e != v for e, v in zip(english, vietnamese_texts, strict=True))
    assert w.isVisible() and w.months == 6 and w.sector_id == sector_id(demo_db, "Môi trường")
    assert w.grid.current_target() == chosen and w.grid.currentIndex().column() == COL_VALUE
    assert w.keys.find_bar.isVisible() and w.keys.find_bar.edit.text() == "rung"
    w.act_settings.trigger()
    assert texts() == vietnamese_texts
    assert w.grid.current_target() == chosen


def test_undo_after_the_settings_changed_undoes_the_last_figure(window, demo_db, monkeypatch):
    from nxdesk.store.settings import set_setting
    from nxdesk.ui.dialogs import settings_dialog

    kt01 = target_id(demo_db, "KT01")
    before = get_entry(demo_db, kt01, 2024, 9).value
    model = window.grid.entry_model
    assert model.setData(model.index(model.row_of_target(kt01), COL_VALUE), "1500")
    assert get_entry(demo_db, kt01, 2024, 9).value == 1500
    monkeypatch.setattr(
        settings_dialog.SettingsDialog, "exec", lambda self: set_setting(demo_db, "preparer_name", "Lê Văn B")
    )
    window.act_settings.trigger()
    assert window.act_undo.isEnabled()
    window.act_undo.trigger()
    assert get_entry(demo_db, kt01, 2024, 9).value == before
