"""Errors the store raises on purpose. Each has a ``code`` so the interface can show it in Vietnamese.

They live in their own module so that ``db`` and ``migrations`` can both use them without importing
each other in a circle; ``store.db`` re-exports them.
"""

from __future__ import annotations


class StoreError(Exception):
    """Base of the errors the store raises on purpose; ``code`` lets the interface translate them."""

    code = "store"


class NotAnNxdeskDatabase(StoreError):
    """The file is not an SQLite database, or it is one written by another program."""

    code = "not_nxdesk"


class UnexpectedSchema(NotAnNxdeskDatabase):
    """The file is marked as nxdesk's, but its tables, indexes, triggers or views are not the ones nxdesk
    creates (another program, or a person, changed them)."""

    code = "unexpected_schema"


class CorruptDatabase(StoreError):
    """The file is an SQLite database whose pages are damaged (``quick_check`` failed)."""

    code = "corrupt"


class NewerSchemaError(StoreError):
    """The file was written by a newer nxdesk than this one."""

    code = "newer_schema"


class ReadOnlyDatabase(StoreError):
    """The file (or its folder) cannot be written: it can only be opened read-only."""

    code = "read_only"


class BackupError(StoreError):
    """A backup could not be made, or a file offered for restoring is not a usable backup."""

    code = "backup"


class RestoreDropsLocks(BackupError):
    """Restoring this backup would remove locks the current data has; ``locks`` lists them as
    ``(year, months, locked_at)``. Restoring anyway needs a confirmation with a reason."""

    code = "drops_locks"

    def __init__(self, message: str, locks: list[tuple[int, int, str]]) -> None:
        super().__init__(message)
        self.locks = locks


# The old name, kept for callers that import it from ``store.migrations``.
ForeignDatabaseError = NotAnNxdeskDatabase
