"""Work around a reference-count bug of PySide6 6.12.0 on Python 3.11.

Every call of a Qt method that returns nothing (``app.processEvents()``, ``label.setText()``,
``painter.save()``…) hands Python a ``None`` without the reference it owes, so ``None``'s count drops by
one per call. Python 3.12+ makes ``None`` immortal and is unaffected; on 3.11 the interpreter aborts with
"Fatal Python error: none_dealloc" after a few thousand such calls — seconds of painting the grid.
``keep_none_alive`` gives ``None`` a reserve of references no program can use up (what 3.12 does for
good). It is applied when ``nxdesk.ui`` is imported, before any window exists.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40  # at a million calls a second, twelve days of painting


def needs_fix() -> bool:
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def keep_none_alive(reserve: int = RESERVE) -> bool:
    """Add ``reserve`` references to ``None`` once per process; True when the fix was applied."""
    if not needs_fix() or getattr(sys, "_nxdesk_none_reserve", False):
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += reserve
    sys._nxdesk_none_reserve = True  # type: ignore[attr-defined]
    return True
