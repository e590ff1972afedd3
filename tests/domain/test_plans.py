import pytest

from nxdesk.domain.plans import PlanError, PlanOp, parse_plan
from nxdesk.domain.targets import Direction


@pytest.mark.parametrize(
    ("text", "op", "low", "high"),
    [
        ("25.000", PlanOp.EXACT, 25000, 25000),
        ("745,4", PlanOp.EXACT, 745.4, 745.4),
        ("≥ 70", PlanOp.AT_LEAST, 70, 70),
        (">=70", PlanOp.AT_LEAST, 70, 70),
        ("trên 70", PlanOp.AT_LEAST, 70, 70),
        ("từ 70% trở lên", PlanOp.AT_LEAST, 70, 70),
        ("≤ 3", PlanOp.AT_MOST, 3, 3),
        ("<3", PlanOp.AT_MOST, 3, 3),
        ("dưới 3", PlanOp.AT_MOST, 3, 3),
        ("6,6-6,8", PlanOp.RANGE, 6.6, 6.8),
        ("6,6–6,8", PlanOp.RANGE, 6.6, 6.8),
        ("6,6 - 6,8", PlanOp.RANGE, 6.6, 6.8),
        ("khoảng 4", PlanOp.APPROX, 4, 4),
        ("~4", PlanOp.APPROX, 4, 4),
        ("Khoảng 4", PlanOp.APPROX, 4, 4),
    ],
)
def test_every_plan_form(text, op, low, high):
    plan = parse_plan(text)
    assert (plan.op, plan.low, plan.high) == (op, pytest.approx(low), pytest.approx(high))
    assert plan.text == text.strip()


def test_original_text_is_kept_with_spacing_normalised():
    assert parse_plan("  ≥   70 ").text == "≥ 70"


def test_reference_value_of_a_range_depends_on_direction():
    plan = parse_plan("6,6-6,8")
    assert plan.reference_value(Direction.UP) == pytest.approx(6.6)
    assert plan.reference_value(Direction.DOWN) == pytest.approx(6.8)


@pytest.mark.parametrize(
    ("text", "code"),
    [("", "empty"), ("abc", "invalid"), ("8-6", "reversed"), ("≥", "invalid"), ("≥ 1.2.3,4,5", "invalid")],
)
def test_refusals(text, code):
    with pytest.raises(PlanError) as info:
        parse_plan(text)
    assert info.value.code == code and str(info.value)


def test_satisfied_and_exceeded():
    up, down = Direction.UP, Direction.DOWN
    assert parse_plan("≥ 70").satisfied_by(70, up) and not parse_plan("≥ 70").satisfied_by(69.9, up)
    assert not parse_plan("≥ 70").exceeded_by(90, up)  # a bound is met, never exceeded
    assert parse_plan("dưới 3").satisfied_by(2.5, down) and not parse_plan("dưới 3").satisfied_by(3.5, down)
    assert parse_plan("6,6-6,8").exceeded_by(7, up) and parse_plan("6,6-6,8").satisfied_by(6.7, up)
    assert parse_plan("100").exceeded_by(99, down) and parse_plan("100").satisfied_by(100, down)
    assert parse_plan("khoảng 4").satisfied_by(3.95, up)
