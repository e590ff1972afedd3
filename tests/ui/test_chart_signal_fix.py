"""PySide6 6.12.0 on Python 3.11 loses a reference of True on every Python-side emit; the chart's fix
gives it back, so hovering over a chart for minutes does not abort the application."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, QPointF, Signal

import nxdesk.ui.chart  # noqa: F401  (applies the fix)
from nxdesk.ui.chart.pane import ChartPane


class _Emitter(QObject):
    changed = Signal(object)


def _true_refs() -> int:
    gc.collect()
    return sys.getrefcount(True)


def test_many_emits_keep_true_alive(qapp):
    emitter = _Emitter()
    seen = []
    emitter.changed.connect(seen.append)
    before = _true_refs()
    for i in range(20000):
        emitter.changed.emit(i)
    assert len(seen) == 20000
    assert abs(_true_refs() - before) <= 2


def test_hovering_and_redrawing_the_chart_does_not_drain_true(qtbot, demo_db):
    pane = ChartPane(demo_db)
    qtbot.addWidget(pane)
    pane.resize(460, 640)
    pane.show()
    pane.set_context(2024, 9, 1)
    chart = pane.progress
    pane.refresh()
    before = _true_refs()
    for i in range(3000):
        chart._moved(chart.plot.vb.mapViewToScene(QPointF(20, i % 16)))
        chart.plot.vb.setXRange(0, 190 + i % 2, padding=0)
    for _ in range(50):
        pane.refresh()
    assert abs(_true_refs() - before) <= 5
