"""The one opener: pragmas, migrations, and the errors a caller can show to a person."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from .migrations import apply_migrations


class StoreError(Exception):
    """Base of the errors the store raises on purpose; ``code`` lets the interface translate them."""

    code = "store"


class NotAnNxdeskDatabase(StoreError):
    code = "not_nxdesk"


def open_db(path: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at ``path``: foreign keys on, WAL, synchronous=FULL,
    migrations applied. ``":memory:"`` opens a private in-memory database."""
    if str(path) == ":memory:":
        db = Database(memory=True)
    else:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=10, isolation_level=None, check_same_thread=False)
        db = Database(conn)
    db.execute("PRAGMA foreign_keys = ON")
    try:
        if str(path) != ":memory:":
            db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA busy_timeout = 10000")
    except sqlite3.DatabaseError as exc:
        db.conn.close()
        raise NotAnNxdeskDatabase(str(exc)) from exc
    if migrate:
        apply_migrations(db, None if str(path) == ":memory:" else Path(path))
    return db
