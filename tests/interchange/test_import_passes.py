"""The import's first pass answers each distinct cell once and checks a row cell by cell only when something
is wrong with it: a row is refused for the same reasons, in the same order, whether its cells were seen
before or not. The second pass writes new targets' cells a part at a time, in the file's order."""

import csv

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nxdesk.domain.messages import render_en
from nxdesk.interchange import import_passes
from nxdesk.interchange.csv_import import import_file, import_rows
from nxdesk.interchange.table import RawRow
from nxdesk.interchange.table_rows import RowMemo, parse_row
from nxdesk.store.db import open_db

GOOD = {
    "unit": ["ha", "người", "%", "tỷ đồng"],
    "year": ["2024", "2023"],
    "months": ["9", "6"],
    "decimals": ["", "0", "2"],
    "kind": ["", "flow"],
    "plan_upper": ["", "25.000", "≥ 70"],
    "baseline": ["", "3,5"],
    "value": ["", "1.401,351", "1401,5", "12"],
    "status": ["", "official", "Ước"],
    "last_year_value": ["", "726,1"],
    "expected_year_end": ["", "28.500", "12,5"],
    "note": ["", "ghi chú"],
}
BAD = {
    "unit": [],
    "year": ["1899", "x"],
    "months": ["13", ""],
    "decimals": ["7"],
    "kind": ["stock"],
    "plan_upper": ["6,8-6,6", "x"],
    "baseline": ["-2", "abc"],
    "value": ["-5", "1e5", "99999999999999999"],
    "status": ["final"],
    "last_year_value": ["x"],
    "expected_year_end": ["-1,5x"],
    "note": ["x\x00y"],
}


@st.composite
def tables(draw):
    """Rows of distinct targets (nothing to compare across rows) with cells drawn from small pools, so the
    same cells come back on many rows."""
    rows = []
    for n in range(draw(st.integers(min_value=1, max_value=25))):
        bad = draw(st.sampled_from([None, None, *BAD]))  # at most one cell wrong, often none
        cells = {
            column: draw(st.sampled_from(BAD[column] if column == bad and BAD[column] else pool))
            for column, pool in GOOD.items()
        }
        cells.update(code=draw(st.sampled_from([f"N{n}"] * 6 + ["", "A\u200bB"])), name=f"Chỉ tiêu {n}")
        rows.append(RawRow(n + 2, cells))
    return rows


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(tables(), st.sampled_from(["comma", "dot"]))
def test_a_row_is_refused_for_the_reasons_it_gives_on_its_own(rows, decimal):
    expected = []
    for row in rows:  # each row alone, with nothing remembered
        _, issues = parse_row(row, decimal, {}, RowMemo())
        expected += [render_en(m) for m in issues]
    db = open_db(":memory:")
    report = import_rows(db, rows, decimal, dry_run=True)
    assert [render_en(m) for m in report.issues] == expected


def test_new_targets_cells_are_written_a_part_at_a_time_in_the_files_order(db, tmp_path, monkeypatch):
    monkeypatch.setattr(import_passes.RowWriter, "PART", 7)
    path = tmp_path / "t.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["code", "name", "unit", "year", "months", "value", "status", "note"])
        for n in range(50):
            note = "ghi chú" if n % 9 == 0 else ""
            value = "" if n % 11 == 0 else f"{n},5"
            w.writerow([f"P{n % 4}", f"Mới {n % 4}", "ha", 2000 + n // 4, 1 + n % 4, value, "", note])
    heard = []
    report = import_file(db, path, progress=heard.append)
    assert report.ok, report.issues
    cells = [(n % 4, 2000 + n // 4, 1 + n % 4) for n in range(50) if n % 11 or n % 9 == 0]
    written = db.execute(
        "SELECT t.code, e.year, e.months, e.value, e.status, e.note FROM entries e"
        " JOIN targets t ON t.id = e.target_id ORDER BY e.rowid"
    ).fetchall()
    assert [(int(code[1:]), year, months) for code, year, months, *_ in written] == cells
    history = db.execute(
        "SELECT t.code, h.year, h.months, h.new_value, h.new_status, h.new_note FROM entry_history h"
        " JOIN targets t ON t.id = h.target_id ORDER BY h.id"
    ).fetchall()
    assert history == written
    assert report.values_written == len(cells) == report.new_figures
    assert heard == sorted(heard) and heard[-1] == 1.0
    assert len([f for f in heard if 0.5 < f < 1.0]) >= 3  # the second pass moves while it writes
