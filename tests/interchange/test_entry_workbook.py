"""The entry workbook: written per sector, filled in with openpyxl as a department would, imported back
with the CSV import's validation and all-or-nothing rule."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from nxdesk.cli import main
from nxdesk.interchange.entry_workbook import HEADER_ROW, KEYS_ROW, write_entry_workbook
from nxdesk.interchange.workbook_reader import import_workbook, read_entry_workbook
from nxdesk.store import entries, targets
from nxdesk.store.db import open_db
from nxdesk.store.locks import lock_period

VALUE, STATUS, EXPECTED, NOTE = "G", "H", "I", "J"  # without a term target


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


def test_a_sheet_per_sector_with_the_targets_and_empty_input_cells(demo_db, tmp_path):
    demo_db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('level', 'xa')")
    wb = load_workbook(write_entry_workbook(demo_db, 2024, 12, tmp_path / "nhap.xlsx"))
    assert wb.sheetnames == [
        "Kinh tế",
        "Văn hóa - Xã hội",
        "Môi trường",
        "Quốc phòng - An ninh",
        "Xây dựng Đảng và hệ thống chính",
    ]
    ws = wb["Kinh tế"]
    assert ws["A1"].value == "BIỂU NHẬP SỐ LIỆU NĂM 2024"
    assert [ws.cell(HEADER_ROW, c).value for c in range(1, 11)] == [
        "Mã",
        "Chỉ tiêu",
        "ĐVT",
        "KH tỉnh giao",
        "KH xã giao",  # the plans named by the office's level
        "Cùng kỳ năm trước",
        "Thực hiện",
        "Ước / Chính thức",
        "Dự kiến cả năm",
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

    rows = read_entry_workbook(demo_db, book)
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
    assert f"sheet Kinh tế, cell G{bad}: '12.100.1' is not a number" in err
    assert f"sheet Môi trường, cell G{ambiguous}: '1.401' is ambiguous" in err
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
    assert [i.where.cell[0] for i in report.issues] == ["G", "G"]
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


def _col(ws, key: str) -> str:
    """The letter of the column whose hidden key is ``key``."""
    for cell in ws[KEYS_ROW]:
        if cell.value == key:
            return cell.column_letter
    raise AssertionError(f"no column {key}")


def _targets(db) -> list:
    return list(db.query("SELECT code, name, unit, sector_id, parent_id FROM targets ORDER BY id"))


@pytest.mark.parametrize(
    ("key", "new"),
    [
        ("name", "Thu ngân sách (đã sửa)"),
        ("unit", "triệu đồng"),
        ("sector", "Văn hóa - Xã hội"),
        ("year", 2023),
        ("months", 9),
        ("ref:plan_own", "800"),
        ("code", "KT99"),
    ],
)
def test_a_workbook_changes_only_the_input_cells(book, demo_db, capsys, tmp_path, key, new):
    wb = load_workbook(book)
    ws = wb["Kinh tế"]
    r = _row_of(ws, "KT01")
    ws[f"{VALUE}{r}"] = 1800
    ws[f"{_col(ws, key)}{r}"] = new
    wb.save(book)
    before_targets, before_entries = _targets(demo_db), _snapshot(demo_db)

    db_path = tmp_path / "nxdesk.db"
    assert main(["--db", str(db_path), "import", str(book)]) == 1
    err = capsys.readouterr().err
    cell = f"{_col(ws, key)}{r}"
    assert f"sheet Kinh tế, cell {cell}: " in err
    assert "row was added" in err if key == "code" else "may not be changed" in err
    assert _targets(demo_db) == before_targets and _snapshot(demo_db) == before_entries


def test_an_added_row_is_refused_with_its_cell(book, demo_db):
    wb = load_workbook(book)
    ws = wb["Kinh tế"]
    r = ws.max_row + 1
    ws[f"A{r}"], ws[f"B{r}"], ws[f"C{r}"], ws[f"{VALUE}{r}"] = "KT77", "Chỉ tiêu mới", "ha", 5
    wb.save(book)
    report = import_workbook(demo_db, book)
    assert [str(m) for m in report.issues] == [
        f"sheet Kinh tế, cell A{r}: a row was added; new targets are added in the plan editor, "
        "not the workbook"
    ]
    assert targets.target_id(demo_db, "KT77") is None


def test_a_workbook_whose_hidden_period_was_rewritten_is_refused(book, demo_db):
    from nxdesk.interchange.entry_workbook import MARKERS

    wb = load_workbook(book)
    for ws in wb.worksheets:
        keys = {c.value: c.column for c in ws[KEYS_ROW] if isinstance(c.value, str)}
        for marker in MARKERS:
            if marker in keys:
                ws.cell(KEYS_ROW, keys[marker] + 2).value = 6  # the hidden cut-off month
        if "months" in keys:
            for r in range(KEYS_ROW + 1, ws.max_row + 1):
                if ws.cell(r, keys["months"]).value is not None:
                    ws.cell(r, keys["months"]).value = 6
    ws = wb["Kinh tế"]
    ws[f"{VALUE}{_row_of(ws, 'KT01')}"] = 1800
    wb.save(book)
    report = import_workbook(demo_db, book)
    assert not report.ok
    assert str(report.issues[0]).startswith("sheet Kinh tế, cell A1: this cell may not be changed")
    assert _value(demo_db, "KT01", 2024, 6) is None and _value(demo_db, "KT01", 2024, 12) is None


def test_a_sheet_without_its_hidden_row_refuses_the_file(book, demo_db):
    wb = load_workbook(book)
    ws = wb["Kinh tế"]
    ws[f"{VALUE}{_row_of(ws, 'KT01')}"] = 1800
    wb["Môi trường"].delete_rows(KEYS_ROW)
    wb.save(book)
    report = import_workbook(demo_db, book)
    assert not report.ok
    assert str(report.issues[0]).startswith(
        f"sheet Môi trường, cell A{KEYS_ROW}: the hidden row of column names"
    )
    assert _value(demo_db, "KT01", 2024, 12) is None


def test_a_lower_case_code_in_the_workbook_is_the_same_target(book, demo_db):
    wb = load_workbook(book)
    ws = wb["Kinh tế"]
    r = _row_of(ws, "KT01")
    ws[f"A{r}"], ws[f"{VALUE}{r}"] = " kt01 ", 1800
    wb.save(book)
    assert import_workbook(demo_db, book).ok
    assert _value(demo_db, "KT01", 2024, 12) == 1800


def test_a_percent_formatted_cell_is_read_in_percent(demo_db, tmp_path):
    book = write_entry_workbook(demo_db, 2024, 12, tmp_path / "nhap.xlsx")
    wb = load_workbook(book)
    ws = wb["Môi trường"]
    r = _row_of(ws, "MT01")  # unit "%"
    assert ws[f"C{r}"].value == "%"
    ws[f"{VALUE}{r}"] = 0.7
    ws[f"{VALUE}{r}"].number_format = "0%"  # what Excel does when "70%" is typed
    wb.save(book)
    assert import_workbook(demo_db, book).ok
    assert _value(demo_db, "MT01", 2024, 12) == 70


def test_decimals_shape_the_workbook_and_its_reading(demo_db, tmp_path):
    kt01 = targets.target_id(demo_db, "KT01")
    targets.set_decimals(demo_db, kt01, 0)
    targets.set_plan(demo_db, kt01, 2024, "term", "≥ 900")
    book = write_entry_workbook(demo_db, 2024, 12, tmp_path / "nhap.xlsx")
    wb = load_workbook(book)
    ws = wb["Kinh tế"]
    assert "Mục tiêu nhiệm kỳ" in [c.value for c in ws[HEADER_ROW]]
    r = _row_of(ws, "KT01")
    assert ws[f"{_col(ws, 'ref:plan_term')}{r}"].value == "≥ 900"
    assert ws[f"{_col(ws, 'value')}{r}"].number_format == "#,##0"
    assert ws[f"{_col(ws, 'value')}{_row_of(ws, 'KT06')}"].number_format == "#,##0.00"  # tấn: the default
    ws[f"{_col(ws, 'value')}{r}"] = "28.500"  # decimals 0: one reading only
    ws[f"{_col(ws, 'expected_year_end')}{r}"] = "30.000"
    wb.save(book)
    report = import_workbook(demo_db, book)
    assert report.ok, [str(m) for m in report.issues]
    assert _value(demo_db, "KT01", 2024, 12) == 28500
    assert _entry(demo_db, "KT01", 2024, 12).expected_year_end == 30000


def test_decomposed_accents_match_the_stored_names(book, demo_db):
    import unicodedata

    wb = load_workbook(book)
    ws = wb["Kinh tế"]
    r = _row_of(ws, "KT01")
    ws[f"B{r}"] = unicodedata.normalize("NFD", ws[f"B{r}"].value)  # Unikey's "Unicode tổ hợp"
    ws[f"{VALUE}{r}"] = 1800
    ws[f"{NOTE}{r}"] = unicodedata.normalize("NFD", "Ước tính của phòng")
    wb.save(book)
    assert import_workbook(demo_db, book).ok
    assert _entry(demo_db, "KT01", 2024, 12).note == unicodedata.normalize("NFC", "Ước tính của phòng")


def test_a_zip_bomb_is_refused_before_it_is_unpacked(demo_db, tmp_path):
    import tracemalloc
    import zipfile

    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/sharedStrings.xml", "<sst>" + "A" * 200_000_000 + "</sst>")
    assert bomb.stat().st_size < 400_000
    tracemalloc.start()
    report = import_workbook(demo_db, bomb)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [str(m) for m in report.issues] == [
        "bomb.xlsx: the file unpacks to 200 MB, far more than any entry form; it was not opened"
    ]
    assert peak < 20_000_000


def test_a_note_with_control_characters_is_refused_and_exports_survive_stored_ones(book, demo_db, tmp_path):
    wb = load_workbook(book)
    ws = wb["Kinh tế"]
    r = _row_of(ws, "KT01")
    ws[f"{NOTE}{r}"] = "ghi\x7fchú"  # DEL: legal in the file, refused here
    wb.save(book)
    report = import_workbook(demo_db, book)
    assert [str(m) for m in report.issues] == [
        f"sheet Kinh tế, cell {NOTE}{r}: contains a control character (U+007F); retype the text without it"
    ]
    demo_db.execute("UPDATE targets SET name = ? WHERE code = 'KT01'", ["Thu\x0bngân\x00 sách"])
    out = write_entry_workbook(demo_db, 2024, 12, tmp_path / "again.xlsx")
    assert load_workbook(out)["Kinh tế"]["B6"].value == "Thu ngân sách"  # stored before the checks existed


def test_export_writes_the_workbook_from_the_command_line(tmp_path, demo_db, db_path, capsys):
    out = tmp_path / "bieu.xlsx"
    args = ["--db", str(db_path), "export", "--year", "2024", "--months", "9", "--format", "workbook"]
    assert main([*args, "-o", str(out)]) == 0
    assert "Kinh tế" in load_workbook(out).sheetnames
    ws = load_workbook(out)["Kinh tế"]
    ws[f"{VALUE}{_row_of(ws, 'KT01')}"] = 1500
    ws.parent.save(out)
    assert main(["--db", str(db_path), "import", str(out)]) == 0
    assert _value(demo_db, "KT01", 2024, 9) == 1500


def test_a_workbook_with_more_cells_than_any_entry_form_is_refused_unread(demo_db, tmp_path):
    import zipfile

    crowded = tmp_path / "crowded.xlsx"
    with zipfile.ZipFile(crowded, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(
            "xl/worksheets/sheet1.xml", "<sheetData><row>" + '<c r="A1"/>' * 150_000 + "</row></sheetData>"
        )
    report = import_workbook(demo_db, crowded)
    assert [str(m) for m in report.issues] == [
        "crowded.xlsx: the file has 150.000 cells, far more than any entry form; it was not opened"
    ]
