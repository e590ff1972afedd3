"""Horizontal bars of % of plan, one per target, coloured by assessment (progress and all-sectors views)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QCursor, QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QToolTip, QVBoxLayout, QWidget

from ...domain.numbers import format_pct
from ...domain.summary import Summary
from ...domain.targets import Assessment
from ..i18n import period_name
from . import style
from .items import PctAxis, ShrinkLabel, Swatch, break_symbol, unscaled_legend
from .rows import (
    BAR_HEIGHT,
    MIN_ROWS,
    ROW_PX,
    BarRow,
    axis_span,
    axis_ticks,
    bar_length,
    bar_rows,
    bar_text,
    is_capped,
    tooltip,
    x_end,
)

FAR = 1e6  # right edge of full-width bands (the view clips them)


class BarChart(QWidget):
    """% of plan of each target as a horizontal bar; emits ``target_clicked`` with the target's id."""

    target_clicked = Signal(int)

    def __init__(self, grouped: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grouped = grouped
        self.bars: list[BarRow] = []
        self.low, self.cap, self.xmax, self.pace = 0.0, 100.0, 125.0, 100.0
        self.selected: int | None = None
        self._hover: int | None = None
        self._label_px = 0
        self._legend_key: tuple | None = None

        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.view.ci.setContentsMargins(4, 4, 8, 4)
        axes = {"top": PctAxis("top"), "bottom": PctAxis("bottom")}
        self.title = ShrinkLabel("", color=style.INK, size="10pt", bold=True)
        self.view.addItem(self.title, row=0, col=0)
        self.plot: pg.PlotItem = self.view.addPlot(row=1, col=0, axisItems=axes)
        self.legend: pg.LegendItem | None = None
        self._legends: dict[tuple, pg.LegendItem] = {}
        self._legend_entries: list[tuple[dict, str]] = []
        self._legend_columns = 2
        self.note = ShrinkLabel("", color=style.INK, size="8pt", justify="left")
        self.view.addItem(self.note, row=3, col=0)
        self._setup_plot()

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.view)
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.view.viewport().installEventFilter(self)  # the wheel scrolls the list of bars
        self.plot.vb.sigResized.connect(self._fit_x)
        self.view.scene().sigMouseClicked.connect(self._clicked)
        self.view.scene().sigMouseMoved.connect(self._moved)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Wheel and watched is self.view.viewport():
            QApplication.sendEvent(self.scroll.verticalScrollBar(), event)
            return True
        return super().eventFilter(watched, event)

    # ----- construction
    def _setup_plot(self) -> None:
        p = self.plot
        p.setMenuEnabled(False)
        p.setMouseEnabled(x=False, y=False)
        p.hideButtons()
        p.invertY(True)
        p.showAxis("top")
        p.showGrid(x=True, y=False, alpha=0.18)
        for name in (
            "top",
            "bottom",
        ):  # the axes draw the grid: behind the bars and their labels, not over them
            p.getAxis(name).setZValue(-1000)
        self.tick_font = QFont()
        self.tick_font.setPointSizeF(9)
        self.heading_font = QFont(self.tick_font)
        self.heading_font.setBold(True)
        self.text_fill = pg.mkBrush(255, 255, 255, 215)  # a line behind a label shows faintly, not across it
        for name in ("left", "top", "bottom"):
            axis = p.getAxis(name)
            axis.setStyle(tickFont=self.tick_font, tickLength=-4)
            axis.setPen(pg.mkPen(style.INK))
            axis.setTextPen(pg.mkPen(style.INK))
        p.getAxis("left").setStyle(tickLength=0)

        self.heading_fill = pg.mkBrush("#EDEDED")  # the band's grey: the lines pass behind a sector heading
        self.bands = pg.BarGraphItem(x0=[], y=[], width=[], height=1.0, brush=self.heading_fill, pen=None)
        self.highlight = pg.BarGraphItem(x0=[], y=[], width=[], height=1.0, brush="#FFE7A0", pen=None)
        self.fill = pg.BarGraphItem(x0=[], y=[], width=[], height=BAR_HEIGHT)
        self.hatch = pg.BarGraphItem(x0=[], y=[], width=[], height=BAR_HEIGHT, pen=None)
        self.outline = pg.BarGraphItem(
            x0=[],
            y=[],
            width=[],
            height=BAR_HEIGHT + 0.12,
            brush=None,
            pen=style.outline(Assessment.NO_DATA, selected=True),
        )
        self.markers = pg.ScatterPlotItem(symbol="d", size=12)
        self.breaks = pg.ScatterPlotItem(
            symbol=break_symbol(), size=16, brush=None, pen=pg.mkPen("w", width=2.5)
        )
        dashed = pg.mkPen(style.INK, width=1.5, style=Qt.PenStyle.DashLine)
        self.line100 = pg.InfiniteLine(pos=100, angle=90, pen=pg.mkPen(style.INK, width=1.5), movable=False)
        self.pace_line = pg.InfiniteLine(pos=75, angle=90, pen=dashed, movable=False)
        for z, item in enumerate(
            (
                self.bands,
                self.highlight,
                self.fill,
                self.hatch,
                self.outline,
                self.markers,
                self.breaks,
                self.line100,
                self.pace_line,
            )
        ):
            item.setZValue(z - 20)
            self.plot.addItem(item)
        self.texts: list[pg.TextItem] = []
        self._axis_ticks: dict[str, list[tuple[float, str]]] = {}
        self._headings: list[tuple[pg.TextItem, str]] = []
        self.message = pg.TextItem("", color=style.INK, anchor=(0.5, 0.5))
        self.plot.addItem(self.message)

    # ----- data
    def set_summary(self, summary: Summary, title: str) -> None:
        """Draw ``summary``'s rows (cheap: the items are reused, only their data changes)."""
        self.bars = bar_rows(summary, self.grouped)
        self.level = summary.level
        self.pace = summary.pace_pct
        self.low, self.cap = axis_span(self.bars, self.pace)
        self.title.setText(title)
        self._draw_lines()
        self._draw_bars()
        self._update_legend(summary)
        self._update_labels(force=True)
        self.view.setMinimumHeight(max(1, len(self.bars)) * ROW_PX + 170)
        self.select_target(self.selected)

    def _draw_bars(self) -> None:
        n, low, cap = len(self.bars), self.low, self.cap
        ys, x0, widths, brushes, pens, hatch_i = [], [], [], [], [], []
        mk_x, mk_y, mk_brush, mk_pen, breaks, texts = [], [], [], [], [], []
        heading_y = []
        for i, bar in enumerate(self.bars):
            if bar.is_heading:
                heading_y.append(i)
                texts.append((low, i, bar.label, True))
                continue
            a, pct = bar.assessment, bar.pct
            length = bar_length(pct, low, cap)
            text_x = max(length, 0.0)
            if pct is None:
                mk_x.append(0.0)
                mk_y.append(i)
                mk_brush.append(pg.mkBrush(style.colour(a)))
                mk_pen.append(style.outline(a))
                text_x = (cap - low) * 0.025
            else:
                ys.append(i)
                x0.append(min(0.0, length))
                widths.append(abs(length))
                brushes.append(style.fill_brush(a))
                pens.append(style.outline(a))
                if a in style.HATCHED:
                    hatch_i.append(len(ys) - 1)
                if is_capped(pct, cap):
                    breaks.append((cap - (cap - low) * 0.06, i))
            texts.append((text_x + (cap - low) * 0.012, i, bar_text(bar, cap), False))

        # pyqtgraph 0.14 fails on an empty list of pens: no bars, no per-bar styles
        self.fill.setOpts(x0=x0, y=ys, width=widths, brushes=brushes or None, pens=pens or None)
        self.hatch.setOpts(
            x0=[x0[k] for k in hatch_i],
            y=[ys[k] for k in hatch_i],
            width=[widths[k] for k in hatch_i],
            brushes=[style.hatch_brush(self.bars[ys[k]].assessment) for k in hatch_i] or None,
        )
        self.markers.setData(x=mk_x, y=mk_y, brush=mk_brush, pen=mk_pen)
        self.breaks.setData(pos=breaks)
        self.bands.setOpts(x0=[low] * len(heading_y), y=heading_y, width=[FAR] * len(heading_y))
        self._set_texts(texts)
        self.message.setText("" if n else self.tr("No targets for this year and sector"))
        self._fit_x()
        rows = max(n, MIN_ROWS)  # a sector of one or two targets gets bars of a normal thickness
        if self.plot.vb.viewRange()[1] != [-0.5, rows - 0.5]:
            self.plot.setYRange(-0.5, rows - 0.5, padding=0)

    def _set_texts(self, texts: list[tuple[float, int, str, bool]]) -> None:
        while len(self.texts) < len(texts):
            item = pg.TextItem("", color=style.INK, anchor=(0, 0.5))
            item.setZValue(10)
            self.plot.addItem(item)
            self.texts.append(item)
        self._headings = []
        for item, (x, y, text, heading) in zip(self.texts, texts, strict=False):
            if heading:
                self._headings.append((item, text))
            if getattr(item, "shown", None) != (text, heading):  # re-laying out a text is the costly part
                item.shown = (text, heading)
                item.setFont(self.heading_font if heading else self.tick_font)
                item.fill = self.heading_fill if heading else self.text_fill
                item.setText(text)
            if (item.pos().x(), item.pos().y()) != (x, y):
                item.setPos(x, y)
            item.setVisible(True)
        for item in self.texts[len(texts) :]:
            item.setVisible(False)

    def _draw_lines(self) -> None:
        self.line100.setPos(100)
        self.pace_line.setPos(self.pace)
        self.pace_line.setVisible(abs(self.pace - 100) > 1e-9)

    def _set_ticks(self, px_per_pct: float) -> None:
        pace = self.pace if self.pace_line.isVisible() else None
        top, bottom = axis_ticks(self.low, self.cap, pace, px_per_pct)
        self._set_axis_ticks("top", [(v, f"{format_pct(v)}%") for v in top])
        self._set_axis_ticks("bottom", [(v, f"{format_pct(v)}%") for v in bottom])

    def _set_axis_ticks(self, name: str, ticks: list[tuple[float, str]]) -> None:
        """Set an axis's ticks only when they change: new ticks make pyqtgraph redraw the whole axis, which
        is most of the cost of a redraw after a commit."""
        if self._axis_ticks.get(name) != ticks:
            self._axis_ticks[name] = ticks
            self.plot.getAxis(name).setTicks([ticks, []])

    def _update_legend(self, summary: Summary) -> None:
        year_end = summary.period.months >= 12
        capped = any(is_capped(b.pct, self.cap) for b in self.bars)
        no_pct = any(
            b.pct is None
            and not b.is_heading
            and b.assessment not in (Assessment.NO_DATA, Assessment.NO_PLAN)
            for b in self.bars
        )
        no_plan = any(b.assessment is Assessment.NO_PLAN for b in self.bars)
        key = (year_end, self.pace, capped, no_pct, no_plan)
        notes = []
        if capped:
            notes.append(self.tr("» bar cut at %1").replace("%1", f"{format_pct(self.cap)}%"))
        if no_pct:
            notes.append(self.tr("◆ no % of plan: the colour gives the assessment"))
        self.note.setText("<br>".join(notes))
        if key == self._legend_key:
            return
        self._legend_key = key
        entries = style.legend_assessments(year_end, no_plan)
        entries.append(({"pen": self.line100.pen}, self.tr("100% of plan")))
        if abs(self.pace - 100) > 1e-9:
            label = (
                self.tr("Pace %1 (%2)")
                .replace("%1", period_name(summary.period.months))
                .replace("%2", f"{format_pct(self.pace)}%")
            )
            entries.append(({"pen": self.pace_line.pen}, label))
        same_samples = [k for k, _ in entries] == [k for k, _ in self._legend_entries]
        self._legend_entries = entries
        if same_samples and self.legend is not None:  # only a text changed (the pace's period): relabel
            for (_, label_item), (_, text) in zip(self.legend.items, entries, strict=True):
                label_item.setText(text)
            return
        self._build_legend(self._legend_columns)

    def _build_legend(self, columns: int) -> None:
        """Show the legend below the plot with ``columns`` entries a row. pyqtgraph's legend cannot re-flow
        its grid reliably, so each shape (columns, entries) gets a legend of its own, built once and kept:
        switching between an in-year and a year-end period swaps legends instead of building one."""
        self._legend_columns = columns
        shape = (
            columns,
            tuple((k.get("assessment"), k.get("marker", False), "pen" in k) for k, _ in self._legend_entries),
        )
        if self.legend is not None:
            self.view.ci.removeItem(self.legend)
        legend = self._legends.get(shape)
        if legend is None:
            legend = pg.LegendItem(colCount=columns, labelTextColor=style.INK, labelTextSize="9pt")
            unscaled_legend(legend)
            for kwargs, label in self._legend_entries:
                legend.addItem(Swatch(**kwargs), label)
            self._legends[shape] = legend
        else:
            for (_, label_item), (_, text) in zip(legend.items, self._legend_entries, strict=True):
                label_item.setText(text)
        self.view.addItem(legend, row=2, col=0)
        self.legend = legend

    def _fit_x(self) -> None:
        """The x range: the axis up to the cap, then a fixed room in pixels for the texts."""
        px = self.plot.vb.width()
        self.xmax = x_end(self.low, self.cap, px)
        if self.plot.vb.viewRange()[0] != [self.low, self.xmax]:
            self.plot.setXRange(self.low, self.xmax, padding=0)
        self.message.setPos((self.low + self.xmax) / 2, 0)
        self._set_ticks(max(px, 1.0) / (self.xmax - self.low))
        fm = QFontMetrics(self.heading_font)
        for item, text in self._headings:
            item.setText(fm.elidedText(text, Qt.TextElideMode.ElideRight, max(40, int(px) - 10)))

    # ----- labels on the left axis, elided to the room there is
    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._update_labels()

    def _update_labels(self, force: bool = False) -> None:
        px = int(min(300, max(110, self.width() * 0.40)))
        if px == self._label_px and not force:
            return
        self._label_px = px
        columns = 3 if self.width() >= 560 else (2 if self.width() >= 270 else 1)
        if columns != self._legend_columns:
            self._build_legend(columns)
        fm = QFontMetrics(self.tick_font)
        ticks = [
            (i, fm.elidedText(b.label, Qt.TextElideMode.ElideRight, px - 14))
            for i, b in enumerate(self.bars)
            if not b.is_heading
        ]
        self.plot.getAxis("left").setWidth(px)
        self._set_axis_ticks("left", ticks)

    # ----- selection and mouse
    def row_of(self, target_id: int | None) -> int | None:
        for i, bar in enumerate(self.bars):
            if target_id is not None and bar.target_id == target_id:
                return i
        return None

    def select_target(self, target_id: int | None) -> None:
        """Highlight the target's row (``None`` or an absent id: no highlight)."""
        self.selected = target_id
        i = self.row_of(target_id)
        if i is None:
            self.highlight.setOpts(x0=[], y=[], width=[])
            self.outline.setOpts(x0=[], y=[], width=[])
            return
        self.highlight.setOpts(x0=[self.low], y=[i], width=[FAR])
        bar = self.bars[i]
        if bar.pct is None:
            self.outline.setOpts(x0=[], y=[], width=[])
        else:
            length = bar_length(bar.pct, self.low, self.cap)
            self.outline.setOpts(x0=[min(0.0, length)], y=[i], width=[abs(length)])
        self._ensure_visible(i)

    def _ensure_visible(self, i: int) -> None:
        vb = self.plot.vb
        scene_pt = vb.mapViewToScene(QPointF(0, i))
        view_pt = self.view.mapFromScene(scene_pt)
        self.scroll.ensureVisible(0, view_pt.y(), 0, ROW_PX * 2)

    def row_at(self, scene_pos: QPointF) -> int | None:
        """The row under a scene position: over the bars or over their names on the left axis."""
        vb_rect = self.plot.vb.sceneBoundingRect()
        axis_rect = self.plot.getAxis("left").sceneBoundingRect()
        if not (
            vb_rect.top() <= scene_pos.y() <= vb_rect.bottom()
            and axis_rect.left() <= scene_pos.x() <= vb_rect.right()
        ):
            return None
        i = round(self.plot.vb.mapSceneToView(scene_pos).y())
        return i if 0 <= i < len(self.bars) else None

    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        i = self.row_at(event.scenePos())
        if i is None or self.bars[i].target_id is None:
            return
        target_id = self.bars[i].target_id
        self.select_target(target_id)
        self.target_clicked.emit(target_id)

    def _moved(self, scene_pos: QPointF) -> None:
        i = self.row_at(scene_pos)
        if i == self._hover:
            return
        self._hover = i
        if i is None:
            QToolTip.hideText()
            self.view.setCursor(Qt.CursorShape.ArrowCursor)
            return
        bar = self.bars[i]
        shape = Qt.CursorShape.ArrowCursor if bar.is_heading else Qt.CursorShape.PointingHandCursor
        self.view.setCursor(shape)
        QToolTip.showText(QCursor.pos(), tooltip(bar, self.cap, getattr(self, "level", None)), self.view)

    def tooltip_at(self, i: int) -> str:
        return tooltip(self.bars[i], self.cap, getattr(self, "level", None))

    def export_item(self):
        """The graphics item a PNG export draws (the plot with its legend and note)."""
        return self.view.ci

    @contextmanager
    def full_labels(self) -> Iterator[None]:
        """While exporting: every target's name whole on the left axis, the chart widened to hold them
        beside a plot of its usual width; the on-screen layout comes back afterwards."""
        fm = QFontMetrics(self.tick_font)
        labels = [(i, b.label) for i, b in enumerate(self.bars) if not b.is_heading]
        widest = max((fm.horizontalAdvance(text) for _i, text in labels), default=0) + 20
        plot_width = max(self.plot.vb.width(), 420)
        self.view.setFixedWidth(int(widest + plot_width + 40))
        self.plot.getAxis("left").setWidth(widest)
        self._set_axis_ticks("left", labels)
        QApplication.processEvents()
        self._fit_x()
        try:
            yield
        finally:
            self.view.setMinimumWidth(0)
            self.view.setMaximumWidth(16777215)
            QApplication.processEvents()
            self._update_labels(force=True)
            self._fit_x()
