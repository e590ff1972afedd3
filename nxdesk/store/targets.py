"""Targets, their membership in a year's plan sheet, and their plans per year and source."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.targets import Direction, Kind
from ..domain.text import clean_code, clean_text, code_key

if TYPE_CHECKING:
    from sqlite_utils import Database

PLAN_SOURCES = ("upper", "own", "term")


@dataclass(frozen=True)
class TargetRecord:
    """A target as one year's plan sheet shows it."""

    id: int
    code: str
    name: str
    unit: str
    kind: Kind
    direction: Direction
    sector_id: int
    sector: str
    parent_id: int | None
    parent_code: str | None
    position: int
    year: int
    baseline: float | None
    pace_pct: float | None
    retired: bool
    plan_upper: str | None
    plan_own: str | None
    plan_term: str | None = None
    decimals: int | None = None


_LIST_SQL = """
SELECT t.id, t.code, t.name, t.unit, t.kind, t.direction, t.sector_id, s.name AS sector,
       t.parent_id, p.code AS parent_code, t.position, ty.year, ty.baseline, ty.pace_pct, ty.retired,
       pp.expression AS plan_upper, pd.expression AS plan_own, pt.expression AS plan_term, t.decimals
FROM target_years ty
JOIN targets t ON t.id = ty.target_id
JOIN sectors s ON s.id = t.sector_id
LEFT JOIN targets p ON p.id = t.parent_id
LEFT JOIN plans pp ON pp.target_id = t.id AND pp.year = ty.year AND pp.source = 'upper'
LEFT JOIN plans pd ON pd.target_id = t.id AND pd.year = ty.year AND pd.source = 'own'
LEFT JOIN plans pt ON pt.target_id = t.id AND pt.year = ty.year AND pt.source = 'term'
WHERE ty.year = :year {where}
"""


def order_tree(rows: list, key_id=lambda r: r.id, key_parent=lambda r: r.parent_id) -> list:
    """Keep the given order but put each "trong đó" row right after its parent (recursively)."""
    ids = {key_id(r) for r in rows}
    children: dict[object, list] = {}
    roots = []
    for r in rows:
        parent = key_parent(r)
        if parent is not None and parent in ids:
            children.setdefault(parent, []).append(r)
        else:
            roots.append(r)
    ordered: list = []

    def walk(r) -> None:
        ordered.append(r)
        for child in children.get(key_id(r), []):
            walk(child)

    for r in roots:
        walk(r)
    if len(ordered) < len(rows):  # rows in a parent loop are never reached from a root: show them anyway
        reached = {id(r) for r in ordered}
        ordered += [r for r in rows if id(r) not in reached]
    return ordered


def _record(row: dict) -> TargetRecord:
    row = dict(row)
    row["kind"] = Kind(row["kind"])
    row["direction"] = Direction(row["direction"])
    row["retired"] = bool(row["retired"])
    return TargetRecord(**row)


def list_targets(
    db: Database, year: int, sector_id: int | None = None, include_retired: bool = False
) -> list[TargetRecord]:
    """The year's targets in sector order, then target order, parents before their "trong đó" rows."""
    where = "" if include_retired else " AND ty.retired = 0"
    params: dict[str, object] = {"year": year}
    if sector_id is not None:
        where += " AND t.sector_id = :sector"
        params["sector"] = sector_id
    sql = _LIST_SQL.format(where=where) + " ORDER BY s.position, s.id, t.position, t.id"
    return order_tree([_record(r) for r in db.query(sql, params)])


def years(db: Database) -> list[int]:
    return [r[0] for r in db.execute("SELECT DISTINCT year FROM target_years ORDER BY year")]


def target_id(db: Database, code: str) -> int | None:
    """The target with this code, compared as :func:`domain.text.code_key` does (``kt01`` is ``KT01``)."""
    code = code_key(code)
    row = db.execute("SELECT id FROM targets WHERE code = ? COLLATE NOCASE", [code]).fetchone()
    if row:
        return row[0]
    if code.isascii():
        return None
    return next(
        (tid for tid, other in db.execute("SELECT id, code FROM targets") if code_key(other) == code), None
    )


def upsert_target(
    db: Database,
    *,
    code: str,
    name: str,
    unit: str,
    sector_id: int,
    kind: Kind | str = Kind.FLOW,
    direction: Direction | str = Direction.UP,
    parent_id: int | None = None,
) -> int:
    """Create the target with this code, or update it; return its id. New targets go last in their sector.
    Texts are kept as :func:`domain.text.clean_text` gives them (raises ``TextError`` otherwise)."""
    code = clean_code(code)
    values = [
        clean_text(name, "name"),
        clean_text(unit, "unit"),
        str(Kind(kind)),
        str(Direction(direction)),
        sector_id,
        parent_id,
    ]
    with db.atomic():
        existing = target_id(db, code)
        if existing is not None:
            row = db.execute("SELECT sector_id, position FROM targets WHERE id = ?", [existing]).fetchone()
            position = row[1] if row[0] == sector_id else _next_position(db, sector_id)
            db.execute(
                "UPDATE targets SET name = ?, unit = ?, kind = ?, direction = ?, sector_id = ?,"
                " parent_id = ?, position = ? WHERE id = ?",
                [*values, position, existing],
            )
            return existing
        return db.execute(
            "INSERT INTO targets (code, name, unit, kind, direction, sector_id, parent_id, position)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [code, *values, _next_position(db, sector_id)],
        ).lastrowid


def _next_position(db: Database, sector_id: int) -> int:
    return db.execute(
        "SELECT COALESCE(MAX(position), 0) + 1 FROM targets WHERE sector_id = ?", [sector_id]
    ).fetchone()[0]


def set_target_year(
    db: Database,
    target: int,
    year: int,
    *,
    baseline: float | None = None,
    pace_pct: float | None = None,
    retired: bool = False,
) -> None:
    """Put the target on the year's plan sheet (or update its baseline, pace and retired flag)."""
    with db.atomic():
        db.execute(
            "INSERT INTO target_years (target_id, year, baseline, pace_pct, retired) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(target_id, year) DO UPDATE SET baseline = excluded.baseline,"
            " pace_pct = excluded.pace_pct, retired = excluded.retired",
            [target, year, baseline, pace_pct, int(retired)],
        )


def set_plan(db: Database, target: int, year: int, source: str, expression: str | None) -> None:
    """Store a plan expression as typed (already validated by the caller); empty removes it."""
    if source not in PLAN_SOURCES:
        raise ValueError(f"unknown plan source {source!r}")
    with db.atomic():
        if expression is None or not expression.strip():
            db.execute(
                "DELETE FROM plans WHERE target_id = ? AND year = ? AND source = ?", [target, year, source]
            )
            return
        db.execute(
            "INSERT INTO plans (target_id, year, source, expression) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(target_id, year, source) DO UPDATE SET expression = excluded.expression",
            [target, year, source, " ".join(expression.split())],
        )


def move_target(db: Database, target: int, offset: int) -> None:
    """Move a target up (−1) or down (+1) among its sector's targets."""
    with db.atomic():
        sector = db.execute("SELECT sector_id FROM targets WHERE id = ?", [target]).fetchone()[0]
        ids = [
            r[0]
            for r in db.execute("SELECT id FROM targets WHERE sector_id = ? ORDER BY position, id", [sector])
        ]
        index = ids.index(target)
        ids.insert(max(0, min(len(ids) - 1, index + offset)), ids.pop(index))
        for position, tid in enumerate(ids, start=1):
            db.execute("UPDATE targets SET position = ? WHERE id = ?", [position, tid])


def copy_year(db: Database, from_year: int, to_year: int) -> int:
    """Copy last year's plan sheet (targets, plans, pace) into ``to_year`` in one transaction.

    The new year's baseline of each target is its full-year value of ``from_year`` when entered, else
    none (a 9-month estimate is never frozen as a baseline; the summary reads the full-year value
    itself once it is entered).
    Returns the number of targets copied; targets already on the new sheet are left as they are."""
    with db.atomic():
        copied = db.execute(
            """
            INSERT INTO target_years (target_id, year, baseline, pace_pct, retired)
            SELECT ty.target_id, :to,
                   (SELECT e.value FROM entries e WHERE e.target_id = ty.target_id AND e.year = :from
                    AND e.months = 12 AND e.value IS NOT NULL),
                   ty.pace_pct, 0
            FROM target_years ty
            WHERE ty.year = :from AND ty.retired = 0
              AND ty.target_id NOT IN (SELECT target_id FROM target_years WHERE year = :to)
            """,
            {"from": from_year, "to": to_year},
        ).rowcount
        db.execute(
            """
            INSERT OR IGNORE INTO plans (target_id, year, source, expression)
            SELECT p.target_id, :to, p.source, p.expression FROM plans p
            JOIN target_years ty ON ty.target_id = p.target_id AND ty.year = :from AND ty.retired = 0
            WHERE p.year = :from
            """,
            {"from": from_year, "to": to_year},
        )
        return copied


# --- plan editor support (added for the plan editor; the functions above keep their behaviour) ---


class TargetCodeTaken(ValueError):
    """Another target already uses this code (codes are unique across all years)."""

    code = "code_taken"

    def __init__(self, code: str, other_id: int) -> None:
        super().__init__(f"the code {code!r} is already used by target {other_id}")
        self.target_code = code
        self.other_id = other_id


class InvalidParent(ValueError):
    """The chosen parent would put a target under itself or under one of its own "trong đó" rows."""

    code = "invalid_parent"


def descendants(db: Database, target: int) -> list[int]:
    """Ids of every "trong đó" row below ``target`` (children, their children, …)."""
    found: list[int] = []
    frontier = [target]
    while frontier:
        marks = ",".join("?" * len(frontier))
        sql = f"SELECT id FROM targets WHERE parent_id IN ({marks})"
        frontier = [r[0] for r in db.execute(sql, frontier)]
        frontier = [t for t in frontier if t not in found and t != target]
        found.extend(frontier)
    return found


def update_target(
    db: Database,
    target: int,
    *,
    code: str | None = None,
    name: str | None = None,
    unit: str | None = None,
    kind: Kind | str | None = None,
    direction: Direction | str | None = None,
    sector_id: int | None = None,
    parent_id: int | None | bool = False,
) -> None:
    """Change only the given fields of a target, in one transaction.

    ``parent_id=None`` makes it a top-level row (``False``, the default, leaves the parent alone). A new
    parent moves the target into the parent's sector; a new sector takes the target's "trong đó" rows
    along and puts them last in that sector. Raises :class:`TargetCodeTaken` or :class:`InvalidParent`."""
    with db.atomic():
        sets: dict[str, object] = {}
        if code is not None:
            if not code.strip():
                raise ValueError("a target needs a code")
            code = clean_code(code)
            other = target_id(db, code)
            if other is not None and other != target:
                raise TargetCodeTaken(code, other)
            sets["code"] = code
        if name is not None:
            if not name.strip():
                raise ValueError("a target needs a name")
            sets["name"] = clean_text(name, "name")
        if unit is not None:
            sets["unit"] = clean_text(unit, "unit")
        if kind is not None:
            sets["kind"] = str(Kind(kind))
        if direction is not None:
            sets["direction"] = str(Direction(direction))
        if parent_id is not False:
            if parent_id is not None:
                if parent_id == target or parent_id in descendants(db, target):
                    raise InvalidParent(f"target {target} cannot be placed under {parent_id}")
                sql = "SELECT sector_id FROM targets WHERE id = ?"
                parent_sector = db.execute(sql, [parent_id]).fetchone()
                if parent_sector is None:
                    raise InvalidParent(f"no target {parent_id}")
                sector_id = parent_sector[0]
            sets["parent_id"] = parent_id
        if sets:
            assignments = ", ".join(f"{column} = ?" for column in sets)
            db.execute(f"UPDATE targets SET {assignments} WHERE id = ?", [*sets.values(), target])
        if sector_id is not None:
            current = db.execute("SELECT sector_id FROM targets WHERE id = ?", [target]).fetchone()[0]
            if current != sector_id:
                for tid in [target, *descendants(db, target)]:
                    db.execute(
                        "UPDATE targets SET sector_id = ?, position = ? WHERE id = ?",
                        [sector_id, _next_position(db, sector_id), tid],
                    )
                if parent_id is False:  # moved on its own: it can no longer be a row of a parent elsewhere
                    db.execute(
                        "UPDATE targets SET parent_id = NULL WHERE id = ? AND parent_id IN"
                        " (SELECT id FROM targets WHERE sector_id <> ?)",
                        [target, sector_id],
                    )


def set_baseline(db: Database, target: int, year: int, baseline: float | None) -> None:
    """Change the year's baseline (last year's value) only; the target must be on the year's sheet."""
    with db.atomic():
        db.execute(
            "UPDATE target_years SET baseline = ? WHERE target_id = ? AND year = ?", [baseline, target, year]
        )


def set_decimals(db: Database, target: int, decimals: int | None) -> None:
    """The target's display precision (0–4), or ``None`` for the default of its unit."""
    if decimals is not None and not 0 <= decimals <= 4:
        raise ValueError(f"decimals must be 0 to 4, not {decimals}")
    with db.atomic():
        db.execute("UPDATE targets SET decimals = ? WHERE id = ?", [decimals, target])


def set_retired(db: Database, target: int, year: int, retired: bool = True) -> int:
    """Take a target (and its "trong đó" rows) off the year's sheet, or put it back, keeping its plans,
    baseline and entries; other years are untouched. Returns how many targets changed."""
    with db.atomic():
        changed = 0
        for tid in [target, *descendants(db, target)]:
            changed += db.execute(
                "INSERT INTO target_years (target_id, year, retired) VALUES (?, ?, ?)"
                " ON CONFLICT(target_id, year) DO UPDATE SET retired = excluded.retired"
                " WHERE target_years.retired <> excluded.retired",
                [tid, year, int(retired)],
            ).rowcount
        return changed


def move_in_year(db: Database, target: int, year: int, offset: int) -> bool:
    """Move a target up (−1) or down (+1) past its neighbour as the year's sheet shows it: the previous or
    next row with the same sector and parent on that sheet. Returns False when it is already at the end."""
    with db.atomic():
        row = db.execute("SELECT sector_id, parent_id FROM targets WHERE id = ?", [target]).fetchone()
        sector, parent = row
        siblings = [
            r[0]
            for r in db.execute(
                "SELECT t.id FROM targets t JOIN target_years ty ON ty.target_id = t.id AND ty.year = ?"
                " WHERE t.sector_id = ? AND t.parent_id IS ? AND ty.retired = 0 ORDER BY t.position, t.id",
                [year, sector, parent],
            )
        ]
        if target not in siblings:
            return False
        index = siblings.index(target) + (-1 if offset < 0 else 1)
        if not 0 <= index < len(siblings):
            return False
        neighbour = siblings[index]
        sql = "SELECT id FROM targets WHERE sector_id = ? ORDER BY position, id"
        ids = [r[0] for r in db.execute(sql, [sector])]
        ids.remove(target)
        at = ids.index(neighbour)
        ids.insert(at if offset < 0 else at + 1, target)
        for position, tid in enumerate(ids, start=1):
            db.execute("UPDATE targets SET position = ? WHERE id = ?", [position, tid])
        return True


def has_entries(db: Database, target: int) -> bool:
    return db.execute("SELECT 1 FROM entries WHERE target_id = ? LIMIT 1", [target]).fetchone() is not None


def year_of_target(db: Database, target: int, year: int) -> tuple[bool, bool]:
    """(on the year's sheet at all, retired there)."""
    sql = "SELECT retired FROM target_years WHERE target_id = ? AND year = ?"
    row = db.execute(sql, [target, year]).fetchone()
    return (row is not None, bool(row[0]) if row else False)
