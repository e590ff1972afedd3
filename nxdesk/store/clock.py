"""The store's clock: local time, to the second. Everything that stamps or ages data asks here, so a test
can move time (``set_source``) — forty simulated days of backups run in a second."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

_source: Callable[[], datetime] = datetime.now


def current() -> datetime:
    """The present moment, to the second."""
    return _source().replace(microsecond=0)


def now() -> str:
    """The present moment as the store writes it: ISO 8601, to the second."""
    return current().isoformat(timespec="seconds")


def set_source(source: Callable[[], datetime]) -> Callable[[], datetime]:
    """Make ``source`` the clock (a test's); returns the previous one."""
    global _source
    previous, _source = _source, source
    return previous
