"""The window and another process writing the same file: the window notices (SQLite's data_version), reloads
what it shows, and its undo stack never writes over what the other process wrote."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import QApplication

from nxdesk.store.db import open_db
from nxdesk.store.entries import get_entry, set_entry
from nxdesk.store.sectors import sector_id
from nxdesk.store.targets import target_id
from nxdesk.ui.models.entry_model import COL_VALUE

from .test_entry_grid import index_of, type_into, value_of


@pytest.fixture
def window(qtbot, demo_db, db_path, tmp_path, fake_dialogs, vietnamese):
    from nxdesk.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.IniFormat)
    w = MainWindow(demo_db, db_path, settings=settings, with_chart=False)
    qtbot.addWidget(w)
    w.go_to(2024, 9, sector_id(demo_db, "Kinh tế"))
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def other(db_path, demo_db):
    """A second connection to the same file, as the command line or another program has."""
    demo_db.conn.commit()
    conn = open_db(db_path)
    yield conn
    conn.conn.close()


def activate(w):
    QApplication.sendEvent(w, QEvent(QEvent.WindowActivate))


def test_undo_never_writes_over_a_value_written_by_another_process(qtbot, window, other):
    w = window
    type_into(qtbot, w, "KT08", COL_VALUE, "1400")
    assert value_of(w.db, "KT08") == 1400 and w.undo_stack.count() == 1
    set_entry(other, target_id(other, "KT08"), 2024, 9, value=1555.0, source="import")
    w.grid.setFocus()
    qtbot.keyClick(w, Qt.Key_Z, Qt.ControlModifier)
    assert value_of(w.db, "KT08") == 1555  # what the other process wrote is kept
    assert value_of(other, "KT08") == 1555
    assert w.undo_stack.count() == 0 and not w.undo_stack.canRedo()  # the step was dropped
    assert "bên ngoài cửa sổ này" in w.banner.text()
    assert index_of(w, "KT08", COL_VALUE).data() == "1.555"  # and the grid shows it


def test_steps_on_other_cells_still_undo(qtbot, window, other):
    w = window
    before = value_of(w.db, "KT07")
    type_into(qtbot, w, "KT07", COL_VALUE, "301")
    set_entry(other, target_id(other, "KT08"), 2024, 9, value=1555.0, source="import")
    w.grid.setFocus()
    qtbot.keyClick(w, Qt.Key_Z, Qt.ControlModifier)
    assert value_of(w.db, "KT07") == before  # nobody else touched it: undone
    assert value_of(w.db, "KT08") == 1555


def test_the_window_reloads_when_it_gets_focus_after_another_process_wrote(qtbot, window, other):
    w = window
    set_entry(other, target_id(other, "KT07"), 2024, 9, value=777.0, source="import")
    assert index_of(w, "KT07", COL_VALUE).data() != "777"
    activate(w)
    assert index_of(w, "KT07", COL_VALUE).data() == "777"
    assert "bên ngoài cửa sổ này" in w.statusBar().currentMessage()


def test_an_edit_on_a_stale_view_undoes_to_what_the_file_held(qtbot, window, other):
    w = window
    kt07 = target_id(w.db, "KT07")
    set_entry(other, kt07, 2024, 9, value=500.0, source="import")  # the window has not looked yet
    type_into(qtbot, w, "KT07", COL_VALUE, "600")
    assert value_of(w.db, "KT07") == 600
    w.grid.setFocus()
    qtbot.keyClick(w, Qt.Key_Z, Qt.ControlModifier)
    assert get_entry(w.db, kt07, 2024, 9).value == 500  # not the value the stale grid showed


def test_a_restore_by_another_process_is_shown_and_old_steps_cannot_replay(qtbot, window, other):
    w = window
    type_into(qtbot, w, "KT08", COL_VALUE, "1400")
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE entries SET value = value + 1 WHERE year = 2024 AND months = 9")
    other.execute("COMMIT")
    activate(w)
    assert index_of(w, "KT08", COL_VALUE).data() == "1.401"
    w.grid.setFocus()
    qtbot.keyClick(w, Qt.Key_Z, Qt.ControlModifier)
    assert value_of(w.db, "KT08") == 1401 and w.undo_stack.count() == 0
