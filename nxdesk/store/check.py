"""``nxdesk check``: file integrity, foreign keys, and the domain's consistency rules."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from ..domain.messages import Message, Where, register
from ..domain.numbers import format_number
from ..domain.plans import PlanError, parse_plan

if TYPE_CHECKING:
    from sqlite_utils import Database

register(
    {
        "check.integrity": "integrity: {detail}",
        "check.foreign_key": "foreign key: {table} row {row} points to a missing {parent} row",
        "check.decreasing": "in {year}, {later_value} at month {later} is less than {value} "
        "at month {months}",
        "check.children_above": "in {months}/{year} its 'trong đó' rows add up to {total}, more than {value}",
        "check.plan_unreadable": "the {year} plan ({source}) '{text}' cannot be read",
        "check.parent_sector": "its parent {parent} is in another sector",
        "check.parent_loop": "its chain of parents loops",
        "check.values_outside_plan": "{count} value(s) entered in {year}, but the target is not in "
        "{year}'s plan",
    }
)

# A finding is a message: ``severity`` "error" (the file is damaged) or "warning" (the figures look
# wrong); ``where.code`` names the target when there is one.
Finding = Message


def finding(severity: str, code: str, target: str | None = None, **params: object) -> Message:
    return Message(code, params, Where(code=target) if target else None, severity)


def _n(value: float) -> str:
    return format_number(value)


def integrity(db: Database) -> list[Message]:
    try:
        found = [
            finding("error", "check.integrity", detail=row[0])
            for row in db.execute("PRAGMA quick_check")
            if row[0] != "ok"
        ]
        if found:
            return found
        for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check"):
            found.append(finding("error", "check.foreign_key", table=table, row=rowid, parent=parent))
    except sqlite3.DatabaseError as exc:  # too damaged even to be checked
        return [finding("error", "check.integrity", detail=str(exc))]
    return found


def decreasing_flows(db: Database) -> list[Message]:
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
        finding(
            "warning",
            "check.decreasing",
            code,
            year=year,
            later_value=_n(later_v),
            later=later,
            value=_n(v),
            months=months,
        )
        for code, year, months, v, later, later_v in rows
    ]


def children_above_parent(db: Database) -> list[Message]:
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
        finding(
            "warning",
            "check.children_above",
            code,
            months=months,
            year=year,
            total=_n(total),
            value=_n(value),
        )
        for code, year, months, value, total in rows
    ]


def unparsable_plans(db: Database) -> list[Message]:
    found = []
    for code, year, source, text in db.execute(
        "SELECT t.code, p.year, p.source, p.expression FROM plans p JOIN targets t ON t.id = p.target_id"
        " ORDER BY t.code, p.year, p.source"
    ):
        try:
            parse_plan(text)
        except PlanError:
            found.append(
                finding("warning", "check.plan_unreadable", code, year=year, source=source, text=text)
            )
    return found


def parent_problems(db: Database) -> list[Message]:
    """'Trong đó' rows whose parent is in another sector, and parent chains that loop."""
    found = [
        finding("warning", "check.parent_sector", code, parent=parent)
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
                found.append(finding("error", "check.parent_loop", codes[start]))
                break
            seen.add(walk)
            walk = parents[walk]
    return found


def values_outside_the_plan_sheet(db: Database) -> list[Message]:
    """Values of a target in a year it is not part of (no plan-sheet row): no screen or table shows them."""
    return [
        finding("warning", "check.values_outside_plan", code, count=count, year=year)
        for code, year, count in db.execute(
            "SELECT t.code, e.year, count(*) FROM entries e JOIN targets t ON t.id = e.target_id"
            " WHERE e.value IS NOT NULL AND NOT EXISTS (SELECT 1 FROM target_years y"
            " WHERE y.target_id = e.target_id AND y.year = e.year)"
            " AND NOT EXISTS (SELECT 1 FROM target_years y"
            " WHERE y.target_id = e.target_id AND y.year = e.year + 1)"
            " GROUP BY t.code, e.year ORDER BY t.code, e.year"
        )
    ]


def check_database(db: Database) -> list[Message]:
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
