"""What a restore may not do: put a tampered or foreign file in place, or drop a lock without saying so;
and what it keeps: the lock log and a record of every restore, carried into the restored data."""

import hashlib
import sqlite3
import subprocess
import sys

import pytest

from nxdesk.store import backup
from nxdesk.store.db import open_db
from nxdesk.store.entries import get_entry, set_entry
from nxdesk.store.errors import BackupError, NotAnNxdeskDatabase, RestoreDropsLocks
from nxdesk.store.locks import is_locked, lock_period
from nxdesk.store.targets import target_id


def _cli(*args, db):
    return subprocess.run(
        [sys.executable, "-m", "nxdesk", "--db", str(db), *args], capture_output=True, text=True, timeout=120
    )


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _entries(db):
    return db.execute("SELECT count(*) FROM entries WHERE value IS NOT NULL").fetchone()[0]


def _with_trigger(path):
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TRIGGER tidy AFTER INSERT ON entry_history BEGIN DELETE FROM entries WHERE rowid <> "
        "NEW.rowid; END"
    )
    conn.commit()
    conn.close()


def test_a_backup_with_a_destructive_trigger_is_refused(demo_db, db_path, tmp_path):
    crafted = backup.copy_database(demo_db, tmp_path / "crafted.db")
    _with_trigger(crafted)
    count = _entries(demo_db)
    assert backup.read_contents(crafted).problem == "unexpected_schema"
    with pytest.raises(BackupError) as info:
        backup.restore(demo_db, db_path, crafted)
    assert "tables or triggers are not the ones nxdesk makes" in str(info.value)
    assert "tidy" not in {r[0] for r in demo_db.execute("SELECT name FROM sqlite_master")}
    set_entry(demo_db, target_id(demo_db, "KT01"), 2024, 9, value=1.5)
    assert _entries(demo_db) == count
    assert not [b for b in backup.list_backups(db_path) if b.reason == "before-restore"]


def test_an_extra_index_or_a_missing_trigger_is_refused_too(demo_db, db_path, tmp_path):
    extra = backup.copy_database(demo_db, tmp_path / "extra.db")
    conn = sqlite3.connect(extra)
    conn.execute("CREATE INDEX mine ON entries(value)")
    conn.commit()
    conn.close()
    missing = backup.copy_database(demo_db, tmp_path / "missing.db")
    conn = sqlite3.connect(missing)
    conn.execute("DROP TRIGGER entry_history_no_delete")
    conn.commit()
    conn.close()
    assert backup.read_contents(extra).problem == "unexpected_schema"
    assert backup.read_contents(missing).problem == "unexpected_schema"


def test_the_live_file_with_a_destructive_trigger_is_refused_untouched(demo_db, db_path):
    demo_db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    demo_db.conn.close()
    _with_trigger(db_path)
    before = _digest(db_path)
    with pytest.raises(NotAnNxdeskDatabase) as info:
        open_db(db_path)
    assert info.value.code == "unexpected_schema"
    assert _digest(db_path) == before


def _foreign_v1(path):
    """Another program's file that happens to use user_version 1, like nxdesk's first schema."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes (text) VALUES ('giữ nguyên')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_another_programs_file_at_user_version_1_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    _foreign_v1(path)
    before = _digest(path)
    for read_only in (False, True):
        with pytest.raises(NotAnNxdeskDatabase):
            open_db(path, read_only=read_only)
    assert _digest(path) == before
    assert not (tmp_path / "backups").exists()  # not backed up
    assert not (tmp_path / "other.db-wal").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # not switched to WAL
    conn.close()


def test_another_programs_file_is_neither_listed_as_usable_nor_restored(demo_db, db_path):
    folder = backup.backups_dir(db_path)
    folder.mkdir(exist_ok=True)
    lookalike = folder / "nxdesk-20240901-080000-manual.db"
    _foreign_v1(lookalike)
    (listed,) = backup.list_backups(db_path)
    assert not backup.read_contents(listed.path).ok
    assert backup.read_contents(listed.path).problem == "not_nxdesk"
    with pytest.raises(BackupError):
        backup.restore(demo_db, db_path, lookalike)
    assert demo_db.execute("SELECT count(*) FROM targets").fetchone()[0] == 30


def test_cli_restore_refusals_are_sentences_not_codes(tmp_path):
    db = tmp_path / "c.db"
    assert _cli("demo", db=db).returncode == 0
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"junk")
    foreign = tmp_path / "other.db"
    _foreign_v1(foreign)
    live = open_db(db)
    crafted = backup.copy_database(live, tmp_path / "crafted.db")
    live.conn.close()
    _with_trigger(crafted)
    for source, words in (
        (junk, "is not an nxdesk data file"),
        (foreign, "is not an nxdesk data file"),
        (crafted, "tables or triggers are not the ones nxdesk makes"),
    ):
        out = _cli("restore", str(source), db=db)
        assert out.returncode == 1, out.stdout
        assert words in out.stderr and "nothing was changed" in out.stderr
        assert "not_nxdesk" not in out.stderr and "unexpected_schema" not in out.stderr


def _lock_log(db):
    return db.execute("SELECT year, months, action, reason FROM lock_log ORDER BY id").fetchall()


def test_restoring_a_backup_older_than_a_lock_needs_a_confirmed_reason(demo_db, db_path):
    tid = target_id(demo_db, "KT01")
    older = backup.backup_now(demo_db, db_path, "manual")
    lock_period(demo_db, 2024, 6, "báo cáo 6 tháng")
    lock_period(demo_db, 2024, 9, "báo cáo 9 tháng")
    value = get_entry(demo_db, tid, 2024, 9).value
    with pytest.raises(RestoreDropsLocks) as info:
        backup.restore(demo_db, db_path, older)
    assert [(y, m) for y, m, _ in info.value.locks] == [(2024, 6), (2024, 9)]
    assert "6/2024" in str(info.value) and "9/2024" in str(info.value)
    assert is_locked(demo_db, 2024, 9) and get_entry(demo_db, tid, 2024, 9).value == value
    assert [b.reason for b in backup.list_backups(db_path)] == ["manual"]  # refused before any copy
    with pytest.raises(BackupError):
        backup.restore(demo_db, db_path, older, drop_locks=True, reason="  ")

    safety = backup.restore(demo_db, db_path, older, drop_locks=True, reason="số liệu chốt nhầm")
    assert not is_locked(demo_db, 2024, 9)
    assert _lock_log(demo_db) == [
        (2024, 6, "lock", "báo cáo 6 tháng"),
        (2024, 9, "lock", "báo cáo 9 tháng"),
        (2024, 6, "unlock", "số liệu chốt nhầm"),
        (2024, 9, "unlock", "số liệu chốt nhầm"),
    ]
    (record,) = demo_db.execute("SELECT source, safety_copy, dropped_locks, reason FROM restore_log")
    assert record == (older.name, str(safety), "6/2024, 9/2024", "số liệu chốt nhầm")


def test_the_audit_trail_only_grows_over_restores(demo_db, db_path):
    first = backup.backup_now(demo_db, db_path, "manual")
    lock_period(demo_db, 2024, 9, "chốt")
    backup.restore(demo_db, db_path, first, drop_locks=True, reason="lần 1")
    locked_copy = next(b.path for b in backup.list_backups(db_path) if b.reason == "before-restore")
    backup.restore(demo_db, db_path, locked_copy)  # brings the lock back: no confirmation needed
    assert is_locked(demo_db, 2024, 9)
    backup.restore(demo_db, db_path, first, drop_locks=True, reason="lần 3")
    log = _lock_log(demo_db)
    assert [a for _, _, a, _ in log] == ["lock", "unlock", "lock", "unlock"]
    assert [r for *_, r in demo_db.execute("SELECT reason FROM restore_log ORDER BY id")] == [
        "lần 1",
        None,
        "lần 3",
    ]
    with pytest.raises(sqlite3.DatabaseError):
        demo_db.execute("DELETE FROM lock_log")


def test_cli_restore_names_the_locks_and_needs_drop_locks_with_a_reason(tmp_path):
    db = tmp_path / "c.db"
    assert _cli("demo", db=db).returncode == 0
    older = tmp_path / "older.db"
    assert _cli("backup", "-o", str(older), db=db).returncode == 0
    assert _cli("lock", "--year", "2024", "--months", "9", "--reason", "chốt", db=db).returncode == 0
    refused = _cli("restore", str(older), db=db)
    assert refused.returncode == 1
    assert "9/2024" in refused.stderr and "--drop-locks --reason" in refused.stderr
    assert _cli("restore", str(older), "--drop-locks", db=db).returncode == 2
    done = _cli("restore", str(older), "--drop-locks", "--reason", "chốt nhầm", db=db)
    assert done.returncode == 0, done.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM period_locks").fetchone()[0] == 0
    assert conn.execute("SELECT action, reason FROM lock_log ORDER BY id").fetchall() == [
        ("lock", "chốt"),
        ("unlock", "chốt nhầm"),
    ]
    assert conn.execute("SELECT reason FROM restore_log").fetchall() == [("chốt nhầm",)]
    conn.close()


def test_a_backup_from_before_the_restore_log_is_restored_and_migrated(demo_db, db_path, tmp_path):
    old = backup.copy_database(demo_db, tmp_path / "v2.db")
    conn = sqlite3.connect(old)
    for trigger in (
        "restore_log_no_update",
        "restore_log_no_delete",
        "lock_log_no_update",
        "lock_log_no_delete",
    ):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("DROP TABLE restore_log")
    conn.execute("DROP TABLE lock_snapshots")  # a later migration than the restore log
    for table in ("unit_entries", "received_packages", "unit_plans", "units", "own_unit", "assigned_targets"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    assert backup.read_contents(old).ok and backup.read_contents(old).schema_version == 2
    backup.restore(demo_db, db_path, old, reason="bản cũ")
    assert demo_db.execute("SELECT source, reason FROM restore_log").fetchall() == [("v2.db", "bản cũ")]
    assert demo_db.execute("SELECT count(*) FROM targets").fetchone()[0] == 30


def test_the_command_line_says_why_it_refuses_a_data_file(tmp_path):
    foreign = tmp_path / "other.db"
    _foreign_v1(foreign)
    out = _cli("summary", "--year", "2024", "--months", "9", db=foreign)
    assert out.returncode == 1
    assert out.stderr.strip() == (
        f"{foreign}: it is not an nxdesk data file (another kind of file, or another program's database)"
    )


def test_check_fails_on_a_crafted_file_and_names_the_trigger(demo_db, tmp_path):
    crafted = backup.copy_database(demo_db, tmp_path / "crafted.db")
    _with_trigger(crafted)
    out = _cli("check", db=crafted)
    assert out.returncode == 1 and "unexpected trigger tidy" in out.stderr


def test_a_backup_whose_rows_point_nowhere_is_refused(demo_db, db_path, tmp_path):
    """A sector deleted behind nxdesk's back: its targets would silently drop out of every paper."""
    crafted = backup.copy_database(demo_db, tmp_path / "crafted.db")
    conn = sqlite3.connect(crafted)
    conn.execute("DELETE FROM sectors WHERE name = 'Kinh tế'")
    conn.commit()
    conn.close()
    count = _entries(demo_db)
    assert backup.read_contents(crafted).problem == "corrupt"
    with pytest.raises(BackupError) as info:
        backup.restore(demo_db, db_path, crafted)
    assert "damaged" in str(info.value)
    assert _entries(demo_db) == count
