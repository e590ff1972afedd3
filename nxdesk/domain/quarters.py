"""A quarter on its own: the figures are year-to-date, so a flow's quarter is the difference of two cut-offs
(Quý III = 9 tháng − 6 tháng); a level is a state, shown as it stands at the quarter's cut-off."""

from __future__ import annotations

from collections.abc import Mapping

from .targets import Kind

QUARTERS = (1, 2, 3, 4)


def quarter_cutoffs(quarter: int) -> tuple[int, int]:
    """(the cut-off before the quarter, the quarter's own cut-off): Quý III is (6, 9), Quý I (0, 3)."""
    if quarter not in QUARTERS:
        raise ValueError(f"a quarter is 1–4, not {quarter}")
    return 3 * (quarter - 1), 3 * quarter


def quarter_value(kind: Kind, quarter: int, by_cutoff: Mapping[int, float | None]) -> float | None:
    """The figure of ``quarter`` alone from the year-to-date values ``by_cutoff`` (cut-off month -> value).
    A flow: the quarter's cut-off minus the one before (Quý I is the 3-month value itself); a level: its
    value at the quarter's cut-off. None when a cut-off it needs has no value, never a wrong number."""
    before, end = quarter_cutoffs(quarter)
    at_end = by_cutoff.get(end)
    if at_end is None:
        return None
    if kind is Kind.LEVEL or before == 0:
        return at_end
    at_before = by_cutoff.get(before)
    if at_before is None:
        return None
    return at_end - at_before


def quarter_values(kind: Kind, by_cutoff: Mapping[int, float | None]) -> list[float | None]:
    """The four quarters' figures of one target (see :func:`quarter_value`)."""
    return [quarter_value(kind, q, by_cutoff) for q in QUARTERS]


def period_difference(first: float | None, second: float | None) -> float | None:
    """What changed from one cut-off to another: for a flow what was added between them, for a level how
    the state moved. None when either value is missing."""
    if first is None or second is None:
        return None
    return second - first
