"""Reporting periods: a year and a cut-off month; every value is year-to-date."""

from __future__ import annotations

from dataclasses import dataclass

YEAR_RANGE = range(1900, 2201)  # the years nxdesk keeps figures for
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_NUMERALS = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"))
_NUMERALS += ((40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(n: int) -> str:
    """1 -> "I" … 12 -> "XII", 13 -> "XIII", 14 -> "XIV" (sector numbering in printed tables and charts)."""
    if n < 1:
        raise ValueError(f"no Roman numeral for {n}")
    out = []
    for value, letters in _NUMERALS:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


@dataclass(frozen=True, order=True)
class Period:
    """(year, cut-off month 1–12): "9 tháng 2024" is Period(2024, 9)."""

    year: int
    months: int

    def __post_init__(self) -> None:
        if not 1 <= self.months <= 12:
            raise ValueError(f"cut-off month must be 1–12, not {self.months}")

    @property
    def label(self) -> str:
        """The usual Vietnamese name of the cut-off: "Quý I", "6 tháng", "9 tháng", "Cả năm", "Tháng 5"."""
        return period_label(self.months)

    @property
    def phrase(self) -> str:
        """How a report names the cut-off inside a sentence: "9 tháng", "quý I", "năm 2024" (values are
        year-to-date, so month 5 is "5 tháng", not "tháng 5")."""
        if self.months == 12:
            return f"năm {self.year}"
        if self.months == 3:
            return "quý I"
        return f"{self.months} tháng"

    @property
    def title(self) -> str:
        """The period as it stands in a document title: "9 THÁNG NĂM 2024", "QUÝ I NĂM 2024", "NĂM 2024"."""
        if self.months == 12:
            return f"NĂM {self.year}"
        return f"{self.phrase} năm {self.year}".upper()

    @property
    def pace_pct(self) -> float:
        """Share of the year elapsed at the cut-off, in percent (75.0 at 9 tháng)."""
        return pace_pct(self.months)

    @property
    def previous_year(self) -> Period:
        return Period(self.year - 1, self.months)


def pace_pct(months: int) -> float:
    return months / 12 * 100


def period_label(months: int) -> str:
    return {3: "Quý I", 6: "6 tháng", 9: "9 tháng", 12: "Cả năm"}.get(months, f"Tháng {months}")


@dataclass(frozen=True)
class PeriodChoice:
    """One entry of the period chooser: several labels may share a cut-off ("Quý II" = "6 tháng")."""

    label: str
    months: int


PERIOD_CHOICES: tuple[PeriodChoice, ...] = (
    *(PeriodChoice(f"Tháng {m}", m) for m in range(1, 13)),
    PeriodChoice("Quý I", 3),
    PeriodChoice("Quý II", 6),
    PeriodChoice("Quý III", 9),
    PeriodChoice("Quý IV", 12),
    PeriodChoice("6 tháng", 6),
    PeriodChoice("9 tháng", 9),
    PeriodChoice("Cả năm", 12),
)
