"""The level's words in the interface language: plan column headers, the area, the level chooser.

Vietnamese follows ``domain.levels`` ("KH tỉnh giao", "KH xã giao", "Toàn xã"); English says
"Plan (province)", "Plan (commune)", "Whole commune".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.levels import DEFAULT_LEVEL, Level, PlanRole

translate = QCoreApplication.translate


def _level(level: Level | str | None) -> Level:
    try:
        return Level(level) if level else DEFAULT_LEVEL
    except ValueError:
        return DEFAULT_LEVEL


def level_name(level: Level | str | None) -> str:
    """The level as the chooser offers it: "Commune (xã)", "Province (tỉnh)"…"""
    names = {
        Level.XA: translate("Level", "Commune"),
        Level.PHUONG: translate("Level", "Ward"),
        Level.DAC_KHU: translate("Level", "Special zone"),
        Level.TINH: translate("Level", "Province or city"),
        Level.HUYEN: translate("Level", "District (figures before 1 July 2025)"),
    }
    return names[_level(level)]


def _noun(level: Level) -> str:
    nouns = {
        Level.XA: translate("Level", "commune"),
        Level.PHUONG: translate("Level", "ward"),
        Level.DAC_KHU: translate("Level", "special zone"),
        Level.TINH: translate("Level", "province"),
        Level.HUYEN: translate("Level", "district"),
    }
    return nouns[level]


def _upper_noun(level: Level) -> str:
    if level is Level.TINH:
        return translate("Level", "central government")
    return translate("Level", "province")


def plan_header(level: Level | str | None, role: PlanRole | str, *, budget: bool = False) -> str:
    """A plan column's header: "KH tỉnh giao" / "KH xã giao" / "Mục tiêu nhiệm kỳ"; a budget line's
    plan is its "Dự toán xã giao"."""
    lv, role = _level(level), PlanRole(role)
    if role is PlanRole.TERM:
        return translate("Level", "Term target")
    who = _upper_noun(lv) if role is PlanRole.UPPER else _noun(lv)
    if budget:
        return translate("Level", "Budget (%1)").replace("%1", who)
    return translate("Level", "Plan (%1)").replace("%1", who)


def plan_line(level: Level | str | None, role: PlanRole | str, text: str, *, budget: bool = False) -> str:
    """A tooltip line: "KH xã giao: 160 đảng viên", "Dự toán tỉnh giao: 12,5 tỷ đồng"."""
    header = plan_header(level, role, budget=budget)
    return translate("Level", "%1: %2").replace("%1", header).replace("%2", text)


def area(level: Level | str | None) -> str:
    """ "Toàn xã", "Toàn tỉnh": the whole of the office's area."""
    return translate("Level", "Whole %1").replace("%1", _noun(_level(level)))
