"""The sector list: each sector with "n/N" targets on track for the chosen period."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ..palette import sector_colour

SectorIdRole = Qt.UserRole + 1
GoodRole = Qt.UserRole + 2
TotalRole = Qt.UserRole + 3

EnteredRole = Qt.UserRole + 4


def count_colour(good: int, total: int, entered: int | None = None) -> QColor:
    return sector_colour(good, total, entered)


class _CountDelegate(QStyledItemDelegate):
    """Draws the sector name and, right-aligned, "n/N ●" in the count's colour."""

    def paint(self, painter: QPainter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.CE_ItemViewItem, opt, painter, widget)  # background and selection
        good, total = index.data(GoodRole), index.data(TotalRole)
        rect: QRect = option.rect.adjusted(6, 0, -8, 0)
        selected = option.state & QStyle.State_Selected
        painter.save()
        painter.setPen(
            option.palette.highlightedText().color() if selected else option.palette.text().color()
        )
        metrics = painter.fontMetrics()
        dot = 10
        count_width = metrics.horizontalAdvance("00/00") + dot + 8 if good is not None else 0
        name_rect = rect.adjusted(0, 0, -count_width, 0)
        painter.drawText(name_rect, int(Qt.AlignLeft | Qt.AlignVCenter | Qt.TextWordWrap), name)
        if good is not None and total is not None:
            painter.drawText(
                rect.adjusted(0, 0, -(dot + 6), 0), int(Qt.AlignRight | Qt.AlignVCenter), f"{good}/{total}"
            )
            painter.setPen(Qt.NoPen)
            painter.setBrush(count_colour(good, total, index.data(EnteredRole)))
            painter.drawEllipse(rect.right() - dot, rect.center().y() - dot // 2, dot, dot)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        fm = option.fontMetrics
        view = self.parent()
        room = view.viewport().width() if view is not None else 200
        width = room - 14 - fm.horizontalAdvance("00/00") - 18
        text = str(index.data(Qt.DisplayRole) or "")
        height = fm.boundingRect(QRect(0, 0, max(width, 40), 10000), int(Qt.TextWordWrap), text).height()
        return QSize(size.width(), max(height + 12, fm.height() + 14))  # long names wrap, never cut


def legend() -> str:
    return QCoreApplication.translate(
        "SectorList",
        "n/N: targets on track of the sector's targets with a plan. Dot: green, all on track; orange, at "
        "least half; vermilion, fewer than half; grey, nothing to judge yet (no plan or no figure entered).",
    )


class SectorList(QListWidget):
    """Sectors in their printed order; ``sector_chosen`` carries the chosen sector's id."""

    sector_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_CountDelegate(self))
        self.setResizeMode(QListWidget.Adjust)
        self.setWordWrap(True)
        self.setMinimumWidth(160)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.currentItemChanged.connect(self._changed)
        self.setToolTip(legend())

    def set_sectors(self, sectors: list[tuple], current: int | None) -> None:
        """``sectors``: (id, name, on track, total[, with a figure]). Keeps ``current`` chosen (else the
        first)."""
        self.blockSignals(True)
        self.clear()
        chosen = None
        for sector_id, name, *counts in sectors:
            item = QListWidgetItem(name)
            item.setData(SectorIdRole, sector_id)
            self._set_counts(item, name, *counts)
            self.addItem(item)
            if sector_id == current:
                chosen = item
        if chosen is None and self.count():
            chosen = self.item(0)
        if chosen is not None:
            self.setCurrentItem(chosen)
        self.blockSignals(False)

    def update_counts(self, counts: dict[int, tuple]) -> None:
        for row in range(self.count()):
            item = self.item(row)
            sector_id = item.data(SectorIdRole)
            if sector_id in counts:
                self._set_counts(item, item.text(), *counts[sector_id])

    @staticmethod
    def _set_counts(
        item: QListWidgetItem, name: str, good: int, total: int, entered: int | None = None
    ) -> None:
        item.setData(GoodRole, good)
        item.setData(TotalRole, total)
        item.setData(EnteredRole, -1 if entered is None else entered)
        item.setToolTip(
            QCoreApplication.translate("SectorList", "%1: %2 of %3 targets on track")
            .replace("%1", name)
            .replace("%2", str(good))
            .replace("%3", str(total))
            + "\n"
            + legend()
        )

    def current_sector(self) -> int | None:
        item = self.currentItem()
        return item.data(SectorIdRole) if item is not None else None

    def choose(self, sector_id: int, *, signal: bool = False) -> None:
        for row in range(self.count()):
            if self.item(row).data(SectorIdRole) == sector_id:
                self.blockSignals(not signal)
                self.setCurrentRow(row)
                self.blockSignals(False)
                return

    def _changed(self, current, previous) -> None:
        if current is not None:
            self.sector_chosen.emit(current.data(SectorIdRole))
