"""What the main window shows, and how its view is kept between runs.

:class:`WindowState` holds the year, the period, the sector, the period's summary and its locks; views
follow its ``changed`` signal instead of being called one by one. :class:`ViewSettings` keeps the window's
geometry (per user: it belongs to the screen) and the view (splitter, chart pane, hidden columns, year,
period, sector) per data file, keyed by the file's absolute path."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from ..domain.summary import Summary
from ..store.sectors import Sector
from .models.entry_cells import HIDEABLE_COLUMNS


class WindowState(QObject):
    """Year, period (cut-off months), sector, the period's summary, its sectors and locks, and when the
    last change was saved: everything the sector list, grid, status line and chart show."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.year = datetime.now().year
        self.months = 12
        self.sector_id: int | None = None
        self.summary: Summary | None = None
        self.sectors: list[Sector] = []
        self.earlier_max: dict[int, float] = {}
        self.locked = False  # nothing can be changed: the period is locked or the file read-only
        self.period_locked = False
        self.last_year_locked = False
        self.plan_changed_since_lock = False
        self.saved_at: datetime | None = None
        self.reading = 0  # counts full readings of the period; a re-read after a write keeps it

    def publish(self, **values) -> None:
        """Set the given fields and tell every follower once."""
        for name, value in values.items():
            if not hasattr(self, name):
                raise AttributeError(name)
            setattr(self, name, value)
        self.changed.emit()


def file_group(db_path: Path) -> str:
    """The settings group of a data file: its absolute path, hashed into a key QSettings keeps as is."""
    return "files/" + hashlib.sha1(str(Path(db_path).resolve()).encode("utf-8")).hexdigest()[:20]


def default_sizes(width: int) -> list[int]:
    """Sector list, grid and chart for a splitter ``width`` wide: the chart gets room enough for its labels
    (about 380 px on a 1366 px screen), the grid the rest, never less than 320 px."""
    sectors = 190 if width < 1500 else 215
    chart = max(min(int(width * 0.29), 460, width - sectors - 320), 0)
    return [sectors, width - sectors - chart, chart]


class ViewSettings:
    """Restores and saves the main window's geometry and its view of one data file."""

    def __init__(self, window, settings: QSettings) -> None:
        self.w, self.s = window, settings
        self.group = file_group(window.db_path)

    def keep_grid_in_view(self) -> None:
        """Once the window is on screen: the default split where this file has none saved, and never a
        layout that hides the grid (a squashed middle pane gets the room back)."""
        splitter = self.w.splitter
        middle = splitter.widget(1)
        if not self.s.contains(self.group + "/splitter"):
            splitter.setSizes(default_sizes(sum(splitter.sizes())))
        if middle.isHidden() or splitter.sizes()[1] < 320:
            middle.show()
            splitter.setSizes(default_sizes(sum(splitter.sizes())))

    def restore(self) -> None:
        self.restore_geometry(self.s.value("window/geometry"))
        self.s.beginGroup(self.group)
        try:
            self.restore_view()
        finally:
            self.s.endGroup()

    def restore_geometry(self, geometry) -> None:
        """The last geometry where it still fits the screen; else a size that fits the available screen."""
        w = self.w
        screen = w.screen().availableGeometry()
        before = w.geometry()
        if isinstance(geometry, QByteArray | bytes) and w.restoreGeometry(geometry):
            if screen.contains(w.geometry()) or w.isMaximized():
                return
            w.setGeometry(before)
        width, height = min(1600, screen.width() - 16), min(900, screen.height() - 40)
        w.resize(max(width, w.minimumWidth()), max(height, w.minimumHeight()))
        w.move(screen.left() + (screen.width() - w.width()) // 2, screen.top())

    def restore_view(self) -> None:
        w, s = self.w, self.s
        splitter = s.value("splitter")
        if isinstance(splitter, QByteArray | bytes):
            w.splitter.restoreState(splitter)
        if str(s.value("chart_shown", "true")).lower() == "false":
            w.keys.set_chart_shown(False)
        hidden = s.value("hidden_columns", "")
        for column in [int(c) for c in str(hidden or "").split(",") if c.strip().isdigit()]:
            if column in HIDEABLE_COLUMNS:
                w.grid.set_column_shown(column, False)

        def number(key: str, default: int | None) -> int | None:
            try:
                return int(s.value(key, default))
            except (TypeError, ValueError):  # a damaged or foreign settings file: start from defaults
                return default

        state = w.state
        state.year = number("year", state.year) or state.year
        months = number("months", 9)
        state.months = months if months in range(1, 13) else 9
        state.sector_id = number("sector", None)
        w._set_period_box(state.months, number("period_index", -1) or 0)

    def save(self) -> None:
        w, s, state = self.w, self.s, self.w.state
        s.setValue("window/geometry", w.saveGeometry())
        s.beginGroup(self.group)
        s.setValue("path", str(w.db_path.resolve()))
        s.setValue("splitter", w.splitter.saveState())
        s.setValue("chart_shown", w.keys.act_chart.isChecked())
        s.setValue("hidden_columns", ",".join(str(c) for c in sorted(w.grid.user_hidden)))
        s.setValue("year", state.year)
        s.setValue("months", state.months)
        s.setValue("period_index", w.period_box.currentIndex())
        s.setValue("sector", state.sector_id if state.sector_id is not None else "")
        s.endGroup()
        s.sync()
