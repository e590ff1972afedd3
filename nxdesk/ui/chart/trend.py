"""A target's year-to-date curve by month this year against last year's and the plan."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QCursor, QFont, QFontMetrics
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from ...domain.numbers import format_number
from ...domain.plans import PlanOp
from ...domain.summary import SummaryRow
from ...domain.targets import Kind
from ...store.trend import YearCurves
from ..i18n import period_name
from . import style
from .items import ShrinkLabel, unscaled_legend

THIS_YEAR_PEN = pg.mkPen(style.BLUE, width=2.5)
LAST_YEAR_PEN = pg.mkPen(style.ORANGE, width=2, style=Qt.PenStyle.DashLine)
PLAN_PEN = pg.mkPen(style.INK, width=1.5)
LABEL_STYLE = {"font-size": "9pt"}
PACE_PEN = pg.mkPen(style.GREY, width=1.5, style=Qt.PenStyle.DotLine)


class NumberAxis(pg.AxisItem):
    """Values in vi-VN format (``1.401,351``)."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph's name)
        decimals = 0 if spacing >= 1 else (1 if spacing >= 0.1 else 2)
        return [format_number(v, max_decimals=decimals) for v in values]


def curve_points(values: dict[int, float], kind: Kind) -> tuple[list[float], list[float]]:
    """A flow accumulates from 0 on 1 January (month 0); a level is only what was measured."""
    months = sorted(values)
    xs = [float(m) for m in months]
    ys = [values[m] for m in months]
    if kind is Kind.FLOW and xs:
        return [0.0, *xs], [0.0, *ys]
    return xs, ys


class TrendChart(QWidget):
    """The trend view of one target (``show_target``), or a hint when none is selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: SummaryRow | None = None
        self.curves: YearCurves | None = None
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.view.ci.setContentsMargins(4, 4, 12, 4)
        self.title = ShrinkLabel("", color=style.INK, size="10pt", bold=True)
        self.view.addItem(self.title, row=0, col=0)
        self.plot: pg.PlotItem = self.view.addPlot(row=1, col=0, axisItems={"left": NumberAxis("left")})
        self.legend = pg.LegendItem(colCount=2, labelTextColor=style.INK, labelTextSize="9pt")
        unscaled_legend(self.legend)
        self.view.addItem(self.legend, row=2, col=0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

        p = self.plot
        p.setMenuEnabled(False)
        p.setMouseEnabled(x=False, y=False)
        p.hideButtons()
        p.showGrid(x=True, y=True, alpha=0.1)
        font = QFont()
        font.setPointSizeF(9)
        self.tick_font = font
        self.title_font = QFont(font)
        self.title_font.setPointSizeF(10)
        self.title_font.setBold(True)
        self._title = ""
        for name in ("left", "bottom"):
            axis = p.getAxis(name)
            axis.setStyle(tickFont=font)
            axis.setPen(pg.mkPen(style.INK))
            axis.setTextPen(pg.mkPen(style.INK))
        p.getAxis("bottom").setTicks([[(m, str(m)) for m in range(0, 13)], []])
        p.setXRange(0, 12.4, padding=0)

        self.plan_band = pg.LinearRegionItem(
            orientation="horizontal", movable=False, brush=pg.mkBrush(0, 0, 0, 22), pen=pg.mkPen(None)
        )
        self.plan_line = pg.InfiniteLine(angle=0, pen=PLAN_PEN, movable=False)
        self.pace = pg.PlotDataItem(pen=PACE_PEN)
        self.last = pg.PlotDataItem(
            pen=LAST_YEAR_PEN, symbol="s", symbolSize=8, symbolBrush=style.ORANGE, symbolPen=style.INK
        )
        self.this = pg.PlotDataItem(
            pen=THIS_YEAR_PEN, symbol="o", symbolSize=9, symbolBrush=style.BLUE, symbolPen=style.INK
        )
        for item in (self.plan_band, self.plan_line, self.pace, self.last, self.this):
            p.addItem(item)
        self.plan_sample = pg.PlotDataItem(pen=PLAN_PEN)  # the legend's sample of the plan line
        self.value_label = pg.TextItem("", color=style.BLUE, anchor=(1, 1.2))
        self.value_label.setFont(font)
        p.addItem(self.value_label)
        self.message = pg.TextItem("", color=style.INK, anchor=(0.5, 0.5))
        p.addItem(self.message)
        self.view.scene().sigMouseMoved.connect(self._moved)
        self._hover: tuple[int, int] | None = None
        self.show_target(None, None)

    def show_target(self, row: SummaryRow | None, curves: YearCurves | None) -> None:
        """Draw ``row``'s curves (``None``: the hint to pick a target)."""
        self.row, self.curves = row, curves
        p = self.plot
        has = row is not None and curves is not None
        for item in (self.plan_band, self.plan_line, self.pace, self.last, self.this, self.value_label):
            item.setVisible(has)
        self.legend.clear()
        if not has:
            self._set_title(self.tr("Trend"))
            p.setLabel("left", "")
            p.setLabel("bottom", "")
            self.message.setText(self.tr("Select a target in the grid or on the bars to see its trend"))
            self.message.setPos(6, 0.5)
            p.setYRange(0, 1, padding=0)
            return
        self.message.setText("")
        kind = row.input.kind
        xs, ys = curve_points(curves.this_year, kind)
        lx, ly = curve_points(curves.last_year, kind)
        self.this.setData(xs, ys)
        self.last.setData(lx, ly)
        year = curves.year
        self.legend.addItem(self.this, str(year))
        last = str(year - 1) if curves.last_year else self.tr("%1: no values").replace("%1", str(year - 1))
        self.legend.addItem(self.last, last)

        plan = row.judged_plan
        values = [*ys, *ly]
        if plan is None:
            for item in (self.plan_line, self.plan_band, self.pace):
                item.setVisible(False)
        else:
            ref = plan.reference_value(row.input.direction)
            values += [plan.low, plan.high]
            self.plan_line.setPos(ref)
            self.legend.addItem(self.plan_sample, self.tr("Plan %1").replace("%1", plan.text))
            ranged = plan.op is PlanOp.RANGE and plan.high > plan.low
            self.plan_band.setVisible(ranged)
            if ranged:
                self.plan_band.setRegion((plan.low, plan.high))
            self.pace.setVisible(kind is Kind.FLOW)
            if kind is Kind.FLOW:
                self.pace.setData([0, 12], [0, ref])
                self.legend.addItem(self.pace, self.tr("Plan pace (plan × months / 12)"))
        if ys:
            self.value_label.setText(format_number(ys[-1]))
            self.value_label.setPos(xs[-1], ys[-1])
        else:
            self.value_label.setText("")
        self._set_range(values, kind)

        unit = row.input.unit
        p.setLabel("left", unit, color=style.INK, **LABEL_STYLE)
        p.setLabel(
            "bottom",
            self.tr("month (year to date)") if kind is Kind.FLOW else self.tr("month (value at the cut-off)"),
            color=style.INK,
            **LABEL_STYLE,
        )
        self._set_title(row.input.name)
        self.plot.setToolTip(row.input.name)
        if not values:
            self.message.setText(self.tr("No values entered for this target yet"))
            self.message.setPos(6, 0.5)

    def point_near(self, scene_pos: QPointF, radius_px: float = 12.0) -> tuple[int, int] | None:
        """(year, month) of the measured point nearest to a scene position, within ``radius_px``."""
        if self.row is None or self.curves is None:
            return None
        best, best_d = None, radius_px
        vb = self.plot.vb
        for year, values in (
            (self.curves.year, self.curves.this_year),
            (self.curves.year - 1, self.curves.last_year),
        ):
            for month, value in values.items():
                pt = vb.mapViewToScene(QPointF(month, value))
                d = ((pt.x() - scene_pos.x()) ** 2 + (pt.y() - scene_pos.y()) ** 2) ** 0.5
                if d <= best_d:
                    best, best_d = (year, month), d
        return best

    def point_tooltip(self, year: int, month: int) -> str:
        """``9 tháng 2024: 1.401,351 tỷ đồng`` for a measured point."""
        values = self.curves.this_year if year == self.curves.year else self.curves.last_year
        unit = f" {self.row.input.unit}" if self.row.input.unit else ""
        return f"{period_name(month)} {year}: {format_number(values[month])}{unit}"

    def _moved(self, scene_pos: QPointF) -> None:
        point = self.point_near(scene_pos)
        if point == self._hover:
            return
        self._hover = point
        if point is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(QCursor.pos(), self.point_tooltip(*point), self.view)

    def _set_title(self, text: str) -> None:
        """The title, elided to the width there is (the full name is in the tooltip)."""
        self._title = text
        width = max(120, self.width() - 24)
        self.title.setText(QFontMetrics(self.title_font).elidedText(text, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self._title:
            self._set_title(self._title)

    def _set_range(self, values: list[float], kind: Kind) -> None:
        if not values:
            self.plot.setYRange(0, 1, padding=0)
            return
        lo, hi = min(values), max(values)
        if kind is Kind.FLOW:
            lo = min(lo, 0.0)
        if kind is Kind.FLOW:
            span = hi - lo or 1.0
            self.plot.setYRange(lo - span * 0.06, hi + span * 0.12, padding=0)
            return
        pad = max((hi - lo) * 0.2, abs(hi) * 0.03) or 1.0  # a level: room to see how close it is
        self.plot.setYRange(lo - pad, hi + pad, padding=0)

    def export_item(self):
        return self.view.ci
