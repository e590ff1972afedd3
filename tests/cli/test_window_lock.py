"""Writing commands refuse while a window has the database open (its lock file), naming who holds it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def nxdesk(db, *args):
    cmd = [sys.executable, "-m", "nxdesk", "--db", str(db), *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ), timeout=120)


def _state(db_path):
    import sqlite3

    conn = sqlite3.connect(str(db_path))
    try:
        return [
            list(conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2"))
            for table in ("entries", "period_locks", "lock_log", "targets", "settings")
        ]
    finally:
        conn.close()


@pytest.fixture
def held(demo_db, db_path, qapp):
    """The database as a window holds it: open, with the window's lock file taken by this process."""
    from nxdesk.ui import startup

    demo_db.conn.commit()
    ok, _ = startup._acquire(db_path)
    assert ok
    yield db_path
    startup.release(db_path)


def test_writing_commands_refuse_while_a_window_holds_the_file(held, tmp_path, demo_db):
    from nxdesk.store.backup import backup_now

    db_path = held
    csv = tmp_path / "so-lieu.csv"
    csv.write_text("code,name,unit,year,months,value\nKT01,Thu ngân sách,tỷ đồng,2024,9,1999\n", "utf-8")
    backup = backup_now(demo_db, db_path, "manual")
    before = _state(db_path)
    for args in (
        ("import", str(csv)),
        ("lock", "--year", "2024", "--months", "9"),
        ("unlock", "--year", "2024", "--months", "6", "--reason", "sửa số"),
        ("demo",),
        ("restore", str(backup)),
    ):
        result = nxdesk(db_path, *args)
        assert result.returncode == 1, (args, result.stdout, result.stderr)
        assert "open in an nxdesk window" in result.stderr
        assert f"process {os.getpid()}" in result.stderr, result.stderr
        assert _state(db_path) == before, args


def test_reading_commands_and_a_dry_run_still_work_while_a_window_holds_the_file(held, tmp_path):
    csv = tmp_path / "so-lieu.csv"
    csv.write_text("code,name,unit,year,months,value\nKT01,Thu ngân sách,tỷ đồng,2024,9,1999\n", "utf-8")
    assert nxdesk(held, "summary", "--year", "2024", "--months", "9").returncode == 0
    result = nxdesk(held, "import", str(csv), "--dry-run")
    assert result.returncode == 0, result.stderr


def test_once_the_window_is_closed_the_command_writes(demo_db, db_path, tmp_path, qapp):
    from nxdesk.ui import startup

    demo_db.conn.commit()
    assert startup._acquire(db_path)[0]
    startup.release(db_path)
    result = nxdesk(db_path, "lock", "--year", "2024", "--months", "9", "--reason", "đã gửi")
    assert result.returncode == 0, result.stderr
    assert (2024, 9) in [tuple(r) for r in demo_db.execute("SELECT year, months FROM period_locks")]
    assert not startup.lock_path(db_path).exists()  # the command let go of the lock file


def test_import_waits_for_another_writer_then_writes(demo_db, db_path, tmp_path):
    import sqlite3
    import threading

    from nxdesk.store.entries import get_entry
    from nxdesk.store.targets import target_id

    demo_db.conn.commit()
    csv = tmp_path / "so-lieu.csv"
    csv.write_text("code,name,unit,year,months,value\nKT01,Thu ngân sách,tỷ đồng,2024,6,1999\n", "utf-8")
    other = sqlite3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another program is writing for a moment
    timer = threading.Timer(1.5, lambda: other.execute("COMMIT"))
    timer.start()
    try:
        result = nxdesk(db_path, "import", str(csv))
    finally:
        timer.join()
        other.close()
    assert result.returncode == 0, result.stderr
    assert get_entry(demo_db, target_id(demo_db, "KT01"), 2024, 6).value == 1999


def test_a_symbolic_link_to_the_file_is_refused_too(held, tmp_path):
    link = tmp_path / "loi-tat.db"
    try:
        link.symlink_to(held)
    except OSError:
        pytest.skip("this file system makes no symbolic links")
    before = _state(held)
    result = nxdesk(link, "lock", "--year", "2024", "--months", "9", "--reason", "chốt")
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "open in an nxdesk window" in result.stderr
    assert _state(held) == before


def test_a_writer_that_outlasts_the_busy_timeout_gets_a_sentence(demo_db, db_path, monkeypatch, capsys):
    import sqlite3

    from nxdesk.cli import main
    from nxdesk.store import locks

    demo_db.conn.commit()

    def busy(*args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(locks, "lock_period", busy)
    assert main(["--db", str(db_path), "lock", "--year", "2024", "--months", "9"]) == 1
    err = capsys.readouterr().err
    assert "another program is writing to this file" in err and "OperationalError" not in err
