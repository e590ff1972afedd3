"""Opening the database for the window: each problem gets its message and its ways out; nothing is
overwritten; a second window on the same file is refused; backups at start and close."""

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap

import pytest

from nxdesk.store import backup
from nxdesk.store.db import is_read_only, open_db
from nxdesk.store.migrations import SCHEMA_VERSION
from nxdesk.ui import startup


@pytest.fixture
def demo_file(db_path):
    from nxdesk.demo import load_demo

    db = open_db(db_path)
    assert load_demo(db).ok
    db.conn.close()
    return db_path


@pytest.fixture(autouse=True)
def _release_locks():
    yield
    for key in list(startup._locks):
        startup._locks.pop(key).unlock()


def _close(opened):
    db, path = opened
    startup.close_for_window(db, path)


def _offered(fake):
    return fake.actions


def test_a_sound_file_opens_with_backups_at_start_and_close(qapp, demo_file, fake_dialogs):
    opened = startup.open_for_window(demo_file)
    assert opened is not None
    db, path = opened
    assert path == demo_file and db.execute("SELECT count(*) FROM targets").fetchone()[0] == 30
    assert startup.lock_path(demo_file).exists() and startup.holds_lock(demo_file)
    assert [b.reason for b in backup.list_backups(demo_file)] == ["start"]
    startup.close_for_window(db, path)
    assert sorted(b.reason for b in backup.list_backups(demo_file)) == ["close", "start"]
    assert not startup.lock_path(demo_file).exists()
    assert fake_dialogs.shown == []


def test_the_start_backup_after_the_first_paint_holds_keys_and_clicks_until_taken(
    qapp, qtbot, demo_file, fake_dialogs
):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    from nxdesk.ui.first_paint import after_first_paint

    opened = startup.open_for_window(demo_file, start_backup=False)
    assert opened is not None
    db, path = opened
    try:
        assert backup.list_backups(demo_file) == []  # the checks ran; the backup waits for the window
        window = QWidget()
        qtbot.addWidget(window)
        field = QLineEdit(window)
        QVBoxLayout(window).addWidget(field)
        startup.backup_after_first_paint(window, db, path)
        typed_before_the_backup = []

        def type_ahead() -> None:  # the window is on screen, the backup not yet taken
            qtbot.keyClicks(field, "12")
            qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
            typed_before_the_backup.append((field.text(), len(backup.list_backups(demo_file))))

        after_first_paint(window, type_ahead)
        window.show()
        qtbot.waitUntil(lambda: [b.reason for b in backup.list_backups(demo_file)] == ["start"])
        assert typed_before_the_backup == [("", 0)]  # nothing typed ahead got in before the backup
        qtbot.keyClicks(field, "34")
        assert field.text() == "34"
    finally:
        startup.close_for_window(db, path)
    assert sorted(b.reason for b in backup.list_backups(demo_file)) == ["close", "start"]
    assert fake_dialogs.shown == []


def test_a_start_backup_that_fails_after_the_first_paint_is_said_with_input_released(
    qapp, qtbot, demo_file, fake_dialogs, monkeypatch
):
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    from nxdesk.store.errors import BackupError

    opened = startup.open_for_window(demo_file, start_backup=False)
    assert opened is not None
    db, path = opened
    typed_when_told = []

    def fail(*args, **kwargs):
        raise BackupError("disk full")

    monkeypatch.setattr(backup, "backup_now", fail)
    try:
        window = QWidget()
        qtbot.addWidget(window)
        field = QLineEdit(window)
        QVBoxLayout(window).addWidget(field)
        original = fake_dialogs.warning

        def warning(parent, title, text):
            qtbot.keyClicks(field, "5")  # the message box would take keys: nothing may hold them
            typed_when_told.append(field.text())
            original(parent, title, text)

        monkeypatch.setattr(fake_dialogs, "warning", warning)
        startup.backup_after_first_paint(window, db, path)
        window.show()
        qtbot.waitUntil(lambda: typed_when_told == ["5"])
        assert "disk full" in str(fake_dialogs.shown)
    finally:
        monkeypatch.undo()
        startup.close_for_window(db, path)


def test_a_read_only_database_gets_no_start_backup_after_the_first_paint(qapp, qtbot, demo_file):
    from PySide6.QtWidgets import QWidget

    db = open_db(demo_file, read_only=True)
    try:
        window = QWidget()
        qtbot.addWidget(window)
        startup.backup_after_first_paint(window, db, demo_file)
        window.show()
        qtbot.wait(50)
        assert backup.list_backups(demo_file) == []
    finally:
        db.conn.close()


HOLDER = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QLockFile
    lock = QLockFile(sys.argv[1])
    lock.setStaleLockTime(0)
    assert lock.tryLock(2000)
    print("locked", flush=True)
    sys.stdin.read()
""")


def test_a_second_instance_is_refused(qapp, demo_file, fake_dialogs, tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(startup.lock_path(demo_file))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        before = demo_file.read_bytes()
        fake_dialogs.answers = [2]  # Quit
        assert startup.open_for_window(demo_file) is None
        kind, _title, text = fake_dialogs.shown[0]
        assert kind == "choose_action" and "already open in another nxdesk window" in text
        assert str(holder.pid) in text
        assert _offered(fake_dialogs) == ["Open read-only", "Choose another file…", "Quit"]
        assert demo_file.read_bytes() == before and not backup.list_backups(demo_file)
        fake_dialogs.answers = [0]  # Open read-only
        opened = startup.open_for_window(demo_file)
        assert opened is not None and is_read_only(opened[0])
        with pytest.raises(sqlite3.OperationalError):
            opened[0].execute("UPDATE entries SET value = 0")
        _close(opened)
        assert not backup.list_backups(demo_file)  # a read-only window writes nothing, not even backups
    finally:
        holder.communicate("", timeout=10)
    opened = startup.open_for_window(demo_file)  # the other window has closed: now it opens
    assert opened is not None and not is_read_only(opened[0])
    _close(opened)


def test_the_same_file_twice_in_one_process_is_refused(qapp, demo_file, fake_dialogs):
    first = startup.open_for_window(demo_file)
    fake_dialogs.answers = [None]  # Esc
    assert startup.open_for_window(demo_file) is None
    assert "already open" in fake_dialogs.shown[0][2]
    _close(first)


def test_a_random_file_offers_another_file_and_is_not_touched(qapp, demo_file, tmp_path, fake_dialogs):
    junk = tmp_path / "anh.db"
    junk.write_bytes(os.urandom(3000))
    before = junk.read_bytes()
    fake_dialogs.answers = [0, str(demo_file)]  # Choose another file…, then the good one
    opened = startup.open_for_window(junk)
    assert opened is not None and opened[1] == demo_file
    assert "is not an nxdesk data file" in fake_dialogs.shown[0][2]
    assert fake_dialogs.shown[1][0] == "open_file"
    assert junk.read_bytes() == before
    assert not startup.holds_lock(junk)
    _close(opened)


def test_a_damaged_file_can_be_replaced_by_a_backup_and_is_kept(qapp, demo_file, fake_dialogs):
    db = open_db(demo_file)
    backup.backup_now(db, demo_file, "close")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    data = bytearray(demo_file.read_bytes())
    data[4096 * 2 : 4096 * 6] = b"\xa5" * (4096 * 4)
    demo_file.write_bytes(bytes(data))
    damaged = bytes(data)
    fake_dialogs.answers = [0, 0, None]  # Restore a backup…, the first backup, OK on the info
    opened = startup.open_for_window(demo_file)
    assert opened is not None
    assert "is damaged" in fake_dialogs.shown[0][2]
    assert _offered(fake_dialogs) == ["Restore a backup…", "Choose another file…", "Quit"]
    assert fake_dialogs.shown[1][0] == "choose" and fake_dialogs.shown[2][0] == "info"
    kept = list(demo_file.parent.glob(demo_file.name + ".damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged  # never overwritten
    assert opened[0].execute("SELECT count(*) FROM targets").fetchone()[0] == 30
    _close(opened)


def test_a_newer_file_is_refused_and_left_alone(qapp, demo_file, fake_dialogs):
    conn = sqlite3.connect(demo_file)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = demo_file.read_bytes()
    fake_dialogs.answers = [1]  # Quit
    assert startup.open_for_window(demo_file) is None
    assert "newer version of nxdesk" in fake_dialogs.shown[0][2]
    assert _offered(fake_dialogs) == ["Choose another file…", "Quit"]
    assert demo_file.read_bytes() == before
    assert not startup.holds_lock(demo_file)


def test_a_read_only_file_can_be_opened_read_only(qapp, demo_file, fake_dialogs):
    os.chmod(demo_file, stat.S_IRUSR)
    try:
        fake_dialogs.answers = [0]  # Open read-only
        opened = startup.open_for_window(demo_file)
        assert "cannot be written" in fake_dialogs.shown[0][2]
        assert opened is not None and is_read_only(opened[0])
        assert opened[0].execute("SELECT count(*) FROM targets").fetchone()[0] == 30
        _close(opened)
    finally:
        os.chmod(demo_file, stat.S_IRUSR | stat.S_IWUSR)


def test_messages_are_vietnamese_with_the_translator(qapp, tmp_path, fake_dialogs):
    from nxdesk.ui.i18n import install_translator, remove_translators

    junk = tmp_path / "x.db"
    junk.write_bytes(b"hello")
    install_translator("vi")
    try:
        fake_dialogs.answers = [None]
        assert startup.open_for_window(junk) is None
        assert "không phải là tệp dữ liệu nxdesk" in fake_dialogs.shown[0][2]
        assert _offered(fake_dialogs) == ["Chọn tệp khác…", "Thoát"]
    finally:
        remove_translators()


def test_first_start_in_a_folder_that_does_not_exist_yet(qapp, tmp_path, fake_dialogs):
    path = tmp_path / "AppData" / "nxdesk" / "nxdesk.db"
    opened = startup.open_for_window(path)
    assert opened is not None and path.exists() and startup.holds_lock(path)
    assert "entries" in opened[0].table_names()
    _close(opened)
    assert fake_dialogs.shown == []


def test_the_lock_of_a_crashed_window_does_not_block(qapp, demo_file, fake_dialogs):
    import signal

    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(startup.lock_path(demo_file))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "locked"
    holder.send_signal(signal.SIGKILL)  # the other window crashed: its lock file stays behind
    holder.communicate(timeout=10)
    assert startup.lock_path(demo_file).exists()
    opened = startup.open_for_window(demo_file)
    assert opened is not None and not is_read_only(opened[0])
    assert fake_dialogs.shown == []
    _close(opened)


def test_another_programs_file_at_user_version_1_is_refused_by_the_window(qapp, tmp_path, fake_dialogs):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    fake_dialogs.answers = [1]  # Quit
    assert startup.open_for_window(path) is None
    assert "is not an nxdesk data file" in fake_dialogs.shown[0][2]
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]  # no -wal, no backups/, no lock left


def test_a_data_file_with_a_foreign_trigger_is_refused_and_a_backup_offered(qapp, demo_file, fake_dialogs):
    db = open_db(demo_file)
    backup.backup_now(db, demo_file, "close")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    conn = sqlite3.connect(demo_file)
    conn.execute("CREATE TRIGGER wipe AFTER INSERT ON entry_history BEGIN DELETE FROM entries; END")
    conn.commit()
    conn.close()
    changed = demo_file.read_bytes()
    fake_dialogs.answers = [2]  # Quit
    assert startup.open_for_window(demo_file) is None
    assert "changed by another program" in fake_dialogs.shown[0][2]
    assert _offered(fake_dialogs) == ["Restore a backup…", "Choose another file…", "Quit"]
    assert demo_file.read_bytes() == changed
