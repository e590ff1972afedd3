"""Leftovers of killed backups are cleaned when the database is next opened; a read-only file or folder
is read (by the command line too) with every saved figure, the -wal's included."""

import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from nxdesk.store import backup
from nxdesk.store.db import open_db

SRC = Path(__file__).resolve().parents[2]


def _age(path, seconds):
    old = time.time() - seconds
    os.utime(path, (old, old))


def test_parts_of_killed_backups_are_removed_at_start(demo_db, db_path):
    folder = backup.backups_dir(db_path)
    script = (
        "import sys, os, signal\n"
        "from nxdesk.store.db import open_db\n"
        "from nxdesk.store import backup\n"
        "db = open_db(sys.argv[1])\n"
        "real = backup.os.replace\n"
        "def killed(*a):\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "backup.os.replace = killed\n"
        "backup.backup_now(db, sys.argv[1], 'manual')\n"
    )
    demo_db.conn.close()
    for _ in range(3):
        done = subprocess.run([sys.executable, "-c", script, str(db_path)], cwd=SRC, timeout=120)
        assert done.returncode == -signal.SIGKILL
    parts = sorted(folder.glob("*.part"))
    assert len(parts) == 3 and all(p.stat().st_size > 0 for p in parts)
    journal = parts[0].with_name(parts[0].name + "-journal")  # as a backup killed mid-copy leaves it
    journal.write_bytes(b"\0" * 512)
    orphan = folder / "nxdesk-20240101-080000-manual.db.part-journal"
    orphan.write_bytes(b"\0" * 512)
    parts += [journal, orphan]
    mine = folder / "my-notes.db.part"  # not nxdesk's name: left alone
    mine.write_bytes(b"x")
    fresh = db_path.with_name(db_path.name + ".restore.part")
    fresh.write_bytes(b"being written")  # too recent to be a leftover
    for part in [*parts, mine]:
        _age(part, 3600)
    db = open_db(db_path)
    db.conn.close()
    assert not any(p.exists() for p in parts)
    assert mine.exists() and fresh.exists()
    _age(fresh, 3600)
    open_db(db_path).conn.close()
    assert not fresh.exists()


def test_a_part_file_being_written_is_left_alone(db, db_path):
    folder = backup.backups_dir(db_path)
    folder.mkdir()
    part = folder / "nxdesk-20240901-080000-manual.db.part"
    writer = sqlite3.connect(part)
    writer.execute("CREATE TABLE t (x)")
    writer.execute("BEGIN EXCLUSIVE")
    writer.execute("INSERT INTO t VALUES (1)")
    _age(part, 3600)
    try:
        assert backup.clean_leftovers(db_path) == []
        assert part.exists()
    finally:
        writer.rollback()
        writer.close()


def _closed_demo_with_wal(folder: Path) -> tuple[Path, float]:
    """A demo database whose last change is still in its -wal, copied as a crash would leave it
    (the -wal but no -shm); returns its path and the value of KT01 for 9/2024 in the -wal."""
    from nxdesk.demo import load_demo
    from nxdesk.store.entries import set_entry
    from nxdesk.store.targets import target_id

    work = folder.parent / (folder.name + "-work")
    work.mkdir()
    db = open_db(work / "nxdesk.db")
    assert load_demo(db).ok
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA wal_autocheckpoint = 0")
    set_entry(db, target_id(db, "KT01"), 2024, 9, value=4321.5)
    folder.mkdir()
    shutil.copyfile(work / "nxdesk.db", folder / "nxdesk.db")
    shutil.copyfile(work / "nxdesk.db-wal", folder / "nxdesk.db-wal")
    db.conn.close()
    return folder / "nxdesk.db", 4321.5


# Root writes anywhere, so as root the command runs as "nobody": it is warmed up on a scratch copy first
# (every module loaded while the interpreter's own folder is still readable), then gives up its privileges.
_READER = """
import os, shutil, sys, tempfile, io, contextlib
from nxdesk import cli
db_at = sys.argv.index("--db") + 1
with tempfile.TemporaryDirectory() as scratch:
    warm = list(sys.argv[1:])
    for name in os.listdir(os.path.dirname(sys.argv[db_at])):
        shutil.copy(os.path.join(os.path.dirname(sys.argv[db_at]), name), scratch)
    warm[db_at - 1] = os.path.join(scratch, os.path.basename(sys.argv[db_at]))
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        cli.main(warm)
if os.geteuid() == 0:
    os.setgroups([])
    os.setgid(65534)
    os.setuid(65534)
sys.exit(cli.main(sys.argv[1:]))
"""


def _as_reader(args: list[str], folder: Path) -> subprocess.CompletedProcess:
    """Run nxdesk with ``folder`` not writable (as "nobody" when the tests run as root)."""
    os.chmod(folder, 0o555)
    try:
        return subprocess.run(
            [sys.executable, "-c", _READER, *args], capture_output=True, text=True, timeout=120, cwd=SRC
        )
    finally:
        os.chmod(folder, stat.S_IRWXU)


@pytest.fixture
def shared_tmp():
    """A scratch folder another user can reach (pytest's own is private to its user)."""
    top = Path(tempfile.mkdtemp(prefix="nxdesk-ro-"))
    os.chmod(top, 0o755)
    yield top
    shutil.rmtree(top, ignore_errors=True)


def test_a_read_only_folder_with_a_wal_and_no_shm_shows_the_saved_figures(shared_tmp):
    path, latest = _closed_demo_with_wal(shared_tmp / "usb")
    assert not path.with_name("nxdesk.db-shm").exists()
    os.chmod(path, 0o644)
    os.chmod(path.with_name("nxdesk.db-wal"), 0o644)
    out = _as_reader(
        ["--db", str(path), "summary", "--year", "2024", "--months", "9", "--format", "json"], path.parent
    )
    assert out.returncode == 0, out.stderr
    import json

    (row,) = [r for r in json.loads(out.stdout)["rows"] if r["code"] == "KT01"]
    assert row["value"] == latest
    assert sorted(p.name for p in path.parent.iterdir()) == ["nxdesk.db", "nxdesk.db-wal"]  # nothing written


def test_the_command_line_reads_a_read_only_file(demo_db, db_path, tmp_path):
    demo_db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    demo_db.conn.close()
    os.chmod(db_path, stat.S_IRUSR | stat.S_IRGRP)
    try:
        before = db_path.read_bytes()
        run = lambda *a: subprocess.run(  # noqa: E731
            [sys.executable, "-m", "nxdesk", "--db", str(db_path), *a],
            capture_output=True,
            text=True,
            timeout=120,
        )
        summary = run("summary", "--year", "2024", "--months", "9")
        assert summary.returncode == 0, summary.stderr
        assert "Thu ngân sách" in summary.stdout
        export = run(
            "export", "--year", "2024", "--months", "9", "--format", "csv", "-o", str(tmp_path / "t.csv")
        )
        assert export.returncode == 0, export.stderr and (tmp_path / "t.csv").stat().st_size > 0
        assert run("check").returncode == 0
        copy = run("backup", "-o", str(tmp_path / "copy.db"))
        assert copy.returncode == 0, copy.stderr and backup.read_contents(tmp_path / "copy.db").ok
        refused = run("lock", "--year", "2024", "--months", "9")
        assert refused.returncode == 1  # writing is still refused
        assert db_path.read_bytes() == before
    finally:
        os.chmod(db_path, stat.S_IRUSR | stat.S_IWUSR)
