"""The units × targets matrix of a period as the Units screen shows it: for each (not retired) unit and each
of the office's targets of the period, the unit's value, its status, the % of the plan assigned to it and
the assessment, and the area's roll-up row. The cells are what each unit's full summary (``by_unit``) gives,
computed column by column from one read; the full summaries stay for the printed and exported tables."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from ..domain.periods import Period
from ..domain.rollup import rollup_figures
from ..domain.summary import Summary, build_summary
from ..domain.targets import Direction
from ..domain.unit_cells import Cell, TargetCells
from .kept import KeptWhileUnchanged
from .settings import load_settings
from .summary import summary_inputs
from .unit_entries import Receipt, receipts
from .units import Unit, list_units


@dataclass(frozen=True)
class UnitsMatrix:
    """The period's matrix. ``rollup`` is the area's summary, a row per target in print order (the columns'
    code, name, unit of measure and precision); ``units`` the units in their order with ``receipts``, the
    last package of each (``None``: missing); ``columns[t][u]`` the cell of unit ``u`` for target ``t``."""

    period: Period
    rollup: Summary
    units: list[Unit]
    receipts: list[Receipt | None]
    columns: list[list[Cell]]


# Every (target, unit) pair, target by target and the units in their order, with the unit's plan of the year
# and its figure of the period, each looked up by primary key; for a down target (``t.down``), which is
# measured from last year, also its figures of the same period last year and of last year's end (those two
# columns only when a down target is shown). The targets come as (column, id, down) triples: a locked
# period's targets are its frozen list; the units as (place, id) pairs in their order, so that the sort is
# on two integers.
_CELLS = """
WITH t(col, target_id, down) AS (VALUES {triples}), u(k, id) AS (VALUES {pairs})
SELECT p.expression, n.value, n.status{last_year}
FROM t CROSS JOIN u
LEFT JOIN unit_plans p ON p.unit_id = u.id AND p.target_id = t.target_id AND p.year = ?2
LEFT JOIN unit_entries n ON n.unit_id = u.id AND n.target_id = t.target_id AND n.year = ?2 AND n.months = ?3
ORDER BY t.col, u.k
"""
_LAST_YEAR = """,
  CASE WHEN t.down THEN (SELECT value FROM unit_entries
    WHERE unit_id = u.id AND target_id = t.target_id AND year = ?4 AND months = ?3) END,
  CASE WHEN t.down THEN (SELECT value FROM unit_entries
    WHERE unit_id = u.id AND target_id = t.target_id AND year = ?4 AND months = 12) END"""

_LAST: KeptWhileUnchanged[UnitsMatrix] = KeptWhileUnchanged()  # the whole matrix


def cells_sql(targets: int, units: int, down: bool) -> str:
    """The read of ``targets`` targets' cells for ``units`` units, with last year's two columns when ``down``
    (otherwise each row is the first three). Its parameters: ``?2`` the year, ``?3`` the cut-off, ``?4``
    last year (``?1`` unused), then a (column, id, down) triple per target, then a (place, id) pair per
    unit."""
    triples = ", ".join(f"(?{n}, ?{n + 1}, ?{n + 2})" for n in range(5, 5 + 3 * targets, 3))
    first = 5 + 3 * targets
    pairs = ", ".join(f"(?{n}, ?{n + 1})" for n in range(first, first + 2 * units, 2))
    return _CELLS.format(triples=triples, pairs=pairs, last_year=_LAST_YEAR if down else "")


def units_matrix(db: Database, year: int, months: int, sector_id: int | None = None) -> UnitsMatrix:
    """The period's matrix (of one sector's targets when ``sector_id`` is given)."""
    return _LAST.get(db, (year, months, sector_id), lambda: _units_matrix(db, year, months, sector_id))


def _units_matrix(db: Database, year: int, months: int, sector_id: int | None) -> UnitsMatrix:
    threshold = load_settings(db).threshold_pct
    period = Period(year, months)
    office = summary_inputs(db, year, months, sector_id)  # a locked period: its targets as at the lock
    units = list_units(db, include_retired=False)
    columns: list[list[Cell]] = []
    if office and units:
        triples = [
            x for col, o in enumerate(office) for x in (col, o.target_id, o.direction is Direction.DOWN)
        ]
        pairs = [x for k, u in enumerate(units) for x in (k, u.id)]
        down = any(o.direction is Direction.DOWN for o in office)
        sql = cells_sql(len(office), len(units), down)
        rows = db.conn.execute(sql, [None, year, months, year - 1, *triples, *pairs]).fetchall()
        n = len(units)
        columns = [TargetCells(o, months).column(rows[c * n : c * n + n]) for c, o in enumerate(office)]
    else:
        columns = [[] for _ in office]
    got = receipts(db, year, months)
    rollup = build_summary(
        [rollup_figures(o, column) for o, column in zip(office, columns, strict=True)],
        period,
        threshold,
    )
    return UnitsMatrix(period, rollup, units, [got.get(u.id) for u in units], columns)
