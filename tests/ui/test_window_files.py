"""From the window: write the entry workbook for the departments, import it back filled (all or nothing)."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings

from nxdesk.interchange.entry_workbook import KEYS_ROW
from nxdesk.store import entries
from nxdesk.store.sectors import sector_id
from nxdesk.store.targets import target_id

VALUE_COLUMN = "G"


@pytest.fixture
def window(qtbot, demo_db, db_path, tmp_path, fake_dialogs, vietnamese):
    from nxdesk.ui.main_window import MainWindow

    w = MainWindow(
        demo_db, db_path, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.IniFormat), with_chart=False
    )
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.go_to(2024, 12, sector_id(demo_db, "Kinh tế"))
    return w


def _fill(path, code, value):
    wb = load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows(min_row=KEYS_ROW + 1, max_col=1):
            if row[0].value == code:
                ws[f"{VALUE_COLUMN}{row[0].row}"] = value
    wb.save(path)


def test_entry_workbook_out_and_back_in_through_the_file_menu(window, demo_db, tmp_path, fake_dialogs):
    book = tmp_path / "bieu"  # typed without the extension: .xlsx is added
    fake_dialogs.answers = [str(book), None]
    window.act_entry_book.trigger()
    written = tmp_path / "bieu.xlsx"
    assert written.exists() and fake_dialogs.shown[-1][0] == "info"

    _fill(written, "KT01", "1.870,5")
    fake_dialogs.answers = [str(written), None]
    window.act_import.trigger()
    assert fake_dialogs.shown[-1][0] == "info"
    kt01 = target_id(demo_db, "KT01")
    assert entries.get_entry(demo_db, kt01, 2024, 12).value == pytest.approx(1870.5)
    row = window.grid.entry_model.row_of_target(kt01)
    assert window.grid.entry_model.display_text(row, 5) == "1.870,5"  # the grid shows it at once


def test_a_bad_file_is_refused_in_vietnamese_and_writes_nothing(window, demo_db, tmp_path, fake_dialogs):
    book = tmp_path / "bieu.xlsx"
    fake_dialogs.answers = [str(book), None]
    window.act_entry_book.trigger()
    _fill(book, "KT01", "nhiều lắm")
    before = list(demo_db.execute("SELECT * FROM entries ORDER BY 1, 2, 3"))
    fake_dialogs.answers = [str(book)]
    window.act_import.trigger()
    kind, title, text = fake_dialogs.shown[-1]
    assert (kind, title) == ("error", "Không nhập được tệp")
    assert "Chưa ghi gì" in text and "nhiều lắm" in text
    assert list(demo_db.execute("SELECT * FROM entries ORDER BY 1, 2, 3")) == before


def test_a_refused_workbook_keeps_its_sheet_and_cell_in_the_window(window, demo_db, tmp_path, fake_dialogs):
    book = tmp_path / "bieu.xlsx"
    fake_dialogs.answers = [str(book), None]
    window.act_entry_book.trigger()
    wb = load_workbook(book)
    ws = wb["Kinh tế"]
    for row in ws.iter_rows(min_row=KEYS_ROW + 1, max_col=2):
        if row[0].value == "KT01":
            row[1].value = "Thu ngân sách (sửa tên)"
            ws[f"{VALUE_COLUMN}{row[0].row}"] = 1800
            r = row[0].row
    wb.save(book)
    fake_dialogs.answers = [str(book)]
    window.act_import.trigger()
    kind, _, text = fake_dialogs.shown[-1]
    assert kind == "error"
    assert f"trang Kinh tế, ô B{r}: không được sửa ô này trong biểu" in text
    assert demo_db.execute("SELECT name FROM targets WHERE code = 'KT01'").fetchone()[0] == "Thu ngân sách"
