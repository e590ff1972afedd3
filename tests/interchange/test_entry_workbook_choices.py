"""The entry workbook for a chosen period and chosen sectors, pre-filled with the figures stored now: read
back, a pre-filled cell left as it was changes nothing; a corrected one is the only change."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from nxdesk.domain.targets import Status
from nxdesk.interchange.entry_workbook import KEYS_ROW, write_entry_workbook
from nxdesk.interchange.workbook_reader import import_workbook
from nxdesk.store import entries, targets
from nxdesk.store.sectors import sector_id

VALUE, STATUS, EXPECTED, NOTE = "G", "H", "I", "J"


def _row_of(ws, code: str) -> int:
    for row in ws.iter_rows(min_row=KEYS_ROW + 1, max_col=1):
        if row[0].value == code:
            return row[0].row
    raise AssertionError(code)


@pytest.fixture
def six_months(demo_db):
    """Figures at 6 months for two targets of two sectors."""
    kt01, mt = targets.target_id(demo_db, "KT01"), targets.target_id(demo_db, "MT01")
    entries.set_entry(demo_db, kt01, 2024, 6, value=700.25, status=Status.ESTIMATE, note="ước của phòng TC")
    entries.set_entry(demo_db, mt, 2024, 6, value=69.5, status=Status.OFFICIAL)
    return demo_db


def _history(db) -> int:
    return db.execute("SELECT count(*) FROM entry_history").fetchone()[0]


def test_round_trip_with_a_chosen_period_and_two_sectors(six_months, tmp_path):
    db = six_months
    chosen = [sector_id(db, "Kinh tế"), sector_id(db, "Môi trường")]
    path = write_entry_workbook(db, 2024, 6, tmp_path / "bieu.xlsx", sectors=chosen, prefill=True)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Kinh tế", "Môi trường"]
    ws = wb["Kinh tế"]
    assert ws["A1"].value == "BIỂU NHẬP SỐ LIỆU 6 THÁNG NĂM 2024"
    r = _row_of(ws, "KT01")
    assert ws[f"{VALUE}{r}"].value == 700.25 and ws[f"{STATUS}{r}"].value == "Ước"
    assert ws[f"{NOTE}{r}"].value == "ước của phòng TC"
    assert ws[f"{VALUE}{_row_of(ws, 'KT02')}"].value is None  # nothing stored: left blank

    before = _history(db)
    untouched = import_workbook(db, path, dry_run=True)
    assert untouched.ok and untouched.figures == [] and untouched.unchanged == 2
    assert _history(db) == before

    mt = wb["Môi trường"]
    mt[f"{STATUS}{_row_of(mt, 'MT01')}"] = "Chính thức"  # confirmed as it was
    ws[f"{VALUE}{r}"] = "712,5"  # corrected
    ws[f"{STATUS}{r}"] = "Chính thức"
    wb.save(path)
    report = import_workbook(db, path)
    assert report.ok, report.issues
    assert [(f.code, f.old_value, f.new_value) for f in report.figures] == [("KT01", 700.25, 712.5)]
    assert report.unchanged == 1
    kt01 = entries.get_entry(db, targets.target_id(db, "KT01"), 2024, 6)
    assert (kt01.value, kt01.status, kt01.note) == (712.5, Status.OFFICIAL, "ước của phòng TC")
    assert _history(db) == before + 1


def test_without_prefill_the_input_cells_start_empty(six_months, tmp_path):
    path = write_entry_workbook(six_months, 2024, 6, tmp_path / "trong.xlsx")
    ws = load_workbook(path)["Kinh tế"]
    assert ws[f"{VALUE}{_row_of(ws, 'KT01')}"].value is None
