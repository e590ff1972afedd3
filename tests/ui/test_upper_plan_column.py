"""The grid's "% of the upper plan" column (named as the office's level names the plan, hideable like the
others) and what typing into a plan cell says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from nxdesk.store.sectors import sector_id
from nxdesk.store.settings import set_setting
from nxdesk.store.targets import target_id
from nxdesk.ui.models.entry_model import COL_PCT_PLAN, COL_PCT_UPPER, COL_PLAN_OWN, COL_PLAN_UPPER


def _window(qtbot, db, db_path, tmp_path):
    from nxdesk.ui.main_window import MainWindow

    w = MainWindow(db, db_path, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.go_to(2024, 9, sector_id(db, "Kinh tế"))
    return w


@pytest.fixture
def window(qtbot, demo_db, db_path, tmp_path, fake_dialogs, vietnamese):
    return _window(qtbot, demo_db, db_path, tmp_path)


def _header(grid, column):
    return grid.entry_model.headerData(column, Qt.Horizontal)


def test_the_grid_shows_the_percentage_of_the_upper_plan_next_to_the_own(window, demo_db):
    grid = window.grid
    assert _header(grid, COL_PCT_UPPER) == "% KH tỉnh giao"  # a district's plan from the province
    header = grid.horizontalHeader()
    assert header.visualIndex(COL_PCT_UPPER) == header.visualIndex(COL_PCT_PLAN) + 1
    row = grid.entry_model.row_of_target(target_id(demo_db, "KT01"))
    assert grid.entry_model.display_text(row, COL_PCT_UPPER) == "188%"  # "188% dự toán tỉnh giao"
    assert grid.entry_model.display_text(row, COL_PCT_PLAN).endswith("182%")  # of the district's own
    assert not grid.isColumnHidden(COL_PCT_UPPER)


def test_a_province_names_the_upper_plan_after_the_centre(qtbot, demo_db, db_path, tmp_path, vietnamese):
    set_setting(demo_db, "level", "tinh")
    w = _window(qtbot, demo_db, db_path, tmp_path)
    assert _header(w.grid, COL_PCT_UPPER) == "% KH Trung ương giao"


def test_the_column_can_be_hidden_and_stays_hidden(qtbot, window, demo_db, db_path, tmp_path):
    grid = window.grid
    assert COL_PCT_UPPER in [c for c, _ in grid.column_choices()]
    grid.set_column_shown(COL_PCT_UPPER, False)
    window.go_to(2024, 9, sector_id(demo_db, "Môi trường"))
    assert grid.isColumnHidden(COL_PCT_UPPER)
    window.close()
    again = _window(qtbot, demo_db, db_path, tmp_path)
    assert again.grid.isColumnHidden(COL_PCT_UPPER)


@pytest.mark.parametrize("column", [COL_PLAN_UPPER, COL_PLAN_OWN])
def test_typing_in_a_plan_cell_says_where_plans_are_changed(qtbot, window, demo_db, column):
    grid = window.grid
    before = list(demo_db.execute("SELECT * FROM plans ORDER BY 1, 2, 3"))
    grid.setCurrentIndex(grid.entry_model.index(0, column))
    qtbot.keyClicks(grid, "5")
    assert not grid.is_editing()
    assert window.banner.isVisible()
    message = window.statusBar().currentMessage()
    assert "Kế hoạch" in message and "không nhập trong bảng" in message
    assert list(demo_db.execute("SELECT * FROM plans ORDER BY 1, 2, 3")) == before


def test_typing_in_a_calculated_cell_says_it_is_calculated(qtbot, window):
    grid = window.grid
    grid.setCurrentIndex(grid.entry_model.index(0, COL_PCT_UPPER))
    qtbot.keyClicks(grid, "7")
    assert "được tính" in window.statusBar().currentMessage()


def test_typing_in_the_name_column_still_finds_a_row(qtbot, window):
    grid = window.grid
    grid.setCurrentIndex(grid.entry_model.index(0, 0))
    qtbot.keyClicks(grid, "Tr")  # "Trồng rừng sản xuất"
    assert grid.currentIndex().data().startswith("Tr")
    assert not window.banner.isVisible()
