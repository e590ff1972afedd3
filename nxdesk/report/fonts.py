"""The printing font: Times New Roman where installed, else the bundled Tinos (metric-compatible).

``ensure_fonts()`` returns the family name documents should use, registering the font files of
``resources/fonts`` with Qt first (once; a QGuiApplication must exist) when Times New Roman is missing.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from ..paths import resource

PREFERRED = "Times New Roman"
BUNDLED = "Tinos"
FONT_SUFFIXES = (".ttf", ".otf", ".ttc")

_family: str | None = None
_registered: list[str] | None = None


def register_bundled_fonts() -> list[str]:
    """Add every font in resources/fonts to Qt's font database, once, when printing or the window needs
    one of them; returns the families they brought."""
    global _registered
    if _registered is None:
        families: list[str] = []
        folder = resource("fonts")
        for path in sorted(folder.iterdir()) if folder.is_dir() else ():
            if path.suffix.lower() in FONT_SUFFIXES:
                font_id = QFontDatabase.addApplicationFont(str(path))
                if font_id >= 0:
                    families.extend(QFontDatabase.applicationFontFamilies(font_id))
        _registered = families
    return list(_registered)


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
