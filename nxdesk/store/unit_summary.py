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


_FIGURES = (
    "SELECT unit_id, target_id, year, months, value, status, note FROM unit_entries"
    " WHERE (year = ? AND months = ?) OR (year = ? AND months IN (?, 12))"
)
_NO_FIGURE = (None, None, None)
_STATUS = {None: None, "estimate": Status.ESTIMATE, "official": Status.OFFICIAL}


def _unit_input(base: dict, **unit_fields) -> SummaryInput:
    """A :class:`SummaryInput` with the office target's fields and the unit's own, made without running the
    dataclass's generated ``__init__`` (it only assigns the fields; a frozen one pays an
    ``object.__setattr__`` per field, which was most of the matrix's time for 170 × 40 cells)."""
    item = object.__new__(SummaryInput)
    item.__dict__.update(base)
    item.__dict__.update(unit_fields)
    return item


def by_unit(db: Database, year: int, months: int, sector_id: int | None = None) -> ByUnit:
    """Every unit's summary of the period (of one sector's targets when ``sector_id`` is given)."""
    threshold = load_settings(db).threshold_pct
    period = Period(year, months)
    office = live_summary_inputs(db, year, months, sector_id)
    units = list_units(db, include_retired=False)
    plans: dict[int, dict[int, str]] = {}
    for unit_id, target, expression in db.execute(
        "SELECT unit_id, target_id, expression FROM unit_plans WHERE year = ?", [year]
    ):
        plans.setdefault(unit_id, {})[target] = expression
    now: dict[int, dict[int, tuple]] = {}
    last: dict[int, dict[int, tuple]] = {}
    last_full: dict[int, dict[int, tuple]] = {}
    for unit_id, target, y, m, value, status, note in db.execute(_FIGURES, [year, months, year - 1, months]):
        figure = (value, _STATUS[status], note)
        if y == year:
            now.setdefault(unit_id, {})[target] = figure
        else:
            if m == months:
                last.setdefault(unit_id, {})[target] = figure
            if m == 12:
                last_full.setdefault(unit_id, {})[target] = figure
    got = receipts(db, year, months)
    per_unit: list[list[SummaryInput]] = []
    results = []
    bases = [dict(o.__dict__, plan_own=None, plan_term=None, expected_year_end=None) for o in office]
    for unit in units:
        unit_plans, unit_now = plans.get(unit.id, {}), now.get(unit.id, {})
        unit_last, unit_full = last.get(unit.id, {}), last_full.get(unit.id, {})
        items = []
        for o, base in zip(office, bases, strict=True):
            tid = o.target_id
            value, status, note = unit_now.get(tid, _NO_FIGURE)
            ly_value, ly_status, _ = unit_last.get(tid, _NO_FIGURE)
            items.append(
                _unit_input(
                    base, plan_upper=unit_plans.get(tid), value=value, status=status, note=note,
                    last_year_value=ly_value, last_year_status=ly_status,
                    last_year_full=unit_full.get(tid, _NO_FIGURE)[0],
                )
            )  # fmt: skip
        per_unit.append(items)
        results.append(UnitSummary(unit, build_summary(items, period, threshold), got.get(unit.id)))
    rollup = build_summary(rollup_inputs(office, per_unit), period, threshold)
    return ByUnit(period, results, rollup)
