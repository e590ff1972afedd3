"""The assessment colours, one palette for the grid, the sector list and the charts.

Okabe & Ito (2008), "Color Universal Design": safe for colour-blind readers. Colour never carries the
meaning alone: the grid marks each percentage with ▲ ✓ ▼, the chart hatches lagging bars, the sector list
writes "n/N" and explains its dot in a tooltip."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ..domain.targets import Assessment

BLUE = "#0072B2"
BLUISH_GREEN = "#009E73"
VERMILLION = "#D55E00"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
GREY = "#8C8C8C"
INK = "#202020"

COLOURS: dict[Assessment, str] = {
    Assessment.EXCEEDED: BLUE,
    Assessment.MET: BLUISH_GREEN,
    Assessment.ON_TRACK: BLUISH_GREEN,
    Assessment.BEHIND: VERMILLION,
    Assessment.NOT_MET: VERMILLION,
    Assessment.NO_PLAN: SKY_BLUE,
    Assessment.NO_DATA: GREY,
}


def tint(colour: str, strength: float = 0.25) -> QColor:
    """The colour mixed into white: a cell background on which black text reads well."""
    c = QColor(colour)
    mix = lambda v: round(255 - (255 - v) * strength)  # noqa: E731
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()))


BACKGROUNDS: dict[Assessment, QColor] = {
    a: tint(COLOURS[a])
    for a in (Assessment.EXCEEDED, Assessment.MET, Assessment.ON_TRACK, Assessment.BEHIND, Assessment.NOT_MET)
}


def sector_colour(good: int, total: int, entered: int | None = None) -> QColor:
    """The sector list's dot: all on track, at least half, fewer than half; grey without anything to judge
    (no target with a plan, or no figure entered yet for the period)."""
    if total == 0 or entered == 0:
        return QColor(GREY)
    if good == total:
        return QColor(BLUISH_GREEN)
    return QColor(ORANGE) if good * 2 >= total else QColor(VERMILLION)
