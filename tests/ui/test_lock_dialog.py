"""The lock dialog: locking with a reason, unlocking only with a reason and a confirmation, all logged;
a locked period then refuses writes in the store."""

import pytest
from PySide6.QtCore import Qt

from nxdesk.store.entries import set_entry
from nxdesk.store.locks import PeriodLocked, is_locked
from nxdesk.store.targets import target_id
from nxdesk.ui.dialogs.lock_dialog import LockDialog


def _open(qtbot, db):
    dialog = LockDialog(db, 2024, 9)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _log(db):
    return [tuple(r) for r in db.execute("SELECT year, months, action, reason FROM lock_log ORDER BY id")]


def test_lock_with_a_reason(qtbot, demo_db, fake_dialogs):
    dialog = _open(qtbot, demo_db)
    assert dialog.lock_button.isVisible() and not dialog.unlock_button.isVisible()
    assert "Not locked" in dialog.state.text()
    dialog.reason.setText("Đã báo cáo Ban Thường vụ")  # (keyClicks cannot type non-ASCII offscreen)
    qtbot.mouseClick(dialog.lock_button, Qt.LeftButton)
    assert is_locked(demo_db, 2024, 9) and dialog.changed
    assert _log(demo_db) == [(2024, 9, "lock", "Đã báo cáo Ban Thường vụ")]
    assert dialog.unlock_button.isVisible() and not dialog.lock_button.isVisible()
    assert "Đã báo cáo Ban Thường vụ" in dialog.state.text()
    assert dialog.log.rowCount() == 1 and dialog.log.item(0, 2).text() == "Locked"
    with pytest.raises(PeriodLocked):
        set_entry(demo_db, target_id(demo_db, "KT01"), 2024, 9, value=1.0)


def test_unlock_needs_a_reason_then_a_confirmation(qtbot, demo_db, fake_dialogs):
    dialog = _open(qtbot, demo_db)
    qtbot.mouseClick(dialog.lock_button, Qt.LeftButton)
    qtbot.mouseClick(dialog.unlock_button, Qt.LeftButton)  # no reason typed
    assert is_locked(demo_db, 2024, 9)
    assert fake_dialogs.shown[-1][0] == "warning"
    dialog.reason.setText("Sửa số liệu chính thức")
    fake_dialogs.answers = [False]  # "No" at the confirmation
    qtbot.mouseClick(dialog.unlock_button, Qt.LeftButton)
    assert is_locked(demo_db, 2024, 9)
    assert fake_dialogs.shown[-1][0] == "confirm"
    fake_dialogs.answers = [True]
    qtbot.mouseClick(dialog.unlock_button, Qt.LeftButton)
    assert not is_locked(demo_db, 2024, 9)
    assert _log(demo_db) == [(2024, 9, "lock", None), (2024, 9, "unlock", "Sửa số liệu chính thức")]
    assert [dialog.log.item(r, 2).text() for r in range(2)] == ["Unlocked", "Locked"]
    set_entry(demo_db, target_id(demo_db, "KT01"), 2024, 9, value=1.0)  # writable again
