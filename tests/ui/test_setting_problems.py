"""A stored setting that does not parse is said once in the window, which opens and works with the default."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from nxdesk.store.sectors import sector_id


@pytest.fixture
def window(qtbot, demo_db, db_path, tmp_path, fake_dialogs, vietnamese):
    from nxdesk.ui.main_window import MainWindow

    demo_db.execute("UPDATE settings SET value = '70%' WHERE key = 'threshold_pct'")
    demo_db.conn.commit()
    w = MainWindow(
        demo_db, db_path, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.IniFormat), with_chart=False
    )
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_the_window_opens_and_says_it(window, fake_dialogs):
    w = window
    assert w.banner.isVisible()
    text = w.banner.text()
    assert "threshold_pct" in text and "'70%'" in text and "không hợp lệ" in text and "Thiết lập" in text
    assert fake_dialogs.shown == []  # a banner, not a box that stops the clerk
    w.go_to(2024, 9, sector_id(w.db, "Kinh tế"))
    assert w.status_counts.text() == "9 tháng 2024: 26/27 chỉ tiêu đạt từ 70% KH trở lên"


def test_it_is_said_once(window):
    w = window
    w.go_to(2024, 9, sector_id(w.db, "Kinh tế"))
    w.grid.setCurrentIndex(w.grid.entry_model.index(0, 5))
    assert w.grid.paste_text("1.234,5\n")  # a save clears the banner
    assert not w.banner.isVisible()
    w.go_to(2024, 6, sector_id(w.db, "Kinh tế"))
    w.go_to(2024, 9, sector_id(w.db, "Kinh tế"))
    assert not w.banner.isVisible()
