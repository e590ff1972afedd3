"""The value history dialog on a real database: lists every change, restores an old value (recorded)."""

import pytest
from PySide6.QtCore import Qt

from nxdesk.store.entries import get_entry, history, set_entry
from nxdesk.store.locks import lock_period
from nxdesk.store.targets import target_id
from nxdesk.ui.dialogs.history_dialog import HistoryDialog


@pytest.fixture
def kt01(demo_db):
    tid = target_id(demo_db, "KT01")
    set_entry(demo_db, tid, 2024, 9, value=1500.0, status="official", note="số chính thức")
    set_entry(demo_db, tid, 2024, 9, value=1510.25)
    return tid


def _open(qtbot, db, tid):
    dialog = HistoryDialog(db, tid, 2024, 9)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _row(dialog, r):
    return [dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]


def test_lists_every_change_newest_first(qtbot, demo_db, kt01, fake_dialogs):
    dialog = _open(qtbot, demo_db, kt01)
    assert dialog.table.rowCount() == 3
    newest, middle, first = _row(dialog, 0), _row(dialog, 1), _row(dialog, 2)
    assert newest[1:3] == ["1.500", "1.510,25"]
    assert middle[1:3] == ["1.401,351", "1.500"]
    assert middle[3] == "Estimate → Official" and middle[4] == "số chính thức"
    assert first[1:3] == ["", "1.401,351"] and first[5] == "Imported from a file"
    assert "KT01 Thu ngân sách (tỷ đồng)" in dialog.heading.text()
    assert "1.510,25" in dialog.current.text()


def test_restore_this_value_writes_it_and_records_the_restore(qtbot, demo_db, kt01, fake_dialogs):
    dialog = _open(qtbot, demo_db, kt01)
    dialog.select_row(2)  # the imported value
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    entry = get_entry(demo_db, kt01, 2024, 9)
    assert entry.value == pytest.approx(1401.351) and str(entry.status) == "estimate" and entry.note is None
    newest = history(demo_db, kt01, 2024, 9)[0]
    assert (newest.old_value, newest.source) == (1510.25, "restore")
    assert newest.new_value == pytest.approx(1401.351)
    assert dialog.changed and dialog.table.rowCount() == 4
    assert _row(dialog, 0)[5] == "Restored from the history"
    assert fake_dialogs.shown == []


def test_restoring_the_current_value_says_so_and_writes_nothing(qtbot, demo_db, kt01, fake_dialogs):
    dialog = _open(qtbot, demo_db, kt01)
    dialog.select_row(0)
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    assert len(history(demo_db, kt01, 2024, 9)) == 3
    assert fake_dialogs.shown[0][0] == "info"


def test_a_locked_period_cannot_be_restored_into(qtbot, demo_db, kt01, fake_dialogs):
    lock_period(demo_db, 2024, 9, "chốt")
    dialog = _open(qtbot, demo_db, kt01)
    assert not dialog.restore_button.isEnabled()
    assert "locked" in dialog.current.text()
    dialog.select_row(2)
    dialog.restore_selected()  # even if called directly, the store refuses
    assert get_entry(demo_db, kt01, 2024, 9).value == 1510.25
    assert fake_dialogs.shown and fake_dialogs.shown[0][0] == "warning"


def test_a_cell_without_history(qtbot, demo_db, fake_dialogs):
    tid = target_id(demo_db, "KT01")
    dialog = _open(qtbot, demo_db, tid)
    dialog._months = 3
    dialog.reload()
    assert dialog.table.rowCount() == 0 and dialog.empty.isVisibleTo(dialog)
    assert not dialog.restore_button.isEnabled()
