"""The window in English on request."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from nxdesk.store.sectors import sector_id
from nxdesk.ui.models.entry_model import COL_VALUE


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
