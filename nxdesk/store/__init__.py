"""The SQLite store (sqlite-utils): open, migrate, read and write. No Qt here."""

import sys


def _import_sqlite_utils_without_numpy() -> None:
    """sqlite-utils imports numpy when it can (to store numpy values), which costs ~0.2-0.3 s at every start of
    the window and the command line; nxdesk never stores numpy values. Hide numpy for that one import; a later
    ``import numpy`` (pyqtgraph's) works as usual."""
    if "sqlite_utils" in sys.modules or "numpy" in sys.modules:
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]  # makes sqlite-utils' optional import fail
    try:
        import sqlite_utils.db  # noqa: F401
    finally:
        if sys.modules.get("numpy", 0) is None:
            del sys.modules["numpy"]


_import_sqlite_utils_without_numpy()
