"""Plan expressions: ``25.000``, ``≥ 70``, ``trên 70``, ``≤ 3``, ``dưới 3``, ``6,6-6,8``, ``khoảng 4``.

The original text is kept for display and printing; the parsed form gives the reference value for
percentages and the bound for assessment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from .numbers import DecimalMark, NumberError, format_number, parse_number
from .targets import Direction

EPSILON = 1e-9
APPROX_TOLERANCE = 0.02  # "khoảng 4" is met within ±2 %


class PlanOp(StrEnum):
    EXACT = "exact"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    RANGE = "range"
    APPROX = "approx"


class PlanError(ValueError):
    """A plan text nxdesk cannot read; ``code`` says why, ``cause`` holds a number error if any."""

    MESSAGES = {
        "empty": "the plan is empty",
        "invalid": "'{text}' is not a plan expression (e.g. 25.000, ≥ 70, dưới 3, 6,6-6,8, khoảng 4)",
        "reversed": "'{text}': the lower bound of a range must come first",
    }

    def __init__(self, code: str, text: str, cause: NumberError | None = None) -> None:
        self.code = code
        self.text = text
        self.cause = cause
        message = self.MESSAGES[code].format(text=text)
        if cause is not None:
            message += f" ({cause})"
        super().__init__(message)


@dataclass(frozen=True)
class PlanExpr:
    """A parsed plan: ``op`` with ``low``/``high`` (equal for one-number forms), and the text as typed."""

    text: str
    op: PlanOp
    low: float
    high: float

    def reference_value(self, direction: Direction) -> float:
        """The number a percentage is taken against: a range's lower bound when up, upper when down."""
        if self.op is PlanOp.RANGE:
            return self.low if direction is Direction.UP else self.high
        return self.low

    def satisfied_by(self, value: float, direction: Direction) -> bool:
        """Whether ``value`` meets the plan (reaches it in the good direction, or lies inside it)."""
        if self.op is PlanOp.AT_LEAST:
            return value >= self.low - EPSILON
        if self.op is PlanOp.AT_MOST:
            return value <= self.high + EPSILON
        if self.op is PlanOp.RANGE:
            return value >= self.low - EPSILON if direction is Direction.UP else value <= self.high + EPSILON
        tolerance = abs(self.low) * APPROX_TOLERANCE if self.op is PlanOp.APPROX else EPSILON
        if direction is Direction.UP:
            return value >= self.low - tolerance
        return value <= self.low + tolerance

    def exceeded_by(self, value: float, direction: Direction) -> bool:
        """Beyond the plan in the good direction; a one-sided bound (≥, ≤) can only be met, not exceeded."""
        if self.op in (PlanOp.AT_LEAST, PlanOp.AT_MOST):
            return False
        tolerance = abs(self.low) * APPROX_TOLERANCE if self.op is PlanOp.APPROX else EPSILON
        if direction is Direction.UP:
            return value > self.high + tolerance
        return value < self.low - tolerance


_NUM = r"[+\-\u2212]?\d[\d.,\u00a0 ]*?%?"
_PATTERNS: tuple[tuple[PlanOp, re.Pattern[str]], ...] = (
    (PlanOp.RANGE, re.compile(rf"^(?:từ\s+)?(?P<a>{_NUM})\s*(?:[-–—]|đến)\s*(?P<b>{_NUM})$", re.I)),
    (
        PlanOp.AT_LEAST,
        re.compile(rf"^(?:≥|>=|>|trên|tối thiểu|ít nhất|từ)\s*(?P<a>{_NUM})(?:\s*trở lên)?$", re.I),
    ),
    (
        PlanOp.AT_MOST,
        re.compile(rf"^(?:≤|<=|<|dưới|tối đa|không quá)\s*(?P<a>{_NUM})(?:\s*trở xuống)?$", re.I),
    ),
    (PlanOp.APPROX, re.compile(rf"^(?:khoảng|~|≈|xấp xỉ)\s*(?P<a>{_NUM})$", re.I)),
    (PlanOp.EXACT, re.compile(rf"^(?P<a>{_NUM})$")),
)


def _number(text: str, decimal: DecimalMark | None, original: str) -> float:
    try:
        return parse_number(text, decimal, prefer_grouping=True)
    except NumberError as exc:
        raise PlanError("invalid", original, exc) from exc


@lru_cache(maxsize=4096)
def parse_plan(text: str, decimal: DecimalMark | None = None) -> PlanExpr:
    """Parse a plan expression; the text is kept as typed (trimmed). Raises :class:`PlanError`."""
    original = " ".join(text.split())
    if not original:
        raise PlanError("empty", text)
    for op, pattern in _PATTERNS:
        match = pattern.match(original)
        if not match:
            continue
        low = _number(match["a"], decimal, original)
        if op is PlanOp.RANGE:
            high = _number(match["b"], decimal, original)
            if high < low:
                raise PlanError("reversed", original)
            return PlanExpr(original, op, low, high)
        return PlanExpr(original, op, low, low)
    raise PlanError("invalid", original)


def parse_optional_plan(text: str | None, decimal: DecimalMark | None = None) -> PlanExpr | None:
    """``None`` for an empty or missing plan, else :func:`parse_plan`."""
    if text is None or not text.strip():
        return None
    return parse_plan(text, decimal)


def _plan_number(value: float, decimals: int) -> str:
    return format_number(value, max_decimals=max(decimals, 0) if decimals is not None else 3)


def normal_form(plan: PlanExpr | None, decimals: int) -> str:
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
