"""nxdesk: enter, follow and print a district's yearly socio-economic targets."""

from .pyside_fixes import keep_singletons_alive

keep_singletons_alive()  # PySide6 6.12.0 on Python 3.11 leaks references to None and True (pyside_fixes)


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
