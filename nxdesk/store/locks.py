"""Period locks (chốt số liệu): a locked (year, cut-off) refuses every write, checked here once; its report
is frozen as it was at locking (``lock_snapshots``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clock import now
from .db import StoreError

if TYPE_CHECKING:
    from sqlite_utils import Database


class PeriodLocked(StoreError):
    """A write to a locked period."""

    code = "locked"

    def __init__(self, year: int, months: int) -> None:
        self.year, self.months = year, months
        super().__init__(f"period {months}/{year} is locked")


def is_locked(db: Database, year: int, months: int) -> bool:
    return (
        db.execute("SELECT 1 FROM period_locks WHERE year = ? AND months = ?", [year, months]).fetchone()
        is not None
    )


def ensure_unlocked(db: Database, year: int, months: int) -> None:
    if is_locked(db, year, months):
        raise PeriodLocked(year, months)


def locked_periods(db: Database, year: int | None = None) -> list[tuple[int, int]]:
    sql = "SELECT year, months FROM period_locks" + (" WHERE year = ?" if year is not None else "")
    return [tuple(r) for r in db.execute(sql + " ORDER BY year, months", [year] if year is not None else [])]


def lock_period(db: Database, year: int, months: int, reason: str | None = None) -> bool:
    """Lock; return False when it already was."""
    with db.atomic():
        if is_locked(db, year, months):
            return False
        at = now()
        db.execute("INSERT INTO period_locks VALUES (?, ?, ?, ?)", [year, months, reason, at])
        from .lock_snapshots import take_snapshot

        take_snapshot(db, year, months)  # the locked report stays as it is now
        db.execute(
            "INSERT INTO lock_log (year, months, action, reason, at) VALUES (?, ?, 'lock', ?, ?)",
            [year, months, reason, at],
        )
        return True


def unlock_period(db: Database, year: int, months: int, reason: str) -> bool:
    """Unlock with a reason, which is logged; return False when it was not locked."""
    if not reason or not reason.strip():
        raise ValueError("unlocking needs a reason")
    with db.atomic():
        if not is_locked(db, year, months):
            return False
        db.execute("DELETE FROM lock_snapshots WHERE year = ? AND months = ?", [year, months])
        db.execute("DELETE FROM period_locks WHERE year = ? AND months = ?", [year, months])
        db.execute(
            "INSERT INTO lock_log (year, months, action, reason, at) VALUES (?, ?, 'unlock', ?, ?)",
            [year, months, reason.strip(), now()],
        )
        return True
