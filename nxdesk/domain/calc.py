"""Percentages, pace, assessment and year-end projection (PRODUCT.md, "Domain rules")."""

from __future__ import annotations

from .periods import pace_pct
from .plans import PlanExpr
from .targets import Assessment, Direction, Kind


def pct_of_plan(
    actual: float | None, plan: PlanExpr | None, direction: Direction, baseline: float | None = None
) -> float | None:
    """TH/KH in percent. ``up``: actual / plan; ``down``: (baseline − actual) / (baseline − plan),
    which needs last year's value as ``baseline``. ``None`` where it cannot be computed."""
    if actual is None or plan is None:
        return None
    reference = plan.reference_value(direction)
    if direction is Direction.UP:
        return actual / reference * 100 if reference else None
    if baseline is None or baseline == reference:
        return None
    return (baseline - actual) / (baseline - reference) * 100


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
) -> Assessment:
    """Đánh giá of one value against one plan at cut-off ``months``.

    Year end (12): exceeded / met / not_met against the plan's bound. In-year: a flow is exceeded past
    100 % of plan, else on_track or behind by pace (``target_pace`` overrides months/12); a level is
    on_track while it satisfies the plan. ``no_data`` without a value or a plan."""
    if actual is None or plan is None:
        return Assessment.NO_DATA
    if months >= 12:
        if plan.exceeded_by(actual, direction):
            return Assessment.EXCEEDED
        return Assessment.MET if plan.satisfied_by(actual, direction) else Assessment.NOT_MET
    if kind is Kind.LEVEL:
        return Assessment.ON_TRACK if plan.satisfied_by(actual, direction) else Assessment.BEHIND
    pct = pct_of_plan(actual, plan, direction, baseline)
    if pct is None:  # a down flow without baseline: judged against its bound only
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
    """Dự kiến cả năm. A flow: actual × LY_full / LY_same_period when last year is known, else
    actual × 12 / months. A level: its value."""
    if actual is None:
        return None
    if kind is Kind.LEVEL or months >= 12:
        return actual
    if last_year_same_period and last_year_full is not None:
        return actual * last_year_full / last_year_same_period
    return actual * 12 / months
