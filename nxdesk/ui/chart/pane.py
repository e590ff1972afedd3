"""The chart pane beside the entry grid: progress of the sector, all sectors, and a target's trend.

The main window drives it with ``set_context``, ``refresh`` and ``select_target``; a click on a bar comes
back as ``target_clicked``. The sector's bars are first painted without pyqtgraph (sketch.py: pyqtgraph and
numpy take half a second or more to import); the pyqtgraph charts are built when the clerk first asks for
what only they give: another view, or an image of the chart. Hovering and clicking the first bars need no
swap.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTabBar,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...domain.summary import Summary
from ...store.sectors import list_sectors
from ...store.summary import load_summary
from ...store.trend import year_curves
from ..dialog_service import ask_save_path, dialogs, tell_saved
from ..i18n import period_name
from ..level_text import area
from .sketch import SketchBars

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .bars import BarChart
    from .trend import TrendChart

PROGRESS, ALL_SECTORS, TREND = 0, 1, 2


class ChartPane(QWidget):
    """Bars of % of plan coloured by assessment (the sector, or every sector) and a target's trend,
    linked to the grid's current row; exports the chart shown as PNG or to the clipboard."""

    target_clicked = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.year: int | None = None
        self.months: int | None = None
        self.sector_id: int | None = None
        self.target_id: int | None = None
        self.summary: Summary | None = None
        self._stale = {PROGRESS, ALL_SECTORS, TREND}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self._charts: tuple[BarChart, BarChart, TrendChart] | None = None
        self.sketch: SketchBars | None = SketchBars()
        self.sketch.target_clicked.connect(self._bar_clicked)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.sketch)

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 4, 4, 0)
        self.tabs = QTabBar(self)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)  # narrow pane: names shorten, layout holds
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        font = self.tabs.font()
        font.setPointSizeF(min(font.pointSizeF(), 10.0))  # three names fit the narrowest pane
        self.tabs.setFont(font)
        for _view in range(3):
            self.tabs.addTab("")
        self.tabs.currentChanged.connect(self.show_view)
        bar.addWidget(self.tabs, 1)
        menu = QMenu(self)
        self.act_save = menu.addAction("", self.save_png)
        self.act_copy = menu.addAction("", self.copy_image)
        self.export_button = QToolButton(autoRaise=True)
        self.retranslate()
        self.export_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setMenu(menu)
        bar.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

    def retranslate(self) -> None:
        """Name the views and the export menu in the interface language (again when it changes)."""
        for index, (text, tip) in enumerate(
            (
                (self.tr("Sector"), self.tr("% of plan of the sector's targets")),
                (self.tr("All sectors"), self.tr("% of plan of every target, by sector")),
                (self.tr("Trend"), self.tr("The selected target by month, against last year and the plan")),
            )
        ):
            self.tabs.setTabText(index, text)
            self.tabs.setTabToolTip(index, tip)
        self.act_save.setText(self.tr("Save as PNG image…"))
        self.act_copy.setText(self.tr("Copy image (to paste into Word)"))
        self.export_button.setToolTip(self.tr("Save or copy the chart shown"))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(460, 560)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(240, 200)

    # ----- the pyqtgraph charts, built on first use
    def has_charts(self) -> bool:
        """Whether the pyqtgraph charts are built (until then the sector's bars are painted by the sketch)."""
        return self._charts is not None

    def ensure_charts(self) -> tuple[BarChart, BarChart, TrendChart]:
        """Build the pyqtgraph charts (importing pyqtgraph) in place of the sketch, showing the same view."""
        if self._charts is None:
            from .bars import BarChart
            from .trend import TrendChart

            charts = (BarChart(grouped=False), BarChart(grouped=True), TrendChart())
            for chart in charts[:2]:
                chart.target_clicked.connect(self._bar_clicked)
            for w in charts:
                self.stack.addWidget(w)
            self._charts = charts
            if self.sketch is not None:
                self.stack.removeWidget(self.sketch)
                self.sketch.deleteLater()
                self.sketch = None
            for chart in charts[:2]:
                chart.select_target(self.target_id)
            self._stale = {PROGRESS, ALL_SECTORS, TREND}
            view = self.tabs.currentIndex()
            self.stack.setCurrentIndex(view)
            self._draw(view)
        return self._charts

    @property
    def progress(self) -> BarChart:
        return self.ensure_charts()[PROGRESS]

    @property
    def overview(self) -> BarChart:
        return self.ensure_charts()[ALL_SECTORS]

    @property
    def trend(self) -> TrendChart:
        return self.ensure_charts()[TREND]

    # ----- the main window's interface
    def set_context(
        self, year: int, months: int, sector_id: int | None, summary: Summary | None = None
    ) -> None:
        """The period and sector the window shows; redraws (from ``summary`` when the caller has read the
        year's summary of that period already)."""
        self.year, self.months, self.sector_id = year, months, sector_id
        self.refresh(summary)

    def refresh(self, summary: Summary | None = None) -> None:
        """Re-read the figures (one query, or the year's ``summary`` given) and redraw the chart shown; the
        others when next shown."""
        if self.year is None or self.months is None:
            return
        fits = summary is not None and (summary.period.year, summary.period.months) == (
            self.year,
            self.months,
        )
        self.summary = summary if fits else load_summary(self.db, self.year, self.months)
        if self.tabs.tabText(ALL_SECTORS) != area(self.summary.level):  # setting it lays the pane out again
            self.tabs.setTabText(ALL_SECTORS, area(self.summary.level))
        self._stale = {PROGRESS, ALL_SECTORS, TREND}
        self._draw(self.current_view())

    def select_target(self, target_id: int | None) -> None:
        """Highlight the target's bar and show its trend (``None``: no selection)."""
        if target_id == self.target_id:
            return
        self.target_id = target_id
        if self._charts is None:
            if self.sketch is not None:
                self.sketch.select_target(target_id)
            self._stale.add(TREND)
            return
        self.progress.select_target(target_id)
        self.overview.select_target(target_id)
        self._stale.add(TREND)
        if self.current_view() == TREND:
            self._draw(TREND)

    def sector_of(self, target_id: int) -> int | None:
        """The sector of a target of the year shown (for a click in the all-sectors view on a target of
        another sector than the grid's: the window switches sector, then selects the row)."""
        if self.summary is None:
            return None
        return next((r.input.sector_id for r in self.summary.rows if r.input.target_id == target_id), None)

    # ----- views
    def current_view(self) -> int:
        return self.tabs.currentIndex()

    def show_view(self, index: int) -> None:
        """Show the sector's bars (0), all sectors (1) or the trend (2)."""
        if self.tabs.currentIndex() != index:
            self.tabs.setCurrentIndex(index)  # comes back here through currentChanged
            return
        if index != PROGRESS:
            self.ensure_charts()
        if self._charts is not None:
            self.stack.setCurrentIndex(index)
        self._draw(index)

    def _draw(self, index: int) -> None:
        if index not in self._stale or self.summary is None:
            return
        self._stale.discard(index)
        summary = self.summary
        when = f"{period_name(summary.period.months)} {summary.period.year}"
        if index == PROGRESS:
            rows = [r for r in summary.rows if r.input.sector_id == self.sector_id]
            part = Summary(summary.period, summary.threshold_pct, rows, level=summary.level)
            title = self.tr("%1 — % of plan, %2").replace("%1", self._sector_name()).replace("%2", when)
            chart = self.sketch if self._charts is None else self._charts[PROGRESS]
            chart.set_summary(part, title)
            chart.select_target(self.target_id)
        elif index == ALL_SECTORS:
            title = self.tr("%1 — % of plan, %2").replace("%1", area(summary.level)).replace("%2", when)
            self.overview.set_summary(summary, title)
            self.overview.select_target(self.target_id)
        else:
            row = next((r for r in summary.rows if r.input.target_id == self.target_id), None)
            curves = year_curves(self.db, row.input.target_id, summary.period.year) if row else None
            self.trend.show_target(row, curves)

    def _sector_name(self) -> str:
        if self.summary is not None:
            for r in self.summary.rows:
                if r.input.sector_id == self.sector_id:
                    return r.input.sector
        for sector in list_sectors(self.db):
            if sector.id == self.sector_id:
                return sector.name
        return self.tr("No sector")

    def _bar_clicked(self, target_id: int) -> None:
        self.select_target(target_id)
        self.target_clicked.emit(target_id)

    # ----- export
    def export_item(self):
        """The graphics item of the chart shown (what PNG export and copy draw)."""
        self.ensure_charts()
        return self.stack.currentWidget().export_item()

    @contextmanager
    def _without_selection(self) -> Iterator[None]:
        """The highlight of the selected row is for the screen, not for the report."""
        from .bars import BarChart

        self.ensure_charts()
        chart = self.stack.currentWidget()
        if not isinstance(chart, BarChart):
            yield
            return
        scrollbar = chart.scroll.verticalScrollBar()
        position = scrollbar.value()
        chart.select_target(None)
        try:
            with chart.full_labels():
                yield
        finally:
            chart.select_target(self.target_id)
            scrollbar.setValue(position)

    def save_png(self) -> Path | None:
        """Ask for a file name and save the chart shown there as PNG; returns the path written."""
        path = ask_save_path(
            self, self.tr("Save chart as PNG"), self.tr("PNG image (*.png)"), self._default_name(), ".png"
        )
        if path is None:
            return None
        from . import export

        try:
            with self._without_selection():
                export.save_png(self.export_item(), path)
        except OSError as exc:
            dialogs().error(
                self,
                self.tr("Save chart as PNG"),
                self.tr("The image could not be written to %1:\n%2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc)),
            )
            return None
        tell_saved(self, self.tr("Save chart as PNG"), self.tr("Saved to %1").replace("%1", str(path)), path)
        return path

    def copy_image(self) -> None:
        """Put the chart shown on the clipboard as an image."""
        from . import export

        with self._without_selection():
            export.copy_image(self.export_item())
        button = self.export_button
        QToolTip.showText(
            button.mapToGlobal(button.rect().bottomLeft()),
            self.tr("Chart copied: paste it into Word with Ctrl+V"),
            button,
        )

    def _default_name(self) -> str:
        names = {
            PROGRESS: "tien-do",
            ALL_SECTORS: "toan-" + str(getattr(self.summary, "level", None) or "xa").replace("_", "-"),
            TREND: "xu-huong",
        }
        return f"bieu-do-{names[self.current_view()]}-{self.months or 0}-thang-{self.year or ''}.png"
