"""Decide a file's decimal mark from its unambiguous numbers."""

from __future__ import annotations

from collections.abc import Iterable

from ..domain.numbers import DecimalMark, NumberError, parse_number
from ..domain.plans import PlanError, parse_plan


def _reading(text: str, mark: DecimalMark, plan: bool) -> object:
    try:
        if plan:
            expr = parse_plan(text, mark)
            return (expr.op, expr.low, expr.high)
        return parse_number(text, mark)
    except (NumberError, PlanError):
        return None


def vote(text: str, plan: bool = False) -> DecimalMark | None | str:
    """``"comma"`` or ``"dot"`` when only one reading works, ``"either"`` when both give the same number,
    ``"invalid"`` when neither works (an error reported per cell later), ``None`` when both work but
    differ."""
    comma, dot = _reading(text, "comma", plan), _reading(text, "dot", plan)
    if comma is not None and dot is None:
        return "comma"
    if dot is not None and comma is None:
        return "dot"
    if comma is not None and comma == dot:
        return "either"
    return "invalid" if comma is None else None


def detect_decimal(cells: Iterable[tuple[str, bool]]) -> DecimalMark | None:
    """From ``(text, is_plan)`` cells: the mark all unambiguous numbers agree on; ``"comma"`` (vi-VN) when
    nothing is ambiguous at all; ``None`` when the numbers disagree or only ambiguous ones decide."""
    votes = {vote(text, plan) for text, plan in set(cells) if text}
    decided = votes & {"comma", "dot"}
    if len(decided) == 1:
        return decided.pop()  # type: ignore[return-value]
    if not decided and None not in votes:
        return "comma"
    return None
