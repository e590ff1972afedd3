"""One target across the units: a horizontal bar per unit of its % of the plan assigned to it, best first,
coloured by assessment (palette.py); units without a figure or a plan are listed last, without a bar.

Drawn with QPainter: a list of up to ~170 short bars needs no plotting library, and the Units screen opens
without importing pyqtgraph."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ...domain.numbers import format_pct
from ...domain.targets import Assessment
from ..palette import COLOURS, GREY, INK

LAGGING = frozenset({Assessment.BEHIND, Assessment.NOT_MET})
ROW_PX = 20
CAP_PCT = 200.0  # longer bars stop here, marked "»"


@dataclass(frozen=True)
class UnitBar:
    """One unit's bar: its label, the value and % of its assigned plan (``None``: no bar), the assessment."""

    label: str
    value_text: str
    pct: float | None
    assessment: Assessment

    @property
    def pct_text(self) -> str:
        return "" if self.pct is None else f"{format_pct(self.pct)}%"


class UnitTargetChart(QWidget):
    """% of the assigned plan of one target, a bar per unit (set with :meth:`show_bars`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UnitTargetChart")
        self.bars: list[UnitBar] = []
        self.setMinimumWidth(320)

    def show_bars(self, bars: list[UnitBar]) -> None:
        self.bars = bars
        self.updateGeometry()
        self.adjustSize()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(380, max(4, len(self.bars) + 1) * ROW_PX + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.sizeHint().height())

    def texts(self) -> list[str]:
        """What each row shows, as the reader sees it: unit, value and % of plan."""
        return [f"{b.label}  {b.value_text}  {b.pct_text}".rstrip() for b in self.bars]

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.fillRect(self.rect(), Qt.white)
        metrics = QFontMetrics(self.font())
        label_px = min(
            max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0) + 8, self.width() // 2
        )
        text_px = metrics.horizontalAdvance("1.401,351  188,8% »") + 6
        left, right = label_px, max(label_px + 40, self.width() - text_px)
        top = ROW_PX
        scale_max = min(CAP_PCT, max([100.0] + [b.pct for b in self.bars if b.pct is not None]))
        span = right - left

        def x_of(pct: float) -> float:
            return left + span * max(0.0, min(pct, scale_max)) / scale_max

        painter.setPen(QPen(QColor(INK)))
        painter.drawText(QRectF(left, 0, span, ROW_PX), Qt.AlignLeft | Qt.AlignVCenter, "0%")
        painter.drawText(QRectF(left, 0, x_of(100) - left, ROW_PX), Qt.AlignRight | Qt.AlignVCenter, "100%")
        for n, bar in enumerate(self.bars):
            y = top + n * ROW_PX
            painter.setPen(QPen(QColor(INK)))
            label = metrics.elidedText(bar.label, Qt.ElideRight, label_px - 8)
            painter.drawText(QRectF(2, y, label_px - 6, ROW_PX), Qt.AlignLeft | Qt.AlignVCenter, label)
            end = left
            if bar.pct is not None:
                colour = QColor(COLOURS.get(bar.assessment, GREY))
                rect = QRectF(left, y + 3, max(1.0, x_of(bar.pct) - left), ROW_PX - 6)
                painter.fillRect(rect, colour)
                if bar.assessment in LAGGING:  # colour never carries the meaning alone
                    painter.fillRect(rect, QBrush(QColor("white"), Qt.BDiagPattern))
                end = rect.right()
            text = f"{bar.value_text}  {bar.pct_text}" + (" »" if (bar.pct or 0) > scale_max else "")
            painter.setPen(QPen(QColor(INK)))
            painter.drawText(QRectF(end + 4, y, text_px + 40, ROW_PX), Qt.AlignLeft | Qt.AlignVCenter, text)
        painter.setPen(QPen(QColor(INK), 1, Qt.DashLine))
        painter.drawLine(QPointF(x_of(100), top), QPointF(x_of(100), top + len(self.bars) * ROW_PX))
        painter.end()
