"""The units matrix's cells, computed a target's column at a time, are what each unit's full summary row
says: % of the assigned plan and assessment for up and down targets, flows and levels, rates, missing, range
and bound plans, at every cut-off, on generated targets and figures."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from nxdesk.domain.rollup import is_additive, rollup_figures
from nxdesk.domain.summary import SummaryInput, summarize_row
from nxdesk.domain.targets import Assessment, Direction, Kind, Status
from nxdesk.domain.unit_cells import TargetCells

PLANS = [None, "", "  ", "1.000", "745,4", "0", "44-45", "≥ 5,6", "≥ 70", "trên 70", "≤ 3", "dưới 3",
         "6,6-6,8", "khoảng 4", "8-6", "abc", "-5", "100%", "12"]  # fmt: skip
NUMBERS = st.one_of(
    st.none(),
    st.floats(min_value=-1e6, max_value=1e6, allow_nan=False),
    st.sampled_from([0.0, 1e16, -1e16, float("inf"), float("nan"), 75.0, 100.0, 3.0, 44.5, 5.6, 12.0]),
)

# The office's target as each unit's row takes it: no own or term plan, no typed year-end expectation.
targets = st.builds(
    SummaryInput,
    code=st.just("KT01"),
    name=st.just("Tỷ lệ hộ nghèo"),
    unit=st.sampled_from(["tỷ đồng", "%", "người", "ha"]),
    sector=st.just("Xã hội"),
    kind=st.sampled_from(list(Kind)),
    direction=st.sampled_from(list(Direction)),
    parent=st.sampled_from([None, "KT00"]),
    decimals=st.sampled_from([None, 0, 2]),
    baseline=NUMBERS,
    pace_pct=st.sampled_from([None, 50.0, 75.0]),
)
figures = st.fixed_dictionaries(
    {
        "plan_upper": st.sampled_from(PLANS),
        "value": NUMBERS,
        "status": st.sampled_from([None, Status.ESTIMATE, Status.OFFICIAL]),
        "last_year_value": NUMBERS,
        "last_year_full": NUMBERS,
    }
)


def _row(item: SummaryInput, months: int):
    try:
        return summarize_row(item, months)
    except ArithmeticError:  # a projection beyond any float: the full row cannot be built at all
        return None


@settings(max_examples=500, deadline=None)
@given(
    target=targets, cells=st.lists(figures, min_size=1, max_size=12), months=st.sampled_from([3, 6, 9, 12])
)
def test_a_targets_cells_are_its_units_summary_rows(target, cells, months):
    stored = [
        (
            c["plan_upper"],
            c["value"],
            c["status"] and c["status"].value,
            c["last_year_value"],
            c["last_year_full"],
        )
        for c in cells
    ]  # as the store reads them: the status as its text
    got = TargetCells(target, months).column(stored)
    assert len(got) == len(cells)
    for cell, figure in zip(got, cells, strict=True):
        row = _row(replace(target, **figure), months)
        if row is None:
            continue
        want = (row.value, row.status, row.pct_plan_upper, row.assessment)
        assert repr(cell) == repr(want)  # repr: NaN values compare equal, and 0.0 differs from -0.0
        assert cell[1] is row.status
    if target.direction is Direction.UP:  # the store reads an up target's figures without last year's
        assert repr(TargetCells(target, months).column([c[:3] for c in stored])) == repr(got)
        assert repr(TargetCells(target, months).column(iter(stored))) == repr(got)


def _rollup_one_by_one(office: SummaryInput, figures) -> SummaryInput:
    """The roll-up as first written: each reported value and status taken one by one."""
    base = replace(office, value=None, status=None, note=None, expected_year_end=None)
    if not is_additive(office):
        return base
    reported = [(f[0], f[1]) for f in figures if f[0] is not None]
    if not reported:
        return base
    status = Status.ESTIMATE if any(s is not Status.OFFICIAL for _, s in reported) else Status.OFFICIAL
    return replace(base, value=sum(value for value, _ in reported), status=status)


@settings(max_examples=300, deadline=None)
@given(
    target=targets,
    cells=st.lists(
        st.tuples(
            st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False, width=64)),
            st.sampled_from([None, Status.ESTIMATE, Status.OFFICIAL]),
        ),
        max_size=12,
    ),
)
def test_the_rollup_of_a_column_is_the_sum_of_its_reported_values(target, cells):
    cells = [(value, value is not None and status, None, None) for value, status in cells]
    assert repr(rollup_figures(target, cells)) == repr(_rollup_one_by_one(target, cells))


def test_the_usual_cases_read_as_expected():
    flow = SummaryInput("KT01", "Thu", "tỷ đồng", "Kinh tế", Kind.FLOW, Direction.UP)
    poverty = SummaryInput("XH01", "Hộ nghèo", "%", "Xã hội", Kind.LEVEL, Direction.DOWN, baseline=6.0)
    cells = TargetCells(flow, 9).column(
        [("100", 80.0, "official", None, None), ("44-45", 50.0, "estimate", None, None),
         (None, 1.0, None, None, None), ("100", None, None, None, None)]
    )  # fmt: skip
    assert cells == [
        (80.0, Status.OFFICIAL, 80.0, Assessment.ON_TRACK),
        (50.0, Status.ESTIMATE, 50 / 44 * 100, Assessment.EXCEEDED),
        (1.0, None, None, Assessment.NO_PLAN),
        (None, None, None, Assessment.NO_DATA),
    ]
    # a unit without a value: one shared cell per status, equal to the one built
    empty = TargetCells(flow, 9).column(
        [("100", None, "estimate"), ("1", None, "estimate"), (None, None, None)]
    )
    assert empty == [(None, Status.ESTIMATE, None, Assessment.NO_DATA)] * 2 + [
        (None, None, None, Assessment.NO_DATA)
    ]
    [(value, _, pct, judged)] = TargetCells(poverty, 12).column([("≤ 5", 4.5, "official", 5.5, 6.0)])
    assert (value, pct, judged) == (4.5, 150.0, Assessment.MET)
