"""The main window: year and period toolbar, sector list, entry grid, chart pane, status bar.

Switching period reads the whole period once (``store.summary.load_summary``); switching sector only
filters what was read. A commit writes one transaction, then re-reads the period (one query, shared with
the chart) and updates only the grid rows that changed. The other dialogs are imported lazily in their slots.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.numbers import format_pct
from ..domain.summary import SummaryRow, count
from ..domain.targets import Status
from ..store import locks
from ..store.db import data_version, is_read_only
from ..store.entries import earlier_max
from ..store.lock_snapshots import differs_from_snapshot
from ..store.sectors import list_sectors
from ..store.settings import load_settings, stored_problems
from ..store.summary import load_summary
from ..store.targets import years
from .dialog_service import set_open_database
from .first_paint import after_first_paint
from .i18n import period_name, setting_problem_text
from .views.banner import Banner
from .views.entry_grid import EntryGrid
from .views.sector_list import SectorList
from .window_chrome import WindowChrome
from .window_keys import WindowKeys
from .window_slots import WindowSlots
from .window_state import ViewSettings, WindowState, default_sizes
from .window_writer import WindowWriter

if TYPE_CHECKING:
    from sqlite_utils import Database

translate = QCoreApplication.translate


def _shown(name: str) -> property:
    """A window attribute that is a field of its state object."""
    return property(
        lambda self: getattr(self.state, name), lambda self, value: setattr(self.state, name, value)
    )


class MainWindow(WindowChrome, WindowSlots, QMainWindow):
    """The clerk's workspace; owns the undo stack and wires the dialogs of the other parts."""

    def __init__(
        self, db: Database, db_path: Path, *, settings: QSettings | None = None, with_chart: bool = True
    ) -> None:
        super().__init__()
        self.db, self.db_path = db, Path(db_path)
        set_open_database(self.db_path)  # save dialogs never write over it, its working files or backups
        self.read_only = is_read_only(db)  # a second window or a read-only file: nothing editable
        self.qsettings = settings if settings is not None else QSettings("nxdesk", "nxdesk")
        self.undo_stack = QUndoStack(self)
        self.chart = None
        self.state = WindowState(self)
        self.view_settings = ViewSettings(self, self.qsettings)
        self.state.changed.connect(self._follow_state)
        self._chart_shows: tuple | None = None
        self._rows: list[SummaryRow] = []
        self._threshold = 70.0
        self._chosen_empty_year: int | None = None
        self._first_run = None
        self._plan_changed_since_lock = False
        self._data_version = data_version(db)
        self._shown_once = False
        self._build()
        self._restore_state()
        self.refresh()
        self._tell_setting_problems()
        self.grid.setFocus()  # typing goes straight into the grid
        if with_chart:  # pyqtgraph costs ~0.4 s to import: only once the window is on screen
            after_first_paint(self, self._install_chart)

    # --- what is shown: the state object's fields -----------------------------------------------------------
    year = _shown("year")
    months = _shown("months")
    sector_id = _shown("sector_id")
    _summary = _shown("summary")
    _locked = _shown("locked")

    # --- building ------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setMinimumSize(640, 480)
        self.grid = EntryGrid(self)
        self.writer = WindowWriter(self)
        self.grid.entry_model.writer = self.writer.commit
        self.grid.message.connect(self.show_problem)
        self.grid.current_target_changed.connect(self._target_changed)
        self.grid.setContextMenuPolicy(Qt.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._grid_menu)
        self.sectors = SectorList(self)
        self.sectors.sector_chosen.connect(self._sector_chosen)
        self.grid.dismissed.connect(lambda: self.banner.hide())
        self.keys = WindowKeys(self)
        middle = QWidget(self)
        layout = QVBoxLayout(middle)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.keys.find_bar)
        layout.addWidget(self.grid)
        self.banner = Banner(self.grid)
        self.chart_placeholder = QWidget(self)
        self.chart_placeholder.setMinimumWidth(200)
        self.splitter = QSplitter(Qt.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sectors)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.chart_placeholder)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes(default_sizes(1600))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)
        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self.status_file = QLabel(self)
        self.status_saved = QLabel(self)
        self.status_counts = QLabel(self)
        self.statusBar().addWidget(self.status_file)
        self.statusBar().addWidget(self.status_saved)
        self.statusBar().addPermanentWidget(self.status_counts)
        self.status_file.setText(str(self.db_path))

    # --- state between runs --------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        self.view_settings.restore()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.view_settings.keep_grid_in_view()

    def save_state(self) -> None:
        self.view_settings.save()

    def _set_period_box(self, months: int, preferred: int = -1) -> None:
        box = self.period_box
        if not (0 <= preferred < box.count() and box.itemData(preferred) == months):
            current = box.currentIndex()
            if current >= 0 and box.itemData(current) == months:
                preferred = current
            else:
                named = [i for i in range(box.count()) if box.itemData(i) == months]
                preferred = named[-1]  # "9 tháng" rather than "Tháng 9"
        box.blockSignals(True)
        box.setCurrentIndex(preferred)
        box.blockSignals(False)

    def _fill_years(self) -> list[int]:
        known = years(self.db)
        shown = sorted(set(known) | ({self._chosen_empty_year} if self._chosen_empty_year else set()))
        if shown and self.year not in shown:
            self.year = max(y for y in shown if y <= self.year) if min(shown) <= self.year else shown[0]
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for y in shown:
            self.year_box.addItem(str(y), y)
        if self.year in shown:
            self.year_box.setCurrentIndex(shown.index(self.year))
        self.year_box.blockSignals(False)
        return shown

    # --- reading -------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read everything for the current year, period and sector (after a dialog changed data)."""
        self._data_version = data_version(self.db)
        self._update_title()
        shown = self._fill_years()
        self._enable_data_actions(bool(shown))
        if not shown:
            self._show_first_run()
            return
        self.stack.setCurrentWidget(self.splitter)
        self._load_period()

    def _enable_data_actions(self, enabled: bool) -> None:
        """Without any year (first run) only the plan editor, settings and backups make sense; a file opened
        read-only can be looked at and printed, not changed."""
        for widget in (self.year_box, self.period_box, self.radio_estimate, self.radio_official):
            widget.setEnabled(enabled)
        for action in (self.act_summary, self.act_lock, self.act_history, self.act_entry_book):
            action.setEnabled(enabled)
        for action in (self.act_plan, self.act_lock, self.act_settings, self.act_import, self.act_assigned):
            action.setEnabled(action.isEnabled() and not self.read_only)

    def _load_period(self) -> None:
        summary = load_summary(self.db, self.year, self.months)
        self._summary = summary
        self._rows = list(summary.rows)
        self._threshold = summary.threshold_pct
        self._earlier = earlier_max(self.db, self.year, self.months)
        self._locked = self.read_only or locks.is_locked(self.db, self.year, self.months)
        self._plan_changed_since_lock = not self.read_only and differs_from_snapshot(
            self.db, self.year, self.months
        )
        self._last_year_locked = self.read_only or locks.is_locked(self.db, self.year - 1, self.months)
        present = {r.input.sector_id for r in self._rows}
        sectors = [s for s in list_sectors(self.db) if s.id in present] or list_sectors(self.db)
        counts = self._sector_counts()
        self.sectors.set_sectors(
            [(s.id, s.name, *counts.get(s.id, (0, 0, 0))) for s in sectors], self.sector_id
        )
        self.sector_id = self.sectors.current_sector()
        self._show_sector()

    def _sector_counts(self) -> dict[int, tuple[int, int, int]]:
        """(on track, with a plan, with a figure) of each sector's top-level targets."""
        counts: dict[int, tuple[int, int, int]] = {}
        for r in self._rows:
            if r.input.parent is not None or r.judged_plan is None:  # counted only with a plan
                continue
            good, total, entered = counts.get(r.input.sector_id, (0, 0, 0))
            counts[r.input.sector_id] = (
                good + r.assessment.is_good,
                total + 1,
                entered + (r.input.value is not None),
            )
        return counts

    def _sector_rows(self) -> list[SummaryRow]:
        return self.keys.shown_rows([r for r in self._rows if r.input.sector_id == self.sector_id])

    def _show_sector(self) -> None:
        current = self.grid.current_target()
        column = self.grid.currentIndex().column()
        self.grid.entry_model.set_rows(
            self._sector_rows(),
            self.year,
            self.months,
            earlier_max=self._earlier,
            locked=self._locked,
            last_year_locked=self._last_year_locked,
            level=self._summary.level,
        )
        if current is not None and self.grid.entry_model.row_of_target(current) is not None:
            self.grid.select_target(current, column)
        elif self.grid.entry_model.rowCount():
            self.grid.setCurrentIndex(self.grid.entry_model.index(0, max(column, 5)))
        self._show_lock_state()
        self.state.publish()

    def _show_lock_state(self) -> None:
        period_locked = locks.is_locked(self.db, self.year, self.months)
        self.act_lock.setText(
            translate("MainWindow", "Unlock figures")
            if period_locked
            else translate("MainWindow", "Lock figures")
        )
        if self.read_only:
            self.show_notice(
                translate("MainWindow", "This data file is open for reading only: nothing can be changed.")
            )
        elif self._locked:
            text = translate("MainWindow", "%1 %2 is locked: the figures are final and read-only.")
            if self._plan_changed_since_lock:
                text += "\n" + translate(
                    "MainWindow",
                    "The plan or the targets of %2 have changed since %1 was locked; this locked report "
                    "still shows them as they were at locking. Later periods use the new plan.",
                )
            self.show_notice(text.replace("%1", period_name(self.months)).replace("%2", str(self.year)))
        else:
            self.banner.hide()

    def _update_counts(self) -> None:
        c = count(self._rows, self._threshold)
        threshold = format_pct(self._threshold)
        self.status_counts.setText(
            translate("MainWindow", "%1 %2: %3/%4 targets at %5% of plan or more")
            .replace("%1", period_name(self.months))
            .replace("%2", str(self.year))
            .replace("%3", str(c["at_least_threshold"]))
            .replace("%4", str(c["total"]))
            .replace("%5", threshold)
        )

    def _update_title(self) -> None:
        body = load_settings(self.db).issuing_body
        name = self.db_path.name + (translate("MainWindow", " (read only)") if self.read_only else "")
        parts = ["nxdesk", body, name] if body else ["nxdesk", name]
        self.setWindowTitle(" — ".join(parts))

    # --- messages ------------------------------------------------------------------------------------------
    def _tell_setting_problems(self) -> None:
        """Once, on opening: stored settings that do not pass their check and read as their defaults."""
        problems = stored_problems(self.db)
        if problems:
            self.show_problem("\n".join(setting_problem_text(p) for p in problems))

    def show_problem(self, text: str) -> None:
        self.banner.show_text("⚠ " + text, "problem")
        self.statusBar().showMessage(text.splitlines()[0], 8000)

    def show_notice(self, text: str) -> None:
        self.banner.show_text(text, "notice")

    def _saved(self) -> None:
        self.status_saved.setText(
            translate("MainWindow", "Saved at %1").replace("%1", datetime.now().strftime("%H:%M:%S"))
        )
        if self._locked:
            self._show_lock_state()
        else:
            self.banner.hide()

    # --- changes made outside the window, and writing ------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.WindowActivate:
            self.check_outside_changes()
        return super().event(event)

    def check_outside_changes(self) -> bool:
        return self.writer.check_outside_changes()

    def _after_write(self) -> None:
        self._reload_sector()
        self._saved()

    def _reload_sector(self) -> None:
        """Re-read the period (one query, shared with the chart); update only the grid rows that changed."""
        self._summary = load_summary(self.db, self.year, self.months)
        self._rows = list(self._summary.rows)
        self.grid.entry_model.update_rows(self._sector_rows())
        self.sectors.update_counts(self._sector_counts())
        self.state.publish()

    def _follow_state(self) -> None:
        """The status line's counts and the chart follow what the window shows."""
        self._update_counts()
        if self.chart is not None:
            shown = (self.year, self.months, self.sector_id)
            if shown != self._chart_shows:
                self._chart_shows = shown
                self.chart.set_context(*shown, self._summary)
            else:
                self.chart.refresh(self._summary)

    # --- navigation ----------------------------------------------------------------------------------------
    def go_to(self, year: int, months: int, sector_id: int | None) -> None:
        """Show (year, months, sector) — used by undo/redo to return to the edit's place."""
        self.year, self.months, self.sector_id = year, months, sector_id
        self._set_period_box(months)
        self._fill_years()
        self._load_period()

    def _year_chosen(self, index: int) -> None:
        year = self.year_box.itemData(index)
        if year is None or year == self.year:
            return
        if not self.grid.commit_open_editor():
            self._fill_years()
            return
        self.year = year
        self._load_period()

    def _period_chosen(self, index: int) -> None:
        months = self.period_box.itemData(index)
        if months is None:
            return
        if not self.grid.commit_open_editor():
            self._set_period_box(self.months)
            return
        if months != self.months:
            self.months = months
            self._load_period()

    def _sector_chosen(self, sector_id: int) -> None:
        if sector_id == self.sector_id:
            return
        if not self.grid.commit_open_editor():
            self.sectors.choose(self.sector_id)
            return
        self.sector_id = sector_id
        self._show_sector()

    def _status_mode_changed(self) -> None:
        status = Status.ESTIMATE if self.radio_estimate.isChecked() else Status.OFFICIAL
        self.grid.entry_model.default_status = status

    def _target_changed(self, target_id) -> None:
        if self.chart is not None:
            self.chart.select_target(target_id)

    # --- chart pane ----------------------------------------------------------------------------------------
    def _install_chart(self) -> None:
        from .chart.pane import ChartPane

        pane = ChartPane(self.db, self)
        index = self.splitter.indexOf(self.chart_placeholder)
        sizes = self.splitter.sizes()
        self.splitter.replaceWidget(index, pane)
        self.chart_placeholder.deleteLater()
        self.splitter.setSizes(sizes)
        self.chart = pane
        pane.setVisible(self.keys.act_chart.isChecked())
        pane.target_clicked.connect(self._chart_clicked)
        self._chart_shows = (self.year, self.months, self.sector_id)
        pane.set_context(*self._chart_shows, self._summary)
        pane.select_target(self.grid.current_target())

    def _chart_clicked(self, target_id: int) -> None:
        """A bar was clicked: select its row, switching sector first when the bar (in the all-sectors view)
        belongs to another sector than the grid shows."""
        if self.grid.entry_model.row_of_target(target_id) is None and self.chart is not None:
            sector = self.chart.sector_of(target_id)
            if sector is not None and sector != self.sector_id:
                self.go_to(self.year, self.months, sector)
        self.grid.select_target(target_id)
        self.grid.setFocus()

    # --- closing -------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.grid.commit_open_editor():
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)
