"""The Units screen's chart of one target across the units: a bar per unit of % of its assigned plan, best
first, the units without a figure last."""

from PySide6.QtCore import Qt

from nxdesk.domain.targets import Assessment
from nxdesk.store.targets import target_id
from nxdesk.store.units import add_unit
from nxdesk.ui.dialogs.units_dialog import UnitsDialog
from nxdesk.ui.dialogs.units_matrix_model import CELL_COLOURS
from nxdesk.ui.palette import COLOURS

from .test_units_dialog import _package, cell_text, column_of


def test_the_chart_shows_each_units_percent_of_its_plan_best_first(qtbot, demo_db, tmp_path):
    from nxdesk.interchange.receive import receive

    for code, name, plan in (("A1", "Xã A", "200"), ("B2", "Xã B", "100"), ("C3", "Xã C", "50")):
        unit = add_unit(demo_db, code, name)
        demo_db.execute(
            "INSERT INTO unit_plans (unit_id, target_id, year, expression) VALUES (?, ?, 2024, ?)",
            [unit, target_id(demo_db, "KT01"), plan],
        )
    demo_db.conn.commit()
    receive(demo_db, [_package(tmp_path, "a.nxpkg", "A1", "100", "2024-10-01T08:00:00.000000+00:00")])
    receive(demo_db, [_package(tmp_path, "b.nxpkg", "B2", "90", "2024-10-01T08:00:00.000000+00:00")])
    dialog = UnitsDialog(demo_db, 2024, 9)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    kt01 = column_of(dialog, "KT01")
    model = dialog.matrix.model()
    assert [cell_text(dialog, r, 1) for r in range(3)] == ["B2 Xã B", "A1 Xã A", "C3 Xã C"]  # most met first
    assert cell_text(dialog, 0, kt01).endswith("\n90%") and cell_text(dialog, 2, kt01) == "–"
    on_track, behind = (
        model.index(0, kt01).data(Qt.BackgroundRole),
        model.index(1, kt01).data(Qt.BackgroundRole),
    )
    assert on_track.color().name() == CELL_COLOURS[Assessment.ON_TRACK]
    assert behind.color().name() == CELL_COLOURS[Assessment.BEHIND]
    assert (
        model.index(2, kt01).data(Qt.BackgroundRole) is None
        and model.index(0, kt01).data(Qt.ToolTipRole) is None
    )
    assert model.index(3, 1).data(Qt.FontRole).bold() and model.index(0, 1).data(Qt.FontRole) is None
    metrics = dialog.matrix.fontMetrics()
    for row in range(model.rowCount()):  # every text fits its column
        for column in range(model.columnCount()):
            for line in cell_text(dialog, row, column).split("\n"):
                assert metrics.horizontalAdvance(line) <= dialog.matrix.columnWidth(column)
    dialog.matrix.setCurrentIndex(dialog.matrix.model().index(0, kt01))  # a cell of the column chooses it
    assert dialog.chart_target.currentData() == "KT01"
    chart = dialog.unit_chart
    assert [b.label for b in chart.bars] == ["B2 Xã B", "A1 Xã A", "C3 Xã C"]
    assert [b.pct_text for b in chart.bars] == ["90%", "50%", ""]
    texts = chart.texts()
    assert texts[0].startswith("B2 Xã B  90") and texts[0].endswith("90%")
    assert texts[2] == "C3 Xã C  –"  # nothing received: listed, without a bar
    dialog.resize(1300, 600)
    dialog.show()
    image = chart.grab().toImage()
    colours = {
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(0, image.height(), 4)
    }
    assert {COLOURS[b.assessment].lower() for b in chart.bars[:2]} <= colours
    dialog.show_target_chart("KT03")
    assert dialog.chart_target.currentData() == "KT03"
    assert [b.label for b in chart.bars][-1] == "C3 Xã C"


def test_assigning_can_write_the_units_entry_workbooks_and_they_are_received(
    qtbot, demo_db, fake_dialogs, tmp_path
):
    from openpyxl import load_workbook

    add_unit(demo_db, "A1", "Xã A")
    dialog = UnitsDialog(demo_db, 2024, 9)
    qtbot.addWidget(dialog)
    fake_dialogs.answers = [str(tmp_path), True]
    dialog.assign()
    book_path = tmp_path / "A1-2024-09-nhap.xlsx"
    book = load_workbook(book_path)
    ws = book.worksheets[0]
    value_col = next(c for c in range(1, ws.max_column + 1) if ws.cell(4, c).value == "Thực hiện")
    ws.cell(6, value_col).value = 12
    book.save(book_path)
    from nxdesk.ui.dialogs.receive_dialog import ReceiveDialog

    receive = ReceiveDialog(demo_db, [book_path])
    qtbot.addWidget(receive)
    receive.apply()
    code = ws.cell(6, 1).value
    assert demo_db.execute(
        "SELECT t.code, ue.value FROM unit_entries ue JOIN targets t ON t.id = ue.target_id"
    ).fetchall() == [(code, 12.0)]


def test_the_area_row_is_named_by_the_offices_level(qtbot, demo_db):
    from nxdesk.store.settings import set_setting

    add_unit(demo_db, "A1", "Xã A")
    for level, area in (("tinh", "Toàn tỉnh"), ("phuong", "Toàn phường"), ("huyen", "Toàn huyện")):
        set_setting(demo_db, "level", level)
        dialog = UnitsDialog(demo_db, 2024, 9)
        qtbot.addWidget(dialog)
        assert cell_text(dialog, dialog.matrix.model().rowCount() - 1, 1) == area
