"""The plan editor on the clerk's screens: headers and target names whole at 1366×768 and 1920×1080 (wrapped,
never cut), tooltips with the full texts; a year without sectors gets the five standard ones in one click."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt

from nxdesk.domain.sectors import STANDARD_SECTORS
from nxdesk.store import sectors as ss
from nxdesk.ui.dialogs.plan_editor import PlanEditorDialog
from nxdesk.ui.dialogs.plan_model import COL_NAME, COLUMN_COUNT

WRAP = int(Qt.TextWordWrap)


def _open(qtbot, db, year, size=None):
    dialog = PlanEditorDialog(db, year)
    qtbot.addWidget(dialog)
    if size is not None:
        dialog.resize(*size)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("size", [(1366 - 40, 768 - 60), (1920 - 40, 1080 - 60)])
def test_headers_and_names_are_whole(qtbot, demo_db, fake_dialogs, vietnamese, size):
    dialog = _open(qtbot, demo_db, 2024, size)
    table, model = dialog.table, dialog.model
    header = table.horizontalHeader()
    fm = header.fontMetrics()
    for column in range(COLUMN_COUNT):
        text = model.headerData(column, Qt.Horizontal)
        width = header.sectionSize(column)
        assert all(fm.horizontalAdvance(word) < width - 6 for word in text.split()), text
        wrapped = fm.boundingRect(QRect(0, 0, width - 8, 1000), WRAP | int(Qt.AlignCenter), text)
        assert wrapped.height() <= header.height(), text
        assert model.headerData(column, Qt.Horizontal, Qt.ToolTipRole) == text
    cell_fm = table.fontMetrics()
    name_width = table.columnWidth(COL_NAME) - 10
    for row in range(model.rowCount()):
        name = model.index(row, COL_NAME).data()
        needed = cell_fm.boundingRect(QRect(0, 0, name_width, 1000), WRAP, name).height()
        assert needed <= table.rowHeight(row), name
        assert model.index(row, COL_NAME).data(Qt.ToolTipRole) == name.strip()  # "trong đó" rows are indented


def test_a_year_without_sectors_offers_the_five_standard_ones(qtbot, db, fake_dialogs, vietnamese):
    dialog = _open(qtbot, db, 2026)
    button = dialog.standard_sectors_button
    assert button.isVisible() and button.text() == "Thêm 5 lĩnh vực chuẩn"
    qtbot.mouseClick(button, Qt.LeftButton)
    assert [s.name for s in ss.list_sectors(db)] == list(STANDARD_SECTORS)
    assert [dialog.sector_list.item(i).text() for i in range(1, 6)] == list(STANDARD_SECTORS)
    assert not button.isVisible()


def test_the_standard_sectors_are_not_offered_once_there_are_sectors(qtbot, demo_db, fake_dialogs):
    dialog = _open(qtbot, demo_db, 2024)
    assert not dialog.standard_sectors_button.isVisible()
    assert ss.add_standard_sectors(demo_db) == []  # the demo has all five already: nothing doubled
