"""Figures nxdesk would refuse today but that are already stored (1e30, infinities written straight into
SQLite by an older version or by hand): the summary is strict JSON, every export works, the values show as
``#NUM!`` and count as missing rather than as exceeded."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest
from openpyxl import load_workbook

from nxdesk.cli import main

from ..pdf_reading import flat_text


def _store_straight(db_path, code, value, year=2024, months=9):
    with sqlite3.connect(db_path) as conn:
        done = conn.execute(
            "UPDATE entries SET value = ? WHERE year = ? AND months = ? "
            "AND target_id = (SELECT id FROM targets WHERE code = ?)",
            (value, year, months, code),
        ).rowcount
    assert done == 1


@pytest.fixture
def damaged(demo_db, db_path):
    demo_db.conn.commit()
    _store_straight(db_path, "KT01", 1e30)
    _store_straight(db_path, "KT02", float("inf"))
    _store_straight(db_path, "KT01", float("-inf"), year=2023)  # last year's value of KT01
    return db_path


def _json_constant(name):
    raise AssertionError(f"not strict JSON: {name}")


def test_summary_json_is_strict_and_nulls_what_is_not_finite(damaged, capsys):
    assert main(["--db", str(damaged), "summary", "--year", "2024", "--months", "9", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "NaN" not in out and "Infinity" not in out
    data = json.loads(out, parse_constant=_json_constant)
    rows = {r["code"]: r for r in data["rows"]}
    assert rows["KT02"]["value"] is None
    assert rows["KT01"]["value"] == 1e30 and rows["KT01"]["last_year_value"] is None
    for code in ("KT01", "KT02"):
        assert rows[code]["assessment"] == "no_data"
        assert rows[code]["pct_plan_own"] is None and rows[code]["projected_year_end"] is None
    assert data["counts"]["no_data"] == 2


def test_a_summary_that_once_printed_nan_is_strict_json_now(demo_db, db_path, capsys):
    """An infinite value once gave an infinite percentage and projection, printed as Infinity."""
    demo_db.conn.commit()
    _store_straight(db_path, "KT02", float("inf"))
    assert main(["--db", str(db_path), "summary", "--year", "2024", "--months", "9", "--format", "json"]) == 0
    json.loads(capsys.readouterr().out, parse_constant=_json_constant)


def test_summary_table_and_csv_show_the_error_mark(damaged, capsys):
    assert main(["--db", str(damaged), "summary", "--year", "2024", "--months", "9"]) == 0
    table = capsys.readouterr().out
    kt01 = next(line for line in table.splitlines() if line.startswith("KT01"))
    assert "#NUM!" in kt01 and "Vượt" not in kt01
    assert "2 chưa có số liệu" in table.splitlines()[0]
    assert main(["--db", str(damaged), "summary", "--year", "2024", "--months", "9", "--format", "csv"]) == 0
    csv_text = capsys.readouterr().out
    assert "inf" not in csv_text.lower()


def test_every_export_works(qapp, damaged, tmp_path, capsys):
    """(With pytest-qt's QApplication: a widget-less one made by the PDF export would break later tests.)"""
    for fmt in ("pdf", "xlsx", "csv", "docx"):
        out = tmp_path / f"bieu.{fmt}"
        status = main(
            [
                "--db",
                str(damaged),
                "export",
                "--year",
                "2024",
                "--months",
                "9",
                "--format",
                fmt,
                "-o",
                str(out),
            ]
        )
        assert status == 0, capsys.readouterr().err
        assert out.stat().st_size > 0
    assert "#NUM!" in flat_text(tmp_path / "bieu.pdf")
    sheet = load_workbook(tmp_path / "bieu.xlsx").active
    cells = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert any(isinstance(c, str) and c.startswith("#NUM!") for c in cells)
    assert not any(isinstance(c, float) and abs(c) > 1e15 for c in cells)


def test_the_entry_workbook_is_written_and_read_back_refusing_the_broken_cell(damaged, tmp_path):
    from nxdesk.interchange.entry_workbook import write_entry_workbook
    from nxdesk.interchange.workbook_reader import import_workbook
    from nxdesk.store.db import open_db

    db = open_db(damaged)
    book = write_entry_workbook(db, 2024, 9, tmp_path / "nhap.xlsx")
    ws = load_workbook(book)["Kinh tế"]
    assert "#NUM!" in [c for row in ws.iter_rows(values_only=True) for c in row]
    report = import_workbook(db, book)
    assert not report.ok  # the clerk must type a real figure over #NUM!


def test_the_command_line_in_a_process_does_not_crash(damaged):
    result = subprocess.run(
        [sys.executable, "-m", "nxdesk", "--db", str(damaged), "summary", "--year", "2024", "--months", "9"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0 and "Traceback" not in result.stderr


def test_a_percentage_beyond_what_is_shown_breaks_no_export(qapp, demo_db, db_path, tmp_path, capsys):
    """Both figures are accepted (10^15 and a plan of 10^-19), but their ratio (10^36 %) is not one a paper
    can round: it prints as the error mark instead of raising decimal.InvalidOperation."""
    demo_db.conn.commit()
    table = tmp_path / "bang.csv"
    table.write_text(
        "code,name,unit,year,months,sector,value,plan_own\n"
        'KT01,Thu ngân sách,tỷ đồng,2024,9,Kinh tế,1000000000000000,"0,0000000000000000001"\n',
        encoding="utf-8",
    )
    assert main(["--db", str(db_path), "import", str(table), "--decimal", "comma"]) == 0
    for fmt in ("pdf", "xlsx", "csv", "docx"):
        out = tmp_path / f"bieu.{fmt}"
        args = ["--db", str(db_path), "export", "--year", "2024", "--months", "9", "--format", fmt]
        assert main([*args, "-o", str(out)]) == 0, capsys.readouterr().err
        assert out.stat().st_size > 0
    assert "#NUM" in flat_text(tmp_path / "bieu.pdf")  # the narrow column may break the mark
    assert "#NUM!" in (tmp_path / "bieu.csv").read_text(encoding="utf-8-sig")
