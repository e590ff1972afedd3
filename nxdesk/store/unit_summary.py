"""The summary of one period for each subordinate unit (judged against the plan assigned to it), and the
roll-up: what the units × targets matrix and ``summary --by-unit`` show. A locked period shows the office's
targets (names, units, order, the office's plans) as they were frozen at the lock."""

from __future__ import annotations

import itertools
from collections import OrderedDict
from dataclasses import dataclass

from sqlite_utils import Database

from ..domain.periods import Period
from ..domain.rollup import rollup_inputs
from ..domain.summary import Summary, SummaryInput, TargetRows, build_summary, count
from ..domain.targets import Status
from .kept import KeptWhileUnchanged
from .settings import load_settings
from .summary import summary_inputs
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
    " WHERE ((year = ? AND months = ?) OR (year = ? AND months IN (?, 12))){sector}"
)
_PLANS = "SELECT unit_id, target_id, expression FROM unit_plans WHERE year = ?{sector}"
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


# Each unit's computed summary, keyed by everything it is computed from (the period, the threshold, the
# office's targets of the period and the unit's plans and figures): a matrix shown again, or after one unit's
# package arrived, recomputes only the units whose data changed. Keyed by content, so never stale. The
# office's part of the key (the same for every unit) is one small number standing for that content.
_CACHE: OrderedDict[tuple, tuple[Summary, list[SummaryInput]]] = OrderedDict()
_CACHE_SIZE = 4096
_OFFICE_TOKENS: OrderedDict[tuple, int] = OrderedDict()
_TOKENS = itertools.count()
_LAST: KeptWhileUnchanged[ByUnit] = KeptWhileUnchanged()  # the whole matrix


def _office_token(content: tuple) -> int:
    token = _OFFICE_TOKENS.get(content)
    if token is None:
        token = _OFFICE_TOKENS[content] = next(_TOKENS)
        if len(_OFFICE_TOKENS) > 64:
            _OFFICE_TOKENS.popitem(last=False)
    return token


def _cached(key: tuple) -> tuple[Summary, list[SummaryInput]] | None:
    found = _CACHE.get(key)
    if found is not None:
        _CACHE.move_to_end(key)
    return found


def _remember(key: tuple, value: tuple[Summary, list[SummaryInput]]) -> None:
    _CACHE[key] = value
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)


def _content(figures: dict[int, tuple]) -> frozenset:
    return frozenset(figures.items())


def by_unit(db: Database, year: int, months: int, sector_id: int | None = None) -> ByUnit:
    """Every unit's summary of the period (of one sector's targets when ``sector_id`` is given)."""
    return _LAST.get(db, (year, months, sector_id), lambda: _by_unit(db, year, months, sector_id))


def _by_unit(db: Database, year: int, months: int, sector_id: int | None) -> ByUnit:
    threshold = load_settings(db).threshold_pct
    period = Period(year, months)
    office = summary_inputs(db, year, months, sector_id)  # a locked period: its targets as at the lock
    units = list_units(db, include_retired=False)
    plans: dict[int, dict[int, str]] = {}
    sector, extra = "", []
    if sector_id is not None:  # only the sector's targets (as the period shows them) are read
        ids = [o.target_id for o in office]
        sector, extra = f" AND target_id IN ({','.join('?' * len(ids))})", ids
    for unit_id, target, expression in db.execute(_PLANS.format(sector=sector), [year, *extra]):
        plans.setdefault(unit_id, {})[target] = expression
    now: dict[int, dict[int, tuple]] = {}
    last: dict[int, dict[int, tuple]] = {}
    last_full: dict[int, dict[int, tuple]] = {}
    for unit_id, target, y, m, value, status, note in db.execute(
        _FIGURES.format(sector=sector), [year, months, year - 1, months, *extra]
    ):
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
    office_key = _office_token((period, threshold, tuple(office)))
    bases: list[dict] | None = None
    makers: list[TargetRows] = []
    empty: dict = {}
    for unit in units:
        unit_plans, unit_now = plans.get(unit.id, empty), now.get(unit.id, empty)
        unit_last, unit_full = last.get(unit.id, empty), last_full.get(unit.id, empty)
        key = (
            unit.id, office_key, _content(unit_plans), _content(unit_now), _content(unit_last),
            _content(unit_full),
        )  # fmt: skip
        found = _cached(key)
        if found is None:
            if bases is None:  # the office's targets as each unit's row takes them, read once a matrix
                bases = [
                    dict(o.__dict__, plan_own=None, plan_term=None, expected_year_end=None) for o in office
                ]
                makers = [TargetRows(_unit_input(base), period.months) for base in bases]
            items, rows = [], []
            for o, base, maker in zip(office, bases, makers, strict=True):
                tid = o.target_id
                value, status, note = unit_now.get(tid, _NO_FIGURE)
                ly_value, ly_status, _ = unit_last.get(tid, _NO_FIGURE)
                item = _unit_input(
                    base, plan_upper=unit_plans.get(tid), value=value, status=status, note=note,
                    last_year_value=ly_value, last_year_status=ly_status,
                    last_year_full=unit_full.get(tid, _NO_FIGURE)[0],
                )  # fmt: skip
                items.append(item)
                rows.append(maker.row(item))
            found = (
                Summary(period=period, threshold_pct=threshold, rows=rows, counts=count(rows, threshold)),
                items,
            )
            _remember(key, found)
        summary, items = found
        per_unit.append(items)
        results.append(UnitSummary(unit, summary, got.get(unit.id)))
    rollup = build_summary(rollup_inputs(office, per_unit), period, threshold)
    return ByUnit(period, results, rollup)


def unit_inputs(db: Database, unit_id: int, year: int, months: int) -> list[SummaryInput]:
    """One (not retired) unit's summary inputs of the period: the office's targets with the plan assigned to
    the unit as ``plan_upper``, its figures and last year's, in print order (empty for a retired unit)."""
    for u in by_unit(db, year, months).units:
        if u.unit.id == unit_id:
            return [row.input for row in u.summary.rows]
    return []
