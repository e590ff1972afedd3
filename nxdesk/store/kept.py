"""An answer kept per connection for as long as nothing was written to the database file: by this connection
(its change count) or by another process (SQLite's ``data_version``)."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

from .db import data_version

if TYPE_CHECKING:
    from sqlite_utils import Database

T = TypeVar("T")


class KeptWhileUnchanged(Generic[T]):
    """The last answer of each connection, given again for the same key while the file is unchanged."""

    def __init__(self) -> None:
        self._last: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def get(self, db: Database, key: tuple, compute: Callable[[], T]) -> T:
        state = (key, data_version(db), db.conn.total_changes)
        last = self._last.get(db)
        if last is not None and last[0] == state:
            return last[1]
        result = compute()
        self._last[db] = (state, result)
        return result

    def clear(self) -> None:
        self._last.clear()
