"""The warnings on a figure, answered once for the grid and ``nxdesk check``."""

from __future__ import annotations

from nxdesk.domain.figure_rules import LAST_YEAR, VALUE, far_from_plan, figure_warnings
from nxdesk.domain.messages import render_en
from nxdesk.domain.periods import Period
from nxdesk.domain.summary import SummaryInput, build_summary
from nxdesk.domain.targets import Direction, Kind


def _rows(*inputs: SummaryInput):
    return build_summary(list(inputs), Period(2024, 9)).rows


def _target(code: str, tid: int, **fields) -> SummaryInput:
    base = dict(
        code=code,
        name=code,
        unit="ha",
        sector="Kinh tế",
        kind=Kind.FLOW,
        direction=Direction.UP,
        target_id=tid,
    )
    return SummaryInput(**{**base, **fields})


def _codes(rows, earlier=None):
    return [(w.target_id, w.figure, w.message.code) for w in figure_warnings(rows, earlier or {}, 2024, 9)]


def test_far_from_plan_beyond_three_times():
    assert far_from_plan(350.0)
    assert not far_from_plan(300.0)
    assert not far_from_plan(148.0)
    assert not far_from_plan(None)


def test_a_value_at_350_percent_of_plan_warns_and_says_where():
    rows = _rows(_target("KT08", 8, plan_own="1.500", value=5250.0))
    [warning] = figure_warnings(rows, {}, 2024, 9)
    assert (warning.target_id, warning.figure, warning.message.severity) == (8, VALUE, "warning")
    assert (
        render_en(warning.message)
        == "KT08, 9/2024: 350% of plan: far beyond it; check the figure and its unit"
    )


def test_a_flow_below_an_earlier_cut_off_warns_a_level_does_not():
    rows = _rows(_target("F", 1, value=5.0), _target("L", 2, kind=Kind.LEVEL, value=5.0))
    assert _codes(rows, {1: 10.0, 2: 10.0}) == [(1, VALUE, "figure.below_earlier")]


def test_far_from_the_same_period_last_year():
    rows = _rows(
        _target("A", 1, value=400.0, last_year_value=100.0),
        _target("B", 2, value=200.0, last_year_value=100.0),
    )
    assert _codes(rows) == [(1, VALUE, "figure.far_from_last_year")]


def test_of_which_rows_above_their_parent_in_its_unit_only():
    rows = _rows(
        _target("P", 1, value=100.0),
        _target("P1", 2, parent="P", value=80.0),
        _target("P2", 3, parent="P", value=30.0),
        _target("P3", 4, parent="P", unit="tạ/ha", value=500.0),
        _target("R", 5, unit="%", value=50.0),
        _target("R1", 6, unit="%", parent="R", value=80.0),
    )
    assert _codes(rows) == [(1, VALUE, "figure.children_above")]


def test_the_warnings_of_some_targets_are_judged_among_the_whole_period():
    rows = _rows(
        _target("P", 1, value=100.0, last_year_value=10.0),
        _target("P1", 2, parent="P", value=80.0),
        _target("P2", 3, parent="P", value=30.0, last_year_value=5.0),
    )
    every = figure_warnings(rows, {}, 2024, 9)
    for of in ({1}, {2, 3}, {1, 3}, set()):
        assert figure_warnings(rows, {}, 2024, 9, of) == [w for w in every if w.target_id in of]
    assert {w.message.code for w in figure_warnings(rows, {}, 2024, 9, {1})} == {
        "figure.children_above",
        "figure.far_from_last_year",
    }


def test_an_unshowable_figure_warns_on_its_own_column():
    rows = _rows(_target("A", 1, value=float("nan"), last_year_value=1e16))
    assert sorted(_codes(rows)) == [(1, LAST_YEAR, "figure.unshowable"), (1, VALUE, "figure.unshowable")]
