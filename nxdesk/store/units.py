"""The office's subordinate units, the plans it assigns them, and who this office is to the level above."""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

from ..domain.messages import Message, MessageError, Where, register
from ..domain.plans import PlanError, parse_plan

UNIT_LEVELS = ("xa", "phuong", "dac_khu", "thon")

register(
    {
        "units.code_empty": "the unit code is empty",
        "units.code_invalid": "unit code '{code}' may hold only letters, digits, '-', '_' and '.'",
        "units.name_empty": "the unit's name is empty",
        "units.level_invalid": "level '{level}' is not one of xa, phuong, dac_khu, thon",
        "units.code_taken": "unit code {code} is already used by {name}",
        "units.unknown": "no unit with code {code}",
        "units.csv_header": "the units file needs the columns code,name[,level], not {header}",
        "units.csv_unreadable": "the units file cannot be read: {reason}",
        "units.plan_invalid": "plan '{text}' for {code} is not a plan expression",
    }
)


@dataclass(frozen=True)
class Unit:
    """One subordinate unit: its (administrative) code, name, level and whether it is retired."""

    id: int
    code: str
    name: str
    level: str
    retired: bool


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join((text or "").split()))


def _check(code: str, name: str, level: str, where: Where | None = None) -> list[Message]:
    problems = []
    if not code:
        problems.append(Message("units.code_empty", where=where))
    elif not all(ch.isalnum() or ch in "-_." for ch in code):
        problems.append(Message("units.code_invalid", {"code": code}, where))
    if not name:
        problems.append(Message("units.name_empty", where=where))
    if level not in UNIT_LEVELS:
        problems.append(Message("units.level_invalid", {"level": level}, where))
    return problems


def list_units(db: Database, include_retired: bool = True) -> list[Unit]:
    sql = "SELECT id, code, name, level, retired FROM units"
    if not include_retired:
        sql += " WHERE retired = 0"
    return [Unit(r[0], r[1], r[2], r[3], bool(r[4])) for r in db.execute(sql + " ORDER BY position, id")]


def unit_by_code(db: Database, code: str) -> Unit | None:
    row = db.execute(
        "SELECT id, code, name, level, retired FROM units WHERE code = ? COLLATE NOCASE", [code.strip()]
    ).fetchone()
    return Unit(row[0], row[1], row[2], row[3], bool(row[4])) if row else None


def _insert(db: Database, code: str, name: str, level: str) -> int:
    position = db.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM units").fetchone()[0]
    return db.execute(
        "INSERT INTO units (code, name, level, position) VALUES (?, ?, ?, ?)", [code, name, level, position]
    ).lastrowid


def add_unit(db: Database, code: str, name: str, level: str = "xa") -> int:
    """Add a unit; raises :class:`MessageError` when the code, name or level is refused or the code taken."""
    code, name = _clean(code).upper(), _clean(name)
    problems = _check(code, name, level)
    if problems:
        raise MessageError(problems)
    with db.atomic():
        other = unit_by_code(db, code)
        if other is not None:
            raise MessageError(Message("units.code_taken", {"code": code, "name": other.name}))
        return _insert(db, code, name, level)


def rename_unit(db: Database, code: str, name: str) -> None:
    name = _clean(name)
    if not name:
        raise MessageError(Message("units.name_empty"))
    with db.atomic():
        unit = unit_by_code(db, code)
        if unit is None:
            raise MessageError(Message("units.unknown", {"code": code}))
        db.execute("UPDATE units SET name = ? WHERE id = ?", [name, unit.id])


def set_unit_retired(db: Database, code: str, retired: bool = True) -> None:
    with db.atomic():
        unit = unit_by_code(db, code)
        if unit is None:
            raise MessageError(Message("units.unknown", {"code": code}))
        db.execute("UPDATE units SET retired = ? WHERE id = ?", [int(retired), unit.id])


def read_units_csv(data: bytes) -> list[tuple[str, str, str]]:
    """(code, name, level) of each line of a units CSV (``code,name[,level]``, UTF-8 with or without BOM,
    ``,`` ``;`` or tab); every problem at once as a :class:`MessageError`."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise MessageError(Message("units.csv_unreadable", {"reason": str(exc)})) from exc
    lines = text.splitlines()
    if not lines:
        raise MessageError(Message("units.csv_header", {"header": ""}))
    delimiter = max(",;\t", key=lines[0].count)
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    header = [h.strip().lower() for h in rows[0]]
    while header and not header[-1]:
        header.pop()
    if header not in (["code", "name"], ["code", "name", "level"]):
        raise MessageError(Message("units.csv_header", {"header": ",".join(header)}))
    found, problems, seen = [], [], set()
    for line, cells in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        cells = [*cells, "", ""]
        code, name = _clean(cells[0]).upper(), _clean(cells[1])
        level = _clean(cells[2]).lower() if len(header) == 3 and cells[2].strip() else "xa"
        where = Where(line=line)
        row_problems = _check(code, name, level, where)
        if code and code in seen:
            row_problems.append(Message("units.code_taken", {"code": code, "name": "an earlier line"}, where))
        seen.add(code)
        problems += row_problems
        found.append((code, name, level))
    if problems:
        raise MessageError(problems)
    return found


def import_units(db: Database, path: str | Path) -> tuple[int, int]:
    """Add the units of a CSV file, renaming (and re-levelling) those already known; all or nothing.
    Returns (added, updated)."""
    rows = read_units_csv(Path(path).read_bytes())
    added = updated = 0
    with db.atomic():
        for code, name, level in rows:
            unit = unit_by_code(db, code)
            if unit is None:
                _insert(db, code, name, level)
                added += 1
            elif (unit.name, unit.level) != (name, level):
                db.execute("UPDATE units SET name = ?, level = ? WHERE id = ?", [name, level, unit.id])
                updated += 1
    return added, updated


def set_unit_plan(db: Database, unit_id: int, target: int, year: int, expression: str | None) -> None:
    """The plan this office assigns to a unit for a target and year (validated here); empty removes it."""
    with db.atomic():
        if expression is None or not expression.strip():
            db.execute(
                "DELETE FROM unit_plans WHERE unit_id = ? AND target_id = ? AND year = ?",
                [unit_id, target, year],
            )
            return
        try:
            text = parse_plan(expression, "comma").text
        except PlanError as exc:
            code = db.execute("SELECT code FROM targets WHERE id = ?", [target]).fetchone()[0]
            raise MessageError(Message("units.plan_invalid", {"text": expression, "code": code})) from exc
        db.execute(
            "INSERT INTO unit_plans (unit_id, target_id, year, expression) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(unit_id, target_id, year) DO UPDATE SET expression = excluded.expression",
            [unit_id, target, year, text],
        )


def store_unit_plans(db: Database, plans: list[tuple[int, int, int, str]]) -> None:
    """Store (unit id, target id, year, validated plan text) rows, in one transaction."""
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO unit_plans (unit_id, target_id, year, expression) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(unit_id, target_id, year) DO UPDATE SET expression = excluded.expression",
            plans,
        )


def unit_plans(db: Database, year: int) -> dict[tuple[int, int], str]:
    """{(unit id, target id): plan expression} for the year."""
    return {
        (r[0], r[1]): r[2]
        for r in db.execute("SELECT unit_id, target_id, expression FROM unit_plans WHERE year = ?", [year])
    }


@dataclass(frozen=True)
class OwnUnit:
    """Who this office is to the level above: its code and name as the assignment package named them."""

    code: str
    name: str
    assigned_by: str | None


def own_unit(db: Database) -> OwnUnit | None:
    row = db.execute("SELECT code, name, assigned_by FROM own_unit WHERE id = 1").fetchone()
    return OwnUnit(*row) if row else None


def set_own_unit(db: Database, code: str, name: str, assigned_by: str | None) -> None:
    with db.atomic():
        db.execute(
            "INSERT INTO own_unit (id, code, name, assigned_by) VALUES (1, ?, ?, ?) ON CONFLICT(id) DO UPDATE"
            " SET code = excluded.code, name = excluded.name, assigned_by = excluded.assigned_by",
            [code, name, assigned_by],
        )


def set_assigned_targets(db: Database, year: int, target_ids: list[int]) -> None:
    """The targets the level above assigned to this office for the year (what its figures packages carry)."""
    with db.atomic():
        db.execute("DELETE FROM assigned_targets WHERE year = ?", [year])
        db.conn.executemany(
            "INSERT INTO assigned_targets (target_id, year) VALUES (?, ?)", [(t, year) for t in target_ids]
        )


def assigned_targets(db: Database, year: int) -> set[int]:
    return {r[0] for r in db.execute("SELECT target_id FROM assigned_targets WHERE year = ?", [year])}
