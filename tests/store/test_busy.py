"""Writes while another process writes: every transaction takes the write lock at its start, so SQLite's
busy_timeout waits for the other writer instead of failing at once."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from nxdesk.store import entries, sectors, targets
from nxdesk.store.db import open_db


def _hold_write_lock(path, seconds: float) -> threading.Event:
    """Another connection takes the write lock, writes, and commits after ``seconds``."""
    started = threading.Event()

    def run() -> None:
        other = sqlite3.connect(str(path), isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO settings (key, value) VALUES ('place', 'Như Xuân')")
        started.set()
        threading.Event().wait(seconds)
        other.execute("COMMIT")
        other.close()

    threading.Thread(target=run, daemon=True).start()
    assert started.wait(5)
    return started


def test_a_read_then_write_transaction_waits_for_another_writer(db_path):
    db = open_db(db_path)
    sid = sectors.get_or_create_sector(db, "Kinh tế")
    tid = targets.upsert_target(db, code="KT01", name="Thu ngân sách", unit="tỷ đồng", sector_id=sid)
    targets.set_target_year(db, tid, 2024)
    db.execute("PRAGMA busy_timeout = 5000")
    _hold_write_lock(db_path, 0.5)
    assert entries.set_entry(db, tid, 2024, 9, value=12.5)  # reads the cell, then writes it
    assert entries.get_entry(db, tid, 2024, 9).value == 12.5
    assert db.execute("SELECT value FROM settings WHERE key = 'place'").fetchone()[0] == "Như Xuân"
    db.conn.close()


def test_a_writer_that_holds_on_too_long_is_an_error_and_nothing_is_half_written(db_path):
    db = open_db(db_path)
    sid = sectors.get_or_create_sector(db, "Kinh tế")
    tid = targets.upsert_target(db, code="KT01", name="Thu ngân sách", unit="tỷ đồng", sector_id=sid)
    targets.set_target_year(db, tid, 2024)
    db.execute("PRAGMA busy_timeout = 100")
    _hold_write_lock(db_path, 1.0)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        entries.set_entry(db, tid, 2024, 9, value=12.5)
    assert not db.conn.in_transaction
    db.conn.close()
