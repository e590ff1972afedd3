"""vi-VN number formatting and strict parsing.

Display follows the vi-VN convention (``1.401,351``; a trailing ``,0`` is dropped). Parsing accepts
vi-VN input, plain ``1401.351`` where that is unambiguous, and refuses what could be read two ways
(``1.401`` in a field that may hold decimals) instead of guessing. A figure's magnitude is at most
10^15 (``MAX_MAGNITUDE``): larger ones, NaN and infinities are refused wherever a number comes in, and
a stored one that is beyond that anyway is shown as ``UNSHOWABLE`` instead of breaking the display.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Literal

DecimalMark = Literal["comma", "dot"]

MAX_MAGNITUDE = 10**15  # the largest figure nxdesk accepts (PRODUCT.md, "Numbers")
MAX_TEXT = 64  # no real figure is typed with more characters than this
UNSHOWABLE = "#NUM!"  # how a stored value beyond MAX_MAGNITUDE, NaN or an infinity is shown (as Excel)


class NumberError(ValueError):
    """A text that is not a number nxdesk will accept; ``code`` says why (for translated messages)."""

    MESSAGES = {
        "empty": "no number given",
        "invalid": "'{text}' is not a number",
        "ambiguous": "'{text}' is ambiguous: write {as_thousands} for thousands "
        "or {as_decimal} for a decimal",
        "negative": "'{text}' is negative, which this figure cannot be",
        "not_integer": "'{text}' must be a whole number",
        "too_large": "'{text}' is too large: a figure may be at most 1.000.000.000.000.000 (10^15)",
        "too_long": "'{text}' is too long to be a figure",
    }

    def __init__(self, code: str, text: str, **params: str) -> None:
        self.code = code
        self.text = text
        if len(text) > MAX_TEXT:
            text = text[: MAX_TEXT - 1] + "…"
        self.params = {"text": text, **params}
        super().__init__(self.MESSAGES[code].format(**self.params))


def _round(value: float | Decimal, decimals: int) -> Decimal:
    return Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def round_half_up(value: float | None, decimals: int) -> float | None:
    """``value`` rounded to ``decimals`` places, halves away from zero (as the display rounds)."""
    return None if value is None else float(_round(value, decimals))


# vi-VN's marks as CLDR defines them (tests/domain/test_numbers.py checks them against Babel's CLDR data;
# reading that data here would cost ~20 ms at every start of the window).
DECIMAL_MARK, GROUP_MARK, MINUS_SIGN = ",", ".", "-"
_TO_LOCALE = str.maketrans({".": DECIMAL_MARK, ",": GROUP_MARK, "-": MINUS_SIGN})


def is_showable(value: float | int | None) -> bool:
    """A stored value nxdesk can show and compute with: none, or finite and at most ``MAX_MAGNITUDE``."""
    return value is None or (math.isfinite(value) and abs(value) <= MAX_MAGNITUDE)


def check_magnitude(value: float, text: str | None = None) -> float:
    """``value`` when it is a figure nxdesk accepts; :class:`NumberError` for NaN, infinities and
    magnitudes above ``MAX_MAGNITUDE``."""
    shown = repr(value) if text is None else text
    if not math.isfinite(value):
        raise NumberError("invalid", shown)
    if abs(value) > MAX_MAGNITUDE:
        raise NumberError("too_large", shown)
    return value


def format_number(value: float | int | None, decimals: int | None = None, max_decimals: int = 3) -> str:
    """``1401.351`` -> ``1.401,351``. With ``decimals`` a fixed count; else up to ``max_decimals``, trailing
    zeros dropped. Rounds half up; a value that is not showable gives ``UNSHOWABLE``. (Python's own grouping
    with the locale's marks: the grid formats thousands of cells a second, and
    ``babel.numbers.format_decimal`` costs ~0.1 ms a call.)"""
    if value is None:
        return ""
    if not is_showable(value):
        return UNSHOWABLE
    places = max_decimals if decimals is None else decimals
    rounded = _round(value, places)
    if rounded == 0:
        rounded = abs(rounded)  # no "-0"
    text = f"{rounded:,f}"
    if decimals is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.translate(_TO_LOCALE)


def format_pct(value: float | None, decimals: int = 1) -> str:
    """A percentage for display: ``113.2`` -> ``113,2``, ``100.0`` -> ``100`` (no ``%`` sign)."""
    return format_number(value, max_decimals=decimals)


_SIGN = re.compile(r"^([+\-\u2212]?)(.*)$", re.S)
_GROUPED = re.compile(r"^[1-9]\d{0,2}(?:X\d{3})+$")  # X stands for the grouping mark


def _is_grouped(digits: str, mark: str) -> bool:
    return bool(_GROUPED.match(digits.replace(mark, "X"))) if mark in digits else digits.isdigit()


def _split(body: str, decimal_mark: str, group_mark: str, original: str) -> Decimal:
    whole, _, frac = body.partition(decimal_mark)
    if decimal_mark in frac or group_mark in frac:
        raise NumberError("invalid", original)
    if not whole and not frac:
        raise NumberError("invalid", original)
    if whole and not _is_grouped(whole, group_mark):
        raise NumberError("invalid", original)
    if frac and not frac.isdigit():
        raise NumberError("invalid", original)
    if decimal_mark in body and not frac:
        raise NumberError("invalid", original)
    return Decimal((whole or "0").replace(group_mark, "") + ("." + frac if frac else ""))


def parse_decimal(
    text: str,
    decimal: DecimalMark | None = None,
    *,
    allow_negative: bool = True,
    integer_only: bool = False,
    prefer_grouping: bool = False,
) -> Decimal:
    """Parse a number typed by a person; see :func:`parse_number`."""
    original = text
    if len(text.strip()) > MAX_TEXT:
        raise NumberError("too_long", original)
    body = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if body.endswith("%"):
        body = body[:-1].rstrip()
    if not body:
        raise NumberError("empty", original)
    sign, body = _SIGN.match(body).groups()  # type: ignore[union-attr]
    body = body.strip()
    if " " in body:  # "1 401,5": spaces as thousands separators only in valid groups
        if not re.fullmatch(r"[1-9]\d{0,2}(?: \d{3})+(?:[.,]\d+)?", body):
            raise NumberError("invalid", original)
        body = body.replace(" ", "")
    if not body or not re.fullmatch(r"[\d.,]+", body) or not any(c.isdigit() for c in body):
        raise NumberError("invalid", original)

    if decimal == "comma":
        number = _split(body, ",", ".", original)
    elif decimal == "dot":
        number = _split(body, ".", ",", original)
    else:
        number = _auto(body, original, integer_only=integer_only, prefer_grouping=prefer_grouping)

    if integer_only and number != number.to_integral_value():
        raise NumberError("not_integer", original)
    if sign in ("-", "\u2212"):
        number = -number
    if number < 0 and not allow_negative:
        raise NumberError("negative", original)
    if abs(number) > MAX_MAGNITUDE:
        raise NumberError("too_large", original)
    return number


def _auto(body: str, original: str, *, integer_only: bool, prefer_grouping: bool) -> Decimal:
    dots, commas = body.count("."), body.count(",")
    if dots and commas:  # the mark that comes last is the decimal mark
        if body.rfind(",") > body.rfind("."):
            return _split(body, ",", ".", original)
        return _split(body, ".", ",", original)
    if commas:
        if commas == 1:
            return _split(body, ",", ".", original)  # vi-VN decimal comma
        return _split(body, ".", ",", original)  # "1,401,351": only a grouping reading is possible
    if dots > 1:
        return _split(body, ",", ".", original)  # "1.401.351": vi-VN grouping
    if dots == 1:
        whole, _, frac = body.partition(".")
        could_group = len(frac) == 3 and re.fullmatch(r"[1-9]\d{0,2}", whole) is not None
        if not could_group:
            return _split(body, ".", ",", original)  # "1401.351", "12.5": a plain decimal point
        if integer_only or prefer_grouping:
            return _split(body, ",", ".", original)
        grouped = whole + frac
        raise NumberError("ambiguous", original, as_thousands=grouped, as_decimal=f"{whole},{frac}")
    return Decimal(body)


def parse_number(
    text: str,
    decimal: DecimalMark | None = None,
    *,
    allow_negative: bool = True,
    integer_only: bool = False,
    prefer_grouping: bool = False,
) -> float:
    """Parse ``text`` into a float, strictly.

    ``decimal`` fixes the decimal mark (``"comma"`` for vi-VN, ``"dot"``); without it the mark is
    decided from the text: both marks -> the last one is decimal; one comma -> decimal comma; several
    dots -> vi-VN grouping; one dot followed by exactly three digits could be either and is refused
    unless the field holds whole numbers (``integer_only``) or the caller prefers the vi-VN grouping
    reading (``prefer_grouping``, used for plan expressions such as ``25.000``). A trailing ``%`` is
    ignored. Raises :class:`NumberError` with a ``code`` for every refusal.
    """
    if decimal is not None and text.isascii():
        quick = _plain(text, decimal, integer_only)
        if quick is not None:
            return quick
    try:
        return float(
            parse_decimal(
                text,
                decimal,
                allow_negative=allow_negative,
                integer_only=integer_only,
                prefer_grouping=prefer_grouping,
            )
        )
    except InvalidOperation as exc:  # defensive: the regexes above should make this unreachable
        raise NumberError("invalid", text) from exc


_PLAIN = {
    "comma": re.compile(r"([0-9]{1,15})(?:,([0-9]+))?"),
    "dot": re.compile(r"([0-9]{1,15})(?:\.([0-9]+))?"),
}


def _plain(text: str, decimal: DecimalMark, integer_only: bool) -> float | None:
    """The common case of :func:`parse_number` with a known mark, read directly: ASCII digits with no
    sign, grouping or percent, at most 15 before the mark (so never beyond ``MAX_MAGNITUDE``), and a
    fraction only where one is allowed. None for anything else, which the full parser reads. The same
    float either way: Python reads a decimal text correctly rounded, as ``float(Decimal(text))`` does."""
    body = text.strip()
    found = _PLAIN[decimal].fullmatch(body)
    if found is None or len(body) > MAX_TEXT:
        return None
    whole, fraction = found.groups()
    if fraction is None:
        return float(whole)
    if integer_only:
        return None
    return float(f"{whole}.{fraction}")
