"""A large table is imported in two passes (check, then write) with the same all-or-nothing result, the
same history rows and the same refusals as a small one; the import says how far it is."""

import csv
import os
import subprocess
import sys

from nxdesk.interchange.csv_import import import_file
from nxdesk.store import entries, targets

HEADER = ["code", "name", "unit", "year", "months", "sector", "plan_own", "value", "status"]


def snapshot(db):
    return {
        t: list(db.execute(f"SELECT * FROM {t} ORDER BY 1, 2"))
        for t in ("sectors", "targets", "target_years", "plans", "entries", "entry_history", "period_locks")
    }


def table(path, rows, bad_line=None, targets_count=300):
    """``rows`` data rows over ``targets_count`` new targets, a cut-off each; the row on file line
    ``bad_line`` (the header is line 1) has a value that is not a number."""
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        for n in range(rows):
            t, rest = n % targets_count, n // targets_count
            value = "abc" if n + 2 == bad_line else f"{n % 997},25"
            w.writerow(
                [f"S{t:04d}", f"Chỉ tiêu {t}", "tấn", 1990 + rest // 12, rest % 12 + 1, "Kinh tế", "1.000,5"]
                + [value, "official"]
            )
    return path


def test_a_bad_row_at_line_90000_leaves_the_database_as_it_was(demo_db, tmp_path):
    before = snapshot(demo_db)
    files = set(os.listdir(tmp_path))
    report = import_file(demo_db, table(tmp_path / "big.csv", 90_000, bad_line=90_000))
    assert not report.ok
    assert [(i.where.line, i.where.column, i.code) for i in report.issues] == [
        (90_000, "value", "number.invalid")
    ]
    assert snapshot(demo_db) == before
    assert set(os.listdir(tmp_path)) == files | {"big.csv"}  # no backup either: nothing was written


def test_progress_is_told_from_start_to_end(db, tmp_path):
    heard = []
    report = import_file(db, table(tmp_path / "t.csv", 3_000), progress=heard.append)
    assert report.ok and report.values_written == 3_000
    assert len(heard) > 4 and heard == sorted(heard)
    assert 0 <= heard[0] < 0.5 and heard[-1] == 1.0


def test_a_large_import_writes_what_the_row_by_row_writer_would(demo_db, tmp_path):
    """New targets and stored ones alike: a cell gets its value, status and one history row from the
    import; a cell whose row changes nothing gets neither; importing the file again writes nothing."""
    kt01 = targets.target_id(demo_db, "KT01")
    old = entries.get_entry(demo_db, kt01, 2024, 9)
    path = tmp_path / "mixed.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["code", "name", "unit", "year", "months", "value", "status", "note", "last_year_value"])
        w.writerow(["KT01", "Thu ngân sách", "tỷ đồng", 2024, 9, "1.500,5", "", "", ""])
        for n in range(2_500):
            note = "ghi chú" if n == 7 else ""
            w.writerow([f"N{n:04d}", f"Mới {n}", "ha", 2024, 9, f"{n},5", "", note, ""])
        w.writerow(["N0001", "Mới 1", "ha", 2024, 6, "", "", "chỉ ghi chú", "3,25"])
    report = import_file(demo_db, path)
    assert report.ok, report.issues
    assert (report.targets_created, report.values_written) == (2_500, 2_503)
    new = entries.get_entry(demo_db, kt01, 2024, 9)
    assert (new.value, str(new.status)) == (1500.5, "estimate")
    change = entries.history(demo_db, kt01, 2024, 9)[0]  # the newest
    assert change.source == "import"
    assert (change.old_value, change.new_value, change.old_status) == (old.value, 1500.5, str(old.status))
    n7 = targets.target_id(demo_db, "N0007")
    cell = entries.get_entry(demo_db, n7, 2024, 9)
    assert (cell.value, str(cell.status), cell.note) == (7.5, "estimate", "ghi chú")
    (first,) = entries.history(demo_db, n7, 2024, 9)
    assert (first.old_value, first.new_value, first.old_status, first.new_status, first.new_note) == (
        None,
        7.5,
        None,
        "estimate",
        "ghi chú",
    )
    n1 = targets.target_id(demo_db, "N0001")
    note_only = entries.get_entry(demo_db, n1, 2024, 6)
    assert (note_only.value, str(note_only.status), note_only.note) == (None, "estimate", "chỉ ghi chú")
    last_year = entries.get_entry(demo_db, n1, 2023, 6)
    assert (last_year.value, str(last_year.status)) == (3.25, "official")
    history_rows = demo_db.execute("SELECT COUNT(*) FROM entry_history").fetchone()[0]
    again = import_file(demo_db, path)
    assert again.ok and again.values_written == 0
    assert demo_db.execute("SELECT COUNT(*) FROM entry_history").fetchone()[0] == history_rows


def test_a_dot_decimal_file_is_read_again_with_a_dot(db, tmp_path):
    path = tmp_path / "dot.csv"
    path.write_text(
        "code,name,unit,year,months,value\nA1,A,ha,2024,9,1401.5\nA2,B,ha,2024,9,12.25\n", encoding="utf-8"
    )
    report = import_file(db, path)
    assert report.ok and report.decimal == "dot"
    assert entries.get_entry(db, targets.target_id(db, "A1"), 2024, 9).value == 1401.5


def test_the_command_line_shows_a_progress_line_for_a_long_import(tmp_path):
    path = table(tmp_path / "long.csv", 20_000)
    assert path.stat().st_size >= 1 << 20
    result = subprocess.run(
        [sys.executable, "-m", "nxdesk", "--db", str(tmp_path / "x.db"), "import", str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert "20000 rows ok" in result.stdout
    lines = result.stderr.splitlines()
    assert lines[-1] == "importing long.csv: 100%" and len(lines) >= 3


def test_the_report_lists_the_first_changed_cells_and_counts_them_all(demo_db, tmp_path, monkeypatch):
    from nxdesk.interchange import csv_import, import_passes

    monkeypatch.setattr(import_passes, "FIGURES_KEPT", 2)
    monkeypatch.setattr(csv_import, "FIGURES_KEPT", 2)
    path = tmp_path / "t.csv"
    path.write_text(
        "code,name,unit,year,months,value,status\n"
        'KT01,Thu ngân sách,tỷ đồng,2024,9,"1.500",official\n'
        'KT02,Giải ngân vốn đầu tư công,tỷ đồng,2024,9,"201,3",official\n'
        'KT05,Thu nhập bình quân đầu người,triệu đồng,2024,9,"45,1",official\n'
        "N1,Mới 1,ha,2024,9,5,estimate\n"
        "N2,Mới 2,ha,2024,9,6,estimate\n",
        encoding="utf-8",
    )
    report = import_file(demo_db, path, dry_run=True)
    assert report.ok, report.issues
    assert len(report.figures) == 2
    assert (report.new_figures, report.changed_figures) == (2, 3)
