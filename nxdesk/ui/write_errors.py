"""The text a clerk sees when a write fails in the store or in SQLite (a busy file, a full disk…)."""

from __future__ import annotations

import contextlib
import sqlite3
import sys
import traceback

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


def show_unexpected_error(exc_type, exc: BaseException, tb) -> None:
    """``sys.excepthook`` of the window: an error no screen caught still reaches the clerk as a message (and
    the traceback goes to stderr), instead of vanishing while the window goes on as if all was saved."""
    traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
    if not isinstance(exc, Exception):
        return
    from ..store.errors import StoreError
    from .dialog_service import dialogs

    if isinstance(exc, StoreError | sqlite3.Error):
        text = write_error_text(exc)
    else:
        text = translate(
            "WriteErrors",
            "Something went wrong: %1. If you were saving, check that the figures "
            "are there before you go on.",
        ).replace("%1", f"{type(exc).__name__}: {exc}")
    with contextlib.suppress(Exception):  # the hook itself must never raise
        dialogs().error(None, "nxdesk", text)


def install_error_hook() -> None:
    sys.excepthook = show_unexpected_error
