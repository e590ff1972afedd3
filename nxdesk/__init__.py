"""nxdesk: enter, follow and print a commune's, ward's or province's yearly socio-economic targets."""

import sys


def _import_sqlite_utils_without_numpy() -> None:
    """sqlite-utils imports numpy when it can (to store numpy values), costing ~0.2-0.3 s at every start of
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


_import_sqlite_utils_without_numpy()  # before any module of nxdesk imports sqlite_utils


def __getattr__(name: str) -> str:
    """``nxdesk.__version__``, read on first use: importlib.metadata costs ~0.05-0.1 s at every start."""
    if name != "__version__":
        raise AttributeError(f"module 'nxdesk' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("nxdesk")
    except PackageNotFoundError:  # running from a source tree that is not installed
        value = "0.0.0"
    globals()["__version__"] = value
    return value
