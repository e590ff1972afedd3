"""The roll-up of the units' figures into the area's row ("toàn tỉnh", "toàn xã") for each target.

Rule per target: a flow whose unit of measure adds up (not a rate such as ``%``) is the sum of the units'
values; anything else (a level, a rate) has no roll-up, because a rate can only be recomputed from its
components and nxdesk does not record which targets are a rate's components.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .summary import SummaryInput
from .targets import Kind, Status

RATE_UNITS = ("%", "‰", "%o", "phần trăm")


def is_rate(unit: str) -> bool:
    """A unit of a rate (%, ‰): its figures never add up across units or periods."""
    unit = unit.strip().lower()
    return any(mark in unit for mark in RATE_UNITS)


def is_additive(item: SummaryInput) -> bool:
    return item.kind is Kind.FLOW and not is_rate(item.unit)


def rollup_input(office: SummaryInput, units: list[SummaryInput]) -> SummaryInput:
    """The area's row for one target: the office's own target and plans, with the units' values rolled up."""
    return rollup_figures(office, [(u.value, u.status) for u in units])


def rollup_figures(office: SummaryInput, figures: Sequence[Sequence]) -> SummaryInput:
    """:func:`rollup_input` from the units' figures of the target in the units' order, each a sequence
    starting with (value, status)."""
    if not is_additive(office):
        return replace(office, value=None, status=None, note=None, expected_year_end=None)
    reported = [f for f in figures if f[0] is not None]
    if not reported:
        return replace(office, value=None, status=None, note=None, expected_year_end=None)
    official = Status.OFFICIAL
    status = Status.OFFICIAL if all(f[1] is official for f in reported) else Status.ESTIMATE
    value = sum([f[0] for f in reported])  # the same sum, in the same order, as each value one by one
    return replace(office, value=value, status=status, note=None, expected_year_end=None)


def rollup_inputs(office: list[SummaryInput], by_unit: list[list[SummaryInput]]) -> list[SummaryInput]:
    """One roll-up input per target of ``office`` (``by_unit[k][i]`` is unit k's input for target i)."""
    return [rollup_input(item, [rows[i] for rows in by_unit]) for i, item in enumerate(office)]
