"""nxdesk: enter, follow and print a district's yearly socio-economic targets."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("nxdesk")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
