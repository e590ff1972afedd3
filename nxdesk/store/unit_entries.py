"""The figures each subordinate unit reported, kept apart from the office's own entries, and the append-only
log of every package received. The one writer of ``unit_entries``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

from .clock import now


@dataclass(frozen=True)
class UnitFigure:
    """One unit's figure for one target at one cut-off."""

    value: float | None
    status: str
    note: str | None


@dataclass(frozen=True)
class Receipt:
    """One received package, as the log keeps it."""

    id: int
    unit_id: int
    year: int
    months: int
    sha256: str
    written_at: str
    file_name: str
    rows: int
    changed: int
    received_at: str


def unit_figures(db: Database, unit_id: int, year: int, months: int) -> dict[int, UnitFigure]:
    """{target id: figure} of one unit and period."""
    sql = (
        "SELECT target_id, value, status, note FROM unit_entries"
        " WHERE unit_id = ? AND year = ? AND months = ?"
    )
    return {r[0]: UnitFigure(r[1], r[2], r[3]) for r in db.execute(sql, [unit_id, year, months])}


def last_receipt(db: Database, unit_id: int, year: int, months: int) -> Receipt | None:
    row = db.execute(
        "SELECT id, unit_id, year, months, sha256, written_at, file_name, rows, changed, received_at"
        " FROM received_packages WHERE unit_id = ? AND year = ? AND months = ? ORDER BY id DESC LIMIT 1",
        [unit_id, year, months],
    ).fetchone()
    return Receipt(*row) if row else None


def receipts(db: Database, year: int, months: int) -> dict[int, Receipt]:
    """{unit id: the last package received} for the period."""
    found: dict[int, Receipt] = {}
    for row in db.execute(
        "SELECT id, unit_id, year, months, sha256, written_at, file_name, rows, changed, received_at"
        " FROM received_packages WHERE year = ? AND months = ? ORDER BY id",
        [year, months],
    ):
        found[row[1]] = Receipt(*row)
    return found


def replace_unit_figures(
    db: Database,
    unit_id: int,
    year: int,
    months: int,
    figures: dict[int, UnitFigure],
    *,
    sha256: str,
    written_at: str,
    writer_version: str,
    file_name: str,
    changed: int,
) -> int:
    """Log the package and make its figures the unit's figures for the period (those it does not carry go),
    in one transaction. Returns the log entry's id."""
    with db.atomic():
        package_id = db.execute(
            "INSERT INTO received_packages (unit_id, year, months, sha256, written_at, writer_version,"
            " file_name, rows, changed, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                unit_id,
                year,
                months,
                sha256,
                written_at,
                writer_version,
                file_name,
                len(figures),
                changed,
                now(),
            ],
        ).lastrowid
        db.execute(
            "DELETE FROM unit_entries WHERE unit_id = ? AND year = ? AND months = ?", [unit_id, year, months]
        )
        db.conn.executemany(
            "INSERT INTO unit_entries (unit_id, target_id, year, months, value, status, note, package_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (unit_id, tid, year, months, f.value, f.status, f.note, package_id)
                for tid, f in figures.items()
            ],
        )
    return package_id


def set_typed_unit_figures(db: Database, figures: list[tuple]) -> None:
    """Units' figures typed at this office (a table with ``unit_code``), not received in a package:
    (unit id, target id, year, months, value, status, note) rows, in one transaction."""
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO unit_entries (unit_id, target_id, year, months, value, status, note, package_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, NULL) ON CONFLICT(unit_id, target_id, year, months) DO UPDATE SET"
            " value = excluded.value, status = excluded.status, note = excluded.note, package_id = NULL",
            figures,
        )
