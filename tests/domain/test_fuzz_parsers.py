"""Arbitrary text thrown at the number and plan parsers: either a value or a refusal with a code and a
message — never another exception, never a silent guess."""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from nxdesk.domain.numbers import NumberError, format_number, parse_number
from nxdesk.domain.plans import PlanError, PlanOp, parse_plan

NUMBER_CODES = {"empty", "invalid", "ambiguous", "negative", "not_integer", "too_large", "too_long"}
PLAN_CODES = set(PlanError.MESSAGES)

# Text that looks like what a clerk types, plus anything at all.
numberish = st.text(alphabet="0123456789.,-−+% \u00a0\u202f", max_size=16)
planish = st.text(alphabet="0123456789.,-–−+%≥≤<>=~ trênduớikhoảng\u00a0", max_size=20)
anything = st.text(max_size=30)
decimals = st.sampled_from([None, "comma", "dot"])


def _number_or_refusal(text, decimal, **flags):
    try:
        value = parse_number(text, decimal, **flags)
    except NumberError as exc:
        assert exc.code in NUMBER_CODES
        assert str(exc) and exc.params["text"] == text
        return None
    assert isinstance(value, float) and math.isfinite(value)
    if not flags.get("allow_negative", True):
        assert value >= 0
    if flags.get("integer_only"):
        assert value == int(value)
    return value


@settings(max_examples=400, deadline=None)
@given(st.one_of(numberish, anything), decimals, st.booleans(), st.booleans(), st.booleans())
def test_parse_number_never_escapes(text, decimal, allow_negative, integer_only, prefer_grouping):
    _number_or_refusal(
        text,
        decimal,
        allow_negative=allow_negative,
        integer_only=integer_only,
        prefer_grouping=prefer_grouping,
    )


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=-(10**9), max_value=10**9, places=3, allow_nan=False, allow_infinity=False))
def test_vi_vn_display_reads_back_as_the_same_number(value):
    shown = format_number(float(value))
    assert parse_number(shown, "comma") == float(round(value, 3)) or shown in ("0", "-0")


@settings(max_examples=400, deadline=None)
@given(st.one_of(planish, anything), decimals)
def test_parse_plan_never_escapes(text, decimal):
    try:
        plan = parse_plan(text, decimal)
    except PlanError as exc:
        assert exc.code in PLAN_CODES and str(exc)
        return
    assert plan.op in set(PlanOp)
    assert math.isfinite(plan.low) and math.isfinite(plan.high) and plan.low <= plan.high
    assert plan.text == " ".join(text.split())  # kept as typed, runs of white space folded
