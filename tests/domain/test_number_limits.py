"""Magnitudes above 10^15, NaN, infinities and 400-digit texts are refused at every entrance: the number
parser, plan expressions, the CSV importer, the entry workbook, the grid's typing and pasting, the store."""

from __future__ import annotations

import math

import pytest
from openpyxl import load_workbook

from nxdesk.domain.numbers import (
    MAX_MAGNITUDE,
    UNSHOWABLE,
    NumberError,
    check_magnitude,
    format_number,
    format_pct,
    is_showable,
    parse_number,
)
from nxdesk.domain.plans import PlanError, parse_plan
from nxdesk.interchange.csv_import import import_file
from nxdesk.interchange.entry_workbook import write_entry_workbook
from nxdesk.interchange.workbook_reader import import_workbook
from nxdesk.store import entries, targets

TOO_LARGE = [
    "10000000000000000000000000",  # a 26-digit typo
    "1.000.000.000.000.001",
    "1000000000000000,5",
    "-2.000.000.000.000.000",
    "9" * 400,
]


@pytest.mark.parametrize("text", TOO_LARGE)
def test_magnitudes_above_ten_to_the_fifteen_are_refused(text):
    with pytest.raises(NumberError) as refused:
        parse_number(text)
    assert refused.value.code in ("too_large", "too_long")
    assert len(str(refused.value)) < 200  # a 400-digit text is not echoed whole


def test_ten_to_the_fifteen_itself_is_accepted():
    assert parse_number("1.000.000.000.000.000") == MAX_MAGNITUDE
    assert parse_number("-999999999999999,5") == -999999999999999.5


@pytest.mark.parametrize("text", ["NaN", "nan", "inf", "-Infinity", "1e30", "1E+16", "0x10"])
def test_nan_infinities_and_exponents_are_not_numbers(text):
    with pytest.raises(NumberError):
        parse_number(text)


def test_check_magnitude_refuses_what_a_number_cell_may_hold():
    assert check_magnitude(1401.351) == 1401.351
    for value in (math.inf, -math.inf, math.nan, 1e30, -1e16):
        with pytest.raises(NumberError):
            check_magnitude(value)


def test_plan_expressions_refuse_huge_bounds():
    for text in ("≥ 10000000000000000000000000", "1-10000000000000000", "khoảng " + "9" * 400):
        with pytest.raises(PlanError):
            parse_plan(text)


def test_a_stored_value_that_cannot_be_shown_formats_as_an_error_mark():
    for value in (math.inf, -math.inf, math.nan, 1e30, 1e25):
        assert not is_showable(value)
        assert format_number(value) == UNSHOWABLE and format_pct(value) == UNSHOWABLE
    assert format_number(1e15) == "1.000.000.000.000.000"


HEADER = "code,name,unit,year,months,sector,value\n"


@pytest.mark.parametrize("value", ["10000000000000000000000000", "9" * 400, "inf", "NaN"])
def test_the_importer_refuses_them_and_writes_nothing(db, tmp_path, value):
    path = tmp_path / "in.csv"
    path.write_text(HEADER + f"KT01,Thu ngân sách,tỷ đồng,2024,9,Kinh tế,{value}\n", encoding="utf-8")
    report = import_file(db, path)
    assert not report.ok
    assert any(str(issue).startswith("line 2, column value:") for issue in report.issues), report.issues
    assert db.execute("SELECT COUNT(*) FROM entries").fetchone()[0] == 0


def test_the_importer_refuses_a_huge_plan(db, tmp_path):
    path = tmp_path / "in.csv"
    path.write_text(
        "code,name,unit,year,months,sector,plan_own\n"
        "KT01,Thu ngân sách,tỷ đồng,2024,9,Kinh tế,10000000000000000000000000\n",
        encoding="utf-8",
    )
    report = import_file(db, path)
    assert not report.ok and "plan_own" in str(report.issues[0])


@pytest.mark.parametrize("cell", [1e26, 1e16, "10000000000000000000000000", "9" * 400])
def test_the_entry_workbook_refuses_them_naming_the_cell(demo_db, tmp_path, cell):
    book = write_entry_workbook(demo_db, 2024, 12, tmp_path / "nhap.xlsx")
    wb = load_workbook(book)
    ws = wb["Kinh tế"]
    row = next(r[0].row for r in ws.iter_rows(min_col=1, max_col=1) if r[0].value == "KT01")
    ws[f"G{row}"] = cell
    wb.save(book)
    report = import_workbook(demo_db, book)
    assert not report.ok
    assert f"G{row}" in str(report.issues[0]), report.issues
    assert entries.get_entry(demo_db, targets.target_id(demo_db, "KT01"), 2024, 12) is None


def test_the_store_refuses_them_too(demo_db):
    tid = targets.target_id(demo_db, "KT01")
    for value in (1e30, math.inf, math.nan):
        with pytest.raises(NumberError):
            entries.set_entry(demo_db, tid, 2024, 9, value=value)
    assert entries.get_entry(demo_db, tid, 2024, 9).value == pytest.approx(1401.351)
