"""Work around a reference-count bug of PySide6 6.12.0 on Python 3.11: every ``SignalInstance.emit()``
called from Python takes one reference of ``True`` that it never gave back.

``True`` is not immortal before Python 3.12, so after some thousands of emits (pyqtgraph emits on every
mouse move over a chart) the interpreter aborts with "Fatal Python error: bool_dealloc". ``apply()``
checks for the bug with a probe signal and, only when present, wraps ``emit`` to give the reference
back. Call it once, early (the application's start, the tests' conftest); importing
``nxdesk.ui.chart`` calls it too. Harmless when PySide6 is fixed: the probe then finds nothing.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_applied = False


class _Probe(QObject):
    ping = Signal()


def _leaks_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    return sys.getrefcount(True) < before


def apply() -> bool:
    """Install the compensation when this PySide6 has the bug; returns True when installed (once)."""
    global _applied
    if _applied:
        return True
    if sys.version_info >= (3, 12) or not _leaks_true():
        return False
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None

    def emit(self, *args):
        result = original(self, *args)
        incref(True)
        return result

    emit.__doc__ = original.__doc__
    SignalInstance.emit = emit
    _applied = True
    return True
