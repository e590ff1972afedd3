"""The interface font and the printing font."""

from PySide6.QtGui import QFontDatabase

from nxdesk.report.fonts import ensure_fonts, register_bundled_fonts
from nxdesk.ui.fonts import choose_ui_font, has_vietnamese


def test_the_interface_font_covers_vietnamese(qapp):
    font = choose_ui_font(qapp)
    assert has_vietnamese(font.family()) and font.pointSizeF() >= 10


def test_the_bundled_fonts_are_registered_once(qapp):
    first = register_bundled_fonts()
    families = QFontDatabase.families()
    assert register_bundled_fonts() == first and QFontDatabase.families() == families
    assert "Tinos" in first


def test_printing_uses_times_new_roman_or_the_bundled_tinos(qapp):
    assert ensure_fonts() in ("Times New Roman", "Tinos")
