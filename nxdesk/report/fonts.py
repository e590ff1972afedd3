"""The printing font: Times New Roman where installed, else the bundled Tinos (metric-compatible).

``ensure_fonts()`` registers every font file in ``resources/fonts`` with Qt once (a QGuiApplication
must exist) and returns the family name documents should use.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from ..paths import resource

PREFERRED = "Times New Roman"
BUNDLED = "Tinos"
FONT_SUFFIXES = (".ttf", ".otf", ".ttc")

_family: str | None = None


def register_bundled_fonts() -> list[str]:
    """Add every font in resources/fonts to Qt's font database (for the window and for printing); returns
    the families it added."""
    families: list[str] = []
    folder = resource("fonts")
    if not folder.is_dir():
        return families
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in FONT_SUFFIXES:
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def ensure_fonts() -> str:
    """Return the family to print with, registering the bundled fonts first when they are needed."""
    global _family
    if _family is None:
        installed = QFontDatabase.families()
        if PREFERRED in installed:
            _family = PREFERRED
        elif BUNDLED in installed or BUNDLED in register_bundled_fonts():  # the window may have added it
            _family = BUNDLED
        else:  # nothing usable: let Qt pick its default serif
            _family = "serif"
    return _family
