"""Backups with SQLite's online backup API, into ``backups/`` beside the database, and restoring them.

Automatic backups are taken when the window opens and closes, before every migration and every import,
and before a restore. They are kept by a grandfather-father scheme: every backup made today, the newest
of each of the last :data:`KEEP_DAILY` days and the newest of each of the last :data:`KEEP_MONTHLY`
months. A backup taken for a reason — by hand, before an import, a migration or a restore — is
moreover kept for at least :data:`KEEP_REASONED_DAYS` days, whatever was backed up after it: the
opening and closing copies are the only ones the daily and monthly rules thin out before that.

A backup is written to a ``.part`` file first and renamed into place, so a backup cut short (power, a
killed process) never leaves a half file under a backup's name; :func:`clean_leftovers` removes such
``.part`` files when the database is next opened.

Restoring first builds the file to put in place beside the database (``<name>.restore.part``): the
backup, checked by :mod:`.identify`, migrated to this nxdesk's schema, with the lock log and restore log
of the current data carried in and the restore recorded. That file is then copied into the open database
through the same backup API: SQLite applies it in one write transaction, so the database is either the
old one or the restored one, never a mix — and it works while the window holds the file open (a file
rename would not, on Windows).
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from . import clock
from .errors import BackupError, RestoreDropsLocks
from .identify import REFUSALS

if TYPE_CHECKING:
    from sqlite_utils import Database

BACKUP_DIR = "backups"
KEEP_DAILY = 10
KEEP_MONTHLY = 12
KEEP_REASONED_DAYS = 30
ROUTINE_REASONS = frozenset({"start", "close"})  # taken on a schedule; every other reason is kept longer
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<seq>\d+))?-(?P<reason>[a-z][a-z0-9-]*)\.db$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in ``backups/``: when it was made and why (from its name), and its size."""

    path: Path
    made_at: datetime
    reason: str
    size: int

    @property
    def kept_until(self) -> date | None:
        """The first day retention may remove a backup taken for a reason; None for a routine one."""
        if self.reason in ROUTINE_REASONS:
            return None
        return self.made_at.date() + timedelta(days=KEEP_REASONED_DAYS + 1)


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
    when = when or clock.current()
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
        if info.made_at.date() >= today or (info.kept_until is not None and info.kept_until > today):
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
    keep = _to_keep(backups, today or clock.current().date())
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
    from .identify import examine

    verdict = examine(Path(path))
    if not verdict.ok or verdict.code == "new":
        problem = "not_nxdesk" if verdict.code == "new" else verdict.code
        return BackupContents(False, problem, schema_version=verdict.version)
    try:
        conn = _open_read_only(path)
    except (OSError, sqlite3.Error):
        return BackupContents(False, "unreadable")
    try:
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            return BackupContents(False, "corrupt", schema_version=verdict.version)  # rows pointing nowhere
        years = tuple(r[0] for r in conn.execute("SELECT DISTINCT year FROM entries ORDER BY year"))
        return BackupContents(
            True,
            schema_version=verdict.version,
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
        problem = contents.problem or "unreadable"
        error = BackupError(f"{source} cannot be restored: {REFUSALS.get(problem, problem)}")
        error.problem = problem  # type: ignore[attr-defined]
        raise error
    return contents


def locks_dropped_by(db: Database, source: Path) -> list[tuple[int, int, str]]:
    """The locks of the open database that restoring the backup ``source`` would remove, as
    ``(year, months, locked_at)``: periods locked now and not locked in the backup."""
    conn = _open_read_only(source)
    try:
        then = {(y, m) for y, m in conn.execute("SELECT year, months FROM period_locks")}
    finally:
        conn.close()
    now_locked = db.execute("SELECT year, months, locked_at FROM period_locks ORDER BY year, months")
    return [(y, m, at) for y, m, at in now_locked.fetchall() if (y, m) not in then]


def _lock_list(locks: list[tuple[int, int, str]]) -> str:
    return ", ".join(f"{m}/{y} (locked {at.replace('T', ' ')})" for y, m, at in locks)


_AUDIT = {  # append-only logs carried from the current data into whatever is restored over it
    "lock_log": ("year", "months", "action", "reason", "at"),
    "restore_log": ("at", "source", "safety_copy", "dropped_locks", "reason"),
}


def _audit_rows(conn: sqlite3.Connection, table: str) -> list[tuple]:
    columns = ", ".join(_AUDIT[table])
    return conn.execute(f"SELECT {columns} FROM {table} ORDER BY id").fetchall()


def _carry_audit(
    restored: sqlite3.Connection,
    current: dict[str, list[tuple]],
    current_locks: set[tuple[int, int]],
    record: tuple[str, str, str | None, str | None],
) -> None:
    """In the file being restored (one transaction): add the log rows of the current data it lacks, log
    the locks the restore removes or brings back, and record the restore itself."""
    at, source, safety, reason = record
    restored.execute("BEGIN IMMEDIATE")
    for table, rows in current.items():
        columns = _AUDIT[table]
        have = _audit_rows(restored, table)
        remaining = list(have)
        for row in rows:
            if row in remaining:
                remaining.remove(row)
                continue
            marks = ", ".join("?" * len(columns))
            restored.execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", row)
    locks_after = {(y, m): r for y, m, r in restored.execute("SELECT year, months, reason FROM period_locks")}
    dropped = sorted(current_locks - locks_after.keys())
    for y, m in dropped:
        restored.execute(
            "INSERT INTO lock_log (year, months, action, reason, at) VALUES (?, ?, 'unlock', ?, ?)",
            [y, m, reason, at],
        )
    for y, m in sorted(locks_after.keys() - current_locks):
        restored.execute(
            "INSERT INTO lock_log (year, months, action, reason, at) VALUES (?, ?, 'lock', ?, ?)",
            [y, m, locks_after[y, m], at],
        )
    restored.execute(
        "INSERT INTO restore_log (at, source, safety_copy, dropped_locks, reason) VALUES (?, ?, ?, ?, ?)",
        [at, source, safety, ", ".join(f"{m}/{y}" for y, m in dropped), reason],
    )
    restored.execute("COMMIT")


def _prepare_restored(
    source: Path,
    part: Path,
    *,
    page_size: int | None,
    current: sqlite3.Connection | None,
    safety: Path | None,
    reason: str | None,
) -> None:
    """Build, in ``part``, the file a restore puts in place: the backup ``source`` migrated to this
    nxdesk's schema, with the audit trail of ``current`` (the data it replaces) carried in and the
    restore recorded. Nothing of the live database is touched."""
    from .connection import NxDatabase
    from .migrations import apply_migrations

    with contextlib.suppress(FileNotFoundError):
        part.unlink()
    src = _open_read_only(source)
    try:
        target = sqlite3.connect(str(part), isolation_level=None)
        try:
            src.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    finally:
        src.close()
    conn = sqlite3.connect(str(part), isolation_level=None)
    try:
        if page_size and conn.execute("PRAGMA page_size").fetchone()[0] != page_size:
            conn.execute(f"PRAGMA page_size = {int(page_size)}")
            conn.execute("VACUUM")
        apply_migrations(NxDatabase(conn), None)
        logs = {table: _audit_rows(current, table) for table in _AUDIT} if current is not None else {}
        locks = (
            {(y, m) for y, m in current.execute("SELECT year, months FROM period_locks")}
            if current
            else set()
        )
        record = (clock.now(), source.name, str(safety) if safety else None, (reason or "").strip() or None)
        _carry_audit(conn, logs, locks, record)
    finally:
        conn.close()


def restore(
    db: Database, db_path: Path, source: Path, *, reason: str | None = None, drop_locks: bool = False
) -> Path:
    """Replace the contents of the open database ``db`` (the file ``db_path``) with the backup ``source``.
    The current contents are backed up first (returned: the path of that safety copy). The backup's
    schema must be exactly what nxdesk makes. A backup that lacks locks the current data has is refused
    with :class:`RestoreDropsLocks` unless ``drop_locks`` is given with a ``reason``. The lock log and
    the restore log of the current data are carried into the restored data, with a record of this
    restore, so the audit trail only grows. The swap is one SQLite transaction."""
    from .migrations import apply_migrations

    source, db_path = Path(source), Path(db_path)
    _usable(source)
    dropped = locks_dropped_by(db, source)
    if dropped and not drop_locks:
        raise RestoreDropsLocks(
            f"restoring {source} would remove the locks of {_lock_list(dropped)}", dropped
        )
    if dropped and not (reason and reason.strip()):
        raise BackupError("removing locks by a restore needs a reason")
    safety = backup_now(db, db_path, reason="before-restore")
    part = db_path.with_name(db_path.name + ".restore.part")
    try:
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        _prepare_restored(source, part, page_size=page_size, current=db.conn, safety=safety, reason=reason)
        prepared = sqlite3.connect(str(part))
        try:
            prepared.backup(db.conn)
        finally:
            prepared.close()
    except sqlite3.Error as exc:
        raise BackupError(f"restoring {source} failed, the database is unchanged: {exc}") from exc
    finally:
        with contextlib.suppress(OSError):
            part.unlink()
    db.execute("PRAGMA foreign_keys = ON")
    apply_migrations(db, db_path)
    return safety


def replace_with_backup(db_path: Path, source: Path, *, when: datetime | None = None) -> Path | None:
    """For a file that cannot be opened (damaged): move it aside as ``<name>.damaged-<stamp>`` (never
    deleted) and put a copy of the backup ``source`` in its place. Returns where the old file went."""
    db_path, source = Path(db_path), Path(source)
    _usable(source)
    stamp = (when or clock.current()).strftime(_STAMP)
    part = db_path.with_name(db_path.name + ".restore.part")
    _prepare_restored(source, part, page_size=None, current=None, safety=None, reason=None)
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


LEFTOVER_AGE_SECONDS = 60


def clean_leftovers(db_path: Path) -> list[Path]:
    """Remove the ``.part`` files (and their ``-journal``) of backups and restores of ``db_path`` that were
    cut short (a killed process, a power cut). A file still being written is left alone: only one untouched
    for :data:`LEFTOVER_AGE_SECONDS` and not locked by SQLite is removed. Returns what was removed."""
    db_path = Path(db_path)
    parts = {db_path.with_name(db_path.name + ".restore.part")}
    folder = backups_dir(db_path)
    if folder.is_dir():
        for path in folder.glob(f"{glob.escape(db_path.stem)}-*.db.part*"):
            base = path.name.split(".db.part", 1)[0] + ".db"
            if _NAME.match(base):
                parts.add(folder / (base + ".part"))
    removed = []
    limit = time.time() - LEFTOVER_AGE_SECONDS
    for part in sorted(parts):
        files = [part, *(part.with_name(part.name + side) for side in ("-journal", "-wal", "-shm"))]
        try:
            present = [f for f in files if f.is_file()]
            if not present or any(f.stat().st_mtime > limit for f in present):
                continue
            if part.is_file() and _in_use(part):
                continue
            for f in files:
                if f.is_file():
                    f.unlink()
                    removed.append(f)
        except OSError:
            continue
    return removed


def _in_use(path: Path) -> bool:
    """Whether an SQLite connection holds a lock on ``path`` (a backup being written into it)."""
    try:
        conn = sqlite3.connect(str(path), timeout=0, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc) or "busy" in str(exc)
    except sqlite3.Error:
        return False
    finally:
        conn.close()
