"""Decide a file's decimal mark from its unambiguous numbers."""

from __future__ import annotations

from collections.abc import Iterable

from ..domain.numbers import DecimalMark, NumberError, parse_number
from ..domain.plans import PlanError, parse_plan
from ..domain.targets import is_grouped_whole


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


class MarkVotes:
    """The votes (see :func:`vote`) of a table's distinct number and plan cells, gathered a row at a time
    while the rows stream by; :meth:`decided` says the file's mark as :func:`detect_decimal` does."""

    def __init__(self) -> None:
        self.votes: set[DecimalMark | None | str] = set()
        self._seen: set[tuple[str, bool, bool]] = set()

    def add(self, text: str, plan: bool = False, whole: bool = False) -> None:
        """One cell; ``whole``: the target is shown without decimals, so a grouped whole number
        (``28.500``) reads the same with either mark and does not vote."""
        key = (text, plan, whole)
        if not text or key in self._seen:
            return
        if len(self._seen) >= 100_000:
            self._seen.clear()
        self._seen.add(key)
        if whole and not plan and is_grouped_whole(text):
            return
        self.votes.add(vote(text, plan))

    def decided(self) -> DecimalMark | None:
        """The mark all unambiguous numbers agree on; ``"comma"`` (vi-VN) when nothing is ambiguous at
        all; ``None`` when the numbers disagree or only ambiguous ones decide."""
        decided = self.votes & {"comma", "dot"}
        if len(decided) == 1:
            return decided.pop()  # type: ignore[return-value]
        if not decided and None not in self.votes:
            return "comma"
        return None


def detect_decimal(cells: Iterable[tuple[str, bool]]) -> DecimalMark | None:
    """From ``(text, is_plan)`` cells: the mark all unambiguous numbers agree on; ``"comma"`` (vi-VN) when
    nothing is ambiguous at all; ``None`` when the numbers disagree or only ambiguous ones decide."""
    votes = MarkVotes()
    for text, plan in cells:
        votes.add(text, plan)
    return votes.decided()
