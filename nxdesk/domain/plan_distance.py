"""How far a figure stands from its plan: beyond this a value is more likely a typing slip (a digit too many,
the wrong unit) than a result, and the window says so without refusing it."""

from __future__ import annotations

FAR_FROM_PLAN_PCT = 300.0


def far_from_plan(pct_of_plan: float | None) -> bool:
    """Whether a percentage of plan is beyond ``FAR_FROM_PLAN_PCT`` (an up target at 350% of its plan)."""
    return pct_of_plan is not None and pct_of_plan > FAR_FROM_PLAN_PCT
