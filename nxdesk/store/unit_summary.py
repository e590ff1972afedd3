"""The summary of one period for each subordinate unit (judged against the plan assigned to it), and the
roll-up: what the units × targets matrix and ``summary --by-unit`` show."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from ..domain.periods import Period
from ..domain.rollup import rollup_inputs
from ..domain.summary import Summary, SummaryInput, build_summary
from ..domain.targets import Status
from .settings import load_settings
from .summary import live_summary_inputs
from .unit_entries import Receipt, receipts
from .units import Unit, list_units


@dataclass(frozen=True)
class UnitSummary:
    """One unit's summary for the period and the last package received from it (``None``: missing)."""

    unit: Unit
    summary: Summary
    receipt: Receipt | None


@dataclass(frozen=True)
class ByUnit:
    """Every (not retired) unit's summary for the period, and the area's roll-up."""

    period: Period
    units: list[UnitSummary]
    rollup: Summary


# What a unit's row takes from the office's target; plans and figures are the unit's own.
_FIELDS = ("code", "name", "unit", "sector", "kind", "direction", "parent", "decimals", "baseline",
           "pace_pct", "target_id", "sector_id")  # fmt: skip
_FIGURES = (
    "SELECT unit_id, target_id, year, months, value, status, note FROM unit_entries WHERE year IN (?, ?)"
)


def by_unit(db: Database, year: int, months: int, sector_id: int | None = None) -> ByUnit:
    """Every unit's summary of the period (of one sector's targets when ``sector_id`` is given)."""
    threshold = load_settings(db).threshold_pct
    period = Period(year, months)
    office = live_summary_inputs(db, year, months, sector_id)
    units = list_units(db, include_retired=False)
    plans: dict[tuple[int, int], str] = {}
    for unit_id, target, expression in db.execute(
        "SELECT unit_id, target_id, expression FROM unit_plans WHERE year = ?", [year]
    ):
        plans[unit_id, target] = expression
    figures: dict[tuple[int, int, int, int], tuple] = {}
    for unit_id, target, y, m, value, status, note in db.execute(_FIGURES, [year, year - 1]):
        figures[unit_id, target, y, m] = (value, status, note)
    got = receipts(db, year, months)
    per_unit: list[list[SummaryInput]] = []
    results = []
    bases = [{f: getattr(o, f) for f in _FIELDS} for o in office]
    for unit in units:
        items = []
        for o, base in zip(office, bases, strict=True):
            now = figures.get((unit.id, o.target_id, year, months))
            last = figures.get((unit.id, o.target_id, year - 1, months))
            last_full = figures.get((unit.id, o.target_id, year - 1, 12))
            items.append(
                SummaryInput(
                    **base, plan_upper=plans.get((unit.id, o.target_id)),
                    value=now[0] if now else None, status=Status(now[1]) if now else None,
                    note=now[2] if now else None,
                    last_year_value=last[0] if last else None,
                    last_year_status=Status(last[1]) if last else None,
                    last_year_full=last_full[0] if last_full else None,
                )
            )  # fmt: skip
        per_unit.append(items)
        results.append(UnitSummary(unit, build_summary(items, period, threshold), got.get(unit.id)))
    rollup = build_summary(rollup_inputs(office, per_unit), period, threshold)
    return ByUnit(period, results, rollup)
