"""pyqtgraph emits a signal on every mouse move: hovering over a chart for minutes keeps the reference counts
of None and True steady (a Python/PySide6 pair that loses one per emit aborts the application)."""

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
    before = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(6000):  # without the fix: "Fatal Python error: bool_dealloc" within a few thousand
        chart._moved(chart.plot.vb.mapViewToScene(QPointF(20, i % 16)))
        chart.plot.vb.setXRange(0, 190 + i % 2, padding=0)
    for _ in range(50):
        pane.refresh()
    after = sys.getrefcount(None), sys.getrefcount(True)
    # Items the chart keeps may hold more references; a leaking pair would have lost 6000 of one or both.
    assert after[0] > before[0] - 200 and after[1] > before[1] - 200, (before, after)
