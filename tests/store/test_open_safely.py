"""Opening safely: a damaged, foreign, newer or read-only file is refused clearly and left as it was."""

import hashlib
import os
import sqlite3
import stat

import pytest

from nxdesk.store.db import open_db
from nxdesk.store.errors import (
    CorruptDatabase,
    NewerSchemaError,
    NotAnNxdeskDatabase,
    ReadOnlyDatabase,
)
from nxdesk.store.migrations import APPLICATION_ID, SCHEMA_VERSION


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _closed_demo(db_path):
    from nxdesk.demo import load_demo

    db = open_db(db_path)
    assert load_demo(db).ok
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return db_path


def test_random_bytes_are_not_an_nxdesk_database(tmp_path):
    path = tmp_path / "photo.db"
    path.write_bytes(os.urandom(4096))
    before = _digest(path)
    with pytest.raises(NotAnNxdeskDatabase) as info:
        open_db(path)
    assert info.value.code == "not_nxdesk"
    assert _digest(path) == before
    assert not (tmp_path / "photo.db-wal").exists()


def test_a_text_file_is_refused(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Thu ngân sách 1.401,351\n", encoding="utf-8")
    with pytest.raises(NotAnNxdeskDatabase):
        open_db(path)
    assert path.read_text(encoding="utf-8") == "Thu ngân sách 1.401,351\n"


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(NotAnNxdeskDatabase):
        open_db(path)
    assert _digest(path) == before
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    conn.close()


def test_a_file_of_another_application_id_is_refused(tmp_path):
    path = tmp_path / "app.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 12345")
    conn.commit()
    conn.close()
    with pytest.raises(NotAnNxdeskDatabase):
        open_db(path)


def test_a_damaged_file_is_reported_as_corrupt(db_path):
    _closed_demo(db_path)
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 8)):  # scribble over some table pages
        data[offset] = 0xA5
    db_path.write_bytes(bytes(data))
    before = _digest(db_path)
    with pytest.raises(CorruptDatabase) as info:
        open_db(db_path)
    assert info.value.code == "corrupt"
    assert _digest(db_path) == before


def test_a_truncated_file_is_reported_as_corrupt(db_path):
    _closed_demo(db_path)
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 3])
    with pytest.raises(CorruptDatabase):
        open_db(db_path)


def test_a_newer_schema_is_refused_and_not_migrated(db_path):
    _closed_demo(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    with pytest.raises(NewerSchemaError) as info:
        open_db(db_path)
    assert info.value.code == "newer_schema"
    with pytest.raises(NewerSchemaError):
        open_db(db_path, read_only=True)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 5
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def test_a_read_only_file_is_refused_for_writing_but_opens_read_only(db_path):
    _closed_demo(db_path)
    os.chmod(db_path, stat.S_IRUSR | stat.S_IRGRP)
    try:
        before = _digest(db_path)
        with pytest.raises(ReadOnlyDatabase) as info:
            open_db(db_path)
        assert info.value.code == "read_only"
        db = open_db(db_path, read_only=True)
        try:
            assert db.execute("SELECT count(*) FROM targets").fetchone()[0] == 30
            with pytest.raises(sqlite3.OperationalError):
                db.execute("UPDATE entries SET value = 0")
        finally:
            db.conn.close()
        assert _digest(db_path) == before
    finally:
        os.chmod(db_path, stat.S_IRUSR | stat.S_IWUSR)


def test_an_older_schema_is_backed_up_then_migrated(db_path, monkeypatch):
    from nxdesk.store import migrations
    from nxdesk.store.backup import list_backups

    _closed_demo(db_path)

    def m002_test(db):
        db.execute("CREATE TABLE added_later (x INTEGER)")

    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, m002_test))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    db = open_db(db_path)
    try:
        assert "added_later" in db.table_names()
    finally:
        db.conn.close()
    saved = [b for b in list_backups(db_path) if b.reason.startswith("before-v")]
    assert len(saved) == 1
    conn = sqlite3.connect(saved[0].path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM targets").fetchone()[0] == 30
    conn.close()


def test_an_empty_file_becomes_a_new_database(tmp_path):
    path = tmp_path / "new.db"
    path.write_bytes(b"")
    db = open_db(path)
    assert "entries" in db.table_names()
    db.conn.close()


def test_a_sound_file_opens_after_quick_check(demo_db, db_path):
    demo_db.conn.close()
    db = open_db(db_path)
    assert db.execute("SELECT count(*) FROM targets").fetchone()[0] == 30
    db.conn.close()


def test_read_only_open_in_a_folder_with_vietnamese_letters_and_spaces(tmp_path):
    folder = tmp_path / "Báo cáo năm 2024"
    folder.mkdir()
    path = folder / "số liệu.db"
    db = open_db(path)
    db.execute("INSERT INTO settings (key, value) VALUES ('place', 'Như Xuân')")
    db.conn.close()
    again = open_db(path, read_only=True)
    assert again.execute("SELECT value FROM settings WHERE key = 'place'").fetchone() == ("Như Xuân",)
    again.conn.close()
