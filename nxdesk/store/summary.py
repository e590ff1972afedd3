"""Read everything the summary of one period needs, in one query."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from ..domain.periods import Period
from ..domain.summary import Summary, SummaryInput, build_summary, with_rows_replaced
from ..domain.targets import Direction, Kind, Status
from .settings import load_settings
from .targets import order_tree

if TYPE_CHECKING:
    from sqlite_utils import Database

_SQL = """
SELECT t.id AS target_id, t.code, t.name, t.unit, s.name AS sector, s.id AS sector_id, t.kind, t.direction,
       t.decimals, p.code AS parent, ty.baseline, ty.pace_pct,
       pp.expression AS plan_upper, pd.expression AS plan_own, pt.expression AS plan_term,
       e.value, e.status, e.note, e.expected_year_end,
       ly.value AS last_year_value, lyf.value AS last_year_full, ly.status AS last_year_status
FROM target_years ty
JOIN targets t ON t.id = ty.target_id
JOIN sectors s ON s.id = t.sector_id
LEFT JOIN targets p ON p.id = t.parent_id
LEFT JOIN plans pp ON pp.target_id = t.id AND pp.year = ty.year AND pp.source = 'upper'
LEFT JOIN plans pd ON pd.target_id = t.id AND pd.year = ty.year AND pd.source = 'own'
LEFT JOIN plans pt ON pt.target_id = t.id AND pt.year = ty.year AND pt.source = 'term'
LEFT JOIN entries e ON e.target_id = t.id AND e.year = ty.year AND e.months = :months
LEFT JOIN entries ly ON ly.target_id = t.id AND ly.year = ty.year - 1 AND ly.months = :months
LEFT JOIN entries lyf ON lyf.target_id = t.id AND lyf.year = ty.year - 1 AND lyf.months = 12
WHERE ty.year = :year AND ty.retired = 0 {where}
ORDER BY s.position, s.id, t.position, t.id
"""


def summary_inputs(db: Database, year: int, months: int, sector_id: int | None = None) -> list[SummaryInput]:
    """One :class:`SummaryInput` per target of the period, in print order (parents before "trong đó"): for a
    locked period as it was at locking, else as the targets, plans and figures are now."""
    from .lock_snapshots import read_snapshot

    frozen = read_snapshot(db, year, months)
    if frozen is not None:
        return frozen if sector_id is None else [i for i in frozen if i.sector_id == sector_id]
    return live_summary_inputs(db, year, months, sector_id)


def live_summary_inputs(
    db: Database,
    year: int,
    months: int,
    sector_id: int | None = None,
    target_ids: Collection[int] | None = None,
) -> list[SummaryInput]:
    """The period's summary inputs as the store holds them now, whether or not the period is locked (of one
    sector, or of some targets, when given)."""
    where, params = "", {"year": year, "months": months}
    if sector_id is not None:
        where, params["sector"] = " AND t.sector_id = :sector", sector_id
    if target_ids is not None:
        names = [f"t{n}" for n in range(len(target_ids))]
        where += f" AND t.id IN ({', '.join(':' + name for name in names)})"
        params.update(zip(names, target_ids, strict=True))
    items = []
    for row in db.query(_SQL.format(where=where), params):
        row["kind"] = Kind(row["kind"])
        row["direction"] = Direction(row["direction"])
        row["status"] = Status(row["status"]) if row["status"] else None
        row["last_year_status"] = Status(row["last_year_status"]) if row["last_year_status"] else None
        items.append(SummaryInput(**row))
    codes = {i.code for i in items}
    return order_tree(
        items, key_id=lambda i: i.code, key_parent=lambda i: i.parent if i.parent in codes else None
    )


def reread_targets(db: Database, summary: Summary, target_ids: Collection[int]) -> Summary:
    """``summary`` (as :func:`load_summary` read it) after a write to the figures of ``target_ids``: their
    rows read and computed again, the others kept — the same summary as reading the whole period anew. A
    locked period is read whole (its rows are those kept at locking)."""
    from .lock_snapshots import read_snapshot

    year, months = summary.period.year, summary.period.months
    if read_snapshot(db, year, months) is None:
        inputs = live_summary_inputs(db, year, months, target_ids=list(target_ids))
        if len(inputs) == len(set(target_ids)):
            fresh = with_rows_replaced(summary, inputs)
            if fresh is not None:
                return fresh
    return load_summary(db, year, months)


def load_summary(db: Database, year: int, months: int, sector_id: int | None = None) -> Summary:
    """The computed summary of (year, months), with the threshold from the settings."""
    settings = load_settings(db)
    return build_summary(
        summary_inputs(db, year, months, sector_id),
        Period(year, months),
        settings.threshold_pct,
        settings.level,
    )
