"""What is unusual about a figure: the warnings the entry grid shows on a cell and ``nxdesk check`` reports
for the whole file, answered once, from a period's summary rows. Nothing here refuses a figure (the store
and the number parser do that); a warning tells the clerk to look again.

- a value that cannot be shown (not a number, or beyond 10^15);
- a flow smaller than at an earlier cut-off of the same year (flows only accumulate);
- a value more than 3 times, or less than a third of, the same period last year;
- a value beyond 300% of its plan (a digit too many, the wrong unit);
- "trong đó" rows in the parent's own unit adding up to more than the parent (rates, %, never add up).
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass

from .messages import Message, Where, register
from .numbers import format_number, format_pct, is_showable
from .summary import SummaryRow
from .targets import Kind

FAR_FROM_PLAN_PCT = 300.0
FAR_FROM_LAST_YEAR = 3.0
VALUE, LAST_YEAR = "value", "last_year_value"

register(
    {
        "figure.unshowable": "the stored figure cannot be shown: it is not a number or larger than 10^15; "
        "type the right figure, or restore a backup",
        "figure.below_earlier": "{value} is less than {earlier}, entered at an earlier cut-off of the year",
        "figure.far_from_last_year": "{value} is more than 3 times or less than a third of the same period "
        "last year ({last_year})",
        "figure.far_from_plan": "{pct}% of plan: far beyond it; check the figure and its unit",
        "figure.children_above": "its 'trong đó' rows add up to {total}, more than its value {value}",
    }
)


@dataclass(frozen=True)
class FigureWarning:
    """One warning on one figure: the target, which figure (``VALUE`` or ``LAST_YEAR``), the message."""

    target_id: int | None
    figure: str
    message: Message


def far_from_plan(pct_of_plan: float | None) -> bool:
    """Whether a percentage of plan is beyond ``FAR_FROM_PLAN_PCT`` (an up target at 350% of its plan)."""
    return pct_of_plan is not None and pct_of_plan > FAR_FROM_PLAN_PCT


def far_from_last_year(value: float, last_year: float | None) -> bool:
    """Whether ``value`` is more than 3 times, or under a third of, a positive last-year value."""
    return (
        bool(last_year)
        and last_year > 0
        and value >= 0
        and (value > FAR_FROM_LAST_YEAR * last_year or value < last_year / FAR_FROM_LAST_YEAR)
    )


def _children_totals(rows: Iterable[SummaryRow]) -> dict[str, float]:
    """The sum of each parent's "trong đó" values in the parent's own unit; a rate (%) never adds up."""
    rows = list(rows)
    units = {r.input.code: r.input.unit.strip() for r in rows}
    totals: dict[str, float] = {}
    for r in rows:
        parent, value = r.input.parent, r.input.value
        adds_up = parent in units and r.input.unit.strip() == units[parent] and units[parent] != "%"
        if adds_up and value is not None and is_showable(value):
            totals[parent] = totals.get(parent, 0.0) + value
    return totals


def figure_warnings(
    rows: Iterable[SummaryRow],
    earlier_max: Mapping[int, float],
    year: int,
    months: int,
    of: Container[int | None] | None = None,
) -> list[FigureWarning]:
    """Every warning on the figures of one period (``rows``: all the period's summary rows, so that a
    parent sees all its "trong đó" rows; ``earlier_max``: each target's largest value at an earlier
    cut-off of the year), or only those of the targets ``of`` (ids) when given. Messages point at the
    target's code and the period."""
    rows = list(rows)
    children = _children_totals(rows)
    out: list[FigureWarning] = []
    for r in rows:
        item = r.input
        if of is not None and item.target_id not in of:
            continue
        where = Where(code=item.code, year=year, months=months)

        def add(figure: str, code: str, item=item, where=where, **params: object) -> None:
            out.append(FigureWarning(item.target_id, figure, Message(code, params, where, "warning")))

        if not is_showable(item.last_year_value):
            add(LAST_YEAR, "figure.unshowable")
        value = item.value
        if value is None:
            continue
        if not is_showable(value):
            add(VALUE, "figure.unshowable")
            continue
        earlier = earlier_max.get(item.target_id) if item.target_id is not None else None
        if item.kind is Kind.FLOW and earlier is not None and value < earlier - 1e-9:
            add(VALUE, "figure.below_earlier", value=format_number(value), earlier=format_number(earlier))
        last = item.last_year_value
        if is_showable(last) and far_from_last_year(value, last):
            add(VALUE, "figure.far_from_last_year", value=format_number(value), last_year=format_number(last))
        if far_from_plan(r.pct_plan):
            add(VALUE, "figure.far_from_plan", pct=format_pct(r.pct_plan))
        total = children.get(item.code)
        if total is not None and total > value + 1e-9:
            add(VALUE, "figure.children_above", total=format_number(total), value=format_number(value))
    return out
