"""Text as it enters and leaves nxdesk: one form (Unicode NFC), no control or invisible characters,
bounded lengths; and text made safe for the files nxdesk writes (XML-legal, never a live formula).

Every entrance (the CSV table, the entry workbook, the grid, settings) cleans text through
:func:`clean_text` (or :func:`clean_code` for target codes); the store checks the same limits.
Writers call :func:`printable` for XML formats and :func:`safe_cell` for spreadsheet cells.
"""

from __future__ import annotations

import re
import unicodedata

from .messages import register

# Longest text kept per field: far beyond any real target list, short enough that nothing stored can
# grow every backup by megabytes.
MAX_LENGTH: dict[str, int] = {
    "code": 30,
    "name": 300,
    "unit": 50,
    "sector": 150,
    "note": 2000,
    "setting": 1000,
}

register(
    {
        "text.control": "contains a control character ({char}); retype the text without it",
        "text.invisible": "contains an invisible character ({char}); retype the text without it",
        "text.too_long": "is {length} characters long; at most {limit} are kept",
        "text.empty_code": "a target needs a code",
    }
)

# Whitespace that is a control character (tab, line breaks, Word's vertical tab, form feed, the Unicode
# separators): read as a space.
_SPACE_LIKE = re.compile(r"[\t\n\r\x0b\x0c\x1c-\x1f\x85\u2028\u2029]")


class TextError(ValueError):
    """A text refused at an entrance; ``code`` (a message code) and ``params`` say why."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        from .messages import Message, render_en

        super().__init__(render_en(Message(code, params)))


def _char_name(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def clean_text(text: str | None, field: str = "name") -> str:
    """``text`` in NFC with runs of whitespace (line breaks and tabs included) as one space, trimmed.
    Raises :class:`TextError` for a control character (NUL…), an invisible one (zero-width space,
    direction marks, soft hyphen…) or a text longer than the field's limit."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFC", str(text))
    text = _SPACE_LIKE.sub(" ", text)
    for ch in text:
        category = unicodedata.category(ch)
        if category == "Cc":
            raise TextError("text.control", char=_char_name(ch))
        if category in ("Cf", "Cs", "Co") or ch in "\u115f\u1160\u3164\uffa0":
            raise TextError("text.invisible", char=_char_name(ch))
    text = " ".join(text.split())
    check_length(text, field)
    return text


def check_length(text: str, field: str) -> None:
    """Refuse a text longer than what ``field`` keeps."""
    limit = MAX_LENGTH.get(field)
    if limit is not None and len(text) > limit:
        raise TextError("text.too_long", length=len(text), limit=limit)


def clean_code(text: str | None) -> str:
    """A target code as kept: :func:`clean_text` in compatibility form (a full-width ``ＫＴ０１`` typed
    with a Vietnamese IME is ``KT01``), and never empty. Compare codes with :func:`code_key`."""
    code = clean_text(None if text is None else unicodedata.normalize("NFKC", text), "code")
    if not code:
        raise TextError("text.empty_code")
    return code


def code_key(code: str) -> str:
    """What two codes are compared by: ``kt01`` is ``KT01``."""
    return unicodedata.normalize("NFKC", code).strip().casefold()


# -- leaving nxdesk --------------------------------------------------------------------------------------
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` with what XML (xlsx, docx) cannot hold removed: a vertical tab or form feed becomes a
    space, other control characters and lone surrogates are dropped. Never raises."""
    text = str(text).replace("\x0b", " ").replace("\x0c", " ")
    return _XML_ILLEGAL.sub("", text)


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER_LIKE = re.compile(r"[+\-\u2212]?\d[\d.,\u00a0 ]*%?")


def safe_cell(text: str) -> str:
    """A spreadsheet cell's text that no spreadsheet runs as a formula: a text starting with ``=``,
    ``+``, ``-``, ``@``, a tab or a carriage return gets a leading apostrophe (OWASP's advice for CSV
    injection). A number such as ``-12,5`` or ``-3%`` stays as it is."""
    text = printable(text)
    if text.startswith(FORMULA_START) and not _NUMBER_LIKE.fullmatch(text):
        return "'" + text
    return text
