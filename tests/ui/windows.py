"""The main window as the interface tests open it."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def shown_window(qtbot, db, db_path, ini, *, with_chart: bool = False, size: tuple[int, int] | None = None):
    """The main window on ``db``, its view settings in the INI file ``ini`` (never the user's), shown and
    exposed; with the chart pane when ``with_chart`` (waited for)."""
    from nxdesk.ui.main_window import MainWindow

    w = MainWindow(db, db_path, settings=QSettings(str(ini), QSettings.IniFormat), with_chart=with_chart)
    qtbot.addWidget(w)
    if size is not None:
        w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    return w


def wait_for_chart(qtbot, w) -> None:
    qtbot.waitUntil(lambda: w.chart is not None, timeout=10000)
