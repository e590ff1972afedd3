"""A locked period's report is frozen as it was at locking: later edits of targets and plans (by import,
the plan editor or the store) change unlocked periods only."""

from __future__ import annotations

import json
import subprocess
import sys

from nxdesk.domain.summary import SummaryInput
from nxdesk.store import targets
from nxdesk.store.db import open_db
from nxdesk.store.lock_snapshots import differs_from_snapshot, read_snapshot
from nxdesk.store.locks import lock_period, unlock_period
from nxdesk.store.sectors import get_or_create_sector
from nxdesk.store.summary import live_summary_inputs, load_summary, summary_inputs
from nxdesk.store.targets import target_id


def _rows(db, year=2024, months=9):
    return [
        (
            r.code,
            r.name,
            r.unit,
            r.sector,
            str(r.kind),
            str(r.direction),
            r.parent,
            r.plan_upper,
            r.plan_own,
            r.value,
            str(r.assessment),
        )
        for r in load_summary(db, year, months).rows
    ]


def test_the_snapshot_holds_every_summary_input_as_it_was(demo_db):
    before = live_summary_inputs(demo_db, 2024, 9)
    lock_period(demo_db, 2024, 9, "đã báo cáo")
    assert read_snapshot(demo_db, 2024, 9) == before
    assert all(isinstance(i, SummaryInput) for i in before)
    assert read_snapshot(demo_db, 2024, 6) is None


def test_edits_of_targets_and_plans_after_locking_leave_the_locked_report_as_it_was(demo_db):
    frozen = _rows(demo_db)
    six_months = _rows(demo_db, months=6)
    lock_period(demo_db, 2024, 9, "đã báo cáo")
    kt01 = target_id(demo_db, "KT01")
    other = get_or_create_sector(demo_db, "Khác")
    targets.update_target(
        demo_db,
        kt01,
        name="Thu ngân sách nhà nước",
        unit="triệu đồng",
        sector_id=other,
        kind="level",
        direction="down",
    )
    targets.set_plan(demo_db, kt01, 2024, "own", "9999")
    targets.set_retired(demo_db, target_id(demo_db, "KT02"), 2024)
    targets.move_target(demo_db, target_id(demo_db, "KT04"), -1)
    assert _rows(demo_db) == frozen  # summary, exports and the window all read this
    assert differs_from_snapshot(demo_db, 2024, 9)
    assert _rows(demo_db, months=6) != six_months  # an unlocked period shows today's plan
    assert (
        summary_inputs(demo_db, 2024, 9, get_or_create_sector(demo_db, "Kinh tế"))[0].name == "Thu ngân sách"
    )


def test_a_locked_report_is_not_marked_changed_while_its_plan_is_untouched(demo_db):
    lock_period(demo_db, 2024, 9, "đã báo cáo")
    assert not differs_from_snapshot(demo_db, 2024, 9)


def test_unlocking_drops_the_snapshot_and_relocking_freezes_today(demo_db):
    lock_period(demo_db, 2024, 9, "đã báo cáo")
    kt01 = target_id(demo_db, "KT01")
    targets.update_target(demo_db, kt01, unit="triệu đồng")
    assert load_summary(demo_db, 2024, 9).rows[0].unit == "tỷ đồng"
    unlock_period(demo_db, 2024, 9, "sửa đơn vị")
    assert read_snapshot(demo_db, 2024, 9) is None
    assert load_summary(demo_db, 2024, 9).rows[0].unit == "triệu đồng"
    lock_period(demo_db, 2024, 9, "chốt lại")
    assert read_snapshot(demo_db, 2024, 9)[0].unit == "triệu đồng"


def test_a_lock_from_before_snapshots_were_kept_is_frozen_when_the_file_is_opened(demo_db, db_path):
    lock_period(demo_db, 2024, 9, "đã báo cáo")
    demo_db.execute("DELETE FROM lock_snapshots")  # as a file locked by an older nxdesk
    demo_db.conn.close()
    db = open_db(db_path)
    assert read_snapshot(db, 2024, 9) == live_summary_inputs(db, 2024, 9)
    db.conn.close()


def test_an_import_that_changes_units_after_locking_leaves_the_locked_summary(demo_db, db_path, tmp_path):
    demo_db.conn.commit()
    nxdesk = [sys.executable, "-m", "nxdesk", "--db", str(db_path)]

    def summary(months):
        out = subprocess.run(
            [*nxdesk, "summary", "--year", "2024", "--months", str(months), "--format", "json"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert out.returncode == 0, out.stderr
        return {r["code"]: r for r in json.loads(out.stdout)["rows"]}

    before = summary(9)
    assert subprocess.run([*nxdesk, "lock", "--year", "2024", "--months", "9"], timeout=120).returncode == 0
    csv = tmp_path / "doi-ten.csv"
    csv.write_text(
        "code,name,unit,year,months,sector,kind,direction,plan_own\n"
        "KT01,Tổng thu ngân sách,triệu đồng,2024,6,Khác,level,down,1\n",
        "utf-8",
    )
    result = subprocess.run([*nxdesk, "import", str(csv)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert summary(9) == before
    assert summary(6)["KT01"]["unit"] == "triệu đồng"


def test_a_file_of_the_schema_before_snapshots_migrates_and_freezes_its_locks(db_path, monkeypatch):
    from nxdesk.demo import load_demo
    from nxdesk.store import migrations

    with monkeypatch.context() as m:  # the file as the nxdesk before lock snapshots wrote it
        before = migrations.MIGRATIONS.index(migrations.m004_lock_snapshots)
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:before])
        m.setattr(migrations, "SCHEMA_VERSION", before)
        old = open_db(db_path)
        assert load_demo(old).ok
        old.execute("INSERT INTO period_locks VALUES (2024, 9, 'đã báo cáo', '2024-10-01T08:00:00')")
        old.conn.close()
    db = open_db(db_path)
    assert migrations.schema_version(db) == migrations.SCHEMA_VERSION
    assert read_snapshot(db, 2024, 9) == live_summary_inputs(db, 2024, 9)
    db.conn.close()


def test_a_snapshot_left_without_its_lock_is_not_read(demo_db):
    lock_period(demo_db, 2024, 9, "đã báo cáo")
    targets.update_target(demo_db, target_id(demo_db, "KT01"), unit="triệu đồng")
    demo_db.execute("PRAGMA foreign_keys = OFF")  # as a tool that removed the lock row by hand
    demo_db.execute("DELETE FROM period_locks WHERE year = 2024 AND months = 9")
    demo_db.execute("PRAGMA foreign_keys = ON")
    assert read_snapshot(demo_db, 2024, 9) is None
    assert load_summary(demo_db, 2024, 9).rows[0].unit == "triệu đồng"
