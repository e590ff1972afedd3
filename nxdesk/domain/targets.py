"""Targets (chỉ tiêu): what is measured, how it accumulates and which way is better."""

from __future__ import annotations

import re
from enum import StrEnum

from .numbers import DecimalMark, parse_number


class Kind(StrEnum):
    """``flow`` accumulates over the year (revenue, hectares planted); ``level`` is a state at the cut-off."""

    FLOW = "flow"
    LEVEL = "level"


class Direction(StrEnum):
    """``up``: higher is better; ``down``: lower is better (poverty rate, malnutrition)."""

    UP = "up"
    DOWN = "down"


class Status(StrEnum):
    """A value is an estimate (ước) until the official figure (chính thức) replaces it."""

    ESTIMATE = "estimate"
    OFFICIAL = "official"


class Assessment(StrEnum):
    """Đánh giá: year-end exceeded/met/not_met; in-year exceeded/on_track/behind; or no_data."""

    EXCEEDED = "exceeded"
    MET = "met"
    NOT_MET = "not_met"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    NO_DATA = "no_data"

    @property
    def label(self) -> str:
        return ASSESSMENT_LABELS[self]

    @property
    def is_good(self) -> bool:
        return self in (Assessment.EXCEEDED, Assessment.MET, Assessment.ON_TRACK)


STATUS_WORDS: dict[str, Status] = {
    "estimate": Status.ESTIMATE,
    "ước": Status.ESTIMATE,
    "uoc": Status.ESTIMATE,
    "official": Status.OFFICIAL,
    "chính thức": Status.OFFICIAL,
    "chinh thuc": Status.OFFICIAL,
}


def parse_status(text: str | None, *extra: tuple[str, Status]) -> Status | None:
    """A status word: ``estimate``/``ước`` or ``official``/``chính thức`` (any case, accents optional,
    any spacing); empty is None. ``extra`` adds (word, status) pairs, e.g. the interface's own labels.
    Raises ValueError for anything else."""
    import unicodedata

    key = " ".join(unicodedata.normalize("NFC", text or "").lower().split())
    if not key:
        return None
    words = {**STATUS_WORDS, **{" ".join(w.lower().split()): s for w, s in extra}}
    if key in words:
        return words[key]
    raise ValueError(f"{text!r} is not a status (estimate, official, ước, chính thức)")


ASSESSMENT_LABELS = {
    Assessment.EXCEEDED: "Vượt",
    Assessment.MET: "Đạt",
    Assessment.NOT_MET: "Không đạt",
    Assessment.ON_TRACK: "Đạt tiến độ",
    Assessment.BEHIND: "Chưa đạt tiến độ",
    Assessment.NO_DATA: "Chưa có số liệu",
}

# Units whose figures are whole counts: "1.401" typed there can only mean one thousand four hundred one.
COUNT_UNITS = frozenset(
    {
        "đảng viên",
        "người",
        "lao động",
        "hộ",
        "xã",
        "thôn",
        "bản",
        "đồ án",
        "trường",
        "cơ sở",
        "dự án",
        "công trình",
        "doanh nghiệp",
        "hợp tác xã",
        "lượt",
        "con",
        "cái",
        "chiếc",
        "tổ chức",
        "chi bộ",
    }
)
# Units whose figures cannot be negative. Growth rates ("%" of change) can, so "%" is not here.
NON_NEGATIVE_UNITS = COUNT_UNITS | frozenset({"tỷ đồng", "triệu đồng", "ha", "tấn", "km", "m3", "m²", "kg"})


def is_count_unit(unit: str) -> bool:
    return unit.strip().lower() in COUNT_UNITS


def default_decimals(unit: str) -> int:
    """The precision a target is shown with when none was set: whole counts 0, percentages 1, else 2."""
    key = unit.strip().lower()
    if key in COUNT_UNITS:
        return 0
    if key == "%":
        return 1
    return 2


def allows_negative(unit: str) -> bool:
    return unit.strip().lower() not in NON_NEGATIVE_UNITS


_GROUPED_WHOLE = re.compile(r"[+\-\u2212]?[1-9]\d{0,2}([.,])\d{3}(?:\1\d{3})*")


def parse_figure(text: str, decimal: DecimalMark | None, *, unit: str, decimals: int | None = None) -> float:
    """A figure typed for a target of ``unit`` shown with ``decimals`` (None: the unit's default).
    With decimals 0 a grouped whole number (``28.500``, ``28,500``) is read as grouped whatever the
    decimal mark; counts must be whole; units that cannot be negative refuse a minus. Raises
    :class:`NumberError`."""
    places = default_decimals(unit) if decimals is None else decimals
    body = text.strip()
    if places == 0 and _GROUPED_WHOLE.fullmatch(body):
        return parse_number(
            body.replace(".", "").replace(",", ""),
            allow_negative=allows_negative(unit),
            integer_only=is_count_unit(unit),
        )
    return parse_number(
        body,
        decimal,
        allow_negative=allows_negative(unit),
        integer_only=is_count_unit(unit),
        prefer_grouping=places == 0,
    )


def is_grouped_whole(text: str) -> bool:
    """``28.500`` / ``1,401,351``: what a decimals-0 figure reads as a grouped whole number."""
    return _GROUPED_WHOLE.fullmatch(text.strip()) is not None
