"""Text at the entrances and exits: one Unicode form, no control or invisible characters, bounded
lengths; XML-safe and formula-safe output."""

from __future__ import annotations

import unicodedata

import pytest

from nxdesk.domain.targets import Status, parse_status
from nxdesk.domain.text import MAX_LENGTH, TextError, clean_code, clean_text, code_key, printable, safe_cell


def test_clean_text_is_nfc_on_one_line():
    assert clean_text(unicodedata.normalize("NFD", "  Kinh  tế\n")) == "Kinh tế"
    assert clean_text("Thu\x0bngân\tsách") == "Thu ngân sách"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("a\x00b", "text.control"),
        ("a\x7fb", "text.control"),
        ("KT\u200b01", "text.invisible"),
        ("a\u202eb", "text.invisible"),
        ("a\u00adb", "text.invisible"),
    ],
)
def test_control_and_invisible_characters_are_refused(text, code):
    with pytest.raises(TextError) as refused:
        clean_text(text)
    assert refused.value.code == code


def test_lengths_per_field():
    clean_text("x" * MAX_LENGTH["note"], "note")
    with pytest.raises(TextError, match="at most 300"):
        clean_text("x" * 301, "name")


def test_codes():
    assert clean_code(" KT01 ") == "KT01"
    assert code_key("kt01") == code_key("KT01")
    with pytest.raises(TextError):
        clean_code("  ")


def test_printable_and_safe_cells():
    assert printable("Thu\x0bngân\x00 sách\ufffe") == "Thu ngân sách"
    for formula in ("=1+1", "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "\tx", "\rx"):
        assert safe_cell(formula) == "'" + formula
    for number in ("-5", "-12,5", "-1.401,351", "-3%", "12", "Kinh tế"):
        assert safe_cell(number) == number


def test_status_words_in_every_form():
    assert parse_status("Ước") is Status.ESTIMATE
    assert parse_status(unicodedata.normalize("NFD", "CHÍNH  THỨC")) is Status.OFFICIAL
    assert parse_status("uoc") is Status.ESTIMATE and parse_status("") is None
    with pytest.raises(ValueError):
        parse_status("xong")
