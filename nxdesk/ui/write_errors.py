"""The text a clerk sees when a write fails in the store or in SQLite (a busy file, a full disk…)."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def is_busy(exc: BaseException) -> bool:
    """Another connection held the file's write lock longer than the busy timeout."""
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def write_error_text(exc: BaseException) -> str:
    """Why nothing was written, in the interface language."""
    if is_busy(exc):
        return translate(
            "WriteErrors",
            "Another program (or the nxdesk command line) is writing to the data file right now. Nothing "
            "was written; please try again in a moment.",
        )
    return translate("WriteErrors", "Nothing was written: %1").replace("%1", str(exc))
