"""Work around reference-count bugs of PySide6 6.12.0 on Python 3.11.

Every call of a Qt method that returns nothing (``app.processEvents()``, ``label.setText()``,
``painter.save()``…) hands Python a ``None`` without the reference it owes, so ``None``'s count drops by
one per call; every Python-side ``emit()`` does the same with ``True``. Python 3.12+ makes
these singletons immortal and is unaffected; on 3.11 the interpreter aborts with "Fatal Python error:
none_dealloc" (or bool_dealloc) after a few thousand such calls — seconds of painting the grid.
``keep_singletons_alive`` gives ``None``, ``True`` and ``False`` a reserve of references no program can
use up (what 3.12 does for good). ``import nxdesk`` applies it, so every entry point that reaches Qt
(the window, the PDF export, the tests) is covered before the first Qt call.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40  # at a million lost references a second, twelve days


def needs_fix() -> bool:
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def keep_singletons_alive(reserve: int = RESERVE) -> bool:
    """Add ``reserve`` references to None, True and False once per process; True when applied."""
    if not needs_fix() or getattr(sys, "_nxdesk_singleton_reserve", False):
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += reserve
    sys._nxdesk_singleton_reserve = True  # type: ignore[attr-defined]
    return True
