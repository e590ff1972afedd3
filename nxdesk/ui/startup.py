"""Opening the database for the window, safely.

``open_for_window(path)`` refuses a second window on the same file (a ``QLockFile`` beside it), runs the
store's checks (``quick_check``; not nxdesk's, damaged, newer, read-only) and, when a file cannot be
opened, says why in Vietnamese and offers the ways out that make sense: restore a backup (the damaged
file is kept aside, never overwritten), open read-only, choose another file, or quit. On success it
takes the start-of-day backup and returns ``(db, path)``; ``close_for_window(db, path)`` takes the
closing backup, closes the database and releases the lock.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLockFile, QObject, QTimer
from PySide6.QtWidgets import QWidget

from ..store import backup
from ..store.db import is_read_only, open_db
from ..store.errors import (
    BackupError,
    CorruptDatabase,
    NewerSchemaError,
    NotAnNxdeskDatabase,
    ReadOnlyDatabase,
    StoreError,
)
from ..store.protected_files import window_lock_path
from .dialog_service import dialogs

if TYPE_CHECKING:
    from sqlite_utils import Database

_locks: dict[str, QLockFile] = {}

DB_FILTER = "nxdesk (*.db *.sqlite);;*"


translate = QCoreApplication.translate


def lock_path(path: Path) -> Path:
    return window_lock_path(path)


def _key(path: Path) -> str:
    return str(Path(path).resolve())


def _acquire(path: Path) -> tuple[bool, str]:
    """Take the one-window lock of ``path``. Returns (ok, who holds it when not ok). A folder where no
    lock file can be written (read-only media) counts as ok: nothing can be written there anyway."""
    key = _key(path)
    if key in _locks:
        return False, translate("Startup", "this window")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)  # first start: the data folder does not exist yet
    except OSError:
        return True, ""
    lock = QLockFile(str(lock_path(path)))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however old
    if lock.tryLock(200):
        _locks[key] = lock
        return True, ""
    if lock.error() == QLockFile.LockFailedError:
        info = lock.getLockInfo()  # (pid, host, application); PySide6 drops the C++ bool
        pid, host = (info[-3], info[-2]) if len(info) >= 3 else (0, "")
        who = translate("Startup", "process %1 on computer %2").replace("%1", str(pid)).replace("%2", host)
        return False, who if pid else "?"
    return True, ""  # PermissionError / UnknownError: a read-only folder


def release(path: Path) -> None:
    """Release the one-window lock of ``path`` (if this process holds it)."""
    lock = _locks.pop(_key(path), None)
    if lock is not None:
        lock.unlock()


def holds_lock(path: Path) -> bool:
    return _key(path) in _locks


def _message(code: str, path: Path, detail: str = "") -> str:
    texts = {
        "second": translate(
            "Startup",
            "The data file %1 is already open in another nxdesk window (%2).\n\nTwo windows writing one "
            "file could lose figures, so this window does not open it for editing. Use the other window, or "
            "open this file read-only.",
        ),
        "not_nxdesk": translate(
            "Startup",
            "The file %1 is not an nxdesk data file (it is another kind of file, or another program's "
            "database). It was not changed.",
        ),
        "unexpected_schema": translate(
            "Startup",
            "The data file %1 has been changed by another program: its tables or triggers are not the "
            "ones nxdesk makes, and using it could damage figures. It was not changed.\n\nYou can "
            "restore a backup: the changed file is kept beside it, not deleted.",
        ),
        "corrupt": translate(
            "Startup",
            "The data file %1 is damaged and cannot be used safely.\n\nYou can restore a backup: the "
            "damaged file is kept beside it, not deleted.",
        ),
        "newer_schema": translate(
            "Startup",
            "The data file %1 was written by a newer version of nxdesk. Please install the newer "
            "version; this one does not change the file.",
        ),
        "read_only": translate(
            "Startup",
            "The data file %1 cannot be written (it is marked read-only, or it is on a write-protected "
            "disk). You can open it read-only to look and print.",
        ),
        "other": translate("Startup", "The data file %1 cannot be opened."),
    }
    text = texts.get(code, texts["other"]).replace("%1", str(path)).replace("%2", detail)
    if code == "other" and detail:
        text += "\n\n" + detail
    return text


ACT_BACKUP, ACT_READ_ONLY, ACT_OTHER, ACT_QUIT = "backup", "read_only", "other", "quit"


def _ways_out(code: str, path: Path) -> list[str]:
    ways = []
    if code in ("corrupt", "not_nxdesk", "unexpected_schema", "other") and any(
        backup.read_contents(b.path).ok for b in backup.list_backups(path)
    ):
        ways.append(ACT_BACKUP)
    if code in ("second", "read_only"):
        ways.append(ACT_READ_ONLY)
    return [*ways, ACT_OTHER, ACT_QUIT]


def _action_label(action: str) -> str:
    return {
        ACT_BACKUP: translate("Startup", "Restore a backup…"),
        ACT_READ_ONLY: translate("Startup", "Open read-only"),
        ACT_OTHER: translate("Startup", "Choose another file…"),
        ACT_QUIT: translate("Startup", "Quit"),
    }[action]


def _try_open(path: Path, read_only: bool) -> tuple[Database | None, str, str]:
    """(db, "", "") or (None, problem code, detail)."""
    try:
        return open_db(path, read_only=read_only), "", ""
    except NotAnNxdeskDatabase as exc:
        return None, exc.code, ""
    except CorruptDatabase as exc:
        return None, "corrupt", str(exc)
    except NewerSchemaError:
        return None, "newer_schema", ""
    except ReadOnlyDatabase:
        return None, "read_only", ""
    except (StoreError, sqlite3.Error, OSError) as exc:
        return None, "other", str(exc)


def _restore_backup(path: Path, parent: QWidget | None) -> bool:
    from .dialogs.backup_dialog import backup_label

    usable = [(info, backup.read_contents(info.path)) for info in backup.list_backups(path)]
    usable = [(info, contents) for info, contents in usable if contents.ok]
    if not usable:
        return False
    title = translate("Startup", "Restore a backup")
    index = dialogs().choose(
        parent,
        title,
        translate("Startup", "Backup to restore:"),
        [backup_label(info, contents) for info, contents in usable],
    )
    if index is None:
        return False
    try:
        moved = backup.replace_with_backup(path, usable[index][0].path)
    except (StoreError, OSError, sqlite3.Error) as exc:
        text = translate("Startup", "The backup could not be restored: %1")
        dialogs().error(parent, title, text.replace("%1", str(exc)))
        return False
    if moved is not None:
        text = translate("Startup", "The backup was restored. The damaged file was kept as %1.")
        dialogs().info(parent, title, text.replace("%1", str(moved)))
    return True


def open_for_window(
    path: Path, parent: QWidget | None = None, *, start_backup: bool = True
) -> tuple[Database, Path] | None:
    """Open ``path`` for the window, or explain why not and offer the ways out; None means quit. The file's
    checks (``quick_check`` included) always run here, before any window can edit it; the start-of-day
    backup too unless ``start_backup`` is False (the caller then takes it with ``backup_after_first_paint``).
    """
    path = Path(path)
    read_only = False
    while True:
        problem, detail = "", ""
        if not read_only:
            ok, who = _acquire(path)
            if not ok:
                problem, detail = "second", who
        db = None
        if not problem:
            db, problem, detail = _try_open(path, read_only)
        if db is not None:
            if not read_only and start_backup:
                _backup(db, path, "start", parent)
            return db, path
        if not read_only:
            release(path)
        read_only = False
        ways = _ways_out(problem, path)
        choice = dialogs().choose_action(
            parent, "nxdesk", _message(problem, path, detail), [_action_label(w) for w in ways]
        )
        action = ACT_QUIT if choice is None else ways[choice]
        if action == ACT_QUIT:
            return None
        if action == ACT_READ_ONLY:
            read_only = True
        elif action == ACT_BACKUP:
            _restore_backup(path, parent)
        elif action == ACT_OTHER:
            title = translate("Startup", "Choose a data file")
            chosen = dialogs().open_file(parent, title, DB_FILTER, str(path.parent))
            if not chosen:
                return None
            path = Path(chosen)


class _HoldInput(QObject):
    """Application event filter that drops the clerk's keys and clicks until ``release()``: nothing typed
    ahead reaches the data before the start-of-day backup has been taken."""

    _DROPPED = frozenset(
        (
            QEvent.Type.KeyPress,
            QEvent.Type.KeyRelease,
            QEvent.Type.ShortcutOverride,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        )
    )

    def __init__(self) -> None:
        super().__init__()
        QCoreApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        return event.type() in self._DROPPED

    def release(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def backup_after_first_paint(window: QWidget, db: Database, path: Path) -> None:
    """The start-of-day backup of a file opened with ``start_backup=False``, taken from the event loop right
    after ``window`` first paints. From that paint until the backup is written the window takes no keys or
    clicks, so the backup holds the file as it was before this session's first edit; before it nothing of
    the window is on screen to type into. (The hold is an application-wide event filter: installed earlier,
    it would make PySide resolve the Python type of every object the start-up's events go to, a good part
    of the first paint's time.) A read-only database is never backed up."""
    if is_read_only(db):
        return
    from .first_paint import after_first_paint

    def hold_until_taken() -> None:
        hold = _HoldInput()

        def take() -> None:
            failed = None
            try:
                backup.backup_now(db, Path(path), "start")
            except BackupError as exc:
                failed = exc
            finally:
                hold.release()  # before any message: the clerk must be able to answer it
                hold.deleteLater()
            if failed is not None:
                _backup_failed(failed, Path(path), "start", window)

        QTimer.singleShot(0, hold, take)

    after_first_paint(window, hold_until_taken, deferred=False)


def _backup(db: Database, path: Path, reason: str, parent: QWidget | None) -> None:
    try:
        backup.backup_now(db, path, reason)
    except BackupError as exc:
        _backup_failed(exc, path, reason, parent)


def _backup_failed(exc: BackupError, path: Path, reason: str, parent: QWidget | None) -> None:
    if parent is not None or reason == "start":
        text = translate(
            "Startup",
            "No automatic backup could be written into %1. Your figures are "
            "saved, but please check the disk.\n\n%2",
        )
        dialogs().warning(
            parent, "nxdesk", text.replace("%1", str(backup.backups_dir(path))).replace("%2", str(exc))
        )
    else:
        print(f"nxdesk: {exc}", file=sys.stderr)


def close_for_window(db: Database, path: Path) -> None:
    """The closing backup (when the file was writable), then close the database and release the lock."""
    try:
        if not is_read_only(db):
            _backup(db, Path(path), "close", None)
    finally:
        try:
            db.conn.close()
        finally:
            release(Path(path))
