"""Fonts: register the bundled fonts and make sure the interface font has every Vietnamese glyph."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

# Interface fonts with full Vietnamese coverage, best first (Windows, then Linux).
UI_FAMILIES = ("Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Tahoma", "Tinos")


def has_vietnamese(family: str) -> bool:
    return QFontDatabase.WritingSystem.Vietnamese in QFontDatabase.writingSystems(family)


def choose_ui_font(app: QApplication, point_size: float = 10.0) -> QFont:
    """Keep the platform's font when it covers Vietnamese, else the first covering family of UI_FAMILIES."""
    font = app.font()
    if not has_vietnamese(font.family()):
        font = _covering_font() or font
    if font.pointSizeF() < point_size:
        font.setPointSizeF(point_size)
    app.setFont(font)
    return font


def _covering_font() -> QFont | None:
    """The first family of UI_FAMILIES that covers Vietnamese; the bundled fonts are registered only when
    the machine has none."""
    from ..report.fonts import register_bundled_fonts

    for bundled in (False, True):
        if bundled:
            register_bundled_fonts()
        available = set(QFontDatabase.families())
        for family in UI_FAMILIES:
            if family in available and has_vietnamese(family):
                return QFont(family)
    return None
