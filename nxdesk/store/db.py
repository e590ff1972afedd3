"""The one opener: pragmas, a quick integrity check, migrations, and the errors a caller can show a person.

``open_db(path)`` refuses — with a :class:`StoreError` whose ``code`` the interface translates — a file
that is not an SQLite database or not nxdesk's (``not_nxdesk``), one whose schema another program changed
(``unexpected_schema``), a damaged one (``corrupt``), one from a newer nxdesk (``newer_schema``), and one
that cannot be written (``read_only``; open it with ``read_only=True`` to look without writing). Which
files those are is decided in :mod:`.identify`, read-only: it never writes to a file it refuses.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from . import identify, migrations
from .connection import NxDatabase
from .errors import (
    BackupError,
    CorruptDatabase,
    NewerSchemaError,
    NotAnNxdeskDatabase,
    ReadOnlyDatabase,
    StoreError,
)
from .identify import SQLITE_HEADER
from .migrations import apply_migrations

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = [
    "BackupError",
    "CorruptDatabase",
    "NewerSchemaError",
    "NotAnNxdeskDatabase",
    "ReadOnlyDatabase",
    "StoreError",
    "NxDatabase",
    "data_version",
    "open_db",
    "is_read_only",
    "is_writable_file",
    "sniff",
    "SQLITE_HEADER",
]


def data_version(db: Database) -> int:
    """SQLite's ``PRAGMA data_version``: changes whenever another connection (another process, the command
    line) commits to the file; never for this connection's own writes."""
    return db.execute("PRAGMA data_version").fetchone()[0]


def sniff(path: Path) -> None:
    """Refuse, without opening it through SQLite, a file that cannot be an SQLite database.
    An empty or missing file is fine: it becomes a new database."""
    verdict = identify.sniff(Path(path))
    if verdict is not None and verdict.code == identify.NOT_NXDESK:
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
        pass
    # A WAL database in a folder we cannot write (a locked USB stick, a CD): SQLite cannot make its -shm
    # index. Figures still in the -wal are read through a private copy, never skipped.
    wal = path.with_name(path.name + "-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        return _read_through_copy(path, wal)
    return sqlite3.connect(
        uri + "?mode=ro&immutable=1", uri=True, isolation_level=None, check_same_thread=False
    )


def _read_through_copy(path: Path, wal: Path) -> sqlite3.Connection:
    """The database ``path`` with the changes in its ``wal`` applied, as a private in-memory copy: both
    files are copied into a scratch folder, where SQLite can rebuild the WAL index."""
    with tempfile.TemporaryDirectory(prefix="nxdesk-read-") as scratch:
        copy = Path(scratch) / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        source = sqlite3.connect(str(copy))
        try:
            return _in_memory(source)
        finally:
            source.close()


def _in_memory(source: sqlite3.Connection) -> sqlite3.Connection:
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    source.backup(memory)
    return memory


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
    ``quick_check`` on an existing file, migrations applied, the ``.part`` files of backups cut short
    removed. ``":memory:"`` opens a private in-memory
    database. With ``read_only=True`` the file is opened for reading only and never changed: figures
    still in a ``-wal`` that SQLite cannot index in place (a write-protected folder) are read through a
    private copy, and a file of an older schema is read as a migrated in-memory copy. What a file is
    (nxdesk's, new, or refused) is decided by :mod:`.identify`. Raises a :class:`StoreError` subclass
    for a file it will not open (see the module doc)."""
    if str(path) == ":memory:":
        db = NxDatabase(sqlite3.connect(":memory:"), memory=True)
        db.execute("PRAGMA foreign_keys = ON")
        if migrate:
            apply_migrations(db, None)
        return db
    path = Path(path)
    if read_only:
        if not path.is_file():
            raise StoreError(f"{path} does not exist")
        sniff(path)
        try:
            conn = _connect_read_only(path)
            verdict = identify.examine_connection(conn, integrity=check)
        except sqlite3.DatabaseError as exc:
            raise CorruptDatabase(str(exc)) from exc
        if verdict.code == identify.NEW:
            verdict = identify.Verdict(identify.NOT_NXDESK, detail="not an nxdesk database")
        if not verdict.ok:
            conn.close()
            _refuse(verdict)
        if (
            verdict.version < migrations.SCHEMA_VERSION
        ):  # an older file: read a migrated copy, never the file changed
            old, conn = conn, _in_memory(conn)
            old.close()
            apply_migrations(NxDatabase(conn), None)
        conn.execute("PRAGMA query_only = ON")
        existing = True
    else:
        verdict = identify.examine(path, integrity=check)  # read-only: a refused file is left untouched
        _refuse(verdict)
        existing = verdict.code == identify.NXDESK
        path.parent.mkdir(parents=True, exist_ok=True)
        if not is_writable_file(path):
            raise ReadOnlyDatabase(f"{path} cannot be written")
        conn = sqlite3.connect(str(path), timeout=10, isolation_level=None, check_same_thread=False)
    # Plain sqlite3 until something needs sqlite-utils' table API (store.connection); never its plugins:
    # nothing installed on the PC gets to touch the clerk's connection.
    db = NxDatabase(conn)
    db.nxdesk_read_only = read_only  # type: ignore[attr-defined]
    try:
        _prepare(db, path, existing=existing, read_only=read_only, migrate=migrate, check=check)
    except BaseException:
        conn.close()
        raise
    if not read_only:
        from .backup import clean_leftovers

        clean_leftovers(path)
    return db


def _refuse(verdict: identify.Verdict) -> None:
    if verdict.code == identify.UNREADABLE:
        message = verdict.detail
        if "readonly" in message or "read-only" in message:
            raise ReadOnlyDatabase(message)
        raise StoreError(message)
    verdict.raise_if_refused()


def _prepare(
    db: Database, path: Path, *, existing: bool, read_only: bool, migrate: bool, check: bool
) -> None:
    try:
        db.execute("PRAGMA busy_timeout = 10000")
        db.execute("PRAGMA foreign_keys = ON")
        if read_only:
            return
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
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
            from .lock_snapshots import snapshot_missing

            snapshot_missing(db)  # locks taken before their reports were kept are frozen as they are now
        except sqlite3.DatabaseError as exc:
            if "readonly" in str(exc):
                raise ReadOnlyDatabase(str(exc)) from exc
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreError(str(exc)) from exc
            raise CorruptDatabase(str(exc)) from exc
