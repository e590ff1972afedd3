from nxdesk.domain.plan_distance import far_from_plan


def test_far_from_plan_beyond_three_times():
    assert far_from_plan(350.0)
    assert not far_from_plan(300.0)
    assert not far_from_plan(148.0)
    assert not far_from_plan(None)
