"""The window shows a locked period as it was at locking, and says when the year's plan has changed since."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from nxdesk.store import targets
from nxdesk.store.db import open_db
from nxdesk.store.locks import lock_period
from nxdesk.store.sectors import sector_id
from nxdesk.store.targets import target_id
from nxdesk.ui.models.entry_model import COL_NAME, COL_UNIT

from .test_entry_grid import index_of


@pytest.fixture
def window(qtbot, demo_db, db_path, tmp_path, fake_dialogs, vietnamese):
    from nxdesk.ui.main_window import MainWindow

    lock_period(demo_db, 2024, 9, "đã báo cáo")
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.IniFormat)
    w = MainWindow(demo_db, db_path, settings=settings, with_chart=False)
    qtbot.addWidget(w)
    w.go_to(2024, 9, sector_id(demo_db, "Kinh tế"))
    w.show()
    qtbot.waitExposed(w)
    return w


def test_a_locked_period_keeps_its_report_and_is_marked_when_the_plan_changed(window, demo_db, db_path):
    w = window
    assert "đã chốt" in w.banner.text() and "thay đổi sau khi chốt" not in w.banner.text()
    demo_db.conn.commit()
    other = open_db(db_path)  # the plan changed by an import from the command line
    kt01 = target_id(other, "KT01")
    targets.update_target(other, kt01, name="Tổng thu ngân sách", unit="triệu đồng")
    targets.set_plan(other, kt01, 2024, "own", "900")
    other.conn.close()
    QApplication.sendEvent(w, QEvent(QEvent.WindowActivate))
    assert index_of(w, "KT01", COL_UNIT).data() == "tỷ đồng"  # as it was at locking
    assert index_of(w, "KT01", COL_NAME).data() == "Thu ngân sách"
    assert "thay đổi sau khi chốt" in w.banner.text()
    w.go_to(2024, 6, w.sector_id)  # an unlocked period shows today's plan
    assert index_of(w, "KT01", COL_UNIT).data() == "triệu đồng"
    assert not w.banner.isVisible() or "thay đổi sau khi chốt" not in w.banner.text()
