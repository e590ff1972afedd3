"""Hooks for measuring and smoke-testing the real window from outside, switched on by environment variables.

- ``NXDESK_QUIT_AFTER_MS=N``: close the window N ms after it is shown (the frozen build's smoke test).
- ``NXDESK_REPORT_PAINT=1``: print ``first-paint`` when the sector's grid has painted for the first time and
  ``chart-ready`` when the chart pane has painted, each on its own flushed line of stdout
  (bench/bench_startup.py
  reads the times at which they arrive).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QTimer

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
            after_first_paint(window.chart, lambda: (_say("chart-ready"), window.close()), deferred=False)
            window.chart.update()

        QTimer.singleShot(0, wait_for_chart)
