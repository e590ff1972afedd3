"""A summary row is the same whichever way it is built: ``summarize_row`` against a plain, field-by-field
reading of the domain rules (percentages, projection, assessment) on generated targets and figures."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nxdesk.domain.calc import assess, pct_of_plan, pct_of_same_period, year_end_expectation
from nxdesk.domain.numbers import is_showable, round_half_up
from nxdesk.domain.periods import Period
from nxdesk.domain.plans import PlanError, parse_optional_plan
from nxdesk.domain.summary import SummaryInput, SummaryRow, build_summary, count, summarize_row
from nxdesk.domain.targets import Direction, Kind, Status, default_decimals

PLANS = [None, "", "  ", "1.000", "745,4", "0", "≥ 70", "trên 70", "≤ 3", "dưới 3", "6,6-6,8", "khoảng 4",
         "8-6", "abc", "-5", "100%"]  # fmt: skip
NUMBERS = st.one_of(
    st.none(),
    st.floats(min_value=-1e6, max_value=1e6, allow_nan=False),
    st.sampled_from([0.0, 1e16, float("inf"), 75.0, 100.0, 3.0]),
)


def reference_row(item: SummaryInput, months: int) -> SummaryRow:
    errors: list[str] = []

    def plan(text):
        try:
            return parse_optional_plan(text)
        except PlanError as exc:
            errors.append(str(exc))
            return None

    def usable(v):
        return v if is_showable(v) else None

    upper, own, term = plan(item.plan_upper), plan(item.plan_own), plan(item.plan_term)
    value, last_year, baseline = usable(item.value), usable(item.last_year_value), usable(item.baseline)
    last_year_full, expected = usable(item.last_year_full), usable(item.expected_year_end)
    if last_year_full is not None:
        baseline = last_year_full

    def pct(p):
        return pct_of_plan(
            value, p, item.direction, baseline, kind=item.kind, months=months, last_year_same_period=last_year
        )

    return SummaryRow(
        input=item,
        plan_upper=upper,
        plan_own=own,
        pct_plan_upper=pct(upper),
        pct_plan_own=pct(own),
        pct_last_year=pct_of_same_period(value, last_year),
        projected_year_end=expected
        if expected is not None
        else round_half_up(
            year_end_expectation(
                value,
                kind=item.kind,
                months=months,
                last_year_same_period=last_year,
                last_year_full=last_year_full,
            ),
            item.decimals if item.decimals is not None else default_decimals(item.unit),
        ),  # fmt: skip
        assessment=assess(
            value,
            own or upper,
            kind=item.kind,
            direction=item.direction,
            months=months,
            baseline=baseline,
            target_pace=item.pace_pct,
            last_year_same_period=last_year,
        ),  # fmt: skip
        plan_errors=tuple(errors),
        plan_term=term,
        pct_plan_term=pct_of_plan(value, term, item.direction, baseline),
    )


def _outcome(build, item: SummaryInput, months: int):
    """The row, or the kind of error building it raises (a projection beyond any float raises today)."""
    try:
        return build(item, months)
    except ArithmeticError as exc:
        return type(exc)


inputs = st.builds(
    SummaryInput,
    code=st.just("KT01"),
    name=st.just("Thu ngân sách"),
    unit=st.sampled_from(["tỷ đồng", "%", "người", "ha"]),
    sector=st.just("Kinh tế"),
    kind=st.sampled_from(list(Kind)),
    direction=st.sampled_from(list(Direction)),
    parent=st.sampled_from([None, "KT00"]),
    plan_upper=st.sampled_from(PLANS),
    plan_own=st.sampled_from(PLANS),
    plan_term=st.sampled_from(PLANS),
    decimals=st.sampled_from([None, 0, 1, 3]),
    expected_year_end=NUMBERS,
    baseline=NUMBERS,
    pace_pct=st.sampled_from([None, 50.0, 75.0]),
    value=NUMBERS,
    status=st.sampled_from([None, Status.ESTIMATE, Status.OFFICIAL]),
    last_year_value=NUMBERS,
    last_year_full=NUMBERS,
)


@settings(max_examples=600, deadline=None)
@given(item=inputs, months=st.sampled_from([3, 6, 9, 12]))
def test_a_row_is_what_the_rules_say(item, months):
    got, want = _outcome(summarize_row, item, months), _outcome(reference_row, item, months)
    assert got == want
    if isinstance(want, type):  # both refused the same way
        return
    assert (got.decimals, got.pct_plan, got.judged_plan, got.is_estimate, got.code) == (
        want.decimals, want.pct_plan, want.judged_plan, want.is_estimate, want.code,
    )  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    items=st.lists(inputs, max_size=12),
    months=st.sampled_from([6, 12]),
    threshold=st.sampled_from([50.0, 70.0]),
)
def test_the_counts_line_counts_what_the_rules_say(items, months, threshold):
    from collections import Counter

    from nxdesk.domain.summary import reaches_threshold
    from nxdesk.domain.targets import Assessment

    rows = [_outcome(reference_row, i, months) for i in items]
    if any(isinstance(r, type) for r in rows):
        return
    main = [r for r in rows if r.input.parent is None]
    planned = [r for r in main if r.judged_plan is not None]
    by = Counter(r.assessment for r in planned)
    by[Assessment.NO_PLAN] = sum(r.assessment is Assessment.NO_PLAN for r in main)
    want = {
        "total": len(planned),
        "at_least_threshold": sum(reaches_threshold(r, threshold) for r in planned),
        **{a.value: by.get(a, 0) for a in Assessment},
    }
    assert count(rows, threshold) == want
    assert list(count(rows, threshold)) == list(want)
    assert build_summary(items, Period(2024, months), threshold).counts == want


cells = st.fixed_dictionaries(
    {
        "plan_upper": st.sampled_from(PLANS),
        "value": NUMBERS,
        "status": st.sampled_from([None, Status.ESTIMATE, Status.OFFICIAL]),
        "note": st.sampled_from([None, "ước"]),
        "last_year_value": NUMBERS,
        "last_year_status": st.sampled_from([None, Status.OFFICIAL]),
        "last_year_full": NUMBERS,
    }
)


@settings(max_examples=300, deadline=None)
@given(target=inputs, figures=st.lists(cells, min_size=1, max_size=8), months=st.sampled_from([3, 9, 12]))
def test_the_rows_of_one_target_across_units_are_summarize_rows(target, figures, months):
    from dataclasses import replace

    from nxdesk.domain.summary import TargetRows

    rows = TargetRows(target, months)
    for cell in figures:
        item = replace(target, **cell)
        assert _outcome(lambda i, m: rows.row(i), item, months) == _outcome(summarize_row, item, months)
