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
