"""Timestamps as the store writes them: local time, ISO 8601, to the second."""

from datetime import datetime


def now() -> str:
    return datetime.now().isoformat(timespec="seconds")
