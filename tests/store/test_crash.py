"""Crash resilience: SIGKILL a process that is committing edits, importing files and taking backups, at
random moments, over and over; then the file must be sound, every edit the process reported as
committed must be there, and no import may be half-applied. Also: a write that fails (full disk,
read-only file) leaves what is stored intact."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from nxdesk.store.backup import list_backups, read_contents
from nxdesk.store.db import open_db
from nxdesk.store.entries import get_entry, history, set_entry
from nxdesk.store.targets import target_id

KILLS = 50
EDIT_YEAR, IMPORT_YEAR = 2100, 1900  # run r edits year 2100 + r and imports into year 1900 + r

WORKER = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from nxdesk.interchange.csv_import import import_file
    from nxdesk.store.backup import backup_now
    from nxdesk.store.db import open_db
    from nxdesk.store.entries import set_entry

    path, run, csv_dir = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    db = open_db(path)
    ids = [r[0] for r in db.execute("SELECT id FROM targets ORDER BY id")]
    print("ready", flush=True)
    i = imports = 0
    while i < len(ids) * 12:
        if i % 9 == 4 and imports < 12:
            imports += 1
            report = import_file(db, csv_dir / f"import-{imports}.csv", "comma")
            assert report.ok, report.issues
            print(f"I {imports}", flush=True)
        elif i % 40 == 20:
            backup_now(db, path, "manual")
        tid, months = ids[i % len(ids)], i // len(ids) % 12 + 1
        set_entry(db, tid, EDIT_YEAR + run, months, value=i + 0.5, source="crash-test")
        print(f"E {tid} {months} {i + 0.5}", flush=True)
        i += 1
    print("done", flush=True)
    """
).replace("EDIT_YEAR", str(EDIT_YEAR))


def _write_imports(db, folder, run):
    rows = list(db.execute("SELECT code, name, unit FROM targets ORDER BY id"))
    for months in range(1, 13):
        lines = ["code,name,unit,year,months,value,status"]
        for n, (code, name, unit) in enumerate(rows):
            lines.append(f'{code},"{name}",{unit},{IMPORT_YEAR + run},{months},{n + months},official')
        (folder / f"import-{months}.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(rows)


def test_sigkill_at_random_moments_never_damages_or_half_applies(demo_db, db_path, tmp_path):
    rng = random.Random(20241008)
    script = tmp_path / "worker.py"
    script.write_text(WORKER, encoding="utf-8")
    demo_db.conn.close()
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    completed_runs = total_edits = total_imports = 0
    for run in range(KILLS):
        csv_dir = tmp_path / f"run{run}"
        csv_dir.mkdir()
        db = open_db(db_path)
        per_import = _write_imports(db, csv_dir, run)
        db.conn.close()
        proc = subprocess.Popen(
            [sys.executable, str(script), str(db_path), str(run), str(csv_dir)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        time.sleep(rng.uniform(0.0, 0.35))
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode in (-signal.SIGKILL, 0), err
        completed_runs += proc.returncode == 0
        edits = [line.split() for line in out.splitlines() if line.startswith("E ")]
        imports = [int(line.split()[1]) for line in out.splitlines() if line.startswith("I ")]
        total_edits, total_imports = total_edits + len(edits), total_imports + len(imports)

        db = open_db(db_path)  # the real opener: quick_check, WAL recovery
        try:
            assert [r[0] for r in db.execute("PRAGMA integrity_check")] == ["ok"]
            assert list(db.execute("PRAGMA foreign_key_check")) == []
            for _, tid, months, value in edits:
                entry = get_entry(db, int(tid), EDIT_YEAR + run, int(months))
                assert entry is not None and entry.value == float(value), (run, tid, months)
            counts = dict(
                db.execute(
                    "SELECT months, count(*) FROM entries WHERE year = ? GROUP BY months", [IMPORT_YEAR + run]
                ).fetchall()
            )
            assert set(counts.values()) <= {per_import}, counts  # each import all or nothing
            assert set(imports) <= set(counts)  # every reported import is there
            # history and entries agree: one history row per stored edit of this run
            year = EDIT_YEAR + run
            stored = db.execute("SELECT count(*) FROM entries WHERE year = ?", [year]).fetchone()[0]
            logged = db.execute(
                "SELECT count(*) FROM entry_history WHERE year = ? AND source = 'crash-test'", [year]
            ).fetchone()[0]
            assert stored == logged >= len(edits)
        finally:
            db.conn.close()
    assert completed_runs < KILLS  # the kills really interrupted work
    assert total_edits > KILLS and total_imports > KILLS // 2
    print(f"{KILLS} kills: {total_edits} edits and {total_imports} imports reported, all found")
    for info in list_backups(db_path):  # a backup cut short never sits under a backup's name
        assert read_contents(info.path).ok, info.path


def test_a_full_disk_during_a_save_leaves_the_stored_data_intact(demo_db):
    tid = target_id(demo_db, "KT01")
    before = get_entry(demo_db, tid, 2024, 9)
    dump = list(demo_db.conn.iterdump())
    pages = demo_db.execute("PRAGMA page_count").fetchone()[0]
    demo_db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full: no page can be added
    with pytest.raises(sqlite3.Error):
        for n in range(50):  # grow until the file would have to grow
            set_entry(demo_db, tid, 2024, 9, value=float(n), note="ghi chú rất dài " * 120 + str(n))
    demo_db.execute("PRAGMA max_page_count = 1073741823")
    assert [r[0] for r in demo_db.execute("PRAGMA integrity_check")] == ["ok"]
    last = get_entry(demo_db, tid, 2024, 9)
    assert last.value == before.value or last.note.endswith(str(int(last.value)))  # whole writes only
    newest = history(demo_db, tid, 2024, 9)[0]
    assert (newest.new_value, newest.new_note) == (last.value, last.note)  # value and history together
    assert len(list(demo_db.conn.iterdump())) >= len(dump)


def test_a_write_to_a_file_that_became_read_only_fails_cleanly(demo_db, db_path):
    tid = target_id(demo_db, "KT01")
    before = get_entry(demo_db, tid, 2024, 9)
    demo_db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    reader = open_db(db_path, read_only=True)  # as if the USB stick turned read-only
    try:
        with pytest.raises(sqlite3.OperationalError):
            set_entry(reader, tid, 2024, 9, value=1.0)
        assert get_entry(reader, tid, 2024, 9) == before
    finally:
        reader.conn.close()
    assert get_entry(demo_db, tid, 2024, 9) == before


RESTORER = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from nxdesk.store.backup import restore
    from nxdesk.store.db import open_db

    path, a, b = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    db = open_db(path)
    print("ready", flush=True)
    while True:
        restore(db, path, a)
        print("A", flush=True)
        restore(db, path, b)
        print("B", flush=True)
    """
)


def test_sigkill_during_restore_leaves_the_old_or_the_new_data(demo_db, db_path, tmp_path):
    from nxdesk.store.backup import copy_database

    rng = random.Random(6)
    a = copy_database(demo_db, tmp_path / "a.db")
    with demo_db.atomic():
        for (tid,) in demo_db.execute("SELECT id FROM targets").fetchall():
            set_entry(demo_db, tid, 1950, 6, value=1.0)
    marked = demo_db.execute("SELECT count(*) FROM entries WHERE year = 1950").fetchone()[0]
    b = copy_database(demo_db, tmp_path / "b.db")
    demo_db.conn.close()
    script = tmp_path / "restorer.py"
    script.write_text(RESTORER, encoding="utf-8")
    for _ in range(15):
        proc = subprocess.Popen(
            [sys.executable, str(script), str(db_path), str(a), str(b)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        time.sleep(rng.uniform(0.05, 0.6))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        db = open_db(db_path)
        try:
            assert [r[0] for r in db.execute("PRAGMA integrity_check")] == ["ok"]
            count = db.execute("SELECT count(*) FROM entries WHERE year = 1950").fetchone()[0]
            assert count in (0, marked)  # wholly the one backup or wholly the other
            assert db.execute("SELECT count(*) FROM targets").fetchone()[0] == 30
        finally:
            db.conn.close()
