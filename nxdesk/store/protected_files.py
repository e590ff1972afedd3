"""Files an export must never write over: the open database, its ``-wal``/``-shm``/``-journal`` and lock
files, its backups, and any other SQLite database (recognised by its header, whatever its name)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")

# Why a path is refused, as a code each interface renders in its own words.
DATABASE, COMPANION, BACKUP, SQLITE_FILE = "database", "companion", "backup", "sqlite_file"


def window_lock_path(db_path: str | Path) -> Path:
    """The lock file a window holds beside the database it has open (``nxdesk.db.lock``); writing commands
    of the command line refuse while it is held. Beside the file itself, so a symbolic link to the database
    and the database's own path name the same lock."""
    path = Path(db_path)
    with contextlib.suppress(OSError, RuntimeError):  # a loop of links, a path Windows cannot resolve
        path = path.resolve()
    return path.with_name(path.name + ".lock")


def _same(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)  # hard links and other spellings of the same file
    except OSError:
        pass
    return os.path.normcase(str(a.resolve())) == os.path.normcase(str(b.resolve()))


def _is_sqlite_file(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def export_target_problem(target: str | Path, db_path: str | Path | None = None) -> str | None:
    """Why ``target`` must not be written by an export (a code above), or None when it may be."""
    target = Path(target)
    if db_path is not None and str(db_path) != ":memory:":
        db_path = Path(db_path)
        if _same(target, db_path):
            return DATABASE
        if any(_same(target, db_path.with_name(db_path.name + s)) for s in COMPANION_SUFFIXES):
            return COMPANION
        from .backup import backups_dir

        folder = backups_dir(db_path)
        if folder.exists() and _same(target.parent, folder):
            return BACKUP
    if _is_sqlite_file(target):
        return SQLITE_FILE
    for suffix in COMPANION_SUFFIXES:  # the -wal of some other database (its own header is not SQLite's)
        if target.name.endswith(suffix) and _is_sqlite_file(target.with_name(target.name[: -len(suffix)])):
            return COMPANION
    return None
