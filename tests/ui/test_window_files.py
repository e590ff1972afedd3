"""From the window: write the entry workbook for the departments, import it back filled (all or nothing)."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings

from nxdesk.interchange.entry_workbook import KEYS_ROW
from nxdesk.store import entries
from nxdesk.store.sectors import sector_id
from nxdesk.store.targets import target_id

from .windows import shown_window

VALUE_COLUMN = "G"


@pytest.fixture
def window(qtbot, demo_db, db_path, tmp_path, fake_dialogs, vietnamese):
    w = shown_window(qtbot, demo_db, db_path, tmp_path / "ui.ini")
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
    assert written.exists() and str(written) in fake_dialogs.offers[-1][1]  # with "Mở tệp" / "Mở thư mục"

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


def test_import_while_another_process_holds_the_file_says_so_and_writes_nothing(
    window, demo_db, db_path, tmp_path, fake_dialogs
):
    import sqlite3

    csv = tmp_path / "so-lieu.csv"
    csv.write_text("code,name,unit,year,months,value\nKT01,Thu ngân sách,tỷ đồng,2024,12,1999\n", "utf-8")
    before = list(demo_db.execute("SELECT * FROM entries ORDER BY 1, 2, 3"))
    demo_db.execute("PRAGMA busy_timeout = 200")
    other = sqlite3.connect(str(db_path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process is in the middle of a write
    try:
        fake_dialogs.answers = [str(csv)]
        window.act_import.trigger()
    finally:
        other.execute("ROLLBACK")
        other.close()
    kind, title, text = fake_dialogs.shown[-1]
    assert (kind, title) == ("error", "Không nhập được tệp")
    assert "đang ghi" in text
    assert list(demo_db.execute("SELECT * FROM entries ORDER BY 1, 2, 3")) == before


def test_save_dialogs_refuse_the_database_and_other_database_files(
    window, demo_db, db_path, tmp_path, fake_dialogs
):
    import shutil

    from nxdesk.store.backup import backup_now

    copy = tmp_path / "so-lieu-cu.xlsx"  # a database saved under a workbook's name
    shutil.copy(db_path, copy)
    backup = backup_now(demo_db, db_path, "manual")
    in_backups = backup.parent / "bieu.xlsx"
    before = copy.read_bytes()
    fake_dialogs.answers = [str(copy), None, str(in_backups), None, str(db_path.with_suffix("")), None, None]
    window.act_entry_book.trigger()
    window.act_entry_book.trigger()
    kinds = [(kind, text) for kind, _, text in fake_dialogs.shown if kind == "error"]
    assert len(kinds) == 2
    assert "tệp cơ sở dữ liệu" in kinds[0][1] and str(copy) in kinds[0][1]
    assert "thư mục sao lưu" in kinds[1][1]
    assert copy.read_bytes() == before and not in_backups.exists()
    assert demo_db.execute("SELECT count(*) FROM entries").fetchone()[0] > 0


def test_the_data_file_itself_is_refused_even_with_the_suffix_typed(window, demo_db, db_path, fake_dialogs):
    from nxdesk.ui.dialog_service import ask_save_path

    before = db_path.read_bytes()
    fake_dialogs.answers = [str(db_path), None]
    assert ask_save_path(window, "Lưu", "*.db", "x.db", ".db") is None
    kind, _, text = fake_dialogs.shown[-2]  # then asked again, and cancelled
    assert kind == "error" and "tệp dữ liệu của nxdesk" in text
    assert db_path.read_bytes() == before


def test_first_run_demo_while_another_process_writes_says_so(
    qtbot, db, db_path, tmp_path, fake_dialogs, vietnamese
):
    import sqlite3

    from PySide6.QtCore import Qt

    from nxdesk.store.targets import years
    from nxdesk.ui.main_window import MainWindow

    w = MainWindow(
        db, db_path, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.IniFormat), with_chart=False
    )
    qtbot.addWidget(w)
    w.show()
    db.execute("PRAGMA busy_timeout = 200")
    other = sqlite3.connect(str(db_path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        qtbot.mouseClick(w._first_run.demo_button, Qt.LeftButton)
    finally:
        other.execute("ROLLBACK")
        other.close()
    kind, _, text = fake_dialogs.shown[-1]
    assert kind == "error" and "đang ghi" in text
    assert years(db) == [] and w.stack.currentWidget() is w._first_run


def test_an_error_no_screen_caught_still_reaches_the_clerk(fake_dialogs, vietnamese, capsys):
    import sqlite3

    from nxdesk.ui.write_errors import show_unexpected_error

    try:
        raise sqlite3.OperationalError("database is locked")
    except sqlite3.OperationalError as exc:
        show_unexpected_error(type(exc), exc, exc.__traceback__)
    try:
        raise KeyError("x")
    except KeyError as exc:
        show_unexpected_error(type(exc), exc, exc.__traceback__)
    (k1, _, busy), (k2, _, other) = fake_dialogs.shown
    assert k1 == k2 == "error"
    assert "đang ghi" in busy and "KeyError" in other
    assert "database is locked" in capsys.readouterr().err
