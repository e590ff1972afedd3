"""Guards of the platform: the PySide6 6.12.0 reference bug on Python 3.11; English on request."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from nxdesk.store.sectors import sector_id
from nxdesk.ui.models.entry_model import COL_VALUE


def test_many_qt_calls_returning_nothing_do_not_kill_the_interpreter(qapp):
    import nxdesk.ui  # noqa: F401 - applies the fix

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(20000):  # without the fix: "Fatal Python error: none_dealloc" after ~5000 on 3.11
        label.update()
    assert sys.getrefcount(None) > 1_000_000 or sys.version_info >= (3, 12)
    assert before > 20000 or sys.version_info >= (3, 12)


def test_many_signal_emits_do_not_kill_the_interpreter(qtbot, demo_db, db_path, tmp_path, fake_dialogs):
    from nxdesk.ui.views.sector_list import SectorList

    sectors = SectorList()
    qtbot.addWidget(sectors)
    sectors.set_sectors([(1, "Kinh tế", 11, 13), (2, "Môi trường", 3, 3)], 1)
    for i in range(20000):  # each emit lost a reference to True (bool_dealloc after some thousands)
        sectors.sector_chosen.emit(i)
    assert sys.getrefcount(True) > 1_000_000 or sys.version_info >= (3, 12)


def test_the_window_speaks_english_when_asked(qtbot, demo_db, db_path, tmp_path, fake_dialogs):
    from nxdesk.ui.i18n import install_translator, remove_translators
    from nxdesk.ui.main_window import MainWindow

    install_translator("en")
    try:
        w = MainWindow(
            demo_db,
            db_path,
            settings=QSettings(str(tmp_path / "ui.ini"), QSettings.IniFormat),
            with_chart=False,
        )
        qtbot.addWidget(w)
        w.go_to(2024, 9, sector_id(demo_db, "Kinh tế"))
        assert w.grid.entry_model.headerData(COL_VALUE, Qt.Horizontal) == "Actual"
        assert w.status_counts.text() == "9 months 2024: 26/27 targets at 70% of plan or more"
    finally:
        remove_translators()
