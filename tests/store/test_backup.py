"""Backups: online copies in backups/, the keeping scheme, listing with contents, restore, the CLI."""

import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from nxdesk.store import backup
from nxdesk.store.db import open_db
from nxdesk.store.entries import get_entry, set_entry
from nxdesk.store.errors import BackupError
from nxdesk.store.targets import target_id


def test_backup_now_writes_a_sound_self_contained_copy(demo_db, db_path):
    path = backup.backup_now(demo_db, db_path, "manual")
    assert path.parent == db_path.parent / "backups"
    assert path.name.startswith("nxdesk-") and path.name.endswith("-manual.db")
    assert not list(path.parent.glob("*.part"))
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, no -wal needed
    assert conn.execute("SELECT count(*) FROM targets").fetchone()[0] == 30
    conn.close()
    contents = backup.read_contents(path)
    assert contents.ok and contents.targets == 30 and contents.years == (2023, 2024)
    assert contents.entries > 0 and contents.last_change


def test_listing_is_newest_first_and_ignores_foreign_files(db, db_path):
    first = backup.backup_now(db, db_path, "start", when=datetime(2024, 3, 1, 8, 0, 0))
    second = backup.backup_now(db, db_path, "close", when=datetime(2024, 3, 1, 17, 0, 0))
    (db_path.parent / "backups" / "my-own-copy.db").write_bytes(b"keep me")
    listed = backup.list_backups(db_path)
    assert [b.path for b in listed] == [second, first]
    assert [b.reason for b in listed] == ["close", "start"]
    assert listed[0].made_at == datetime(2024, 3, 1, 17, 0, 0)


def test_two_backups_in_the_same_second_do_not_overwrite(db, db_path):
    when = datetime(2024, 3, 1, 8, 0, 0)
    a = backup.backup_now(db, db_path, "manual", when=when)
    b = backup.backup_now(db, db_path, "manual", when=when)
    assert a != b and a.exists() and b.exists()


def test_keeps_last_10_daily_and_12_monthly(db, db_path):
    start = date(2023, 1, 1)
    days = [start + timedelta(days=d) for d in range(0, 500, 3)]  # every third day for ~16 months
    for d in days:
        for hour in (8, 17):  # opened in the morning, closed in the evening
            backup.backup_now(db, db_path, "start", when=datetime(d.year, d.month, d.day, hour))
    backup.prune(db_path, today=days[-1] + timedelta(days=1))
    left = backup.list_backups(db_path)
    assert all(b.made_at.hour == 17 for b in left)  # of a past day, only its newest copy
    kept_days = {b.made_at.date() for b in left}
    assert set(days[-10:]) <= kept_days
    last_months = sorted({(d.year, d.month) for d in days})[-12:]
    newest_of_month = {max(d for d in days if (d.year, d.month) == m) for m in last_months}
    assert kept_days == set(days[-10:]) | newest_of_month
    assert len(left) <= 10 + 12


def test_prune_keeps_every_backup_of_today(db, db_path):
    when = datetime.now().replace(microsecond=0)
    made = [backup.backup_now(db, db_path, "import", when=when - timedelta(seconds=s)) for s in range(5)]
    assert all(p.exists() for p in made)


def test_restore_brings_back_the_old_figures_and_backs_up_the_current_first(demo_db, db_path):
    tid = target_id(demo_db, "KT01")
    before = get_entry(demo_db, tid, 2024, 9).value
    saved = backup.backup_now(demo_db, db_path, "manual")
    set_entry(demo_db, tid, 2024, 9, value=1.0)
    safety = backup.restore(demo_db, db_path, saved)
    assert get_entry(demo_db, tid, 2024, 9).value == before
    assert "before-restore" in safety.name
    assert (
        sqlite3.connect(safety)
        .execute("SELECT value FROM entries WHERE target_id = ? AND year = 2024 AND months = 9", [tid])
        .fetchone()[0]
        == 1.0
    )
    demo_db.conn.close()
    reopened = open_db(db_path)  # the restored file is a sound WAL database
    assert reopened.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert get_entry(reopened, tid, 2024, 9).value == before
    reopened.conn.close()


@pytest.mark.parametrize("content", [b"not a database at all", b""])
def test_restore_refuses_a_file_that_is_not_a_backup_and_changes_nothing(demo_db, db_path, tmp_path, content):
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    count = demo_db.execute("SELECT count(*) FROM entries").fetchone()[0]
    with pytest.raises(BackupError):
        backup.restore(demo_db, db_path, bad)
    assert demo_db.execute("SELECT count(*) FROM entries").fetchone()[0] == count
    assert not backup.list_backups(db_path)  # refused before anything was written


def test_restore_refuses_a_foreign_sqlite_file(demo_db, db_path, tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError):
        backup.restore(demo_db, db_path, other)
    assert backup.read_contents(other).problem == "not_nxdesk"


def test_replace_with_backup_keeps_the_damaged_file(demo_db, db_path):
    saved = backup.backup_now(demo_db, db_path, "manual")
    demo_db.conn.close()
    for side in ("-wal", "-shm"):
        db_path.with_name(db_path.name + side).unlink(missing_ok=True)
    db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    moved = backup.replace_with_backup(db_path, saved)
    assert moved.exists() and moved.read_bytes().startswith(b"SQLite format 3\x00\xff")
    reopened = open_db(db_path)
    assert reopened.execute("SELECT count(*) FROM targets").fetchone()[0] == 30
    reopened.conn.close()


def test_backup_into_an_unwritable_place_is_a_clear_error(db, db_path):
    (db_path.parent / "backups").write_text("a file where the folder should be")
    with pytest.raises(BackupError):
        backup.backup_now(db, db_path, "manual")


def _cli(*args, db):
    return subprocess.run(
        [sys.executable, "-m", "nxdesk", "--db", str(db), *args], capture_output=True, text=True, timeout=120
    )


def test_cli_backup_restore_and_import_backs_up_first(tmp_path):
    db = tmp_path / "c.db"
    assert _cli("demo", db=db).returncode == 0
    out = _cli("backup", db=db)
    assert out.returncode == 0, out.stderr
    manual = Path(out.stdout.split("backup written: ")[1].strip())
    assert manual.exists()
    copy = tmp_path / "copy.db"
    assert _cli("backup", "-o", str(copy), db=db).returncode == 0
    assert _cli("backup", "-o", str(copy), db=db).returncode == 1  # never overwrites
    csv = tmp_path / "one.csv"
    csv.write_text(
        'code,name,unit,year,months,value\nKT01,Thu ngân sách,tỷ đồng,2024,9,"5,5"\n', encoding="utf-8"
    )
    assert _cli("import", str(csv), db=db).returncode == 0
    assert any(b.reason == "import" for b in backup.list_backups(db))
    restored = _cli("restore", str(copy), db=db)
    assert restored.returncode == 0, restored.stderr
    conn = sqlite3.connect(db)
    value = conn.execute(
        "SELECT e.value FROM entries e JOIN targets t ON t.id = e.target_id"
        " WHERE t.code = 'KT01' AND year = 2024 AND months = 9"
    ).fetchone()[0]
    conn.close()
    assert value == pytest.approx(1401.351)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"junk")
    refused = _cli("restore", str(junk), db=db)
    assert refused.returncode == 1 and "nothing was changed" in refused.stderr


def test_every_import_that_writes_is_preceded_by_a_backup(demo_db, db_path, tmp_path):
    from nxdesk.interchange.csv_import import import_file

    good = tmp_path / "good.csv"
    good.write_text(
        'code,name,unit,year,months,value\nKT01,Thu ngân sách,tỷ đồng,2024,9,"5,5"\n', encoding="utf-8"
    )
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "code,name,unit,year,months,value\nKT01,Thu ngân sách,tỷ đồng,2024,9,abc\n", encoding="utf-8"
    )
    assert not import_file(demo_db, bad).ok
    assert import_file(demo_db, good, dry_run=True).ok
    assert backup.list_backups(db_path) == []  # refused or dry run: nothing written, no backup needed
    assert import_file(demo_db, good).ok
    (made,) = backup.list_backups(db_path)
    assert made.reason == "import"
    conn = sqlite3.connect(made.path)  # the backup holds the figures from before the import
    value = conn.execute(
        "SELECT value FROM entries e JOIN targets t ON t.id = e.target_id"
        " WHERE t.code = 'KT01' AND year = 2024 AND months = 9"
    ).fetchone()[0]
    assert value == pytest.approx(1401.351)
    conn.close()


def test_no_backup_inside_a_transaction_and_none_for_memory(demo_db, db_path):
    from nxdesk.store.db import open_db as open_

    memory = open_(":memory:")
    assert backup.backup_before_change(memory, "import") is None
    with demo_db.atomic():
        assert backup.backup_before_change(demo_db, "import") is None
        with pytest.raises(BackupError):  # would otherwise wait forever on its own write lock
            backup.backup_now(demo_db, db_path, "manual")
