"""``nxdesk check``: file integrity, foreign keys, and the domain's consistency rules."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.plans import PlanError, parse_plan

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Finding:
    """One problem found: ``error`` (the file is damaged) or ``warning`` (the figures look wrong)."""

    level: str
    message: str

    def __str__(self) -> str:
        return f"{self.level}: {self.message}"


def integrity(db: Database) -> list[Finding]:
    try:
        found = [
            Finding("error", f"integrity: {row[0]}")
            for row in db.execute("PRAGMA quick_check")
            if row[0] != "ok"
        ]
        if found:
            return found
        for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check"):
            found.append(
                Finding("error", f"foreign key: {table} row {rowid} points to a missing {parent} row")
            )
    except sqlite3.DatabaseError as exc:  # too damaged even to be checked
        return [Finding("error", f"integrity: {exc}")]
    return found


def decreasing_flows(db: Database) -> list[Finding]:
    rows = db.execute(
        """
        SELECT t.code, a.year, a.months, a.value, b.months, b.value
        FROM entries a JOIN entries b ON b.target_id = a.target_id AND b.year = a.year AND b.months > a.months
        JOIN targets t ON t.id = a.target_id
        WHERE t.kind = 'flow' AND a.value IS NOT NULL AND b.value IS NOT NULL AND b.value < a.value
        ORDER BY t.code, a.year, a.months, b.months
        """
    )
    return [
        Finding(
            "warning", f"{code} {year}: {later_v:g} at month {later} is less than {v:g} at month {months}"
        )
        for code, year, months, v, later, later_v in rows
    ]


def children_above_parent(db: Database) -> list[Finding]:
    """The grid's rule too: only "trong đó" rows in the parent's own unit add up, and rates (%) never do."""
    rows = db.execute(
        """
        SELECT p.code, e.year, e.months, pe.value, SUM(e.value)
        FROM targets c JOIN targets p ON p.id = c.parent_id
        JOIN entries e ON e.target_id = c.id AND e.value IS NOT NULL
        JOIN entries pe ON pe.target_id = p.id AND pe.year = e.year AND pe.months = e.months
        WHERE pe.value IS NOT NULL AND TRIM(c.unit) = TRIM(p.unit) AND TRIM(p.unit) <> '%'
        GROUP BY p.id, e.year, e.months HAVING SUM(e.value) > pe.value + 1e-9
        ORDER BY p.code, e.year, e.months
        """
    )
    return [
        Finding(
            "warning", f"{code} {months}/{year}: its 'trong đó' rows add up to {total:g}, more than {value:g}"
        )
        for code, year, months, value, total in rows
    ]


def unparsable_plans(db: Database) -> list[Finding]:
    found = []
    for code, year, source, text in db.execute(
        "SELECT t.code, p.year, p.source, p.expression FROM plans p JOIN targets t ON t.id = p.target_id"
        " ORDER BY t.code, p.year, p.source"
    ):
        try:
            parse_plan(text)
        except PlanError as exc:
            found.append(Finding("warning", f"{code} {year} plan ({source}): {exc}"))
    return found


def parent_problems(db: Database) -> list[Finding]:
    """'Trong đó' rows whose parent is in another sector, and parent chains that loop."""
    found = [
        Finding("warning", f"{code}: its parent {parent} is in another sector")
        for code, parent in db.execute(
            "SELECT c.code, p.code FROM targets c JOIN targets p ON p.id = c.parent_id"
            " WHERE c.sector_id <> p.sector_id ORDER BY c.code"
        )
    ]
    parents = dict(db.execute("SELECT id, parent_id FROM targets").fetchall())
    codes = dict(db.execute("SELECT id, code FROM targets").fetchall())
    for start in sorted(parents, key=lambda i: codes[i]):
        seen, walk = {start}, parents[start]
        while walk is not None and walk in parents:
            if walk in seen:
                found.append(Finding("error", f"{codes[start]}: its chain of parents loops"))
                break
            seen.add(walk)
            walk = parents[walk]
    return found


def values_outside_the_plan_sheet(db: Database) -> list[Finding]:
    """Values of a target in a year it is not part of (no plan-sheet row): no screen or table shows them."""
    return [
        Finding("warning", f"{code} {year}: {count} value(s) entered, but the target is not in {year}'s plan")
        for code, year, count in db.execute(
            "SELECT t.code, e.year, count(*) FROM entries e JOIN targets t ON t.id = e.target_id"
            " WHERE e.value IS NOT NULL AND NOT EXISTS (SELECT 1 FROM target_years y"
            " WHERE y.target_id = e.target_id AND y.year = e.year)"
            " AND NOT EXISTS (SELECT 1 FROM target_years y"
            " WHERE y.target_id = e.target_id AND y.year = e.year + 1)"
            " GROUP BY t.code, e.year ORDER BY t.code, e.year"
        )
    ]


def check_database(db: Database) -> list[Finding]:
    """Everything ``nxdesk check`` reports; an empty list means all is well."""
    found = integrity(db)
    if found:
        return found  # the other checks read a damaged file
    return [
        *found,
        *decreasing_flows(db),
        *children_above_parent(db),
        *unparsable_plans(db),
        *parent_problems(db),
        *values_outside_the_plan_sheet(db),
    ]
