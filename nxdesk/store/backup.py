"""Backups with SQLite's online backup API, into ``backups/`` beside the database, and restoring them.

Automatic backups are taken when the window opens and closes, before every migration and every import,
and before a restore. They are kept by a grandfather-father scheme: every backup made today, the newest
of each of the last :data:`KEEP_DAILY` days and the newest of each of the last :data:`KEEP_MONTHLY`
months. A backup is written to a ``.part`` file first and renamed into place, so a backup cut short
(power, a killed process) never leaves a half file under a backup's name.

Restoring copies the chosen backup into the open database through the same backup API: SQLite applies
it in one write transaction, so the database is either the old one or the restored one, never a mix —
and it works while the window holds the file open (a file rename would not, on Windows).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlite_utils import Database

from .errors import BackupError

BACKUP_DIR = "backups"
KEEP_DAILY = 10
KEEP_MONTHLY = 12
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<seq>\d+))?-(?P<reason>[a-z][a-z0-9-]*)\.db$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in ``backups/``: when it was made and why (from its name), and its size."""

    path: Path
    made_at: datetime
    reason: str
    size: int


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, for the restore list: usable or not, and a short census of its data."""

    ok: bool
    problem: str | None = None  # corrupt / not_nxdesk / newer_schema / unreadable
    schema_version: int = 0
    targets: int = 0
    entries: int = 0
    years: tuple[int, ...] = ()
    last_change: str | None = None
    locked_periods: int = 0


def backups_dir(db_path: Path) -> Path:
    return Path(db_path).parent / BACKUP_DIR


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_database(db: Database, destination: Path) -> Path:
    """Copy the open database ``db`` to ``destination`` with the online backup API: written to a
    ``.part`` file, synced, then renamed into place. The copy uses a rollback journal, not WAL, so it
    is one self-contained file."""
    if db.conn.in_transaction:  # the backup would wait forever for the caller's own write lock
        raise BackupError("cannot back up inside an open transaction")
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    part = destination.with_name(destination.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        part.unlink()
    target = sqlite3.connect(str(part))
    try:
        db.conn.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    with open(part, "rb+") as f:
        os.fsync(f.fileno())
    os.replace(part, destination)
    _fsync_dir(destination.parent)
    return destination


def _new_name(folder: Path, stem: str, reason: str, when: datetime) -> Path:
    stamp = when.strftime(_STAMP)
    path = folder / f"{stem}-{stamp}-{reason}.db"
    seq = 1
    while path.exists() or path.with_name(path.name + ".part").exists():
        path = folder / f"{stem}-{stamp}-{seq}-{reason}.db"
        seq += 1
    return path


def backup_now(db: Database, db_path: Path, reason: str = "manual", *, when: datetime | None = None) -> Path:
    """Back ``db`` (opened from ``db_path``) up into ``backups/`` beside it, then prune old backups.
    Raises :class:`BackupError` when the copy cannot be written (full disk, read-only folder)."""
    if not re.fullmatch(r"[a-z][a-z0-9-]*", reason):
        raise ValueError(f"bad backup reason {reason!r}")
    db_path = Path(db_path)
    when = when or datetime.now()
    folder = backups_dir(db_path)
    try:
        path = copy_database(db, _new_name(folder, db_path.stem, reason, when))
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(f"cannot write a backup into {folder}: {exc}") from exc
    prune(db_path, today=when.date())
    return path


def database_file(db: Database) -> Path | None:
    """The file the open database ``db`` lives in; None for an in-memory or temporary database."""
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return Path(file) if file else None
    return None


def backup_before_change(db: Database, reason: str) -> Path | None:
    """The backup taken before a bulk change (an import): into ``backups/`` beside the database's file.
    Skipped (None) for an in-memory database, and inside a caller's transaction (the caller backs up
    before opening it). Raises :class:`BackupError` when the copy cannot be written."""
    path = database_file(db)
    if path is None or db.conn.in_transaction:
        return None
    return backup_now(db, path, reason)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of ``db_path`` in its ``backups/`` folder, newest first."""
    folder = backups_dir(Path(db_path))
    if not folder.is_dir():
        return []
    stem = Path(db_path).stem
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or match["stem"] != stem or not path.is_file():
            continue
        made_at = datetime.strptime(match["stamp"], _STAMP)
        st = path.stat()
        found.append(
            (
                made_at,
                int(match["seq"] or 0),
                st.st_mtime_ns,
                BackupInfo(path, made_at, match["reason"], st.st_size),
            )
        )
    return [info for *_, info in sorted(found, key=lambda item: item[:3], reverse=True)]


def _to_keep(backups: Iterable[BackupInfo], today: date) -> set[Path]:
    keep: set[Path] = set()
    days: dict[date, BackupInfo] = {}
    months: dict[tuple[int, int], BackupInfo] = {}
    for info in backups:  # newest first: the first seen of a day or month is its newest
        if info.made_at.date() >= today:
            keep.add(info.path)
        days.setdefault(info.made_at.date(), info)
        months.setdefault((info.made_at.year, info.made_at.month), info)
    keep.update(info.path for _, info in sorted(days.items(), reverse=True)[:KEEP_DAILY])
    keep.update(info.path for _, info in sorted(months.items(), reverse=True)[:KEEP_MONTHLY])
    return keep


def prune(db_path: Path, *, today: date | None = None) -> list[Path]:
    """Delete the automatic backups the keeping scheme no longer needs; return what was deleted.
    Files in ``backups/`` that nxdesk did not name are never touched."""
    backups = list_backups(db_path)
    keep = _to_keep(backups, today or date.today())
    removed = []
    for info in backups:
        if info.path not in keep:
            with contextlib.suppress(OSError):
                info.path.unlink()
                removed.append(info.path)
    return removed


def _open_read_only(path: Path) -> sqlite3.Connection:
    uri = Path(path).resolve().as_uri() + "?mode=ro"  # file:///C:/… on Windows
    return sqlite3.connect(uri, uri=True)


def read_contents(path: Path) -> BackupContents:
    """Look inside a backup (read-only): is it a sound nxdesk database, and what does it hold."""
    from .db import SQLITE_HEADER
    from .migrations import APPLICATION_ID, SCHEMA_VERSION

    try:
        with open(path, "rb") as f:
            if not f.read(16).startswith(SQLITE_HEADER):
                return BackupContents(False, "not_nxdesk")
        conn = _open_read_only(path)
    except (OSError, sqlite3.Error):
        return BackupContents(False, "unreadable")
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return BackupContents(False, "not_nxdesk")
        if [r[0] for r in conn.execute("PRAGMA quick_check")] != ["ok"]:
            return BackupContents(False, "corrupt")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            return BackupContents(False, "newer_schema", schema_version=version)
        years = tuple(r[0] for r in conn.execute("SELECT DISTINCT year FROM entries ORDER BY year"))
        return BackupContents(
            True,
            schema_version=version,
            targets=conn.execute("SELECT count(*) FROM targets").fetchone()[0],
            entries=conn.execute("SELECT count(*) FROM entries WHERE value IS NOT NULL").fetchone()[0],
            years=years,
            last_change=conn.execute("SELECT max(changed_at) FROM entry_history").fetchone()[0],
            locked_periods=conn.execute("SELECT count(*) FROM period_locks").fetchone()[0],
        )
    except sqlite3.DatabaseError as exc:
        return BackupContents(False, "corrupt" if "malformed" in str(exc) else "unreadable")
    finally:
        conn.close()


def _usable(source: Path) -> BackupContents:
    contents = read_contents(source)
    if not contents.ok:
        error = BackupError(f"{source} cannot be restored: {contents.problem}")
        error.problem = contents.problem  # type: ignore[attr-defined]
        raise error
    return contents


def restore(db: Database, db_path: Path, source: Path) -> Path:
    """Replace the contents of the open database ``db`` (the file ``db_path``) with the backup ``source``.
    The current contents are backed up first (returned: the path of that safety copy). The swap is one
    SQLite transaction; an older backup is then migrated to the current schema."""
    from .migrations import apply_migrations

    source = Path(source)
    _usable(source)
    safety = backup_now(db, db_path, reason="before-restore")
    src = _open_read_only(source)
    try:
        src.backup(db.conn)
    except sqlite3.Error as exc:
        raise BackupError(f"restoring {source} failed, the database is unchanged: {exc}") from exc
    finally:
        src.close()
    db.execute("PRAGMA foreign_keys = ON")
    apply_migrations(db, Path(db_path))
    return safety


def replace_with_backup(db_path: Path, source: Path, *, when: datetime | None = None) -> Path | None:
    """For a file that cannot be opened (damaged): move it aside as ``<name>.damaged-<stamp>`` (never
    deleted) and put a copy of the backup ``source`` in its place. Returns where the old file went."""
    db_path, source = Path(db_path), Path(source)
    _usable(source)
    stamp = (when or datetime.now()).strftime(_STAMP)
    part = db_path.with_name(db_path.name + ".restore.part")
    src = _open_read_only(source)
    try:
        target = sqlite3.connect(str(part))
        try:
            src.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    finally:
        src.close()
    moved = None
    if db_path.exists():
        moved = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
        os.replace(db_path, moved)
        for suffix in ("-wal", "-shm"):
            side = db_path.with_name(db_path.name + suffix)
            if side.exists():
                os.replace(side, moved.with_name(moved.name + suffix))
    os.replace(part, db_path)
    _fsync_dir(db_path.parent)
    return moved
