"""Entries: one value per target and period, each change recorded in the append-only history."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.numbers import check_magnitude
from ..domain.targets import Status
from ..domain.text import clean_text
from .clock import now
from .locks import ensure_unlocked

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Entry:
    """The stored value of one target at one cut-off."""

    target_id: int
    year: int
    months: int
    value: float | None
    status: Status
    note: str | None
    updated_at: str
    expected_year_end: float | None = None


@dataclass(frozen=True)
class HistoryItem:
    """One change of a cell, as the value history dialog lists it."""

    id: int
    old_value: float | None
    new_value: float | None
    old_status: str | None
    new_status: str | None
    old_note: str | None
    new_note: str | None
    source: str
    changed_at: str


_UNSET = object()


def get_entry(db: Database, target: int, year: int, months: int) -> Entry | None:
    row = db.execute(
        "SELECT target_id, year, months, value, status, note, updated_at, expected_year_end FROM entries"
        " WHERE target_id = ? AND year = ? AND months = ?",
        [target, year, months],
    ).fetchone()
    if row is None:
        return None
    return Entry(row[0], row[1], row[2], row[3], Status(row[4]), row[5], row[6], row[7])


def set_entry(
    db: Database,
    target: int,
    year: int,
    months: int,
    *,
    value: float | None | object = _UNSET,
    status: Status | str | object = _UNSET,
    note: str | None | object = _UNSET,
    expected_year_end: float | None | object = _UNSET,
    source: str = "grid",
) -> bool:
    """Change what is given of one cell (value, status, note, the office's year-end expectation) and
    record the change in the history, in one transaction. Refuses any change to a locked period
    (writing what is already there is no change). A note is kept in NFC, on one line, within its length
    (``TextError`` otherwise). Returns False when nothing changed."""
    with db.atomic():
        old = get_entry(db, target, year, months)
        old_value = old.value if old else None
        old_status = str(old.status) if old else None
        old_note = old.note if old else None
        old_expected = old.expected_year_end if old else None
        new_expected = old_expected if expected_year_end is _UNSET else expected_year_end
        new_value = old_value if value is _UNSET else value
        if value is not _UNSET and value is not None:
            check_magnitude(float(value))  # type: ignore[arg-type]
        new_status = (old_status or str(Status.ESTIMATE)) if status is _UNSET else str(Status(status))
        new_note = old_note if note is _UNSET else (clean_text(note, "note") or None)  # type: ignore[arg-type]
        new = (new_value, new_status, new_note, new_expected)
        if old is not None and new == (old_value, old_status, old_note, old_expected):
            return False
        if old is None and new == (None, str(Status.ESTIMATE), None, None) and status is _UNSET:
            return False
        ensure_unlocked(db, year, months)
        at = now()
        db.execute(
            "INSERT INTO entries"
            " (target_id, year, months, value, status, note, expected_year_end, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(target_id, year, months) DO UPDATE SET"
            " value = excluded.value, status = excluded.status, note = excluded.note,"
            " expected_year_end = excluded.expected_year_end, updated_at = excluded.updated_at",
            [target, year, months, new_value, new_status, new_note, new_expected, at],
        )
        db.execute(
            "INSERT INTO entry_history (target_id, year, months, old_value, new_value, old_status,"
            " new_status, old_note, new_note, old_expected_year_end, new_expected_year_end, source,"
            " changed_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                target,
                year,
                months,
                old_value,
                new_value,
                old_status,
                new_status,
                old_note,
                new_note,
                old_expected,
                new_expected,
                source,
                at,
            ],
        )
        return True


def history(db: Database, target: int, year: int, months: int) -> list[HistoryItem]:
    """Every change of the cell, newest first."""
    return [
        HistoryItem(**row)
        for row in db.query(
            "SELECT id, old_value, new_value, old_status, new_status, old_note, new_note, source, changed_at"
            " FROM entry_history WHERE target_id = ? AND year = ? AND months = ? ORDER BY id DESC",
            [target, year, months],
        )
    ]


def status_counts(db: Database, year: int, months: int) -> tuple[int, int]:
    """(estimates, figures entered) of a period: how many of its values are still ước."""
    estimates, total = db.execute(
        "SELECT COALESCE(SUM(status = ?), 0), COUNT(*) FROM entries"
        " WHERE year = ? AND months = ? AND value IS NOT NULL",
        [str(Status.ESTIMATE), year, months],
    ).fetchone()
    return int(estimates), int(total)


def earlier_max(db: Database, year: int, months: int) -> dict[int, float]:
    """Each target's largest value at an earlier cut-off of the year (a flow smaller than it is suspect)."""
    if months <= 1:
        return {}
    rows = db.execute(
        "SELECT target_id, MAX(value) FROM entries WHERE year = ? AND months < ? AND value IS NOT NULL"
        " GROUP BY target_id",
        [year, months],
    )
    return {tid: value for tid, value in rows}
