"""A data file opened read-only (a second window, a write-protected file) can be looked at, not changed."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from nxdesk.store.db import open_db
from nxdesk.store.sectors import sector_id
from nxdesk.store.targets import target_id
from nxdesk.ui.models.entry_model import COL_VALUE


def test_read_only_window_refuses_edits_and_says_so(
    qtbot, demo_db, db_path, tmp_path, fake_dialogs, vietnamese
):
    from nxdesk.ui.main_window import MainWindow

    demo_db.conn.close()
    db = open_db(db_path, read_only=True)
    w = MainWindow(
        db, db_path, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.IniFormat), with_chart=False
    )
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.go_to(2024, 9, sector_id(db, "Kinh tế"))
    model = w.grid.entry_model
    row = model.row_of_target(target_id(db, "KT01"))
    assert not model.flags(model.index(row, COL_VALUE)) & Qt.ItemIsEditable
    assert "chỉ xem" in w.windowTitle()
    assert w.banner.isVisible() and "chỉ để xem" in w.banner.text()
    assert not w.act_plan.isEnabled() and not w.act_lock.isEnabled() and not w.act_settings.isEnabled()
    assert w.act_summary.isEnabled()  # printing still works
    db.conn.close()
