"""Percentages, pace, assessment and year-end projection (PRODUCT.md, "Domain rules")."""

from __future__ import annotations

from .periods import pace_pct
from .plans import PlanExpr
from .targets import Assessment, Direction, Kind


def pct_of_plan(
    actual: float | None,
    plan: PlanExpr | None,
    direction: Direction,
    baseline: float | None = None,
    *,
    kind: Kind = Kind.LEVEL,
    months: int = 12,
    last_year_same_period: float | None = None,
) -> float | None:
    """TH/KH in percent. ``up``: actual / plan; ``down``: (baseline − actual) / (baseline − plan),
    which needs last year's full-year value (or the typed baseline) as ``baseline``.

    A ``down`` flow before the year's end is prorated (PRODUCT.md "Down flows in-year"): the plan
    becomes plan × months / 12 and the baseline last year's same-period value, else baseline × months /
    12. ``None`` where it cannot be computed."""
    if actual is None or plan is None:
        return None
    reference = plan.reference_value(direction)
    if direction is Direction.UP:
        return actual / reference * 100 if reference else None
    if kind is Kind.FLOW and months < 12:
        reference = reference * months / 12
        if last_year_same_period is not None:
            baseline = last_year_same_period
        elif baseline is not None:
            baseline = baseline * months / 12
    if baseline is None or baseline == reference:
        return None
    return (baseline - actual) / (baseline - reference) * 100


def down_flow_expected(plan: PlanExpr, months: int) -> float:
    """What a ``down`` flow may have reached by cut-off ``months``: plan × months / 12."""
    return plan.reference_value(Direction.DOWN) * months / 12


def pct_of_same_period(actual: float | None, last_year: float | None) -> float | None:
    """So với cùng kỳ: actual / last year's value at the same cut-off, in percent ("bằng 193%")."""
    if actual is None or not last_year:
        return None
    return actual / last_year * 100


def assess(
    actual: float | None,
    plan: PlanExpr | None,
    *,
    kind: Kind,
    direction: Direction,
    months: int,
    baseline: float | None = None,
    target_pace: float | None = None,
    last_year_same_period: float | None = None,
) -> Assessment:
    """Đánh giá of one value against one plan at cut-off ``months``.

    Year end (12): exceeded / met / not_met against the plan's bound. In-year: a flow is exceeded past
    100 % of plan, else on_track or behind by pace (``target_pace`` overrides months/12); a ``down``
    flow is on_track while it stays within the prorated plan; a level is on_track while it satisfies
    the plan. ``no_data`` without a value, ``no_plan`` with a value but no plan."""
    if actual is None:
        return Assessment.NO_DATA
    if plan is None:
        return Assessment.NO_PLAN
    if months >= 12:
        if plan.exceeded_by(actual, direction):
            return Assessment.EXCEEDED
        return Assessment.MET if plan.satisfied_by(actual, direction) else Assessment.NOT_MET
    if kind is Kind.LEVEL:
        return Assessment.ON_TRACK if plan.satisfied_by(actual, direction) else Assessment.BEHIND
    pct = pct_of_plan(
        actual,
        plan,
        direction,
        baseline,
        kind=kind,
        months=months,
        last_year_same_period=last_year_same_period,
    )
    if direction is Direction.DOWN:
        expected = down_flow_expected(plan, months)
        if actual > expected + 1e-9:
            return Assessment.BEHIND
        return Assessment.EXCEEDED if pct is not None and pct > 100 + 1e-9 else Assessment.ON_TRACK
    if pct is None:  # a zero plan: judged against its bound only
        return Assessment.ON_TRACK if plan.satisfied_by(actual, direction) else Assessment.BEHIND
    if pct > 100 + 1e-9:
        return Assessment.EXCEEDED
    pace = pace_pct(months) if target_pace is None else target_pace
    return Assessment.ON_TRACK if pct >= pace - 1e-9 else Assessment.BEHIND


def project_year_end(
    actual: float | None,
    *,
    kind: Kind,
    months: int,
    last_year_same_period: float | None = None,
    last_year_full: float | None = None,
) -> float | None:
    """Dự kiến cả năm where the office gave none: at the year's end the value itself; in-year, for a
    flow with last year's same-period and full-year values, actual × LY_full / LY_same_period; else
    ``None`` (never a straight × 12 / months, which misleads for seasonal targets)."""
    if actual is None:
        return None
    if months >= 12:
        return actual
    if kind is Kind.FLOW and last_year_same_period and last_year_full is not None:
        return actual * last_year_full / last_year_same_period
    return None


def year_end_expectation(
    actual: float | None,
    *,
    kind: Kind,
    months: int,
    expected_year_end: float | None = None,
    last_year_same_period: float | None = None,
    last_year_full: float | None = None,
) -> float | None:
    """The office's own expectation when typed, else :func:`project_year_end`."""
    if expected_year_end is not None:
        return expected_year_end
    return project_year_end(
        actual,
        kind=kind,
        months=months,
        last_year_same_period=last_year_same_period,
        last_year_full=last_year_full,
    )
