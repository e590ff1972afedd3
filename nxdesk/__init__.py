"""nxdesk: enter, follow and print a commune's, ward's or province's yearly socio-economic targets."""

import sys


class _HideNumpyLoader:
    """Runs sqlite-utils' import with numpy hidden, then hands numpy back."""

    def __init__(self, loader) -> None:
        self.loader = loader

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module) -> None:
        hide = "numpy" not in sys.modules
        if hide:
            sys.modules["numpy"] = None  # type: ignore[assignment]  # makes sqlite-utils' optional import fail
        try:
            self.loader.exec_module(module)
        finally:
            if hide and sys.modules.get("numpy", 0) is None:
                del sys.modules["numpy"]

    def __getattr__(self, name: str):
        return getattr(self.loader, name)


class _SqliteUtilsWithoutNumpy:
    """sqlite-utils imports numpy when it can (to store numpy values), costing ~0.2-0.3 s wherever it is
    imported; nxdesk never stores numpy values. This finder, asked once for ``sqlite_utils``, hides numpy
    while sqlite-utils loads; a later ``import numpy`` (pyqtgraph's) works as usual. sqlite-utils itself is
    imported only when something needs its table API (``store.connection``), never for the first paint."""

    @classmethod
    def find_spec(cls, name: str, path=None, target=None):
        if name != "sqlite_utils":
            return None
        sys.meta_path.remove(cls)  # type: ignore[arg-type]
        from importlib.util import find_spec

        spec = find_spec(name)
        if spec is not None and spec.loader is not None:
            spec.loader = _HideNumpyLoader(spec.loader)
        return spec


if "sqlite_utils" not in sys.modules:
    sys.meta_path.insert(0, _SqliteUtilsWithoutNumpy)  # type: ignore[arg-type]


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
