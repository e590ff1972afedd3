"""The grid and ``nxdesk check`` warn about the same figures with the same words: one rule set
(``domain.figure_rules``) read from the same database."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings

from nxdesk.store.check import check_database
from nxdesk.store.entries import set_entry
from nxdesk.store.sectors import list_sectors, sector_id
from nxdesk.store.targets import target_id
from nxdesk.ui.models.entry_model import COL_LAST_YEAR, COL_VALUE, TargetIdRole, WarningRole


@pytest.fixture
def window(qtbot, demo_db, db_path, tmp_path, fake_dialogs, vietnamese):
    from nxdesk.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.IniFormat)
    w = MainWindow(demo_db, db_path, settings=settings, with_chart=False)
    qtbot.addWidget(w)
    w.go_to(2024, 9, sector_id(demo_db, "Kinh tế"))
    return w


def grid_warnings(window, db) -> set[tuple[int, str]]:
    """(target id, warning text) of every cell of every sector the window shows for its period."""
    found = set()
    for sector in list_sectors(db):
        window.go_to(2024, 9, sector.id)
        model = window.grid.entry_model
        for row in range(model.rowCount()):
            tid = model.index(row, 0).data(TargetIdRole)
            for col in (COL_VALUE, COL_LAST_YEAR):
                text = model.index(row, col).data(WarningRole)
                found |= {(tid, line) for line in text.splitlines() if line}
    return found


def check_warnings(db) -> set[tuple[int, str]]:
    from nxdesk.ui.messages import message_text

    return {
        (target_id(db, m.where.code), message_text(replace(m, where=None)))
        for m in check_database(db)
        if m.code.startswith("figure.") and (m.where.year, m.where.months) == (2024, 9)
    }


def test_grid_and_check_report_the_same_warnings(window, demo_db):
    model = window.grid.entry_model
    kt08 = target_id(demo_db, "KT08")  # Trồng rừng sản xuất, plan 1.500 ha
    assert model.setData(model.index(model.row_of_target(kt08), COL_VALUE), "5250")  # 350% of plan
    set_entry(demo_db, target_id(demo_db, "KT01"), 2024, 9, value=1.0)  # far below the same period last year
    window.refresh()
    in_grid, in_check = grid_warnings(window, demo_db), check_warnings(demo_db)
    assert in_grid == in_check
    assert (kt08, "350% kế hoạch: vượt quá xa; kiểm tra lại số và đơn vị tính") in in_grid
    assert any(tid == target_id(demo_db, "KT01") and "cùng kỳ năm trước" in text for tid, text in in_grid)


def test_the_grid_shows_what_check_says_in_the_window_language(window, demo_db):
    model = window.grid.entry_model
    kt08 = target_id(demo_db, "KT08")
    assert model.setData(model.index(model.row_of_target(kt08), COL_VALUE), "5250")
    assert "350% kế hoạch" in model.index(model.row_of_target(kt08), COL_VALUE).data(WarningRole)
    english = [str(m) for m in check_database(demo_db) if m.code == "figure.far_from_plan"]
    assert english == ["KT08, 9/2024: 350% of plan: far beyond it; check the figure and its unit"]
