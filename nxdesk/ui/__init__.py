"""The Qt interface. Only this package imports Qt."""

from .pyside_fixes import keep_singletons_alive

keep_singletons_alive()  # PySide6 6.12.0 on Python 3.11 leaks references to None and True (pyside_fixes)
