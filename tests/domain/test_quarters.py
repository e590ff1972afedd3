import pytest

from nxdesk.domain.quarters import period_difference, quarter_cutoffs, quarter_value, quarter_values
from nxdesk.domain.targets import Kind


def test_a_flows_quarter_is_the_difference_of_two_cut_offs():
    ytd = {3: 300.0, 6: 650.0, 9: 1000.0, 12: 1401.5}
    assert quarter_values(Kind.FLOW, ytd) == [300.0, 350.0, 350.0, pytest.approx(401.5)]


def test_a_level_shows_the_state_at_the_quarters_cut_off():
    ytd = {3: 68.0, 6: 69.0, 9: 70.0, 12: 70.5}
    assert quarter_values(Kind.LEVEL, ytd) == [68.0, 69.0, 70.0, 70.5]


def test_a_missing_cut_off_leaves_the_quarter_blank():
    ytd = {3: 300.0, 9: 1000.0}
    assert quarter_value(Kind.FLOW, 1, ytd) == 300.0
    assert quarter_value(Kind.FLOW, 2, ytd) is None  # no 6-month value
    assert quarter_value(Kind.FLOW, 3, ytd) is None  # 9 months known, 6 months not: blank, not 1000
    assert quarter_value(Kind.FLOW, 4, ytd) is None
    assert quarter_value(Kind.LEVEL, 3, ytd) == 1000.0


def test_quarter_cut_offs():
    assert quarter_cutoffs(1) == (0, 3)
    assert quarter_cutoffs(3) == (6, 9)
    with pytest.raises(ValueError):
        quarter_cutoffs(5)


def test_the_difference_of_two_periods_needs_both():
    assert period_difference(650.0, 1000.0) == 350.0
    assert period_difference(None, 1000.0) is None
    assert period_difference(650.0, None) is None
