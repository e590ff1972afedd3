"""The main window: year and period toolbar, sector list, entry grid, chart pane, status bar.

Switching period reads the whole period once (``store.summary.load_summary``) into the window's state;
switching sector only changes the state's sector. The sector list, grid, status line and chart follow the
state (``window_views.StateViews``). A commit writes one transaction (``window_writer``), then re-reads the
period. The other dialogs are imported lazily in their slots.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.summary import SummaryRow
from ..domain.targets import Status
from ..store import locks
from ..store.db import data_version, is_read_only
from ..store.entries import earlier_max
from ..store.lock_snapshots import differs_from_snapshot
from ..store.sectors import list_sectors
from ..store.settings import load_settings, stored_problems
from ..store.summary import load_summary, reread_targets
from ..store.targets import years
from .dialog_service import set_open_database
from .first_paint import after_first_paint
from .i18n import setting_problem_text
from .live_texts import LiveTexts
from .views.banner import Banner
from .views.entry_grid import EntryGrid
from .views.sector_list import SectorList
from .window_chrome import WindowChrome
from .window_keys import WindowKeys
from .window_periods import PeriodViews
from .window_slots import WindowSlots
from .window_state import ViewSettings, WindowState, default_sizes
from .window_views import StateViews
from .window_writer import WindowWriter

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .models.changes import Change

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
        self._chosen_empty_year: int | None = None
        self._first_run = None
        self._data_version = data_version(db)
        self._shown_once = False
        self.texts = LiveTexts()
        self._language_shown = QLocale().name()
        self._build()
        self.views = StateViews(self)
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

    @property
    def _rows(self) -> list[SummaryRow]:
        """Every row of the period shown."""
        return self.state.summary.rows if self.state.summary is not None else []

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
        layout.addWidget(self.grid, 1)
        self.banner = Banner(middle)
        layout.addWidget(self.banner)
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
        self.periods = PeriodViews(self)
        self.periods.add_to_menus()
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
        """Read the period shown (one query for the summary) and publish it with its sectors and locks."""
        db, year, months = self.db, self.year, self.months
        summary = load_summary(db, year, months)
        present = {r.input.sector_id for r in summary.rows}
        sectors = [s for s in list_sectors(db) if s.id in present] or list_sectors(db)
        ids = [s.id for s in sectors]
        period_locked = locks.is_locked(db, year, months)
        self.state.publish(
            summary=summary,
            sectors=sectors,
            sector_id=self.sector_id if self.sector_id in ids else (ids[0] if ids else None),
            earlier_max=earlier_max(db, year, months),
            period_locked=period_locked,
            locked=self.read_only or period_locked,
            plan_changed_since_lock=not self.read_only and differs_from_snapshot(db, year, months),
            last_year_locked=self.read_only or locks.is_locked(db, year - 1, months),
            reading=self.state.reading + 1,
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Name everything again in the interface language now installed, in this window: actions, menus,
        toolbar, the grid's headers and cells, the sector list, the status line and the notices."""
        if QLocale().name() == self._language_shown:
            return
        self._language_shown = QLocale().name()
        self.texts.apply()
        self._update_title()
        if self.chart is not None:
            self.chart.retranslate()
        if self.state.summary is not None:
            self.views.forget()
            self.state.publish()

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
        self.state.publish(saved_at=datetime.now())

    # --- changes made outside the window, and writing ------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.WindowActivate:
            self.check_outside_changes()
        return super().event(event)

    def check_outside_changes(self) -> bool:
        return self.writer.check_outside_changes()

    def _after_write(self, written: list[Change]) -> None:
        """Re-read what the write changed, shared with the chart: the written targets' rows when it wrote only
        figures of the period shown or of the same period last year, else the whole period. The grid updates
        the rows that changed."""
        summary, shown = self.state.summary, (self.year, self.months)
        if (
            written
            and summary is not None
            and (summary.period.year, summary.period.months) == shown
            and all((c.year, c.months) in (shown, (self.year - 1, self.months)) for c in written)
        ):
            summary = reread_targets(self.db, summary, {c.target_id for c in written})
        else:
            summary = load_summary(self.db, self.year, self.months)
        self.state.publish(summary=summary, saved_at=datetime.now())

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
        self.state.publish(sector_id=sector_id)

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
        if self.state.summary is not None:
            self.views.show_chart()
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
