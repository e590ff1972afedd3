"""The summary of one period: every target's figures, percentages and assessment, and the counts."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from .calc import assess, pct_of_plan, pct_of_same_period, year_end_expectation
from .numbers import format_pct, is_showable, round_half_up
from .periods import Period
from .plans import PlanError, PlanExpr, parse_optional_plan
from .targets import Assessment, Direction, Kind, Status, default_decimals


@dataclass(frozen=True)
class SummaryInput:
    """What the store knows about one target for one period (no computed figures)."""

    code: str
    name: str
    unit: str
    sector: str
    kind: Kind
    direction: Direction
    parent: str | None = None
    plan_upper: str | None = None
    plan_own: str | None = None
    plan_term: str | None = None
    decimals: int | None = None
    expected_year_end: float | None = None
    baseline: float | None = None
    pace_pct: float | None = None
    value: float | None = None
    status: Status | None = None
    note: str | None = None
    last_year_value: float | None = None
    last_year_full: float | None = None
    last_year_status: Status | None = None
    target_id: int | None = None
    sector_id: int | None = None

    @property
    def reference_baseline(self) -> float | None:
        """What a ``down`` target is measured from: last year's full-year value when entered, else the
        typed baseline."""
        return self.last_year_full if self.last_year_full is not None else self.baseline


@dataclass(frozen=True)
class SummaryRow:
    """One line of the summary table, with everything computed."""

    input: SummaryInput
    plan_upper: PlanExpr | None
    plan_own: PlanExpr | None
    pct_plan_upper: float | None
    pct_plan_own: float | None
    pct_last_year: float | None
    projected_year_end: float | None
    assessment: Assessment
    plan_errors: tuple[str, ...] = ()
    plan_term: PlanExpr | None = None
    pct_plan_term: float | None = None

    def __getattr__(self, name: str):  # code, name, unit, value… straight from the input
        return getattr(self.input, name)

    @property
    def decimals(self) -> int:
        """The precision the target is shown with: its own, else the default for its unit."""
        own = self.input.decimals
        return own if own is not None else default_decimals(self.input.unit)

    @property
    def judged_plan(self) -> PlanExpr | None:
        """The plan the assessment uses: the office's own when present, else the upper level's."""
        return self.plan_own or self.plan_upper

    @property
    def pct_plan(self) -> float | None:
        """% of the judged plan."""
        return self.pct_plan_own if self.plan_own else self.pct_plan_upper

    @property
    def is_estimate(self) -> bool:
        return self.input.status is Status.ESTIMATE


@dataclass(frozen=True)
class Summary:
    """All rows of a period in print order, with the counts line's figures."""

    period: Period
    threshold_pct: float
    rows: list[SummaryRow]
    counts: dict[str, int] = field(default_factory=dict)
    level: str | None = None  # the office's administrative level (domain.levels.Level), when known

    @property
    def pace_pct(self) -> float:
        return self.period.pace_pct


def _plan(text: str | None, errors: list[str]) -> PlanExpr | None:
    if text is None:
        return None
    try:
        return parse_optional_plan(text)
    except PlanError as exc:
        errors.append(str(exc))
        return None


def usable(value: float | None) -> float | None:
    """A stored figure to compute with: one that cannot be shown (beyond 10^15, infinite) is missing."""
    return value if value is None or is_showable(value) else None


_ROW_FIELDS = tuple(f.name for f in fields(SummaryRow))


def _row(values: tuple) -> SummaryRow:
    """A :class:`SummaryRow` from its field values in order, made without the frozen dataclass's generated
    ``__init__`` (one ``object.__setattr__`` per field, a large share of a summary's time over thousands of
    rows); the same object in every respect."""
    row = object.__new__(SummaryRow)
    row.__dict__.update(zip(_ROW_FIELDS, values, strict=True))
    return row


def summarize_row(item: SummaryInput, months: int) -> SummaryRow:
    errors: list[str] = []
    upper = _plan(item.plan_upper, errors)
    own = _plan(item.plan_own, errors)
    term = _plan(item.plan_term, errors)
    judged = own if own is not None else upper
    value, last_year, baseline = usable(item.value), usable(item.last_year_value), usable(item.baseline)
    last_year_full, expected = usable(item.last_year_full), usable(item.expected_year_end)
    if last_year_full is not None:  # a down target is measured from last year's full-year value
        baseline = last_year_full
    kind, direction = item.kind, item.direction

    def pct(plan: PlanExpr | None) -> float | None:
        if value is None or plan is None:  # what pct_of_plan answers for either, without the call
            return None
        return pct_of_plan(
            value, plan, direction, baseline, kind=kind, months=months, last_year_same_period=last_year
        )

    if expected is not None:
        projected = expected
    elif value is None:  # no value, no projection
        projected = None
    else:
        projected = round_half_up(
            year_end_expectation(
                value,
                kind=kind,
                months=months,
                last_year_same_period=last_year,
                last_year_full=last_year_full,
            ),
            item.decimals if item.decimals is not None else default_decimals(item.unit),
        )
    return _row(
        (
            item,
            upper,
            own,
            pct(upper),
            pct(own),
            pct_of_same_period(value, last_year),
            projected,
            assess(
                value,
                judged,
                kind=kind,
                direction=direction,
                months=months,
                baseline=baseline,
                target_pace=item.pace_pct,
                last_year_same_period=last_year,
            ),
            tuple(errors),
            term,
            None if value is None or term is None else pct_of_plan(value, term, direction, baseline),
        )
    )


class TargetRows:
    """Summary rows of many inputs that share one target: the same target of every subordinate unit, which
    differ only in the unit's assigned plan (``plan_upper``) and figures (value, status, note, last year's).
    The target's own facts (kind, direction, precision, baseline, pace, the office's own and term plans, its
    year-end expectation) are read once from ``target``; each row is what :func:`summarize_row` gives."""

    def __init__(self, target: SummaryInput, months: int) -> None:
        self.months = months
        self.kind, self.direction, self.pace = target.kind, target.direction, target.pace_pct
        self.decimals = target.decimals if target.decimals is not None else default_decimals(target.unit)
        own_errors: list[str] = []
        self.own = _plan(target.plan_own, own_errors)
        self.own_errors = tuple(own_errors)
        term_errors: list[str] = []
        self.term = _plan(target.plan_term, term_errors)
        self.term_errors = tuple(term_errors)
        self.baseline, self.expected = usable(target.baseline), usable(target.expected_year_end)
        self._uppers: dict[str | None, tuple[PlanExpr | None, tuple[str, ...]]] = {}

    def _upper(self, text: str | None) -> tuple[PlanExpr | None, tuple[str, ...]]:
        found = self._uppers.get(text)
        if found is None:
            errors: list[str] = []
            found = self._uppers[text] = (_plan(text, errors), tuple(errors))
        return found

    def row(self, item: SummaryInput) -> SummaryRow:
        """The row of ``item``, an input of this target (its target fields are ``target``'s)."""
        months, kind, direction, own, term = self.months, self.kind, self.direction, self.own, self.term
        upper, upper_errors = self._upper(item.plan_upper)
        value, last_year = usable(item.value), usable(item.last_year_value)
        last_year_full = usable(item.last_year_full)
        baseline = last_year_full if last_year_full is not None else self.baseline
        if value is None:
            pct_upper = pct_own = pct_term = None
            projected = self.expected
        else:
            pct_upper = (
                None
                if upper is None
                else pct_of_plan(
                    value,
                    upper,
                    direction,
                    baseline,
                    kind=kind,
                    months=months,
                    last_year_same_period=last_year,
                )
            )
            pct_own = (
                None
                if own is None
                else pct_of_plan(
                    value, own, direction, baseline, kind=kind, months=months, last_year_same_period=last_year
                )
            )
            pct_term = None if term is None else pct_of_plan(value, term, direction, baseline)
            projected = self.expected
            if projected is None:
                projected = round_half_up(
                    year_end_expectation(
                        value, kind=kind, months=months, last_year_same_period=last_year,
                        last_year_full=last_year_full,
                    ),
                    self.decimals,
                )  # fmt: skip
        return _row(
            (
                item,
                upper,
                own,
                pct_upper,
                pct_own,
                pct_of_same_period(value, last_year),
                projected,
                assess(
                    value,
                    own if own is not None else upper,
                    kind=kind,
                    direction=direction,
                    months=months,
                    baseline=baseline,
                    target_pace=self.pace,
                    last_year_same_period=last_year,
                ),
                upper_errors + self.own_errors + self.term_errors,
                term,
                pct_term,
            )
        )


def reaches_threshold(row: SummaryRow, threshold_pct: float) -> bool:
    """ "Đạt từ N% kế hoạch trở lên": by % of plan, or, where none can be computed, by meeting the plan."""
    pct = row.pct_plan
    if pct is not None:
        return pct >= threshold_pct - 1e-9
    return row.assessment.is_good


def count(rows: list[SummaryRow], threshold_pct: float) -> dict[str, int]:
    """The counts line, over top-level targets ("trong đó" rows are details of their parent). Only targets
    with a plan are counted (their assessments add up to ``total``); ``no_plan`` counts the targets with a
    value but no plan, which stay out of the rest."""
    by = dict.fromkeys(Assessment, 0)
    total = at_least = no_plan = 0
    for r in rows:
        if r.input.parent is not None:
            continue
        assessment = r.assessment
        if assessment is Assessment.NO_PLAN:
            no_plan += 1
        if r.plan_own is None and r.plan_upper is None:  # no judged plan
            continue
        total += 1
        by[assessment] += 1
        at_least += reaches_threshold(r, threshold_pct)
    by[Assessment.NO_PLAN] = no_plan
    return {"total": total, "at_least_threshold": at_least, **{a.value: n for a, n in by.items()}}


def build_summary(
    inputs: list[SummaryInput], period: Period, threshold_pct: float = 70.0, level: str | None = None
) -> Summary:
    rows = [summarize_row(item, period.months) for item in inputs]
    return Summary(
        period=period, threshold_pct=threshold_pct, rows=rows, counts=count(rows, threshold_pct), level=level
    )


def with_rows_replaced(summary: Summary, inputs: list[SummaryInput]) -> Summary | None:
    """``summary`` with the rows of these targets computed again from their new ``inputs`` (a row depends on
    its own target's inputs alone) and the counts recounted; None when an input's target has no row in it."""
    fresh = {i.target_id: i for i in inputs}
    if not fresh.keys() <= {r.input.target_id for r in summary.rows}:
        return None
    months, threshold = summary.period.months, summary.threshold_pct
    rows = [
        summarize_row(fresh[r.input.target_id], months) if r.input.target_id in fresh else r
        for r in summary.rows
    ]
    return Summary(summary.period, threshold, rows, count(rows, threshold), summary.level)


def counts_line(summary: Summary) -> str:
    """ "26/27 chỉ tiêu đạt từ 70% kế hoạch trở lên; 5 vượt; 2 chưa đạt tiến độ" (year end: đạt/không đạt)."""
    c = summary.counts
    parts = [
        f"{c.get('at_least_threshold', 0)}/{c.get('total', 0)} chỉ tiêu đạt từ "
        f"{format_pct(summary.threshold_pct)}% kế hoạch trở lên",
        f"{c.get('exceeded', 0)} vượt",
    ]
    if summary.period.months == 12:
        parts += [f"{c.get('met', 0)} đạt", f"{c.get('not_met', 0)} không đạt"]
    else:
        parts.append(f"{c.get('behind', 0)} chưa đạt tiến độ")
    if c.get("no_data"):
        parts.append(f"{c['no_data']} chưa có số liệu")
    if c.get("no_plan"):
        parts.append(f"{c['no_plan']} chưa có kế hoạch")
    return "; ".join(parts)
