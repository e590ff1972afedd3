"""Colours, hatching and names of the assessments as the charts show them.

Okabe-Ito colours (safe for colour-blind readers), and more than colour alone: lagging bars are hatched,
targets without a percentage get a marker instead of a bar, and every bar carries its text label."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen

from ...domain.targets import Assessment
from ..i18n import assessment_label
from ..palette import BLUE, BLUISH_GREEN, COLOURS, GREY, INK, ORANGE, SKY_BLUE, VERMILLION  # noqa: F401

HATCHED = frozenset({Assessment.BEHIND, Assessment.NOT_MET})


def assessment_name(assessment: Assessment) -> str:
    """The assessment's name in the interface language (the window's own translation)."""
    return assessment_label(assessment)


def legend_assessments(year_end: bool, no_plan: bool) -> list[tuple[dict, str]]:
    """The legend's assessment samples and names: exceeded, on track (met at year end), behind (not met),
    then the unmeasured ones (no plan only when a bar has none)."""
    shown = (
        (Assessment.EXCEEDED, Assessment.MET, Assessment.NOT_MET)
        if year_end
        else (Assessment.EXCEEDED, Assessment.ON_TRACK, Assessment.BEHIND)
    )
    unmeasured = (Assessment.NO_PLAN, Assessment.NO_DATA) if no_plan else (Assessment.NO_DATA,)
    return [({"assessment": a, "marker": a in unmeasured}, assessment_name(a)) for a in (*shown, *unmeasured)]


def colour(assessment: Assessment) -> QColor:
    return QColor(COLOURS[assessment])


def fill_brush(assessment: Assessment) -> QBrush:
    """The bar's fill: solid, lighter under a hatch for the lagging ones."""
    c = colour(assessment)
    if assessment in HATCHED:
        c = c.lighter(150)
    return QBrush(c)


def hatch_brush(assessment: Assessment) -> QBrush:
    """Diagonal hatching drawn over the fill of lagging bars; transparent for the others."""
    if assessment not in HATCHED:
        return QBrush(Qt.BrushStyle.NoBrush)
    return QBrush(colour(assessment).darker(160), Qt.BrushStyle.BDiagPattern)


def outline(assessment: Assessment, selected: bool = False) -> QPen:
    pen = QPen(QColor(INK) if selected else colour(assessment).darker(140))
    pen.setCosmetic(True)
    pen.setWidthF(2.5 if selected else 1.0)
    return pen
