import pytest
from hypothesis import given
from hypothesis import strategies as st

from nxdesk.domain.numbers import NumberError, format_number, format_pct, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.401,351", 1401.351),
        ("1401,351", 1401.351),
        ("1401.351", 1401.351),  # four digits before the dot: only a decimal point reading is possible
        ("12.100,1", 12100.1),
        ("745,4", 745.4),
        ("0.5", 0.5),
        ("28.300.000", 28300000),
        ("1,401.5", 1401.5),
        ("-3,5", -3.5),
        ("  70 % ", 70),
        ("1 401,5", 1401.5),
        ("165", 165),
    ],
)
def test_parse_accepts(text, expected):
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("abc", "invalid"),
        ("1,2,3,4", "invalid"),
        ("12,3.4", "invalid"),
        ("5,", "invalid"),
        ("1e5", "invalid"),
        ("1.401", "ambiguous"),
        ("25.000", "ambiguous"),
        ("1.40.1", "invalid"),
    ],
)
def test_parse_refuses_with_a_reason(text, code):
    with pytest.raises(NumberError) as info:
        parse_number(text)
    assert info.value.code == code
    assert str(info.value)


def test_ambiguous_message_offers_both_readings():
    with pytest.raises(NumberError) as info:
        parse_number("1.401")
    assert "1401" in str(info.value) and "1,401" in str(info.value)


def test_whole_number_fields_read_the_dot_as_grouping():
    assert parse_number("1.401", integer_only=True) == 1401
    with pytest.raises(NumberError) as info:
        parse_number("1,5", integer_only=True)
    assert info.value.code == "not_integer"


def test_negative_refused_where_the_unit_cannot_be_negative():
    with pytest.raises(NumberError) as info:
        parse_number("-5", allow_negative=False)
    assert info.value.code == "negative"


def test_explicit_decimal_mark():
    assert parse_number("1.401", "comma") == 1401
    assert parse_number("1.401", "dot") == pytest.approx(1.401)
    assert parse_number("1,401", "dot") == 1401
    with pytest.raises(NumberError):
        parse_number("1.5", "comma")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1401.351, "1.401,351"),
        (25000, "25.000"),
        (12100.1, "12.100,1"),
        (195.064, "195,064"),
        (0, "0"),
        (-3.5, "-3,5"),
        (None, ""),
    ],
)
def test_format_number(value, text):
    assert format_number(value) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [(113.2, "113,2"), (100.0, "100"), (187.99986, "188"), (48.705, "48,7"), (92.5333, "92,5")],
)
def test_format_pct_drops_trailing_zero(value, text):
    assert format_pct(value) == text


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=3, allow_nan=False, allow_infinity=False))
def test_round_trip_format_then_parse(value):
    number = float(value)
    text = format_number(number)
    assert parse_number(text, "comma") == pytest.approx(number, abs=1e-9)


@given(st.integers(min_value=0, max_value=10**12))
def test_round_trip_whole_numbers_in_count_fields(value):
    assert parse_number(format_number(value), integer_only=True) == value


def test_marks_are_cldr_vi_vn():
    """The hard-coded marks are the ones the Unicode CLDR data (through Babel) gives for vi-VN."""
    from babel import Locale

    from nxdesk.domain.numbers import DECIMAL_MARK, GROUP_MARK, MINUS_SIGN, format_number

    symbols = Locale.parse("vi_VN").number_symbols
    symbols = symbols.get("latn", symbols)
    cldr = (symbols["decimal"], symbols["group"], symbols["minusSign"])
    assert cldr == (DECIMAL_MARK, GROUP_MARK, MINUS_SIGN)
    from babel.numbers import format_decimal

    for value in (1401.351, 25000, -12100.5, 0.125, 1234567.891):
        assert format_number(value) == format_decimal(value, format="#,##0.###", locale="vi_VN")


@given(
    st.one_of(
        st.from_regex(r"\s?[0-9]{1,17}([.,][0-9]{0,20})?\s?", fullmatch=True),
        st.from_regex(r"[-+]?[0-9]{1,4}([.,][0-9]{3})*([.,][0-9]{1,3})?%?", fullmatch=True),
        st.text(alphabet="0123456789.,- %\u00a0١", max_size=20),
    ),
    st.sampled_from(["comma", "dot"]),
    st.booleans(),
    st.booleans(),
)
def test_the_plain_reading_of_a_number_is_the_full_parsers(text, decimal, integer_only, allow_negative):
    """parse_number reads plain digits directly: the same float, and the same refusals, as the full parser."""
    from decimal import InvalidOperation

    from nxdesk.domain.numbers import parse_decimal

    def full():
        try:
            return float(
                parse_decimal(text, decimal, allow_negative=allow_negative, integer_only=integer_only)
            )
        except InvalidOperation:
            raise NumberError("invalid", text) from None

    try:
        expected = full()
    except NumberError as exc:
        with pytest.raises(NumberError) as caught:
            parse_number(text, decimal, allow_negative=allow_negative, integer_only=integer_only)
        assert (caught.value.code, caught.value.params) == (exc.code, exc.params)
        return
    got = parse_number(text, decimal, allow_negative=allow_negative, integer_only=integer_only)
    assert got == expected and type(got) is float
