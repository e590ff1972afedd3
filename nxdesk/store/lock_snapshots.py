"""A locked period's report, frozen: at locking the period's summary inputs (names, units, kinds,
directions, sectors, order, plans, values) are kept with the lock, and the summary of a locked period is
read from them. Later edits of targets and plans apply to unlocked periods only."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, fields
from typing import TYPE_CHECKING

from ..domain.summary import SummaryInput
from ..domain.targets import Direction, Kind, Status
from .clock import now
from .summary import live_summary_inputs

if TYPE_CHECKING:
    from sqlite_utils import Database

_ENUMS = {"kind": Kind, "direction": Direction, "status": Status, "last_year_status": Status}
# What a period's figures are, as opposed to what its plan and target list are.
_FIGURES = {
    "value",
    "status",
    "note",
    "last_year_value",
    "last_year_full",
    "last_year_status",
    "expected_year_end",
}


def take_snapshot(db: Database, year: int, months: int) -> None:
    """Keep the period's summary inputs as they are now with its lock (the lock row must exist)."""
    rows = [asdict(item) for item in live_summary_inputs(db, year, months)]
    db.execute(
        "INSERT OR REPLACE INTO lock_snapshots (year, months, taken_at, rows) VALUES (?, ?, ?, ?)",
        [year, months, now(), json.dumps(rows, ensure_ascii=False, allow_nan=False)],
    )


def _item(row: dict) -> SummaryInput:
    known = {f.name for f in fields(SummaryInput)}
    values = {k: v for k, v in row.items() if k in known}
    for name, enum in _ENUMS.items():
        if values.get(name) is not None:
            values[name] = enum(values[name])
    return SummaryInput(**values)


def read_snapshot(db: Database, year: int, months: int) -> list[SummaryInput] | None:
    """The locked period's summary inputs as they were at locking; None when the period is not locked."""
    try:
        row = db.execute(
            "SELECT s.rows FROM lock_snapshots s"
            " JOIN period_locks l ON l.year = s.year AND l.months = s.months"
            " WHERE s.year = ? AND s.months = ?",
            [year, months],
        ).fetchone()
    except sqlite3.OperationalError:  # a file of an older schema opened read-only (never migrated)
        return None
    return None if row is None else [_item(r) for r in json.loads(row[0])]


_PLAN_FIELDS = tuple(f.name for f in fields(SummaryInput) if f.name not in _FIGURES)


def _plan_and_targets(items: list[SummaryInput]) -> list[tuple]:
    return [tuple(getattr(i, name) for name in _PLAN_FIELDS) for i in items]


def differs_from_snapshot(db: Database, year: int, months: int) -> bool:
    """Whether the year's plan or target list (names, units, kinds, directions, sectors, order, plans) is no
    longer what the locked period's frozen report shows."""
    frozen = read_snapshot(db, year, months)
    if frozen is None:
        return False
    return _plan_and_targets(frozen) != _plan_and_targets(live_summary_inputs(db, year, months))


def snapshot_missing(db: Database) -> int:
    """Freeze locks that have no snapshot yet (locked before snapshots were kept): as the data is now.
    Returns how many were taken."""
    exists = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'lock_snapshots'"
    if not db.execute(exists).fetchone():
        return 0  # a schema from before snapshots (only while it is being migrated)
    missing = list(
        db.execute(
            "SELECT year, months FROM period_locks l WHERE NOT EXISTS"
            " (SELECT 1 FROM lock_snapshots s WHERE s.year = l.year AND s.months = l.months)"
        )
    )
    if missing:
        with db.atomic():
            for year, months in missing:
                take_snapshot(db, year, months)
    return len(missing)
