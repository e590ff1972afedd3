"""The sector's bars drawn with QPainter alone: the chart the window shows first.

pyqtgraph (with numpy) takes about half a second to import, longer on a busy machine. The first picture of
the sector's progress needs none of it: the same rows (rows.py), colours and hatching (style.py), texts,
100 % and pace lines, capped-bar marks and legend, laid out as the pyqtgraph chart lays them out. The pane
swaps the pyqtgraph charts in when the clerk asks for another view or an image of the chart (pane.py); until
then a click on a bar selects its target and the pointer over a bar shows its facts, as in the pyqtgraph
chart.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QFrame, QScrollArea, QToolTip, QVBoxLayout, QWidget

from ...domain.numbers import format_pct
from ...domain.summary import Summary
from ...domain.targets import Assessment
from ..i18n import period_name
from . import style
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

MARGINS = (4, 4, 8, 4)  # left, top, right, bottom
AXIS_PX = 22  # height of the top and bottom axes with their tick labels
SAMPLE_PX = 20  # a legend sample's square
LEGEND_ROW_PX = 22
LEGEND_GAP_PX = 16  # between the bottom axis's labels and the legend
TITLE_PAD_PX = 14
HIGHLIGHT = "#FFE7A0"
GRID = QColor(32, 32, 32, 46)


def legend_entries(summary: Summary, bars: list[BarRow]) -> list[tuple[dict, str]]:
    """The legend's samples and names, in the pyqtgraph chart's order."""
    translate = QCoreApplication.translate
    year_end = summary.period.months >= 12
    no_plan = any(b.assessment is Assessment.NO_PLAN for b in bars)
    entries = style.legend_assessments(year_end, no_plan)
    entries.append(({"line": Qt.PenStyle.SolidLine}, translate("BarChart", "100% of plan")))
    pace = summary.pace_pct
    if abs(pace - 100) > 1e-9:
        label = (
            translate("BarChart", "Pace %1 (%2)")
            .replace("%1", period_name(summary.period.months))
            .replace("%2", f"{format_pct(pace)}%")
        )
        entries.append(({"line": Qt.PenStyle.DashLine}, label))
    return entries


def legend_notes(bars: list[BarRow], cap: float) -> list[str]:
    translate = QCoreApplication.translate
    notes = []
    if any(is_capped(b.pct, cap) for b in bars):
        notes.append(translate("BarChart", "» bar cut at %1").replace("%1", f"{format_pct(cap)}%"))
    if any(
        b.pct is None and not b.is_heading and b.assessment not in (Assessment.NO_DATA, Assessment.NO_PLAN)
        for b in bars
    ):
        notes.append(translate("BarChart", "◆ no % of plan: the colour gives the assessment"))
    return notes


def _line_pen(line_style: Qt.PenStyle) -> QPen:
    pen = QPen(QColor(style.INK))
    pen.setWidthF(1.5)
    pen.setStyle(line_style)
    return pen


def _draw_diamond(p: QPainter, centre: QPointF, half: float) -> None:
    x, y = centre.x(), centre.y()
    p.drawPolygon(
        QPolygonF([QPointF(x, y - half), QPointF(x + half, y), QPointF(x, y + half), QPointF(x - half, y)])
    )


class SketchCanvas(QWidget):
    """The painted chart: title, top axis, bars with their names and texts, bottom axis, legend, notes."""

    def __init__(self, chart: SketchBars) -> None:
        super().__init__()
        self.chart = chart
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    # ----- geometry
    def _legend_rows(self) -> int:
        entries = len(self.chart.entries)
        return math.ceil(entries / self.chart.legend_columns()) if entries else 0

    def plot_rect(self) -> QRectF:
        """Where the bars are (between the axes, right of the names)."""
        c = self.chart
        left, top, right, bottom = MARGINS
        title_h = QFontMetrics(c.title_font).height() + TITLE_PAD_PX
        notes_h = len(c.notes) * (QFontMetrics(c.note_font).height() + 1) + (14 if c.notes else 0)
        legend_h = self._legend_rows() * LEGEND_ROW_PX + LEGEND_GAP_PX
        x0 = left + c.label_px()
        y0 = top + title_h + AXIS_PX
        y1 = self.height() - bottom - notes_h - legend_h - AXIS_PX
        return QRectF(x0, y0, max(1.0, self.width() - right - x0), max(1.0, y1 - y0))

    def row_at(self, pos: QPointF) -> int | None:
        """The row under a point: over a bar or over its name."""
        plot = self.plot_rect()
        if not (plot.top() <= pos.y() <= plot.bottom() and MARGINS[0] <= pos.x() <= plot.right()):
            return None
        rows = max(len(self.chart.bars), MIN_ROWS)
        i = int((pos.y() - plot.top()) / (plot.height() / rows))
        return i if 0 <= i < len(self.chart.bars) else None

    def row_point(self, i: int) -> QPointF:
        """A point on row ``i``'s bar (left of the 0 % line's end of it, over the plot)."""
        plot = self.plot_rect()
        rows = max(len(self.chart.bars), MIN_ROWS)
        return QPointF(plot.left() + 12, plot.top() + (i + 0.5) * plot.height() / rows)

    # ----- painting
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        c = self.chart
        p = QPainter(self)
        p.fillRect(self.rect(), Qt.GlobalColor.white)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        ink = QColor(style.INK)
        left, top, right, _bottom = MARGINS
        title_h = QFontMetrics(c.title_font).height() + 8
        p.setPen(ink)
        p.setFont(c.title_font)
        title = QFontMetrics(c.title_font).elidedText(c.title, Qt.TextElideMode.ElideRight, self.width() - 12)
        p.drawText(QRectF(0, top, self.width(), title_h), Qt.AlignmentFlag.AlignCenter, title)

        plot = self.plot_rect()
        low, cap = c.low, c.cap
        px = plot.width()
        span = cap - low
        xmax = x_end(low, cap, px)

        def x_of(v: float) -> float:
            return plot.left() + (v - low) / (xmax - low) * px

        n = len(c.bars)
        rows = max(n, MIN_ROWS)
        row_h = plot.height() / rows

        def y_of(i: float) -> float:
            return plot.top() + (i + 0.5) * row_h

        top_ticks, bottom_ticks = axis_ticks(low, cap, c.pace if c.pace_shown() else None, px / (xmax - low))
        p.save()
        p.setClipRect(plot)
        p.setPen(QPen(GRID, 1))
        for v in {v for v in top_ticks} | {v for v in bottom_ticks}:
            p.drawLine(QPointF(x_of(v), plot.top()), QPointF(x_of(v), plot.bottom()))
        if c.selected_row() is not None:
            i = c.selected_row()
            p.fillRect(QRectF(plot.left(), y_of(i) - row_h / 2, px, row_h), QColor(HIGHLIGHT))
        p.restore()

        # axes: the frame lines and tick labels
        p.setFont(c.tick_font)
        fm = QFontMetrics(c.tick_font)
        p.setPen(QPen(ink, 1))
        p.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.right(), plot.top()))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        p.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
        for values, y, sign in ((top_ticks, plot.top(), 1), (bottom_ticks, plot.bottom(), -1)):
            for v in values:
                x = x_of(v)
                p.drawLine(QPointF(x, y), QPointF(x, y + 4 * sign))
                text = f"{format_pct(v)}%"
                w = fm.horizontalAdvance(text)
                box = QRectF(x - w / 2 - 2, y - AXIS_PX if sign > 0 else y, w + 4, AXIS_PX)
                if box.left() >= plot.left() - 1 and box.right() <= plot.right() + 1:  # none past the ends
                    p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

        # names on the left, right-aligned against the axis
        label_w = c.label_px() - 14
        for i, bar in enumerate(c.bars):
            name = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w)
            p.drawText(
                QRectF(left, y_of(i) - row_h / 2, plot.left() - left - 6, row_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )

        p.save()
        p.setClipRect(plot)
        bar_h = row_h * BAR_HEIGHT
        x_zero = x_of(0.0)
        texts: list[tuple[float, float, str]] = []
        for i, bar in enumerate(c.bars):
            a, pct = bar.assessment, bar.pct
            length = bar_length(pct, low, cap)
            text_v = max(length, 0.0)
            if pct is None:
                p.setPen(style.outline(a))
                p.setBrush(style.colour(a))
                _draw_diamond(p, QPointF(x_zero, y_of(i)), 6)
                text_v = span * 0.025
            else:
                x_a, x_b = x_of(min(0.0, length)), x_of(max(0.0, length))
                rect = QRectF(x_a, y_of(i) - bar_h / 2, x_b - x_a, bar_h)
                p.setPen(style.outline(a))
                p.setBrush(style.fill_brush(a))
                p.drawRect(rect)
                if a in style.HATCHED:
                    p.setPen(Qt.PenStyle.NoPen)
                    p.setBrush(style.hatch_brush(a))
                    p.drawRect(rect)
                if is_capped(pct, cap):
                    self._draw_break(p, QPointF(x_of(cap - span * 0.06), y_of(i)))
            texts.append((x_of(text_v + span * 0.012), y_of(i), bar_text(bar, cap)))
        i = c.selected_row()
        if i is not None and c.bars[i].pct is not None:
            length = bar_length(c.bars[i].pct, low, cap)
            x_a, x_b = x_of(min(0.0, length)), x_of(max(0.0, length))
            h = row_h * (BAR_HEIGHT + 0.12)
            p.setPen(style.outline(Assessment.NO_DATA, selected=True))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(x_a, y_of(i) - h / 2, x_b - x_a, h))
        p.setPen(_line_pen(Qt.PenStyle.SolidLine))
        p.drawLine(QPointF(x_of(100.0), plot.top()), QPointF(x_of(100.0), plot.bottom()))
        if c.pace_shown():
            p.setPen(_line_pen(Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x_of(c.pace), plot.top()), QPointF(x_of(c.pace), plot.bottom()))
        fill = QColor(255, 255, 255, 215)  # a line behind a text shows faintly, not across it
        for x, y, text in texts:
            w = fm.horizontalAdvance(text) + 4
            box = QRectF(x, y - fm.height() / 2 - 1, w, fm.height() + 2)
            p.fillRect(box, fill)
            p.setPen(ink)
            p.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, " " + text)
        if not n:
            p.drawText(
                QRectF(plot.left(), plot.top(), px, row_h),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("BarChart", "No targets for this year and sector"),
            )
        p.restore()

        self._draw_legend(p, plot)
        p.end()

    def _draw_break(self, p: QPainter, centre: QPointF) -> None:
        """Two slanted white strokes across a bar cut at the cap (16 px, as the scatter symbol)."""
        pen = QPen(QColor("white"))
        pen.setWidthF(2.5)
        p.setPen(pen)
        s = 16
        for dx in (-0.2, 0.2):
            p.drawLine(
                QPointF(centre.x() + (dx - 0.15) * s, centre.y() + 0.5 * s),
                QPointF(centre.x() + (dx + 0.15) * s, centre.y() - 0.5 * s),
            )

    def _draw_legend(self, p: QPainter, plot: QRectF) -> None:
        c = self.chart
        columns = c.legend_columns()
        fm = QFontMetrics(c.legend_font)
        p.setFont(c.legend_font)
        widths = [0] * columns
        for k, (_kind, text) in enumerate(c.entries):
            widths[k % columns] = max(widths[k % columns], SAMPLE_PX + 6 + fm.horizontalAdvance(text) + 36)
        x_start = MARGINS[0] + 10.0
        y_start = plot.bottom() + AXIS_PX + LEGEND_GAP_PX
        for k, (kind, text) in enumerate(c.entries):
            col, row = k % columns, k // columns
            x = x_start + sum(widths[:col])
            y = y_start + row * LEGEND_ROW_PX
            self._draw_sample(p, kind, QPointF(x, y))
            p.setPen(QColor(style.INK))
            p.drawText(
                QRectF(x + SAMPLE_PX + 4, y, widths[col] - SAMPLE_PX - 4, SAMPLE_PX),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        if c.notes:
            p.setFont(c.note_font)
            nfm = QFontMetrics(c.note_font)
            y = y_start + self._legend_rows() * LEGEND_ROW_PX + 14
            for text in c.notes:
                p.drawText(
                    QRectF(MARGINS[0] + 4, y, self.width() - 16, nfm.height()),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    text,
                )
                y += nfm.height() + 1

    def _draw_sample(self, p: QPainter, kind: dict, at: QPointF) -> None:
        """A legend sample: a bar (perhaps hatched), a diamond marker, or a line (as items.Swatch draws)."""
        x, y = at.x(), at.y()
        if "line" in kind:
            p.setPen(_line_pen(kind["line"]))
            p.drawLine(QPointF(x + 10, y + 2), QPointF(x + 10, y + 18))
            return
        a = kind["assessment"]
        p.setPen(style.outline(a))
        if kind["marker"]:
            p.setBrush(style.colour(a))
            _draw_diamond(p, QPointF(x + 10, y + 10), 6)
            return
        rect = QRectF(x + 2, y + 4, 16, 12)
        p.setBrush(style.fill_brush(a))
        p.drawRect(rect)
        p.setBrush(style.hatch_brush(a))
        p.drawRect(rect)

    # ----- mouse
    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        self.chart.hover(self.row_at(event.position()), event.globalPosition().toPoint())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self.chart.click_row(self.row_at(event.position()))


class SketchBars(QWidget):
    """The sector's % of plan as horizontal bars, painted without pyqtgraph; emits ``target_clicked``."""

    target_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[BarRow] = []
        self.title = ""
        self.low, self.cap, self.pace = 0.0, 100.0, 100.0
        self.selected: int | None = None
        self.entries: list[tuple[dict, str]] = []
        self.notes: list[str] = []
        self._hover: int | None = None
        self.tick_font = QFont()
        self.tick_font.setPointSizeF(9)
        self.legend_font = QFont(self.tick_font)
        self.title_font = QFont()
        self.title_font.setPointSizeF(10)
        self.title_font.setBold(True)
        self.note_font = QFont()
        self.note_font.setPointSizeF(8)
        self.canvas = SketchCanvas(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.canvas)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(460, 520)

    def set_summary(self, summary: Summary, title: str) -> None:
        self.bars = bar_rows(summary, grouped=False)
        self.level = summary.level
        self.title = title
        self.pace = summary.pace_pct
        self.low, self.cap = axis_span(self.bars, self.pace)
        self.entries = legend_entries(summary, self.bars)
        self.notes = legend_notes(self.bars, self.cap)
        self.canvas.setMinimumHeight(max(1, len(self.bars)) * ROW_PX + 170)
        self.canvas.update()

    def texts(self) -> list[str]:
        """Each row as the reader sees it: the target's name and the text at its bar's end."""
        return [f"{b.label.strip()}  {bar_text(b, self.cap)}" for b in self.bars]

    def select_target(self, target_id: int | None) -> None:
        self.selected = target_id
        self.canvas.update()

    def selected_row(self) -> int | None:
        return next(
            (
                i
                for i, b in enumerate(self.bars)
                if self.selected is not None and b.target_id == self.selected
            ),
            None,
        )

    def pace_shown(self) -> bool:
        return abs(self.pace - 100) > 1e-9

    def label_px(self) -> int:
        return int(min(300, max(110, self.width() * 0.40)))

    def legend_columns(self) -> int:
        return 3 if self.width() >= 560 else (2 if self.width() >= 270 else 1)

    def row_of(self, target_id: int | None) -> int | None:
        return next(
            (i for i, b in enumerate(self.bars) if target_id is not None and b.target_id == target_id), None
        )

    def hover(self, i: int | None, global_pos) -> None:
        if i == self._hover:
            return
        self._hover = i
        if i is None:
            QToolTip.hideText()
            self.canvas.setCursor(Qt.CursorShape.ArrowCursor)
            return
        self.canvas.setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(
            global_pos, tooltip(self.bars[i], self.cap, getattr(self, "level", None)), self.canvas
        )

    def click_row(self, i: int | None) -> None:
        if i is None or self.bars[i].target_id is None:
            return
        target_id = self.bars[i].target_id
        self.select_target(target_id)
        self.target_clicked.emit(target_id)
