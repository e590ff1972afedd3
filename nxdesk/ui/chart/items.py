"""Small pyqtgraph items of the charts: a percentage axis, legend samples, a label that may shrink."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from ...domain.numbers import format_pct
from ...domain.targets import Assessment
from . import style


class PctAxis(pg.AxisItem):
    """A percentage axis in vi-VN format (``112,5%``)."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph's name)
        return [f"{format_pct(v)}%" for v in values]


def break_symbol() -> QPainterPath:
    """Two slanted strokes, drawn across a bar cut at the cap."""
    path = QPainterPath()
    for dx in (-0.2, 0.2):
        path.moveTo(dx - 0.15, 0.5)
        path.lineTo(dx + 0.15, -0.5)
    return path


def unscaled_legend(legend: pg.LegendItem) -> None:
    """pyqtgraph's legend ignores transformations (to float over a zooming plot); ours sits in the layout
    and must scale with it, or a PNG exported at twice the size gets a legend at half the size."""
    legend.setFlag(legend.GraphicsItemFlag.ItemIgnoresTransformations, False)


class ShrinkLabel(pg.LabelItem):
    """A label that lets its layout shrink below the text's width (the text is clipped, not the chart)."""

    def updateMin(self):  # noqa: N802 (pyqtgraph's name)
        super().updateMin()
        self.setMinimumWidth(0)
        self._sizeHint[Qt.SizeHint.MinimumSize] = (0, self._sizeHint[Qt.SizeHint.MinimumSize][1])


class Swatch(pg.ItemSample):
    """A legend sample: a bar (filled, perhaps hatched), a diamond marker, or a line."""

    def __init__(self, assessment: Assessment | None = None, pen: QPen | None = None, marker: bool = False):
        super().__init__(pg.PlotDataItem())  # (None segfaults pyqtgraph 0.14 when the legend repaints)
        self.assessment, self.pen, self.marker = assessment, pen, marker

    def paint(self, p: QPainter, *args) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.pen is not None:
            p.setPen(self.pen)
            p.drawLine(QPointF(10, 2), QPointF(10, 18))
            return
        a = self.assessment or Assessment.NO_DATA
        p.setPen(style.outline(a))
        if self.marker:
            p.setBrush(style.colour(a))
            p.drawPolygon([QPointF(10, 4), QPointF(16, 10), QPointF(10, 16), QPointF(4, 10)])
            return
        rect = QRectF(2, 4, 16, 12)
        p.setBrush(style.fill_brush(a))
        p.drawRect(rect)
        p.setBrush(style.hatch_brush(a))
        p.drawRect(rect)

    def mouseClickEvent(self, event):  # the default hides the plotted item; our samples stand alone
        event.accept()
