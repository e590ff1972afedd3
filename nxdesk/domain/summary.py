"""The summary of one period: every target's figures, percentages and assessment, and the counts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .calc import assess, pct_of_plan, pct_of_same_period, project_year_end
from .numbers import format_pct, is_showable
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

    @property
    def pace_pct(self) -> float:
        return self.period.pace_pct


def _plan(text: str | None, errors: list[str]) -> PlanExpr | None:
    try:
        return parse_optional_plan(text)
    except PlanError as exc:
        errors.append(str(exc))
        return None


def _usable(value: float | None) -> float | None:
    """A stored figure to compute with: one that cannot be shown (beyond 10^15, infinite) is missing."""
    return value if is_showable(value) else None


def summarize_row(item: SummaryInput, months: int) -> SummaryRow:
    errors: list[str] = []
    upper = _plan(item.plan_upper, errors)
    own = _plan(item.plan_own, errors)
    term = _plan(item.plan_term, errors)
    judged = own or upper
    value, last_year, baseline = _usable(item.value), _usable(item.last_year_value), _usable(item.baseline)
    return SummaryRow(
        input=item,
        plan_upper=upper,
        plan_own=own,
        pct_plan_upper=pct_of_plan(value, upper, item.direction, baseline),
        pct_plan_own=pct_of_plan(value, own, item.direction, baseline),
        pct_last_year=pct_of_same_period(value, last_year),
        projected_year_end=_usable(item.expected_year_end)
        if _usable(item.expected_year_end) is not None
        else project_year_end(
            value,
            kind=item.kind,
            months=months,
            last_year_same_period=last_year,
            last_year_full=_usable(item.last_year_full),
        ),
        assessment=assess(
            value,
            judged,
            kind=item.kind,
            direction=item.direction,
            months=months,
            baseline=baseline,
            target_pace=item.pace_pct,
        ),
        plan_errors=tuple(errors),
        plan_term=term,
        pct_plan_term=pct_of_plan(value, term, item.direction, baseline),
    )


def reaches_threshold(row: SummaryRow, threshold_pct: float) -> bool:
    """ "Đạt từ N% kế hoạch trở lên": by % of plan, or, where none can be computed, by meeting the plan."""
    pct = row.pct_plan
    if pct is not None:
        return pct >= threshold_pct - 1e-9
    return row.assessment.is_good


def count(rows: list[SummaryRow], threshold_pct: float) -> dict[str, int]:
    """The counts line, over top-level targets ("trong đó" rows are details of their parent)."""
    main = [r for r in rows if r.input.parent is None]
    by = Counter(r.assessment for r in main)
    return {
        "total": len(main),
        "at_least_threshold": sum(reaches_threshold(r, threshold_pct) for r in main),
        **{a.value: by.get(a, 0) for a in Assessment},
    }


def build_summary(inputs: list[SummaryInput], period: Period, threshold_pct: float = 70.0) -> Summary:
    rows = [summarize_row(item, period.months) for item in inputs]
    return Summary(period=period, threshold_pct=threshold_pct, rows=rows, counts=count(rows, threshold_pct))


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
    return "; ".join(parts)
