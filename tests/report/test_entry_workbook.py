"""The entry workbook: written per sector, filled in with openpyxl as a department would, imported back
with the CSV import's validation and all-or-nothing rule."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from nxdesk.cli import main
from nxdesk.report.entry_workbook import (
    HEADER_ROW,
    KEYS_ROW,
    import_workbook,
    read_entry_workbook,
    write_entry_workbook,
)
from nxdesk.store import entries, targets
from nxdesk.store.db import open_db
from nxdesk.store.locks import lock_period

VALUE, STATUS, NOTE = "G", "H", "I"


def _row_of(ws, code: str) -> int:
    for row in ws.iter_rows(min_row=KEYS_ROW + 1, max_col=1):
        if row[0].value == code:
            return row[0].row
    raise AssertionError(f"{code} not in sheet {ws.title}")


def _entry(db, code: str, year: int = 2024, months: int = 9):
    return entries.get_entry(db, targets.target_id(db, code), year, months)


def _value(db, code: str, year: int = 2024, months: int = 9):
    entry = _entry(db, code, year, months)
    return None if entry is None else entry.value


@pytest.fixture
def book(tmp_path, demo_db):
    """The demo's workbook for 12 months of 2024 (nothing entered yet for that period)."""
    path = write_entry_workbook(demo_db, 2024, 12, tmp_path / "nhap-ca-nam.xlsx")
    return path


def test_a_sheet_per_sector_with_the_targets_and_empty_input_cells(book):
    wb = load_workbook(book)
    assert wb.sheetnames == [
        "Kinh tế",
        "Văn hóa - Xã hội",
        "Môi trường",
        "Quốc phòng - An ninh",
        "Xây dựng Đảng và hệ thống chính",
    ]
    ws = wb["Kinh tế"]
    assert ws["A1"].value == "BIỂU NHẬP SỐ LIỆU NĂM 2024"
    assert [ws.cell(HEADER_ROW, c).value for c in range(1, 10)] == [
        "Mã",
        "Chỉ tiêu",
        "ĐVT",
        "KH tỉnh giao",
        "KH huyện giao",
        "Cùng kỳ năm trước",
        "Thực hiện",
        "Ước / Chính thức",
        "Ghi chú",
    ]
    assert ws.row_dimensions[KEYS_ROW].hidden
    r = _row_of(ws, "KT01")
    assert [ws[f"{c}{r}"].value for c in "BCDE"] == ["Thu ngân sách", "tỷ đồng", "745,4", "770"]
    assert ws[f"{VALUE}{r}"].value is None and ws[f"{NOTE}{r}"].value is None
    assert not ws[f"{VALUE}{r}"].protection.locked and ws[f"B{r}"].protection.locked
    assert ws.protection.sheet
    assert ws.page_setup.orientation == "landscape"
    party = wb["Xây dựng Đảng và hệ thống chính"]  # Excel's 31-character limit on sheet names
    assert party["A2"].value == "Lĩnh vực: Xây dựng Đảng và hệ thống chính trị"


def test_round_trip_numbers_vi_vn_text_status_and_formula_looking_notes(book, demo_db, tmp_path):
    wb = load_workbook(book)
    ws = wb["Kinh tế"]
    r = _row_of(ws, "KT01")
    ws[f"{VALUE}{r}"] = 1870.5  # a number cell: exact
    ws[f"{STATUS}{r}"] = "Chính thức"
    r = _row_of(ws, "KT06")
    ws[f"{VALUE}{r}"] = "36.120,5"  # text typed the Vietnamese way
    ws[f"{NOTE}{r}"] = "=SUM(A1)"
    ws[f"{NOTE}{r}"].data_type = "s"  # as Excel stores it in a cell formatted as Text
    r = _row_of(ws, "KT08")
    ws[f"{VALUE}{r}"] = 1905
    ws[f"{NOTE}{r}"] = "-5 ha chưa rõ"
    ws[f"{NOTE}{r}"].data_type = "s"
    party = wb["Xây dựng Đảng và hệ thống chính"]
    party[f"{VALUE}{_row_of(party, 'XD01')}"] = 212
    wb.save(book)

    rows = read_entry_workbook(book)
    assert {r.cells["code"] for r in rows} == {"KT01", "KT06", "KT08", "XD01"}
    assert main(["--db", str(tmp_path / "nxdesk.db"), "import", str(book)]) == 0
    db = open_db(tmp_path / "nxdesk.db")
    assert _value(db, "KT01", 2024, 12) == 1870.5
    assert _entry(db, "KT01", 2024, 12).status == "official"
    assert _value(db, "KT06", 2024, 12) == 36120.5
    assert _entry(db, "KT06", 2024, 12).status == "estimate"
    assert _entry(db, "KT06", 2024, 12).note == "=SUM(A1)"
    assert _entry(db, "KT08", 2024, 12).note == "-5 ha chưa rõ"
    assert _value(db, "XD01", 2024, 12) == 212
    assert _value(db, "KT02", 2024, 12) is None  # left empty: nothing written
    assert _value(db, "KT01", 2024, 9) == 1401.351  # other periods untouched


def _snapshot(db) -> list:
    return list(db.query("SELECT * FROM entries ORDER BY target_id, year, months"))


def test_a_bad_cell_refuses_the_whole_workbook_and_names_the_cell(book, demo_db, capsys, tmp_path):
    wb = load_workbook(book)
    ws = wb["Kinh tế"]
    good, bad = _row_of(ws, "KT01"), _row_of(ws, "KT05")
    ws[f"{VALUE}{good}"] = 1800
    ws[f"{VALUE}{bad}"] = "12.100.1"  # not a number
    ws2 = wb["Môi trường"]
    ambiguous = _row_of(ws2, "MT01")
    ws2[f"{VALUE}{ambiguous}"] = "1.401"  # "%" may hold decimals: 1401 or 1,401? refused, never guessed
    wb.save(book)
    before = _snapshot(demo_db)

    assert main(["--db", str(tmp_path / "nxdesk.db"), "import", str(book)]) == 1
    err = capsys.readouterr().err
    assert f"sheet Kinh tế, cell G{bad} (value)" in err
    assert f"sheet Môi trường, cell G{ambiguous} (value)" in err
    assert "nothing was written" in err
    assert _snapshot(demo_db) == before
    assert _value(demo_db, "KT01", 2024, 12) is None


def test_a_locked_period_refuses_the_workbook(book, demo_db):
    wb = load_workbook(book)
    ws = wb["Kinh tế"]
    ws[f"{VALUE}{_row_of(ws, 'KT01')}"] = 1800
    wb.save(book)
    lock_period(demo_db, 2024, 12, reason="chốt")
    report = import_workbook(demo_db, book)
    assert not report.ok
    assert "locked" in str(report.issues[0]) and "sheet Kinh tế" in str(report.issues[0])
    assert _value(demo_db, "KT01", 2024, 12) is None


def test_count_units_and_dot_decimal_text(book, demo_db):
    wb = load_workbook(book)
    ws = wb["Xây dựng Đảng và hệ thống chính"]
    ws[f"{VALUE}{_row_of(ws, 'XD01')}"] = "1.205"  # đảng viên: whole numbers, so 1.205 is one thousand…
    ws = wb["Kinh tế"]
    ws[f"{VALUE}{_row_of(ws, 'KT01')}"] = "1.401"  # tỷ đồng may hold decimals: ambiguous, refused
    ws[f"{VALUE}{_row_of(ws, 'KT02')}"] = "195.064"  # same: refused
    wb.save(book)
    report = import_workbook(demo_db, book)
    assert [i.column for i in report.issues] == ["value", "value"]
    assert "sheet Kinh tế, cell G" in str(report.issues[0]) and "ambiguous" in str(report.issues[0])
    assert _value(demo_db, "XD01", 2024, 12) is None
    ws[f"{VALUE}{_row_of(ws, 'KT01')}"] = "1401.351"  # plain decimal point: unambiguous
    ws[f"{VALUE}{_row_of(ws, 'KT02')}"] = "195,064"
    wb.save(book)
    assert import_workbook(demo_db, book).ok
    assert _value(demo_db, "XD01", 2024, 12) == 1205
    assert _value(demo_db, "KT01", 2024, 12) == 1401.351
    assert _value(demo_db, "KT02", 2024, 12) == 195.064


def test_not_a_workbook_or_nothing_filled(tmp_path, demo_db, book):
    report = import_workbook(demo_db, book)
    assert not report.ok and "nothing to import" in str(report.issues[0])
    other = tmp_path / "other.xlsx"
    from openpyxl import Workbook

    Workbook().save(other)
    report = import_workbook(demo_db, other)
    assert not report.ok and "not an nxdesk entry workbook" in str(report.issues[0])
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a zip")
    assert not import_workbook(demo_db, junk).ok
