"""Refuse to run Qt on a Python/PySide6 pair known to corrupt the interpreter.

PySide6 6.12's stable-ABI wheels hand Python ``None`` (from every Qt method that returns nothing) and
``True`` (from every Python-side signal emit) without the reference they owe. Python 3.12 and newer make
these singletons immortal, so nothing happens there; on 3.11 the interpreter aborts with "Fatal Python
error: none_dealloc" after a few thousand calls — seconds of painting the grid. pyproject.toml pins a
sound pair (PySide6 6.11 on Python 3.11); this check stops an environment installed some other way
before the first Qt call, with a message that says what to install.
"""

from __future__ import annotations

import sys


class UnsoundQtPair(RuntimeError):
    """The installed PySide6 loses references on this Python: running would end in a crash."""


def is_known_bad(pyside: tuple[int, ...], python: tuple[int, ...]) -> bool:
    """PySide6 6.12.x on CPython older than 3.12."""
    return tuple(pyside[:2]) == (6, 12) and tuple(python[:2]) < (3, 12)


def _dotted(version: tuple) -> str:
    return ".".join(str(part) for part in version[:3])


def check_pair(pyside: tuple[int, ...], python: tuple[int, ...]) -> None:
    """Raise :class:`UnsoundQtPair` for a known-bad pair."""
    if is_known_bad(pyside, python):
        raise UnsoundQtPair(
            f"PySide6 {_dotted(pyside)} cannot run on Python {_dotted(python)}: it loses references to "
            "None and True and the program would crash after a few thousand Qt calls. Install the pair "
            "nxdesk is built with (PySide6-Essentials 6.11 on Python 3.11: `pip install -e .` or "
            "`make run` in a fresh checkout), or use Python 3.12 or newer."
        )


def require_sound_pair() -> None:
    """Check the running interpreter and the installed PySide6; call before the first Qt object."""
    import PySide6

    if sys.implementation.name == "cpython":
        check_pair(tuple(PySide6.__version_info__[:3]), tuple(sys.version_info[:3]))
