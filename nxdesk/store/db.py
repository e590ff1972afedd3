"""The one opener: pragmas, a quick integrity check, migrations, and the errors a caller can show a person.

``open_db(path)`` refuses — with a :class:`StoreError` whose ``code`` the interface translates — a file
that is not an SQLite database or not nxdesk's (``not_nxdesk``), a damaged one (``corrupt``), one from a
newer nxdesk (``newer_schema``), and one that cannot be written (``read_only``; open it with
``read_only=True`` to look without writing). It never writes to a file it refuses.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from sqlite_utils import Database

from .errors import (
    BackupError,
    CorruptDatabase,
    NewerSchemaError,
    NotAnNxdeskDatabase,
    ReadOnlyDatabase,
    StoreError,
)
from .migrations import APPLICATION_ID, SCHEMA_VERSION, apply_migrations, schema_version

__all__ = [
    "BackupError",
    "CorruptDatabase",
    "NewerSchemaError",
    "NotAnNxdeskDatabase",
    "ReadOnlyDatabase",
    "StoreError",
    "open_db",
    "is_read_only",
    "is_writable_file",
    "sniff",
]

SQLITE_HEADER = b"SQLite format 3\x00"


def sniff(path: Path) -> None:
    """Refuse, without opening it through SQLite, a file that cannot be an SQLite database.
    An empty or missing file is fine: it becomes a new database."""
    try:
        with open(path, "rb") as f:
            head = f.read(100)
    except FileNotFoundError:
        return
    if head and (len(head) < 100 or not head.startswith(SQLITE_HEADER)):
        raise NotAnNxdeskDatabase(f"{path} is not an SQLite database")


def is_writable_file(path: Path) -> bool:
    """Whether nxdesk may write ``path``: the file is not marked read-only and its folder takes new
    files (WAL mode writes ``-wal`` and ``-shm`` files beside it)."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists():
        mode = path.stat().st_mode
        if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK):
            return False
    return os.access(folder, os.W_OK | os.X_OK)


def is_read_only(db: Database) -> bool:
    """Whether ``db`` was opened with ``read_only=True``."""
    return bool(getattr(db, "nxdesk_read_only", False))


def _connect_read_only(path: Path) -> sqlite3.Connection:
    uri = path.resolve().as_uri()  # file:///C:/… on Windows, percent-encoded (Vietnamese folder names too)
    try:
        conn = sqlite3.connect(
            uri + "?mode=ro", uri=True, timeout=10, isolation_level=None, check_same_thread=False
        )
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        # A WAL database in a folder we cannot write (a locked USB stick, a CD): read it as it is.
        return sqlite3.connect(
            uri + "?mode=ro&immutable=1", uri=True, isolation_level=None, check_same_thread=False
        )


def _quick_check(db: Database) -> None:
    try:
        rows = [row[0] for row in db.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase(str(exc)) from exc
    if rows != ["ok"]:
        raise CorruptDatabase("; ".join(rows[:5]))


def open_db(
    path: str | Path, *, migrate: bool = True, read_only: bool = False, check: bool = True
) -> Database:
    """Open (creating if needed) the database at ``path``: foreign keys on, WAL, synchronous=FULL,
    ``quick_check`` on an existing file, migrations applied. ``":memory:"`` opens a private in-memory
    database. With ``read_only=True`` the file is opened for reading only: nothing is migrated or
    changed. Raises a :class:`StoreError` subclass for a file it will not open (see the module doc)."""
    if str(path) == ":memory:":
        db = Database(memory=True, execute_plugins=False)
        db.execute("PRAGMA foreign_keys = ON")
        if migrate:
            apply_migrations(db, None)
        return db
    path = Path(path)
    sniff(path)
    existing = path.exists() and path.stat().st_size > 0
    if read_only:
        if not existing:
            raise StoreError(f"{path} does not exist")
        try:
            conn = _connect_read_only(path)
        except sqlite3.DatabaseError as exc:
            raise CorruptDatabase(str(exc)) from exc
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not is_writable_file(path):
            raise ReadOnlyDatabase(f"{path} cannot be written")
        conn = sqlite3.connect(str(path), timeout=10, isolation_level=None, check_same_thread=False)
    # No sqlite-utils plugins: nothing installed on the PC gets to touch the clerk's connection, and looking
    # for them (every installed package's entry points) cost ~40 ms at each start.
    db = Database(conn, execute_plugins=False)
    db.nxdesk_read_only = read_only  # type: ignore[attr-defined]
    try:
        _prepare(db, path, existing=existing, read_only=read_only, migrate=migrate, check=check)
    except BaseException:
        conn.close()
        raise
    return db


def _prepare(
    db: Database, path: Path, *, existing: bool, read_only: bool, migrate: bool, check: bool
) -> None:
    try:
        db.execute("PRAGMA busy_timeout = 10000")
        if existing:
            app_id = db.execute("PRAGMA application_id").fetchone()[0]
            if app_id not in (0, APPLICATION_ID):
                raise NotAnNxdeskDatabase(f"{path} is an SQLite database of another program")
            if check:
                _quick_check(db)
            # Refuse before anything (even the journal mode) is changed in the file.
            version = schema_version(db)
            if version > SCHEMA_VERSION:
                raise NewerSchemaError(f"schema version {version} is newer than {SCHEMA_VERSION}")
            if version == 0 and db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise NotAnNxdeskDatabase(f"{path} is an SQLite database of another program")
        db.execute("PRAGMA foreign_keys = ON")
        if read_only:
            if schema_version(db) == 0:
                raise NotAnNxdeskDatabase(f"{path} is not an nxdesk database")
            return
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
    except StoreError:
        raise
    except sqlite3.DatabaseError as exc:
        message = str(exc)
        if "not a database" in message or "encrypted" in message:
            raise NotAnNxdeskDatabase(message) from exc
        if "readonly" in message or "read-only" in message:
            raise ReadOnlyDatabase(message) from exc
        if "locked" in message or "busy" in message:
            raise StoreError(message) from exc
        raise CorruptDatabase(message) from exc
    if migrate:
        try:
            apply_migrations(db, path if existing else None)
        except sqlite3.DatabaseError as exc:
            if "readonly" in str(exc):
                raise ReadOnlyDatabase(str(exc)) from exc
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreError(str(exc)) from exc
            raise CorruptDatabase(str(exc)) from exc
