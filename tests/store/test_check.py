"""``nxdesk check``: integrity, foreign keys and the domain's consistency rules, as a report."""

import subprocess
import sys

from nxdesk.store.check import check_database
from nxdesk.store.db import open_db
from nxdesk.store.targets import target_id


def _entry(db, target, year, months, value):
    db.execute(
        "INSERT INTO entries (target_id, year, months, value, status, note, updated_at)"
        " VALUES (?, ?, ?, ?, 'estimate', NULL, '2024-12-31T00:00:00')",
        [target, year, months, value],
    )


def _messages(db):
    return [f"{f.severity}: {f}" for f in check_database(db)]


def test_the_demo_is_clean(demo_db):
    assert _messages(demo_db) == []


def test_a_flow_that_decreases_is_reported(demo_db):
    tid = target_id(demo_db, "KT01")
    _entry(demo_db, tid, 2024, 12, 5.0)
    expected = "warning: KT01, 12/2024: 5 is less than 1.401,351, entered at an earlier cut-off of the year"
    assert expected in _messages(demo_db)


def test_trong_do_rows_above_their_parent(demo_db):
    parent = demo_db.execute("SELECT parent_id FROM targets WHERE parent_id IS NOT NULL").fetchone()[0]
    child = demo_db.execute("SELECT id FROM targets WHERE parent_id = ?", [parent]).fetchone()[0]
    code = demo_db.execute("SELECT code FROM targets WHERE id = ?", [parent]).fetchone()[0]
    demo_db.execute(
        "UPDATE entries SET value = 1e9 WHERE target_id = ? AND year = 2024 AND months = 9", [child]
    )
    expected = f"warning: {code}, 9/2024: its 'trong đó' rows add up to 1.000.000.000, more than its value"
    assert any(m.startswith(expected) for m in _messages(demo_db))


def test_a_value_far_beyond_its_plan_is_reported(demo_db):
    from nxdesk.store.entries import set_entry

    set_entry(demo_db, target_id(demo_db, "KT08"), 2024, 9, value=5250)  # plan 1.500 ha: 350%
    expected = "warning: KT08, 9/2024: 350% of plan: far beyond it; check the figure and its unit"
    assert expected in _messages(demo_db)


def test_an_import_is_warned_about_the_cells_it_changed_only(demo_db):
    from nxdesk.domain.messages import render_en
    from nxdesk.store.check import warnings_on
    from nxdesk.store.entries import set_entry

    set_entry(demo_db, target_id(demo_db, "KT08"), 2024, 9, value=5250)  # 350% of plan, typed earlier
    set_entry(demo_db, target_id(demo_db, "KT11"), 2024, 9, value=5000)
    found = [render_en(m) for m in warnings_on(demo_db, [("KT11", 2024, 9)])]
    assert any(m.startswith("KT11, 9/2024: ") and "far beyond" in m for m in found)
    assert not any("KT08" in m for m in found)


def test_a_plan_that_does_not_parse(demo_db):
    tid = target_id(demo_db, "KT01")
    demo_db.execute("UPDATE plans SET expression = 'nhiều' WHERE target_id = ? AND year = 2024", [tid])
    expected = "warning: KT01: the 2024 plan (upper) 'nhiều' cannot be read"
    assert any(m.startswith(expected) for m in _messages(demo_db))


def test_parent_in_another_sector_and_loops(demo_db):
    a, b = target_id(demo_db, "KT01"), target_id(demo_db, "KT02")
    other_sector = demo_db.execute(
        "SELECT sector_id FROM targets WHERE id <> ? AND sector_id <> "
        "(SELECT sector_id FROM targets WHERE id = ?)",
        [a, a],
    ).fetchone()[0]
    demo_db.execute("UPDATE targets SET parent_id = ?, sector_id = ? WHERE id = ?", [a, other_sector, b])
    assert "warning: KT02: its parent KT01 is in another sector" in _messages(demo_db)
    demo_db.execute("UPDATE targets SET parent_id = ? WHERE id = ?", [b, a])
    messages = _messages(demo_db)
    assert "error: KT01: its chain of parents loops" in messages


def test_values_of_a_year_the_target_is_not_in(demo_db):
    tid = target_id(demo_db, "KT01")
    _entry(demo_db, tid, 2030, 6, 5.0)
    expected = "warning: KT01: 1 value(s) entered in 2030, but the target is not in 2030's plan"
    assert expected in _messages(demo_db)


def test_a_broken_foreign_key_is_an_error(demo_db):
    demo_db.execute("PRAGMA foreign_keys = OFF")
    _entry(demo_db, 9999, 2024, 9, 1.0)
    assert any(m.startswith("error: foreign key: entries") for m in _messages(demo_db))


def _cli(*args, db):
    return subprocess.run(
        [sys.executable, "-m", "nxdesk", "--db", str(db), *args], capture_output=True, text=True, timeout=120
    )


def test_cli_check_reports_a_damaged_file_without_changing_it(demo_db, db_path):
    demo_db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    demo_db.conn.close()
    data = bytearray(db_path.read_bytes())
    data[4096 * 2 : 4096 * 6] = b"\xa5" * (4096 * 4)
    db_path.write_bytes(bytes(data))
    result = _cli("check", db=db_path)
    assert result.returncode == 1
    assert "error: integrity" in result.stdout and "error(s)" in result.stdout
    assert "Traceback" not in result.stderr
    assert db_path.read_bytes() == bytes(data)


def test_cli_check_does_not_create_a_missing_file(tmp_path):
    missing = tmp_path / "none.db"
    result = _cli("check", db=missing)
    assert result.returncode == 1 and not missing.exists()


def test_cli_check_ok(demo_db, db_path):
    demo_db.conn.close()
    result = _cli("check", db=db_path)
    assert result.returncode == 0 and result.stdout.strip().endswith(": ok")
    db = open_db(db_path)
    db.conn.close()


def test_cli_check_reports_a_truncated_file(demo_db, db_path):
    demo_db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    demo_db.conn.close()
    db_path.write_bytes(db_path.read_bytes()[:20000])
    result = _cli("check", db=db_path)
    assert result.returncode == 1
    assert result.stdout.startswith("error: integrity: ") and "1 error(s)" in result.stdout


def test_rates_and_rows_in_another_unit_do_not_add_up(db):
    from nxdesk.store import entries, sectors, targets

    sid = sectors.get_or_create_sector(db, "Kinh tế")
    rate = targets.upsert_target(db, code="R", name="Tỷ lệ", unit="%", sector_id=sid)
    part = targets.upsert_target(db, code="R1", name="Nông thôn", unit="%", sector_id=sid, parent_id=rate)
    area = targets.upsert_target(db, code="A", name="Diện tích", unit="ha", sector_id=sid)
    yield_ = targets.upsert_target(
        db, code="A1", name="Năng suất", unit="tạ/ha", sector_id=sid, parent_id=area
    )
    for tid, value in ((rate, 60.0), (part, 80.0), (area, 100.0), (yield_, 550.0)):
        targets.set_target_year(db, tid, 2024)
        entries.set_entry(db, tid, 2024, 9, value=value)
    assert not any("trong đó" in m for m in _messages(db))
