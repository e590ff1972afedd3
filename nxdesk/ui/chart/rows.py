"""What the bar charts draw, row by row, from a domain Summary (no Qt drawing here, no recomputation)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ...domain.levels import PlanRole, is_budget_target
from ...domain.numbers import format_number, format_pct
from ...domain.periods import roman
from ...domain.summary import Summary, SummaryRow
from ...domain.targets import Assessment, Direction
from ..level_text import plan_line
from .style import assessment_name

translate = QCoreApplication.translate

CAP_PCT = 150.0  # bars beyond this are cut at the cap (and marked) so one 188 % line does not squash the rest
NEGATIVE_FLOOR = -50.0


BAR_HEIGHT = 0.62  # of a row
MIN_ROWS = 8  # the chart's height is shared by at least this many rows
ROW_PX = 24
LABEL_ROOM_PX = 58  # room right of the cap for the texts at the bars' ends ("182% »")
MIN_TICK_PX = 34  # closer tick labels would run into each other


def x_end(low: float, cap: float, px: float) -> float:
    """The right end of the x axis: the axis up to the cap, then a fixed room in pixels for the texts."""
    span = cap - low
    room = span * LABEL_ROOM_PX / (px - LABEL_ROOM_PX) if px > 2 * LABEL_ROOM_PX else span * 0.3
    return cap + room


def axis_ticks(
    low: float, cap: float, pace: float | None, px_per_pct: float
) -> tuple[list[float], list[float]]:
    """Top axis: 100 %, the pace (None: not shown), the cap and 0, leaving out any too close to one kept;
    bottom axis: even steps up to the cap (nothing past it: the room there is for the texts)."""
    wanted = [100.0] + ([pace] if pace is not None else []) + [cap, 0.0, low]
    kept: list[float] = []
    for v in wanted:
        if all(abs(v - k) * px_per_pct >= MIN_TICK_PX for k in kept):
            kept.append(v)
    step = next((s for s in (25, 50, 100) if s * px_per_pct >= MIN_TICK_PX + 10), 150)
    first = math.ceil(low / step) * step
    return sorted(kept), [float(v) for v in range(int(first), int(cap) + 1, step)]


@dataclass(frozen=True)
class BarRow:
    """One row of a bar chart: a target's bar, or (``row is None``) a sector heading."""

    label: str
    row: SummaryRow | None = None

    @property
    def is_heading(self) -> bool:
        return self.row is None

    @property
    def target_id(self) -> int | None:
        return None if self.row is None else self.row.input.target_id

    @property
    def pct(self) -> float | None:
        return None if self.row is None else self.row.pct_plan

    @property
    def assessment(self) -> Assessment:
        return Assessment.NO_DATA if self.row is None else self.row.assessment


def bar_rows(summary: Summary, grouped: bool) -> list[BarRow]:
    """The summary's rows in print order; with ``grouped`` a heading row before each sector."""
    out: list[BarRow] = []
    sector = object()
    number = 0
    for row in summary.rows:
        if grouped and row.input.sector_id != sector:
            sector = row.input.sector_id
            number += 1
            out.append(BarRow(f"{roman(number)}. {row.input.sector.upper()}"))
        label = row.input.name if row.input.parent is None else f"   – {row.input.name}"
        out.append(BarRow(label, row))
    return out


def axis_span(rows: list[BarRow], pace: float) -> tuple[float, float]:
    """(low, cap) of the percentage axis: at least 0–100 % and the pace, at most ``CAP_PCT``; bars
    beyond ``cap`` are cut there."""
    pcts = [r.pct for r in rows if r.pct is not None]
    high = max([100.0, pace, *pcts])
    cap = min(high, CAP_PCT)
    low = max(min([0.0, *pcts]), NEGATIVE_FLOOR)
    return low, cap


def bar_length(pct: float | None, low: float, cap: float) -> float:
    """The drawn length: the percentage clipped to the axis (0 for no percentage)."""
    if pct is None:
        return 0.0
    return min(max(pct, low), cap)


def is_capped(pct: float | None, cap: float) -> bool:
    return pct is not None and pct > cap + 1e-9


def pct_text(pct: float | None) -> str:
    return "" if pct is None else f"{format_pct(pct)}%"


def bar_text(bar: BarRow, cap: float) -> str:
    """The text at the end of a bar: ``48,7%``, ``182% »`` when cut at the cap, or the assessment when
    there is no percentage."""
    if bar.is_heading:
        return ""
    if bar.pct is None:
        if bar.row.input.value is not None and bar.row.judged_plan is None:
            return translate("ChartRows", "no plan")
        return assessment_name(bar.assessment)
    return pct_text(bar.pct) + (" »" if is_capped(bar.pct, cap) else "")


def tooltip(bar: BarRow, cap: float, level: str | None = None) -> str:
    """Full name, value, plan, % and assessment of a target's bar (plain text, one fact a line); the plans
    named as the office's ``level`` names them."""
    if bar.row is None:
        return bar.label
    r = bar.row
    unit = f" {r.input.unit}" if r.input.unit else ""
    lines = [r.input.name]
    if r.input.value is None:
        lines.append(translate("ChartRows", "Value: none entered"))
    else:
        value = format_number(r.input.value, max_decimals=r.decimals) + unit
        if r.is_estimate:
            value += " " + translate("ChartRows", "(estimate)")
        lines.append(translate("ChartRows", "Value: %1").replace("%1", value))
    budget = is_budget_target(r.input.name)
    if r.plan_own is not None:
        lines.append(plan_line(level, PlanRole.OWN, r.plan_own.text + unit, budget=budget))
    if r.plan_upper is not None:
        lines.append(plan_line(level, PlanRole.UPPER, r.plan_upper.text + unit, budget=budget))
    if r.plan_term is not None:
        lines.append(plan_line(level, PlanRole.TERM, r.plan_term.text + unit))
    if r.plan_own is None and r.plan_upper is None:
        lines.append(translate("ChartRows", "No plan"))
    if r.pct_plan is not None:
        lines.append(translate("ChartRows", "%1 of plan").replace("%1", pct_text(r.pct_plan)))
        if is_capped(r.pct_plan, cap):
            lines.append(translate("ChartRows", "(bar cut at %1)").replace("%1", pct_text(cap)))
    elif r.input.value is not None:
        lines.append(translate("ChartRows", "No % of plan can be computed"))
    if r.input.direction is Direction.DOWN:
        if r.input.reference_baseline is not None:
            lines.append(
                translate("ChartRows", "Lower is better (baseline %1)").replace(
                    "%1", format_number(r.input.reference_baseline, max_decimals=r.decimals) + unit
                )
            )
        else:
            lines.append(translate("ChartRows", "Lower is better"))
    lines.append(translate("ChartRows", "Assessment: %1").replace("%1", assessment_name(r.assessment)))
    if r.input.note:
        lines.append(translate("ChartRows", "Note: %1").replace("%1", r.input.note))
    return "\n".join(lines)
