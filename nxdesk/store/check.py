"""``nxdesk check``: file integrity, foreign keys, and the domain's consistency rules."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..domain.figure_rules import figure_warnings
from ..domain.messages import Message, Where, register
from ..domain.plans import PlanError, parse_plan
from .entries import earlier_max
from .summary import load_summary

if TYPE_CHECKING:
    from sqlite_utils import Database

register(
    {
        "check.integrity": "integrity: {detail}",
        "check.foreign_key": "foreign key: {table} row {row} points to a missing {parent} row",
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


def figures(db: Database) -> list[Message]:
    """The warnings on every entered figure, period by period: the entry grid's own rule set
    (``domain.figure_rules``), read from the same summary the grid shows."""
    found: list[Message] = []
    periods = db.execute(
        "SELECT DISTINCT year, months FROM entries WHERE value IS NOT NULL ORDER BY year, months"
    ).fetchall()
    for year, months in periods:
        found += _period_warnings(db, year, months)
    return found


def _period_warnings(db: Database, year: int, months: int, codes: set[str] | None = None) -> list[Message]:
    """The figure warnings of one period, judged on the summary the grid shows: of every target, or of the
    targets ``codes`` only."""
    summary = load_summary(db, year, months)
    ids = None if codes is None else {r.input.target_id for r in summary.rows if r.input.code in codes}
    found = figure_warnings(summary.rows, earlier_max(db, year, months), year, months, ids)
    return [warning.message for warning in found]


def warnings_on(db: Database, changes: Iterable[tuple[str, int, int]]) -> list[Message]:
    """The warnings of :func:`figures` on the cells an import changed (``changes``: each one's target code,
    year and months) and on their parents' cells of the same period ("trong đó" rows adding up to more
    than the parent). What a change moves elsewhere (a later cut-off, next year's comparison) is for the
    grid and ``nxdesk check`` to show."""
    touched: dict[tuple[int, int], set[str]] = {}
    for code, year, months in changes:
        touched.setdefault((year, months), set()).add(code)
    parents = dict(db.execute("SELECT c.code, p.code FROM targets c JOIN targets p ON p.id = c.parent_id"))
    found: list[Message] = []
    for (year, months), codes in sorted(touched.items()):
        codes |= {parents[c] for c in codes if c in parents}
        found += _period_warnings(db, year, months, codes)
    return found


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
        *figures(db),
        *unparsable_plans(db),
        *parent_problems(db),
        *values_outside_the_plan_sheet(db),
    ]
