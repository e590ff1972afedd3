import pytest

from nxdesk.domain.calc import assess, pct_of_plan, pct_of_same_period, project_year_end, year_end_expectation
from nxdesk.domain.periods import PERIOD_CHOICES, Period, pace_pct, roman
from nxdesk.domain.plans import parse_plan
from nxdesk.domain.targets import Assessment, Direction, Kind

UP, DOWN, FLOW, LEVEL = Direction.UP, Direction.DOWN, Kind.FLOW, Kind.LEVEL


def test_pct_of_plan_up_matches_the_report():
    assert round(pct_of_plan(1401.351, parse_plan("745,4"), UP)) == 188
    assert round(pct_of_plan(1401.351, parse_plan("770"), UP)) == 182
    assert pct_of_plan(28300, parse_plan("25.000"), UP) == pytest.approx(113.2)


def test_pct_of_plan_down_needs_a_baseline():
    plan = parse_plan("dưới 8")
    assert pct_of_plan(7.85, plan, DOWN, baseline=9.62) == pytest.approx((9.62 - 7.85) / (9.62 - 8) * 100)
    assert pct_of_plan(7.85, plan, DOWN) is None
    assert pct_of_plan(None, plan, UP) is None and pct_of_plan(5, None, UP) is None


def test_pct_of_same_period():
    assert round(pct_of_same_period(1401.351, 726.1)) == 193
    assert pct_of_same_period(5, 0) is None and pct_of_same_period(5, None) is None


def test_pace():
    assert pace_pct(9) == 75 and Period(2024, 6).pace_pct == 50


@pytest.mark.parametrize(
    ("value", "plan", "kind", "direction", "months", "expected"),
    [
        (1401.351, "770", FLOW, UP, 9, Assessment.EXCEEDED),
        (1388, "1.500", FLOW, UP, 9, Assessment.ON_TRACK),  # 92,5% ≥ 75% pace
        (195.064, "400", FLOW, UP, 9, Assessment.BEHIND),  # 48,8% < 75%
        (70, "≥ 70", LEVEL, UP, 9, Assessment.ON_TRACK),
        (68, "≥ 70", LEVEL, UP, 9, Assessment.BEHIND),
        (7.85, "dưới 8", LEVEL, DOWN, 9, Assessment.ON_TRACK),
        (8.5, "dưới 8", LEVEL, DOWN, 9, Assessment.BEHIND),
        (None, "770", FLOW, UP, 9, Assessment.NO_DATA),
        (1600, "1.500", FLOW, UP, 12, Assessment.EXCEEDED),
        (1500, "1.500", FLOW, UP, 12, Assessment.MET),
        (1400, "1.500", FLOW, UP, 12, Assessment.NOT_MET),
        (72, "≥ 70", LEVEL, UP, 12, Assessment.MET),
        (6.7, "6,6-6,8", LEVEL, UP, 12, Assessment.MET),
        (7.0, "6,6-6,8", LEVEL, UP, 12, Assessment.EXCEEDED),
        (6.0, "6,6-6,8", LEVEL, UP, 12, Assessment.NOT_MET),
        (2.0, "3", LEVEL, DOWN, 12, Assessment.EXCEEDED),
        (3.5, "≤ 3", LEVEL, DOWN, 12, Assessment.NOT_MET),
    ],
)
def test_assessment(value, plan, kind, direction, months, expected):
    assert assess(value, parse_plan(plan), kind=kind, direction=direction, months=months) is expected


def test_a_value_without_plan_is_no_plan_and_nothing_at_all_is_no_data():
    assert assess(5, None, kind=FLOW, direction=UP, months=9) is Assessment.NO_PLAN
    assert assess(None, None, kind=FLOW, direction=UP, months=9) is Assessment.NO_DATA
    assert Assessment.NO_PLAN.label == "Chưa có kế hoạch" and not Assessment.NO_PLAN.is_good


def test_down_flow_in_year_is_prorated_accidents():
    # Accidents: last year 30, plan ≤ 25, 8 by March -> expected 6,25: behind, not 440 %.
    plan = parse_plan("≤ 25")
    pct = pct_of_plan(8, plan, DOWN, baseline=30, kind=FLOW, months=3)
    assert pct == pytest.approx((7.5 - 8) / (7.5 - 6.25) * 100)  # base 30 × 3/12 = 7,5
    assert assess(8, plan, kind=FLOW, direction=DOWN, months=3, baseline=30) is Assessment.BEHIND
    assert assess(6, plan, kind=FLOW, direction=DOWN, months=3, baseline=30) is Assessment.EXCEEDED
    assert assess(6.25, plan, kind=FLOW, direction=DOWN, months=3, baseline=30) is Assessment.ON_TRACK


def test_down_flow_in_year_uses_last_years_same_period_when_known():
    plan = parse_plan("≤ 25")
    pct = pct_of_plan(8, plan, DOWN, baseline=30, kind=FLOW, months=3, last_year_same_period=10)
    assert pct == pytest.approx((10 - 8) / (10 - 6.25) * 100)
    assert assess(8, plan, kind=FLOW, direction=DOWN, months=3, last_year_same_period=10) is Assessment.BEHIND
    # without any baseline: judged against the prorated plan only
    assert pct_of_plan(5, plan, DOWN, kind=FLOW, months=3) is None
    assert assess(5, plan, kind=FLOW, direction=DOWN, months=3) is Assessment.ON_TRACK


def test_down_flow_at_year_end_is_the_plain_rule():
    plan = parse_plan("≤ 25")
    assert pct_of_plan(22, plan, DOWN, baseline=30, kind=FLOW, months=12) == pytest.approx(160)
    assert assess(22, plan, kind=FLOW, direction=DOWN, months=12, baseline=30) is Assessment.MET  # a bound


def test_target_pace_overrides_months():
    plan = parse_plan("100")
    assert assess(60, plan, kind=FLOW, direction=UP, months=9) is Assessment.BEHIND
    assert assess(60, plan, kind=FLOW, direction=UP, months=9, target_pace=50) is Assessment.ON_TRACK


def test_projection_follows_last_years_pattern_never_twelve_over_months():
    assert project_year_end(
        900, kind=FLOW, months=9, last_year_same_period=600, last_year_full=1000
    ) == pytest.approx(1500)
    # the sown area: 12.100,1 ha by September is not 16.133,5 ha at year end
    assert project_year_end(12100.1, kind=FLOW, months=9) is None
    assert project_year_end(900, kind=FLOW, months=9, last_year_same_period=600) is None
    assert project_year_end(70, kind=LEVEL, months=9, last_year_same_period=60, last_year_full=65) is None
    assert project_year_end(70, kind=LEVEL, months=12) == 70
    assert project_year_end(None, kind=FLOW, months=9) is None


def test_the_offices_own_expectation_wins():
    assert year_end_expectation(12100.1, kind=FLOW, months=9, expected_year_end=12150) == 12150
    assert year_end_expectation(
        900, kind=FLOW, months=9, last_year_same_period=600, last_year_full=1000
    ) == pytest.approx(1500)
    assert year_end_expectation(900, kind=FLOW, months=9) is None


def test_period_labels():
    assert Period(2024, 9).label == "9 tháng" and Period(2024, 9).title == "9 THÁNG NĂM 2024"
    assert Period(2024, 3).label == "Quý I" and Period(2024, 12).label == "Cả năm"
    assert Period(2024, 12).title == "NĂM 2024" and Period(2024, 3).title == "QUÝ I NĂM 2024"
    assert Period(2024, 5).label == "Tháng 5" and Period(2024, 5).title == "5 THÁNG NĂM 2024"
    labels = {c.label: c.months for c in PERIOD_CHOICES}
    assert labels["Quý II"] == 6 and labels["Quý IV"] == 12 and labels["Tháng 1"] == 1 and len(labels) == 19
    assert roman(4) == "IV"
    with pytest.raises(ValueError):
        Period(2024, 13)
