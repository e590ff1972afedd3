"""Hooks for measuring and smoke-testing the real window from outside, switched on by environment variables.

- ``NXDESK_QUIT_AFTER_MS=N``: close the window N ms after it is shown (the frozen build's smoke test).
- ``NXDESK_REPORT_PAINT=1``: print ``first-paint`` when the sector's grid has painted for the first time and
  ``chart-ready`` when the chart pane has painted, each on its own flushed line of stdout
  (bench/bench_startup.py
  reads the times at which they arrive).
- ``NXDESK_OPEN_SUMMARY=1`` (with ``NXDESK_REPORT_PAINT``): once the chart is ready, open the summary dialog
  from the menu action, print ``summary-dialog`` when it has painted a table with rows, close it, then the
  window.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from .first_paint import after_first_paint


def _say(label: str) -> None:
    print(label, flush=True)


def install(window) -> None:
    """Apply whatever the environment asks for to the freshly built (not yet shown) main window."""
    quit_after = os.environ.get("NXDESK_QUIT_AFTER_MS")
    if quit_after:
        QTimer.singleShot(int(quit_after), window.close)
    if os.environ.get("NXDESK_REPORT_PAINT"):
        after_first_paint(window.grid.viewport(), lambda: _say("first-paint"), deferred=False)

        def wait_for_chart() -> None:
            if window.chart is None:
                QTimer.singleShot(5, wait_for_chart)
                return
            after_first_paint(window.chart, lambda: (_say("chart-ready"), then()), deferred=False)
            window.chart.update()

        def then() -> None:
            if os.environ.get("NXDESK_OPEN_SUMMARY"):
                QTimer.singleShot(0, lambda: _open_summary(window))
            else:
                window.close()

        QTimer.singleShot(0, wait_for_chart)


def _open_summary(window) -> None:
    """Open the summary dialog as the menu does, report it once painted with rows, close it and the window."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or type(dialog).__name__ != "SummaryDialog":
            QTimer.singleShot(20, look)
            return

        def painted() -> None:
            if dialog.table is not None and dialog.table.rows:
                _say("summary-dialog")
            dialog.reject()

        after_first_paint(dialog, painted)
        dialog.update()

    QTimer.singleShot(0, look)
    window.act_summary.trigger()  # returns when the dialog is closed
    window.close()
