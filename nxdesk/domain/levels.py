"""The office's administrative level and the words every screen and paper uses because of it.

Since 1 July 2025 the offices are communes, wards and special zones (xã, phường, đặc khu) and
provinces (tỉnh); district data (huyện, before the reform) stays usable. The level decides what the
two yearly plans are called (assigned by the level above, the office's own), the area ("toàn xã"),
and the Party document number's suffix.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    """``level`` setting: the office's administrative level."""

    XA = "xa"
    PHUONG = "phuong"
    DAC_KHU = "dac_khu"
    TINH = "tinh"
    HUYEN = "huyen"


class PlanRole(StrEnum):
    """Who set a plan: the level above (``upper``), the office itself (``own``), the congress term."""

    UPPER = "upper"
    OWN = "own"
    TERM = "term"


@dataclass(frozen=True)
class LevelWords:
    """The Vietnamese words of one level."""

    noun: str  # "xã": the office's own kind of unit
    upper_noun: str  # "tỉnh": who assigns the upper plan
    party_body: str  # "Đảng ủy xã": the Party committee, before its place name
    state_body: str  # "Ủy ban nhân dân xã"
    party_suffix: str  # "ĐU": "Số  -BC/ĐU"
    state_label: str  # the level as offered in a chooser

    @property
    def area(self) -> str:
        """ "toàn xã", "toàn tỉnh"."""
        return f"toàn {self.noun}"

    def plan_label(self, role: PlanRole | str, *, budget: bool = False) -> str:
        """ "KH tỉnh giao" / "KH xã giao" / "Mục tiêu NQ Đại hội"; budget lines say "dự toán"."""
        role = PlanRole(role)
        if role is PlanRole.TERM:
            return "Mục tiêu nhiệm kỳ"
        word = "Dự toán" if budget else "KH"
        who = self.upper_noun if role is PlanRole.UPPER else self.noun
        return f"{word} {who} giao"

    def plan_phrase(self, role: PlanRole | str, *, budget: bool = False) -> str:
        """The plan as a sentence says it: "kế hoạch tỉnh giao", "dự toán xã giao", "mục tiêu Đại hội"."""
        role = PlanRole(role)
        if role is PlanRole.TERM:
            return "mục tiêu Đại hội"
        word = "dự toán" if budget else "kế hoạch"
        who = self.upper_noun if role is PlanRole.UPPER else self.noun
        return f"{word} {who} giao"


WORDS: dict[Level, LevelWords] = {
    Level.XA: LevelWords("xã", "tỉnh", "Đảng ủy xã", "Ủy ban nhân dân xã", "ĐU", "Xã"),
    Level.PHUONG: LevelWords("phường", "tỉnh", "Đảng ủy phường", "Ủy ban nhân dân phường", "ĐU", "Phường"),
    Level.DAC_KHU: LevelWords(
        "đặc khu", "tỉnh", "Đảng ủy đặc khu", "Ủy ban nhân dân đặc khu", "ĐU", "Đặc khu"
    ),
    Level.TINH: LevelWords("tỉnh", "Trung ương", "Tỉnh ủy", "Ủy ban nhân dân tỉnh", "TU", "Tỉnh, thành phố"),
    Level.HUYEN: LevelWords(
        "huyện", "tỉnh", "Huyện ủy", "Ủy ban nhân dân huyện", "HU", "Huyện (số liệu trước 1/7/2025)"
    ),
}

DEFAULT_LEVEL = Level.XA


def words(level: Level | str | None) -> LevelWords:
    """The words of ``level`` (the default level's when unset)."""
    return WORDS[Level(level) if level else DEFAULT_LEVEL]


def is_budget_target(name: str) -> bool:
    """Budget lines are planned by a "dự toán", not a "kế hoạch"."""
    return "ngân sách" in name.lower()


OFFICE_LEVELS_OF_UNITS = (Level.XA, Level.PHUONG, Level.DAC_KHU)


def level_from_assignment(stored: str | None, assigned: str | None) -> str | None:
    """The level an office takes from an assignment package that names it (the assigning office's unit
    register says "xa", "phuong" or "dac_khu"): the package's when the office's level is still unset or the
    default, else none (a level the clerk chose, or a village's, which is no office level, is kept)."""
    if assigned not in OFFICE_LEVELS_OF_UNITS:
        return None
    if stored is not None and stored != DEFAULT_LEVEL:
        return None
    return None if stored == assigned else str(Level(assigned))
