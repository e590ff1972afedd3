"""The views that follow the window's state (:class:`~nxdesk.ui.window_state.WindowState`): the sector list,
the entry grid, the lock notice, the status line and the chart pane. Each ``changed`` of the state brings
them all up to date — a new reading of the period, or a new sector or filter, fills the grid anew; the
re-read after a write updates only the rows that changed — so no slot picks which of them to refresh."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.numbers import format_pct
from ..domain.summary import SummaryRow, count
from .i18n import period_name

translate = QCoreApplication.translate


def sector_counts(rows: list[SummaryRow]) -> dict[int, tuple[int, int, int]]:
    """(on track, with a plan, with a figure) of each sector's top-level targets."""
    counts: dict[int, tuple[int, int, int]] = {}
    for r in rows:
        if r.input.parent is not None or r.judged_plan is None:  # counted only with a plan
            continue
        good, total, entered = counts.get(r.input.sector_id, (0, 0, 0))
        counts[r.input.sector_id] = (
            good + r.assessment.is_good,
            total + 1,
            entered + (r.input.value is not None),
        )
    return counts


class StateViews:
    """Keeps the sector list, grid, lock notice, status line and chart in step with ``window.state``."""

    def __init__(self, window) -> None:
        self.w = window
        self._sectors_shown: list[tuple[int, str]] | None = None
        self._grid_shows: tuple | None = None
        self._chart_shows: tuple | None = None
        window.state.changed.connect(self.follow)

    def follow(self) -> None:
        if self.w.state.summary is None:
            return
        self.show_sectors()
        self.show_grid()
        self.show_lock_state()
        self.show_status()
        self.show_chart()

    def forget(self) -> None:
        """Show everything anew at the next change (the interface language changed)."""
        self._sectors_shown = self._grid_shows = self._chart_shows = None

    def sector_rows(self) -> list[SummaryRow]:
        s = self.w.state
        return self.w.keys.shown_rows([r for r in s.summary.rows if r.input.sector_id == s.sector_id])

    # --- the sector list and the grid ----------------------------------------------------------------------
    def show_sectors(self) -> None:
        s, sectors = self.w.state, self.w.sectors
        counts = sector_counts(s.summary.rows)
        shown = [(sector.id, sector.name) for sector in s.sectors]
        if shown != self._sectors_shown:
            self._sectors_shown = shown
            sectors.set_sectors([(i, name, *counts.get(i, (0, 0, 0))) for i, name in shown], s.sector_id)
        else:
            sectors.update_counts(counts)
            if sectors.current_sector() != s.sector_id and s.sector_id is not None:
                sectors.choose(s.sector_id)

    def show_grid(self) -> None:
        w, s = self.w, self.w.state
        model, grid = w.grid.entry_model, w.grid
        rows = self.sector_rows()
        place = (s.reading, s.year, s.months, s.sector_id, s.locked, s.last_year_locked, w.keys.behind_only)
        if place == self._grid_shows and [r.input.target_id for r in rows] == [
            g.target_id for g in model.rows()
        ]:
            model.update_rows(rows, s.summary.rows)
            return
        self._grid_shows = place
        current = grid.current_target()
        column = grid.currentIndex().column()
        model.set_rows(
            rows,
            s.year,
            s.months,
            earlier_max=s.earlier_max,
            locked=s.locked,
            last_year_locked=s.last_year_locked,
            level=s.summary.level,
            period_rows=s.summary.rows,
        )
        if current is not None and model.row_of_target(current) is not None:
            grid.select_target(current, column)
        elif model.rowCount():
            grid.setCurrentIndex(model.index(0, max(column, 5)))

    # --- the lock notice and the status line ---------------------------------------------------------------
    def show_lock_state(self) -> None:
        w, s = self.w, self.w.state
        w.act_lock.setText(
            translate("MainWindow", "Unlock figures")
            if s.period_locked
            else translate("MainWindow", "Lock figures")
        )
        if w.read_only:
            w.show_notice(
                translate("MainWindow", "This data file is open for reading only: nothing can be changed.")
            )
        elif s.locked:
            text = translate("MainWindow", "%1 %2 is locked: the figures are final and read-only.")
            if s.plan_changed_since_lock:
                text += "\n" + translate(
                    "MainWindow",
                    "The plan or the targets of %2 have changed since %1 was locked; this locked report "
                    "still shows them as they were at locking. Later periods use the new plan.",
                )
            w.show_notice(text.replace("%1", period_name(s.months)).replace("%2", str(s.year)))
        else:
            w.banner.hide()

    def show_status(self) -> None:
        w, s = self.w, self.w.state
        c = count(s.summary.rows, s.summary.threshold_pct)
        w.status_counts.setText(
            translate("MainWindow", "%1 %2: %3/%4 targets at %5% of plan or more")
            .replace("%1", period_name(s.months))
            .replace("%2", str(s.year))
            .replace("%3", str(c["at_least_threshold"]))
            .replace("%4", str(c["total"]))
            .replace("%5", format_pct(s.summary.threshold_pct))
        )
        if s.saved_at is not None:
            w.status_saved.setText(
                translate("MainWindow", "Saved at %1").replace("%1", s.saved_at.strftime("%H:%M:%S"))
            )

    # --- the chart pane ------------------------------------------------------------------------------------
    def show_chart(self) -> None:
        w, s = self.w, self.w.state
        if w.chart is None:
            return
        shown = (s.year, s.months, s.sector_id)
        if shown != self._chart_shows:
            self._chart_shows = shown
            w.chart.set_context(*shown, s.summary)
        else:
            w.chart.refresh(s.summary)
