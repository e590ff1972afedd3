"""Period locks: one check in the store refuses every write path — set_entry, import, command line."""

import sqlite3
import subprocess
import sys

import pytest

from nxdesk.interchange.csv_import import import_file
from nxdesk.store.entries import get_entry, history, set_entry
from nxdesk.store.locks import PeriodLocked, is_locked, lock_period, locked_periods, unlock_period
from nxdesk.store.targets import target_id

CSV = 'code,name,unit,year,months,value\nKT01,Thu ngân sách,tỷ đồng,2024,9,"5,5"\n'


def _snapshot(db):
    return list(db.conn.iterdump())


def test_lock_and_unlock_are_logged_with_their_reasons(db):
    assert lock_period(db, 2024, 9, "Đã báo cáo Ban Thường vụ")
    assert not lock_period(db, 2024, 9, "again")  # already locked
    assert is_locked(db, 2024, 9) and not is_locked(db, 2024, 6) and not is_locked(db, 2023, 9)
    assert locked_periods(db, 2024) == [(2024, 9)]
    with pytest.raises(ValueError):
        unlock_period(db, 2024, 9, "  ")
    assert is_locked(db, 2024, 9)
    assert unlock_period(db, 2024, 9, "Sửa số liệu chính thức")
    assert not unlock_period(db, 2024, 9, "again")
    log = [tuple(r) for r in db.execute("SELECT year, months, action, reason FROM lock_log ORDER BY id")]
    assert log == [
        (2024, 9, "lock", "Đã báo cáo Ban Thường vụ"),
        (2024, 9, "unlock", "Sửa số liệu chính thức"),
    ]


def test_a_locked_period_refuses_set_entry_and_nothing_changes(demo_db):
    tid = target_id(demo_db, "KT01")
    lock_period(demo_db, 2024, 9, "chốt")
    before = _snapshot(demo_db)
    for change in ({"value": 1.0}, {"status": "official"}, {"note": "x"}, {"value": None}):
        with pytest.raises(PeriodLocked) as info:
            set_entry(demo_db, tid, 2024, 9, **change)
        assert info.value.code == "locked" and (info.value.year, info.value.months) == (2024, 9)
    with pytest.raises(PeriodLocked):  # a cell with no value yet is refused too
        set_entry(demo_db, target_id(demo_db, "KT03"), 2024, 9, value=2.0)
    assert _snapshot(demo_db) == before
    set_entry(demo_db, tid, 2024, 6, value=500.0)  # another cut-off of the same year is open
    assert get_entry(demo_db, tid, 2024, 6).value == 500.0


def test_a_locked_period_refuses_the_whole_import(demo_db, tmp_path):
    lock_period(demo_db, 2024, 9)
    path = tmp_path / "x.csv"
    path.write_text(CSV + 'KT02,Giải ngân vốn đầu tư công,tỷ đồng,2024,6,"1,5"\n', encoding="utf-8")
    before = _snapshot(demo_db)
    report = import_file(demo_db, path)
    assert not report.ok
    assert [str(i) for i in report.issues] == ["line 2, column value: period 9/2024 is locked"]
    assert _snapshot(demo_db) == before  # the unlocked 6-month row was not written either


def test_a_locked_last_year_refuses_last_year_values(demo_db, tmp_path):
    lock_period(demo_db, 2023, 9)
    path = tmp_path / "x.csv"
    path.write_text(
        'code,name,unit,year,months,last_year_value\nKT01,Thu ngân sách,tỷ đồng,2024,9,"7,5"\n',
        encoding="utf-8",
    )
    report = import_file(demo_db, path)
    assert [i.where.column for i in report.issues] == ["last_year_value"]


def test_unlocking_lets_writes_through_and_history_shows_them(demo_db):
    tid = target_id(demo_db, "KT01")
    lock_period(demo_db, 2024, 9)
    unlock_period(demo_db, 2024, 9, "sửa")
    set_entry(demo_db, tid, 2024, 9, value=1500.0, status="official")
    assert history(demo_db, tid, 2024, 9)[0].new_value == 1500.0


def _cli(*args, db):
    return subprocess.run(
        [sys.executable, "-m", "nxdesk", "--db", str(db), *args], capture_output=True, text=True, timeout=120
    )


def test_cli_lock_import_unlock(tmp_path):
    db = tmp_path / "c.db"
    assert _cli("demo", db=db).returncode == 0
    csv = tmp_path / "one.csv"
    csv.write_text(CSV, encoding="utf-8")
    locked = _cli("lock", "--year", "2024", "--months", "9", "--reason", "Đã chốt", db=db)
    assert locked.returncode == 0 and "locked" in locked.stdout
    refused = _cli("import", str(csv), db=db)
    assert refused.returncode == 1 and "period 9/2024 is locked" in refused.stderr
    assert _cli("unlock", "--year", "2024", "--months", "9", db=db).returncode == 2  # --reason is required
    assert _cli("unlock", "--year", "2024", "--months", "9", "--reason", " ", db=db).returncode == 2
    conn = sqlite3.connect(db)
    value = (
        "SELECT e.value FROM entries e JOIN targets t ON t.id = e.target_id WHERE t.code = 'KT01'"
        " AND year = 2024 AND months = 9"
    )
    assert conn.execute(value).fetchone()[0] == pytest.approx(1401.351)
    conn.close()
    assert _cli("unlock", "--year", "2024", "--months", "9", "--reason", "Bổ sung", db=db).returncode == 0
    assert _cli("import", str(csv), db=db).returncode == 0
    conn = sqlite3.connect(db)
    assert conn.execute(value).fetchone()[0] == 5.5
    log = [tuple(r) for r in conn.execute("SELECT action, reason FROM lock_log ORDER BY id")]
    conn.close()
    assert log == [("lock", "Đã chốt"), ("unlock", "Bổ sung")]
