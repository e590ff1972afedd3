import sqlite3

import pytest

from nxdesk.domain.targets import Status
from nxdesk.store import entries, locks, sectors, targets
from nxdesk.store.db import open_db
from nxdesk.store.migrations import SCHEMA_VERSION, NewerSchemaError, schema_version
from nxdesk.store.settings import Settings, load_settings, save_settings
from nxdesk.store.summary import load_summary


def make_target(db, code="KT01", year=2024, sector="Kinh tế", **kw):
    sid = sectors.get_or_create_sector(db, sector)
    tid = targets.upsert_target(
        db, code=code, name=kw.pop("name", code), unit=kw.pop("unit", "tỷ đồng"), sector_id=sid, **kw
    )
    targets.set_target_year(db, tid, year)
    return tid


def test_open_sets_pragmas(db):
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert schema_version(db) == SCHEMA_VERSION


def test_migrations_on_existing_database_keep_data(db_path):
    db = open_db(db_path)
    tid = make_target(db)
    entries.set_entry(db, tid, 2024, 9, value=5.0)
    db.conn.close()
    again = open_db(db_path)
    assert schema_version(again) == SCHEMA_VERSION
    assert entries.get_entry(again, tid, 2024, 9).value == 5.0
    again.conn.close()


def test_newer_schema_refused(db_path):
    db = open_db(db_path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.conn.close()
    with pytest.raises(NewerSchemaError):
        open_db(db_path)


def test_pending_migration_backs_up_first(db_path, monkeypatch):
    from nxdesk.store import migrations

    db = open_db(db_path)
    make_target(db)
    db.conn.close()

    def m002_extra(db):
        db.execute("CREATE TABLE extra (x)")

    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, m002_extra))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.MIGRATIONS))
    migrated = open_db(db_path)
    assert "extra" in migrated.table_names() and schema_version(migrated) == migrations.SCHEMA_VERSION
    backups = list((db_path.parent / "backups").glob("*.db"))
    assert backups, "an existing database is copied before it is migrated"
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION - 1
    assert old.execute("SELECT code FROM targets").fetchall() == [("KT01",)]
    old.close()
    migrated.conn.close()


def test_set_entry_writes_history_in_the_same_transaction(db):
    tid = make_target(db)
    assert entries.set_entry(db, tid, 2024, 9, value=10.0)
    assert entries.set_entry(db, tid, 2024, 9, value=12.5, status=Status.OFFICIAL)
    assert not entries.set_entry(db, tid, 2024, 9, value=12.5)  # no change, no history line
    items = entries.history(db, tid, 2024, 9)
    assert [(h.old_value, h.new_value) for h in items] == [(10.0, 12.5), (None, 10.0)]
    assert entries.get_entry(db, tid, 2024, 9).status is Status.OFFICIAL


def test_history_is_append_only(db):
    tid = make_target(db)
    entries.set_entry(db, tid, 2024, 9, value=1.0)
    with pytest.raises(sqlite3.DatabaseError):
        db.execute("UPDATE entry_history SET new_value = 2")
    with pytest.raises(sqlite3.DatabaseError):
        db.execute("DELETE FROM entry_history")


def test_locked_period_refuses_writes(db):
    tid = make_target(db)
    locks.lock_period(db, 2024, 9, "báo cáo đã gửi")
    with pytest.raises(locks.PeriodLocked):
        entries.set_entry(db, tid, 2024, 9, value=1.0)
    assert entries.get_entry(db, tid, 2024, 9) is None
    assert locks.unlock_period(db, 2024, 9, "sửa số liệu")
    assert entries.set_entry(db, tid, 2024, 9, value=1.0)


def test_targets_ordered_with_children_after_parents(db):
    parent = make_target(db, "KT06")
    make_target(db, "KT07")
    make_target(db, "KT06a", parent_id=parent)
    assert [t.code for t in targets.list_targets(db, 2024)] == ["KT06", "KT06a", "KT07"]
    targets.move_target(db, targets.target_id(db, "KT07"), -5)
    assert [t.code for t in targets.list_targets(db, 2024)][0] == "KT07"


def test_copy_year_copies_targets_and_plans(demo_db):
    copied = targets.copy_year(demo_db, 2024, 2025)
    assert copied == len(targets.list_targets(demo_db, 2024)) == 30
    plans_2025 = {t.code: (t.plan_province, t.plan_district) for t in targets.list_targets(demo_db, 2025)}
    assert plans_2025["KT01"] == ("745,4", "770")
    assert targets.copy_year(demo_db, 2024, 2025) == 0  # nothing twice


def test_summary_reads_in_one_query(demo_db):
    statements = []
    demo_db.conn.set_trace_callback(statements.append)
    summary = load_summary(demo_db, 2024, 9)
    demo_db.conn.set_trace_callback(None)
    assert len(summary.rows) == 30
    assert sum("FROM target_years" in s for s in statements) == 1


def test_settings_round_trip(db):
    save_settings(
        db,
        Settings(
            parent_body="UBND tỉnh Thanh Hóa",
            issuing_body="UBND huyện Như Xuân",
            place="Như Xuân",
            document_style="state",
            threshold_pct=80,
            language="en",
        ),
    )
    loaded = load_settings(db)
    assert (loaded.document_style, loaded.threshold_pct, loaded.place) == ("state", 80.0, "Như Xuân")


def test_copy_year_takes_the_latest_value_actually_entered_as_baseline(db):
    tid = make_target(db, "VX01", unit="%")
    targets.set_target_year(db, tid, 2024, baseline=12.0)
    entries.set_entry(db, tid, 2024, 9, value=9.5)
    entries.set_entry(db, tid, 2024, 12, note="chờ số chính thức")  # a note, no value
    targets.copy_year(db, 2024, 2025)
    assert targets.list_targets(db, 2025)[0].baseline == 9.5


def test_writing_what_is_already_there_is_no_change_even_when_locked(db):
    tid = make_target(db)
    entries.set_entry(db, tid, 2024, 9, value=1.0)
    locks.lock_period(db, 2024, 9, "đã chốt")
    assert not entries.set_entry(db, tid, 2024, 9, value=1.0)  # no change: nothing to refuse
    with pytest.raises(locks.PeriodLocked):
        entries.set_entry(db, tid, 2024, 9, value=2.0)
