"""Read-only views of the sector across periods, opened from the window's View menu on a real database: each
quarter on its own, two periods side by side; and copying the grid as a table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication

from nxdesk.domain.targets import Status
from nxdesk.store.entries import set_entry
from nxdesk.store.sectors import sector_id
from nxdesk.store.targets import target_id
from nxdesk.ui.dialogs.periods_view import COMPARE_VIEW


@pytest.fixture
def window(qtbot, demo_db, db_path, tmp_path, fake_dialogs, vietnamese):
    from nxdesk.ui.main_window import MainWindow

    thu = target_id(demo_db, "KT01")  # Thu ngân sách, a flow
    cover = target_id(demo_db, "KT12")  # Số xã đạt chuẩn nông thôn mới (lũy kế), a level
    for months, value in ((3, 300.5), (6, 700.25)):
        set_entry(demo_db, thu, 2024, months, value=value, status=Status.OFFICIAL)
    for months, value in ((3, 9.0), (6, 10.0)):
        set_entry(demo_db, cover, 2024, months, value=value, status=Status.OFFICIAL)
    w = MainWindow(demo_db, db_path, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.go_to(2024, 9, sector_id(demo_db, "Kinh tế"))
    return w


def _row(view, name: str) -> list[str]:
    model = view.model
    for r in range(model.rowCount()):
        if model.text(r, 0).strip() == name:
            return [model.text(r, c) for c in range(model.columnCount())]
    raise AssertionError(name)


def _headers(view) -> list[str]:
    return [view.model.headerData(c, Qt.Horizontal) for c in range(view.model.columnCount())]


def test_each_quarter_on_its_own_from_the_view_menu(window, qtmodeltester):
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and a.text() == "&Xem")
    texts = [a.text() for a in view_menu.actions()]
    assert "Từng quý…" in texts and "Hai kỳ cạnh nhau…" in texts
    window.periods.act_quarters.trigger()
    view = window.periods.view
    assert view.isVisible()
    qtmodeltester.check(view.model)
    assert _headers(view)[2:] == ["Quý I", "Quý II", "Quý III", "Quý IV"]
    # a flow: Quý II = 6 tháng − 3 tháng, Quý III = 9 tháng − 6 tháng; nothing at 12 months: blank
    assert _row(view, "Thu ngân sách")[2:] == ["300,5", "399,75", "701,101", ""]
    # a level: its value at each quarter's end, never a difference
    assert _row(view, "Số xã đạt chuẩn nông thôn mới (lũy kế)")[2:] == ["9", "10", "11", ""]
    # 9 months known, 6 months not: blank, not the 9-month figure
    assert _row(view, "Trồng rừng sản xuất")[2:] == ["", "", "", ""]


def test_two_periods_side_by_side(window):
    window.periods.act_compare.trigger()
    view = window.periods.view
    assert view.view_box.currentData() == COMPARE_VIEW
    assert view.first_box.currentData() == 6 and view.second_box.currentData() == 9
    headers = _headers(view)
    assert headers[2] == "Thực hiện\n6 tháng" and headers[4] == "Thực hiện\n9 tháng"
    row = _row(view, "Thu ngân sách")
    assert row[2] == "700,25" and row[4] == "1.401,351" and row[6] == "701,101"
    assert row[5] == "182%"  # % of the own plan, as the grid shows it
    assert _row(view, "Trồng rừng sản xuất")[2] == "" and _row(view, "Trồng rừng sản xuất")[6] == ""
    view.first_box.setCurrentIndex(0)  # Quý I
    assert _row(view, "Thu ngân sách")[2] == "300,5"
    assert "Quý I" in view.windowTitle() and "9 tháng" in view.windowTitle()


def test_the_views_never_write(window, demo_db):
    before = demo_db.conn.total_changes
    window.periods.act_quarters.trigger()
    window.periods.view.view_box.setCurrentIndex(COMPARE_VIEW)
    window.periods.view.close()
    assert demo_db.conn.total_changes == before


def test_ctrl_c_copies_the_selection_as_text_and_an_html_table(qtbot, window):

    grid = window.grid
    grid.selectAll()
    qtbot.keyClick(grid, Qt.Key_C, Qt.ControlModifier)
    data = QGuiApplication.clipboard().mimeData()
    text = data.text()
    first = text.splitlines()[0].split("\t")
    assert first[0] == "Thu ngân sách" and "1.401,351" in first
    assert data.hasHtml() and "<td" in data.html() and "1.401,351" in data.html()


def test_copy_the_table_leaves_out_hidden_columns_and_has_the_headers(window):
    from nxdesk.ui.models.entry_model import COL_NOTE, COL_UNIT

    grid = window.grid
    grid.set_column_shown(COL_UNIT, False)
    window.periods.act_copy_table.trigger()
    data = QGuiApplication.clipboard().mimeData()
    lines = data.text().splitlines()
    header = lines[0].split("\t")
    assert header[0] == "Chỉ tiêu" and "ĐVT" not in header
    assert any(h.startswith("Ghi chú") for h in header) == (not grid.isColumnHidden(COL_NOTE))
    assert len(lines) == grid.entry_model.rowCount() + 1
    assert "<th>Chỉ tiêu</th>" in data.html()
    assert "tỷ đồng" not in data.text()
    assert "Đã chép" in window.statusBar().currentMessage()


def test_the_keys_open_the_views(qtbot, window):
    window.activateWindow()
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key_Q, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.periods.view is not None and window.periods.view.isVisible()
    assert window.periods.view.view_box.currentIndex() == 0
    window.periods.view.close()
    qtbot.keyClick(window.grid, Qt.Key_K, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.periods.view.view_box.currentData() == COMPARE_VIEW


def test_an_open_view_speaks_the_new_language_at_once(qtbot, window, demo_db, monkeypatch):
    from nxdesk.store.settings import set_setting
    from nxdesk.ui.dialogs import settings_dialog

    window.periods.show_quarters()
    view = window.periods.view
    assert view.windowTitle().startswith("Từng quý") and _headers(view)[2] == "Quý I"
    monkeypatch.setattr(
        settings_dialog.SettingsDialog, "exec", lambda self: set_setting(demo_db, "language", "en")
    )
    window.act_settings.trigger()
    qtbot.waitUntil(lambda: view.windowTitle() == "Each quarter on its own — 2024")  # Qt's LanguageChange
    assert view.isVisible()
    assert _headers(view)[:3] == ["Target", "Unit", "Quarter I"]
    assert view.view_box.currentText() == "Each quarter on its own"
    assert view.explanation.text().startswith("Flows:")
    assert view.first_box.itemText(1) == "6 months"
    assert _row(view, "Thu ngân sách")[2:4] == ["300,5", "399,75"]
