"""PySide6 6.12.0 on Python 3.11 loses a reference of True on every Python-side emit, and pyqtgraph emits on
every mouse move: hovering over a chart for minutes must not abort the application (nxdesk.pyside_fixes)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF

from nxdesk.ui.chart.pane import ChartPane


def test_hovering_and_redrawing_the_chart_for_long_keeps_the_interpreter_alive(qtbot, demo_db):
    pane = ChartPane(demo_db)
    qtbot.addWidget(pane)
    pane.resize(460, 640)
    pane.show()
    pane.set_context(2024, 9, 1)
    chart = pane.progress
    pane.refresh()
    for i in range(6000):  # without the fix: "Fatal Python error: bool_dealloc" within a few thousand
        chart._moved(chart.plot.vb.mapViewToScene(QPointF(20, i % 16)))
        chart.plot.vb.setXRange(0, 190 + i % 2, padding=0)
    for _ in range(50):
        pane.refresh()
    assert sys.version_info >= (3, 12) or sys.getrefcount(True) > 1_000_000
