"""The units × targets matrix's cells: for one target across the units, each unit's % of the plan assigned to
it and the assessment, as :func:`~nxdesk.domain.summary.summarize_row` gives them for the unit's row (the
unit's row carries no own or term plan, so the assigned plan is the judged one), without building a summary
row per cell. The target's facts are read once and each distinct assigned plan text is parsed once."""

from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter

from .calc import assess, pct_of_plan
from .numbers import MAX_MAGNITUDE
from .periods import pace_pct
from .plans import PlanError, PlanExpr, parse_optional_plan
from .summary import SummaryInput, usable
from .targets import Assessment, Direction, Kind, Status

EPS = 1e-9  # the margin calc.assess gives a percentage against 100 % and the pace
UP = Direction.UP
EXCEEDED, MET, NOT_MET = Assessment.EXCEEDED, Assessment.MET, Assessment.NOT_MET
ON_TRACK, BEHIND = Assessment.ON_TRACK, Assessment.BEHIND
NO_PLAN, NO_DATA = Assessment.NO_PLAN, Assessment.NO_DATA
_MAX = float(MAX_MAGNITUDE)  # exactly 10^15: what numbers.is_showable compares with
# A status as stored (its text) or as a member: the members are their texts.
_STATUS: dict = {None: None, **{s.value: s for s in Status}}
_FIRST3 = itemgetter(0, 1, 2)  # an up target's figures: (plan text, value, status)
# (value as given, status, % of the assigned plan, assessment)
Cell = tuple[float | None, Status | None, float | None, Assessment]
# The cell of a unit with no value, by its stored status: shared, as a cell is never changed.
_EMPTY: dict[str | None, Cell] = {text: (None, status, None, NO_DATA) for text, status in _STATUS.items()}


def _plan(text: str | None) -> PlanExpr | None:
    if text is None:
        return None
    try:
        return parse_optional_plan(text)
    except PlanError:
        return None


class TargetCells:
    """One target's cells across the units (``target``: the office's input of the target, whose kind,
    direction, pace and baseline every unit's row shares)."""

    def __init__(self, target: SummaryInput, months: int) -> None:
        self.months = months
        self.kind, self.direction = target.kind, target.direction
        self.pace = target.pace_pct
        self.baseline = usable(target.baseline)
        # An up target is judged from its value and plan alone (calc.pct_of_plan and calc.assess read
        # inline); a down target needs last year's figures and goes through calc's functions.
        self._up = target.direction is Direction.UP
        self._pace = pace_pct(months) if target.pace_pct is None else target.pace_pct
        self._plans: dict[str | None, tuple[PlanExpr | None, float]] = {}

    def _plan(self, text: str | None) -> tuple[PlanExpr | None, float]:
        found = self._plans.get(text)
        if found is None:
            plan = _plan(text)
            found = self._plans[text] = (plan, plan.reference_value(self.direction) if plan else 0.0)
        return found

    def column(self, figures: Iterable[tuple]) -> list[Cell]:
        """The cells of the units' ``(assigned plan text, value, status, last year's value at the same
        cut-off, last year's full-year value)``, in the same order (an up target's may stop after the
        status: it does not read last year's figures)."""
        if not self._up:
            return [
                (value, _STATUS[status], *self._down(plan, value, last_year, last_full))
                for plan, value, status, last_year, last_full in figures
            ]
        months, level, plans, status_of = self.months, self.kind is Kind.LEVEL, self._plans, _STATUS
        over, on_pace = 100 + EPS, self._pace - EPS  # the same sums calc.assess makes
        out: list[Cell] = []
        add = out.append
        figures = figures if isinstance(figures, list) else list(figures)
        if figures and len(figures[0]) != 3:
            figures = map(_FIRST3, figures)  # type: ignore[assignment]
        for plan_text, value, status in figures:
            if value is None:  # the commonest empty cell: one shared tuple per status
                add(_EMPTY[status])
                continue
            status = status_of[status]
            if not -_MAX <= value <= _MAX:  # NaN fails both
                add((value, status, None, NO_DATA))
                continue
            found = plans.get(plan_text)
            plan, reference = self._plan(plan_text) if found is None else found
            if plan is None:
                add((value, status, None, NO_PLAN))
                continue
            pct = value / reference * 100 if reference else None
            if months >= 12:
                if plan.exceeded_by(value, UP):
                    judged = EXCEEDED
                else:
                    judged = MET if plan.satisfied_by(value, UP) else NOT_MET
            elif level or pct is None:
                judged = ON_TRACK if plan.satisfied_by(value, UP) else BEHIND
            elif pct > over:
                judged = EXCEEDED
            else:
                judged = ON_TRACK if pct >= on_pace else BEHIND
            add((value, status, pct, judged))
        return out

    def _down(
        self, plan_text: str | None, value: float | None, last_year: float | None, last_full: float | None
    ) -> tuple[float | None, Assessment]:
        value = usable(value)
        if value is None:
            return None, NO_DATA
        plan, _ = self._plan(plan_text)
        if plan is None:
            return None, NO_PLAN
        last_year, last_full = usable(last_year), usable(last_full)
        baseline = last_full if last_full is not None else self.baseline
        kind, months = self.kind, self.months
        pct = pct_of_plan(
            value, plan, Direction.DOWN, baseline, kind=kind, months=months, last_year_same_period=last_year
        )
        judged = assess(
            value,
            plan,
            kind=kind,
            direction=Direction.DOWN,
            months=months,
            baseline=baseline,
            target_pace=self.pace,
            last_year_same_period=last_year,
        )
        return pct, judged
