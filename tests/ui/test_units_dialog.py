"""The Units screen on a real store: adding, renaming and retiring units, importing a list, the matrix with
completeness, ranking and the roll-up row, assigning, receiving with differences confirmed, and the Excel
table."""

from PySide6.QtCore import Qt

from nxdesk.interchange.packages import FIGURE_COLUMNS, rows_csv, write_package
from nxdesk.store.units import add_unit, list_units
from nxdesk.ui.dialogs.receive_dialog import ReceiveDialog
from nxdesk.ui.dialogs.units_dialog import UnitsDialog


def _package(folder, name, unit, value, written_at):
    rows = [{"code": "KT01", "year": 2024, "months": 9, "value": value, "status": "official"}]
    path = folder / name
    manifest = {"kind": "figures", "unit": {"code": unit, "name": unit}, "year": 2024, "months": 9,
                "rows": 1, "counts": {"estimate": 0, "official": 1}, "written_at": written_at}  # fmt: skip
    write_package(path, manifest, rows_csv(FIGURE_COLUMNS, rows))
    return path


def cell_text(dialog, row, column):
    """What the matrix shows in a cell."""
    return dialog.matrix.model().index(row, column).data()


def column_of(dialog, code):
    """The matrix's column of target ``code`` (its heading is the code over the unit of measure)."""
    model = dialog.matrix.model()
    return next(
        c for c in range(model.columnCount()) if model.headerData(c, Qt.Horizontal).startswith(f"{code}\n")
    )


def _unit_value(db, code):
    return db.execute(
        "SELECT ue.value FROM unit_entries ue JOIN units u ON u.id = ue.unit_id WHERE u.code = ?", [code]
    ).fetchall()


def test_units_are_added_renamed_retired_and_imported(qtbot, demo_db, fake_dialogs, tmp_path):
    dialog = UnitsDialog(demo_db, 2024, 9)
    qtbot.addWidget(dialog)
    fake_dialogs.answers = [["16279", "Xã Như Xuân", 0]]
    fake_dialogs.ask_form = lambda parent, title, fields: fake_dialogs.answers.pop(0)
    dialog.add()
    assert [(u.code, u.name, u.level) for u in list_units(demo_db)] == [("16279", "Xã Như Xuân", "xa")]
    assert (
        dialog.unit_table.rowCount() == 1 and dialog.matrix.model().rowCount() == 2
    )  # the unit and the area
    dialog.unit_table.setCurrentCell(0, 0)
    fake_dialogs.answers = ["Xã Như Xuân mới"]
    dialog.rename()
    dialog.unit_table.setCurrentCell(0, 0)
    dialog.toggle_retired()
    assert [(u.name, u.retired) for u in list_units(demo_db)] == [("Xã Như Xuân mới", True)]
    bad = tmp_path / "bad.csv"
    bad.write_text("code,name\n,Không mã\n", "utf-8")
    fake_dialogs.answers = [str(bad)]
    dialog.import_list()
    assert fake_dialogs.shown[-1][0] == "warning" and len(list_units(demo_db)) == 1


def test_matrix_receive_with_differences_and_excel(qtbot, demo_db, fake_dialogs, tmp_path):
    add_unit(demo_db, "A1", "Xã A")
    add_unit(demo_db, "B2", "Xã B")
    first = _package(tmp_path, "a.nxpkg", "A1", "100", "2024-10-01T08:00:00.000000+00:00")
    receive = ReceiveDialog(demo_db, [first])
    qtbot.addWidget(receive)
    assert _unit_value(demo_db, "A1") == []  # only checked on opening
    qtbot.mouseClick(receive.receive_button, Qt.LeftButton)
    assert receive.applied and _unit_value(demo_db, "A1") == [(100.0,)]

    newer = _package(tmp_path, "b.nxpkg", "A1", "120", "2024-10-02T08:00:00.000000+00:00")
    receive = ReceiveDialog(demo_db, [newer])
    qtbot.addWidget(receive)
    assert receive.differences.rowCount() == 1
    assert receive.differences.item(0, 2).text().startswith("100")
    fake_dialogs.answers = [False]
    receive.apply()
    assert _unit_value(demo_db, "A1") == [(100.0,)]  # not confirmed: nothing replaced
    receive = ReceiveDialog(demo_db, [newer])
    qtbot.addWidget(receive)
    fake_dialogs.answers = [True]
    receive.apply()
    assert _unit_value(demo_db, "A1") == [(120.0,)]
    assert demo_db.execute("SELECT COUNT(*) FROM received_packages").fetchone() == (2,)

    dialog = UnitsDialog(demo_db, 2024, 9)
    qtbot.addWidget(dialog)
    ranked = [cell_text(dialog, r, 1) for r in range(dialog.matrix.model().rowCount())]
    assert ranked[:2] == ["A1 Xã A", "B2 Xã B"] and cell_text(dialog, 1, 2) == "missing"
    assert cell_text(dialog, 0, 2).startswith("received ") and cell_text(dialog, 0, 2).endswith(
        "1 official, 0 estimate"
    )
    kt01 = column_of(dialog, "KT01")
    assert cell_text(dialog, 0, kt01).startswith("120") and cell_text(dialog, 1, kt01) == "–"
    assert cell_text(dialog, 2, kt01).startswith("120")  # the area's row

    fake_dialogs.answers = [str(tmp_path)]
    dialog.assign()
    assert sorted(p.name for p in tmp_path.glob("*-giao.nxpkg")) == [
        "A1-2024-giao.nxpkg",
        "B2-2024-giao.nxpkg",
    ]
    out = tmp_path / "bieu.xlsx"
    fake_dialogs.answers = [str(out)]
    dialog.save_xlsx()
    from openpyxl import load_workbook

    sheet = load_workbook(out).active
    assert sheet["A1"].value == "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CỦA CÁC XÃ, PHƯỜNG"
    assert [sheet.cell(r, 2).value for r in (6, 7)] == ["Xã A", "Xã B"]

    pdf = tmp_path / "bieu.pdf"
    fake_dialogs.answers = [str(pdf)]
    dialog.save_pdf()
    assert pdf.read_bytes().startswith(b"%PDF")


def test_an_estimate_is_marked_in_the_matrix(qtbot, demo_db, tmp_path):
    from nxdesk.interchange.receive import receive

    add_unit(demo_db, "A1", "Xã A")
    rows = [{"code": "KT01", "year": 2024, "months": 9, "value": "100", "status": "estimate"}]
    manifest = {"kind": "figures", "unit": {"code": "A1", "name": "Xã A"}, "year": 2024, "months": 9,
                "rows": 1, "counts": {"estimate": 1, "official": 0}}  # fmt: skip
    write_package(tmp_path / "a.nxpkg", manifest, rows_csv(FIGURE_COLUMNS, rows))
    receive(demo_db, [tmp_path / "a.nxpkg"])
    dialog = UnitsDialog(demo_db, 2024, 9)
    qtbot.addWidget(dialog)
    model, kt01 = dialog.matrix.model(), column_of(dialog, "KT01")
    assert cell_text(dialog, 0, 2).endswith(": 0 official, 1 estimate")
    assert model.index(0, kt01).data(Qt.ToolTipRole) == "estimate"
    assert model.index(0, kt01).data(Qt.TextAlignmentRole) == int(Qt.AlignRight | Qt.AlignVCenter)
    assert model.headerData(kt01, Qt.Horizontal, Qt.ToolTipRole) == "Thu ngân sách"
    assert model.index(0, 0).data(Qt.ToolTipRole) is None  # the fixed columns carry no tooltip
