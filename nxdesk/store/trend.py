"""A target's year-to-date values by cut-off month, this year and last, for the trend chart."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class YearCurves:
    """Values of one target by cut-off month (1–12): ``this_year`` in ``year``, ``last_year`` in ``year − 1``.

    Months without a value are absent from the dicts."""

    year: int
    this_year: dict[int, float] = field(default_factory=dict)
    last_year: dict[int, float] = field(default_factory=dict)


def year_curves(db: Database, target_id: int, year: int) -> YearCurves:
    """This year's and last year's values of ``target_id`` by cut-off month, in one query."""
    curves = YearCurves(year)
    for y, months, value in db.execute(
        "SELECT year, months, value FROM entries"
        " WHERE target_id = ? AND year IN (?, ?) AND value IS NOT NULL ORDER BY year, months",
        [target_id, year, year - 1],
    ):
        (curves.this_year if y == year else curves.last_year)[months] = value
    return curves
