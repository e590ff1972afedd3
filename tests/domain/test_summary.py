import pytest

from nxdesk.domain.periods import Period
from nxdesk.domain.summary import SummaryInput, build_summary, counts_line
from nxdesk.domain.targets import Assessment, Direction, Kind

UP, DOWN, FLOW, LEVEL = Direction.UP, Direction.DOWN, Kind.FLOW, Kind.LEVEL


def item(code, **kw):
    base = {"name": code, "unit": "ha", "sector": "Kinh tế", "kind": FLOW, "direction": UP}
    return SummaryInput(code=code, **{**base, **kw})


def test_a_down_targets_baseline_is_last_years_full_year_value_when_entered():
    poverty = item("VX01", unit="%", kind=LEVEL, direction=DOWN, plan_own="dưới 8", value=7.85, baseline=12.0)
    assert build_summary([poverty], Period(2025, 9)).rows[0].pct_plan_own == pytest.approx(
        (12 - 7.85) / (12 - 8) * 100
    )
    with_full = item(
        "VX01",
        unit="%",
        kind=LEVEL,
        direction=DOWN,
        plan_own="dưới 8",
        value=7.85,
        baseline=12.0,
        last_year_full=9.62,
    )
    row = build_summary([with_full], Period(2025, 9)).rows[0]
    assert row.pct_plan_own == pytest.approx((9.62 - 7.85) / (9.62 - 8) * 100)


def test_accidents_in_the_summary_read_behind_not_440_percent():
    accidents = item("AN01", unit="vụ", direction=DOWN, plan_own="≤ 25", value=8, last_year_full=30)
    row = build_summary([accidents], Period(2025, 3)).rows[0]
    assert row.assessment is Assessment.BEHIND
    assert row.pct_plan_own == pytest.approx(-40)


def test_a_value_without_plan_is_no_plan_and_left_out_of_the_counts():
    rows = [
        item("KT01", plan_own="100", value=90),
        item("KT02", value=50),  # no plan
        item("KT03", plan_own="100"),  # no value yet
        item("KT04"),  # neither: not counted at all
    ]
    summary = build_summary(rows, Period(2025, 9), threshold_pct=70)
    assert [r.assessment for r in summary.rows] == [
        Assessment.ON_TRACK,
        Assessment.NO_PLAN,
        Assessment.NO_DATA,
        Assessment.NO_DATA,
    ]
    c = summary.counts
    assert (c["total"], c["at_least_threshold"], c["no_plan"], c["no_data"]) == (2, 1, 1, 1)
    assert counts_line(summary) == (
        "1/2 chỉ tiêu đạt từ 70% kế hoạch trở lên; 0 vượt; 0 chưa đạt tiến độ; "
        "1 chưa có số liệu; 1 chưa có kế hoạch"
    )


def test_year_end_expectation_in_the_summary():
    sown = item("KT02", plan_own="12.100", value=12100.1)
    typed = item("KT03", plan_own="12.100", value=12100.1, expected_year_end=12150.0)
    patterned = item("KT04", plan_own="1.000", value=900, last_year_value=600, last_year_full=1000)
    rows = build_summary([sown, typed, patterned], Period(2024, 9)).rows
    assert [r.projected_year_end for r in rows] == [None, 12150.0, pytest.approx(1500)]


def test_term_target_percentage():
    row = build_summary(
        [item("XD01", unit="%", kind=LEVEL, plan_term="90", value=100)], Period(2025, 9)
    ).rows[0]
    assert row.pct_plan_term == pytest.approx(100 / 90 * 100)
    assert row.assessment is Assessment.NO_PLAN  # a term target alone is not the year's plan


def test_a_projection_has_the_targets_precision():
    villages = item("KT08", unit="thôn", plan_own="20", value=10, last_year_value=9, last_year_full=12)
    row = build_summary([villages], Period(2025, 9)).rows[0]
    assert row.projected_year_end == 13  # 10 × 12 / 9 = 13,333…: never "13,333 thôn"
    budget = item(
        "KT01", unit="tỷ đồng", decimals=3, value=1401.351, last_year_value=726.1, last_year_full=1000
    )
    assert build_summary([budget], Period(2024, 9)).rows[0].projected_year_end == 1929.97
