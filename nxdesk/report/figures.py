"""How every paper writes a figure: one rounding of percentages, plans in one normal form, values at the
target's precision. The table (PDF, XLSX, DOCX, screen) and the report draft both call these, so if the
report says 148% the table says 148%.

- Percentages: one decimal below 120% (113,2; 48,7; a trailing ",0" dropped: 100), whole numbers from
  120% up (188; 147,5 -> 148), half up.
- Plans: ``6109`` from a dot-decimal file prints ``6.109``; ``>=70`` prints ``≥ 70``; ``6,6-6,8`` prints
  ``6,6–6,8``; ``~10`` prints ``khoảng 10``.
- Values: at most the target's decimals, trailing zeros dropped (``13,333`` thôn never prints).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from ..domain.numbers import UNSHOWABLE, format_number, is_showable
from ..domain.periods import roman
from ..domain.plans import PlanExpr, PlanOp

__all__ = ["roman"]

WHOLE_PCT_FROM = 120.0
NBSP = "\u00a0"


def pct_places(value: float) -> int:
    """How many decimals a paper shows for the percentage ``value`` (0 or 1)."""
    if not is_showable(value) or abs(value) >= WHOLE_PCT_FROM:
        return 0
    shown = Decimal(str(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return 0 if shown == shown.to_integral_value() else 1


def report_pct(value: float) -> str:
    """A percentage as every paper writes it, without the sign: ``113.2 -> "113,2"``, ``147.5 -> "148"``;
    one beyond what nxdesk shows (a value of 10^15 against a plan of 10^-19) is ``UNSHOWABLE``."""
    if not is_showable(value):
        return UNSHOWABLE
    if abs(value) >= WHOLE_PCT_FROM:
        whole = Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return format_number(float(whole), max_decimals=0)
    return format_number(value, max_decimals=1)


def value_text(value: float | None, decimals: int) -> str:
    """A target's figure at its precision, trailing zeros dropped: ``13.333, 0 -> "13"``."""
    if value is None:
        return ""
    return format_number(value, max_decimals=max(0, decimals))


def shown_places(value: float, decimals: int) -> int:
    """How many decimals :func:`value_text` shows for ``value`` (for a spreadsheet's number format)."""
    text = value_text(value, decimals)
    _, _, frac = text.partition(",")
    return len(frac)


def _plan_number(value: float, decimals: int) -> str:
    return format_number(value, max_decimals=max(decimals, 0) if decimals is not None else 3)


def plan_text(plan: PlanExpr | None, decimals: int, unit: str = "") -> str:
    """The plan in its normal form; a percentage bound keeps no "%" of its own (the unit column says it)."""
    if plan is None:
        return ""
    places = max(decimals, _typed_places(plan.text))
    low = _plan_number(plan.low, places)
    if plan.op is PlanOp.RANGE:
        return f"{low}–{_plan_number(plan.high, places)}"
    if plan.op is PlanOp.AT_LEAST:
        return f"≥ {low}"
    if plan.op is PlanOp.AT_MOST:
        return f"≤ {low}"
    if plan.op is PlanOp.APPROX:
        return f"khoảng {low}"
    return low


def _typed_places(text: str) -> int:
    """Decimals the office typed in a plan (``"6,6-6,8"`` -> 1), so a plan is never rounded away."""
    best = 0
    for token in text.replace("–", " ").replace("-", " ").split():
        digits = token.strip("%≥≤<>=~")
        for mark in (",", "."):
            whole, sep, frac = digits.rpartition(mark)
            if sep and frac.isdigit() and len(frac) != 3:
                best = max(best, len(frac))
                break
    return min(best, 3)


def unbreakable(text: str) -> str:
    """``text`` with its spaces made non-breaking ("≥ 70", "khoảng 10", "1.401,351 (ước)")."""
    return text.replace(" ", NBSP)
