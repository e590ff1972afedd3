"""The database handle every layer receives: plain ``sqlite3`` for reads and transactions, sqlite-utils only
when something asks for its table API (migrations, imports, a few writers).

sqlite-utils (with click, pluggy and dateutil) costs about as much to import as PySide6 itself; the window's
first paint reads the period, the sectors and the settings through ``execute``/``query`` alone, so it never
pays for it. Any other attribute (``db["entries"]``, ``db.table_names()``, …) builds the sqlite-utils
``Database`` on the same connection on first use and answers through it.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database


def _sqlite_utils_class() -> type:
    """sqlite-utils' ``Database`` whose ``atomic()`` starts with ``BEGIN IMMEDIATE`` (see ``NxDatabase``)."""
    from sqlite_utils import Database

    class ImmediateDatabase(Database):
        @contextlib.contextmanager
        def atomic(self) -> Iterator[Database]:
            with _atomic(self.conn, getattr(self, "nxdesk_read_only", False)):
                yield self

    return ImmediateDatabase


_FULL_CLASS: list[type] = []
_SAVEPOINTS = itertools.count(1)  # a savepoint's name only has to differ from the ones it is nested in


@contextlib.contextmanager
def _atomic(conn: sqlite3.Connection, read_only: bool) -> Iterator[None]:
    """A transaction: ``BEGIN IMMEDIATE`` (``BEGIN`` on a read-only file), a savepoint when one is open."""
    if conn.in_transaction:
        savepoint = f"nxdesk_{next(_SAVEPOINTS)}"
        conn.execute(f"SAVEPOINT {savepoint}")
        try:
            yield
        except BaseException:
            if conn.in_transaction:  # a RAISE(ROLLBACK) trigger may already have ended it
                conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            raise
        else:
            conn.execute(f"RELEASE SAVEPOINT {savepoint}")
        return
    conn.execute("BEGIN" if read_only else "BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


class NxDatabase:
    """The open database: its ``sqlite3`` connection, ``execute``/``query``, and ``atomic()`` starting with
    ``BEGIN IMMEDIATE`` — the write lock is taken when the transaction starts, so ``busy_timeout`` waits for
    another process's write instead of failing with "database is locked" when a read-then-write transaction
    tries to upgrade. Everything else is sqlite-utils' ``Database`` on the same connection, built on first
    use."""

    def __init__(self, conn: sqlite3.Connection, *, memory: bool = False) -> None:
        self.conn = conn
        self.memory = memory
        self.nxdesk_read_only = False
        self._full: Database | None = None
        conn.execute("PRAGMA recursive_triggers = on")  # as sqlite-utils' Database does

    def execute(self, sql: str, parameters: Sequence | dict[str, Any] | None = None) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def executescript(self, sql: str) -> sqlite3.Cursor:
        return self.conn.executescript(sql)

    def query(self, sql: str, params: Sequence | dict[str, Any] | None = None) -> Iterator[dict]:
        """Rows of a statement that returns rows, as dictionaries (``ValueError`` for one that does not)."""
        cursor = self.execute(sql, params)
        if cursor.description is None:
            raise ValueError("query() can only be used with SQL that returns rows - use execute()")
        keys = [d[0] for d in cursor.description]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[NxDatabase]:
        with _atomic(self.conn, self.nxdesk_read_only):
            yield self

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def commit(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    def sqlite_utils(self) -> Database:
        """sqlite-utils' ``Database`` on this connection (imported and built on first use)."""
        if self._full is None:
            if not _FULL_CLASS:
                _FULL_CLASS.append(_sqlite_utils_class())
            full = _FULL_CLASS[0](self.conn, execute_plugins=False, recursive_triggers=False)
            full.nxdesk_read_only = self.nxdesk_read_only
            self._full = full
        return self._full

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("_full", "conn", "nxdesk_read_only", "memory"):
            raise AttributeError(name)
        return getattr(self.sqlite_utils(), name)

    def __getitem__(self, table_name: str) -> Any:
        return self.sqlite_utils()[table_name]

    def __enter__(self) -> NxDatabase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
