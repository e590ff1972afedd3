"""The backup dialog: lists backups with date and contents, backs up now, saves a copy, restores one
(after backing up the current data), refuses a damaged backup."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from nxdesk.store import backup
from nxdesk.store.entries import get_entry, set_entry
from nxdesk.store.targets import target_id
from nxdesk.ui.dialogs.backup_dialog import BackupDialog


def _open(qtbot, db, path):
    dialog = BackupDialog(db, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _cells(dialog, r):
    return [dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]


def test_lists_backups_with_date_reason_and_contents(qtbot, demo_db, db_path, fake_dialogs):
    backup.backup_now(demo_db, db_path, "start", when=datetime(2024, 10, 7, 8, 0, 5))
    backup.backup_now(demo_db, db_path, "close", when=datetime(2024, 10, 7, 17, 30, 0))
    dialog = _open(qtbot, demo_db, db_path)
    assert dialog.table.rowCount() == 2
    newest = _cells(dialog, 0)
    assert newest[0] == "07/10/2024 17:30:00" and newest[1] == "When nxdesk closed"
    assert newest[2].startswith("30 targets, ") and "years 2023–2024" in newest[2]
    assert _cells(dialog, 1)[1] == "When nxdesk opened"
    assert str(backup.backups_dir(db_path)) in dialog.where.text()


def test_back_up_now_adds_a_row(qtbot, demo_db, db_path, fake_dialogs):
    dialog = _open(qtbot, demo_db, db_path)
    assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.backup_button, Qt.LeftButton)
    assert dialog.table.rowCount() == 1 and _cells(dialog, 0)[1] == "Backed up by hand"
    assert [b.reason for b in backup.list_backups(db_path)] == ["manual"]
    assert fake_dialogs.shown[-1][0] == "info"


def test_save_a_copy_elsewhere(qtbot, demo_db, db_path, tmp_path, fake_dialogs):
    dialog = _open(qtbot, demo_db, db_path)
    target = tmp_path / "usb" / "copy.db"
    target.parent.mkdir()
    fake_dialogs.answers = [str(target)]
    qtbot.mouseClick(dialog.copy_button, Qt.LeftButton)
    assert backup.read_contents(target).targets == 30


def test_restore_replaces_the_figures_after_backing_up_the_current(qtbot, demo_db, db_path, fake_dialogs):
    tid = target_id(demo_db, "KT01")
    original = get_entry(demo_db, tid, 2024, 9).value
    backup.backup_now(demo_db, db_path, "start")
    set_entry(demo_db, tid, 2024, 9, value=9.0)
    dialog = _open(qtbot, demo_db, db_path)
    dialog.table.selectRow(0)
    fake_dialogs.answers = [False]
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    assert get_entry(demo_db, tid, 2024, 9).value == 9.0  # "No": nothing restored
    fake_dialogs.answers = [True]
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    assert get_entry(demo_db, tid, 2024, 9).value == pytest.approx(original)
    assert dialog.restored
    reasons = [b.reason for b in backup.list_backups(db_path)]
    assert "before-restore" in reasons
    safety = next(b for b in backup.list_backups(db_path) if b.reason == "before-restore")
    assert backup.read_contents(safety.path).ok
    assert fake_dialogs.shown[-1][0] == "info" and str(safety.path) in fake_dialogs.shown[-1][2]


def test_a_damaged_backup_is_shown_but_cannot_be_restored(qtbot, demo_db, db_path, fake_dialogs):
    path = backup.backup_now(demo_db, db_path, "start")
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 6] = b"\xa5" * (4096 * 4)
    path.write_bytes(bytes(data))
    dialog = _open(qtbot, demo_db, db_path)
    assert _cells(dialog, 0)[2].startswith("Damaged")
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled()


def test_restore_from_a_file_kept_elsewhere(qtbot, demo_db, db_path, tmp_path, fake_dialogs):
    tid = target_id(demo_db, "KT01")
    usb = backup.copy_database(demo_db, tmp_path / "usb" / "may-cu.db")
    set_entry(demo_db, tid, 2024, 9, value=7.0)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a backup")
    dialog = _open(qtbot, demo_db, db_path)
    fake_dialogs.answers = [str(junk)]
    qtbot.mouseClick(dialog.restore_file_button, Qt.LeftButton)
    assert fake_dialogs.shown[-1][0] == "warning" and get_entry(demo_db, tid, 2024, 9).value == 7.0
    fake_dialogs.answers = [str(usb), True]
    qtbot.mouseClick(dialog.restore_file_button, Qt.LeftButton)
    assert get_entry(demo_db, tid, 2024, 9).value == pytest.approx(1401.351)
    assert [b.reason for b in backup.list_backups(db_path)] == ["before-restore"]


def test_says_why_each_backup_exists_and_how_long_it_is_kept(qtbot, demo_db, db_path, fake_dialogs):
    backup.backup_now(demo_db, db_path, "start", when=datetime(2024, 10, 7, 8, 0, 0))
    backup.backup_now(demo_db, db_path, "import", when=datetime(2024, 10, 7, 9, 0, 0))
    backup.backup_now(demo_db, db_path, "before-restore", when=datetime(2024, 10, 7, 10, 0, 0))
    dialog = _open(qtbot, demo_db, db_path)
    rows = [_cells(dialog, r) for r in range(dialog.table.rowCount())]
    assert [(r[1], r[4]) for r in rows] == [
        ("Before a restore", "At least until 06/11/2024"),
        ("Before an import", "At least until 06/11/2024"),
        ("When nxdesk opened", "Rotated (daily, monthly)"),
    ]
    assert "at least 30 days" in dialog.where.text()


def test_the_window_says_in_vietnamese_why_each_backup_exists(qtbot, demo_db, db_path, fake_dialogs):
    from nxdesk.ui.i18n import install_translator, remove_translators

    backup.backup_now(demo_db, db_path, "before-restore", when=datetime(2024, 10, 7, 10, 0, 0))
    assert install_translator("vi")
    try:
        dialog = _open(qtbot, demo_db, db_path)
        why, kept = _cells(dialog, 0)[1], _cells(dialog, 0)[4]
    finally:
        remove_translators()
    assert why == "Trước khi khôi phục" and kept == "Giữ ít nhất đến 06/11/2024"


def test_restoring_a_backup_older_than_a_lock_asks_for_a_reason(qtbot, demo_db, db_path, fake_dialogs):
    from nxdesk.store.locks import is_locked, lock_period

    older = backup.backup_now(demo_db, db_path, "manual")
    lock_period(demo_db, 2024, 9, "báo cáo 9 tháng")
    dialog = _open(qtbot, demo_db, db_path)
    dialog.table.selectRow(0)
    fake_dialogs.answers = [None]  # cancelled
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    kind, _title, label = fake_dialogs.shown[-1]
    assert kind == "ask_text" and "9 months 2024" in label and "older than these locks" in label
    assert is_locked(demo_db, 2024, 9) and len(backup.list_backups(db_path)) == 1
    fake_dialogs.answers = ["  "]  # no reason: refused
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    assert fake_dialogs.shown[-1][0] == "warning" and is_locked(demo_db, 2024, 9)
    dialog.table.selectRow(0)
    fake_dialogs.answers = ["chốt nhầm kỳ"]
    row = next(r for r in range(dialog.table.rowCount()) if older.name in dialog.table.item(r, 2).toolTip())
    dialog.table.selectRow(row)
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    assert dialog.restored and not is_locked(demo_db, 2024, 9)
    log = demo_db.execute("SELECT action, reason FROM lock_log ORDER BY id").fetchall()
    assert log == [("lock", "báo cáo 9 tháng"), ("unlock", "chốt nhầm kỳ")]
    assert demo_db.execute("SELECT reason FROM restore_log").fetchall() == [("chốt nhầm kỳ",)]
