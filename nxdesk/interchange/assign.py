"""Assign down: one assignment package per unit (the year's targets, with the unit's plan as ``plan_upper``),
and on the receiving side its import as the year's structure and upper plan, in one transaction."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from ..domain.messages import Message, MessageError, Where, register
from ..domain.plans import PlanError, parse_plan
from ..domain.targets import Direction, Kind
from ..store import sectors, targets
from ..store.summary import live_summary_inputs
from ..store.units import list_units, own_unit, set_assigned_targets, set_own_unit, unit_plans
from .packages import ASSIGNMENT_COLUMNS, SUFFIX, Package, read_package, rows_csv, write_package

register(
    {
        "assign.no_units": "there are no units to assign to (add them with: nxdesk units add CODE NAME)",
        "assign.no_targets": "there are no targets for {year}",
        "assign.no_folder": "no such folder: {folder}",
        "assign.value": "{column} '{text}' is not valid",
        "assign.year": "the row is for {found}, the package for {year}",
        "assign.parent": "parent '{parent}' is neither in the package nor a known target",
    }
)


def package_name(unit_code: str, year: int, months: int | None = None) -> str:
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", unit_code)
    return f"{safe}-{year}" + (f"-{months:02d}" if months else "-giao") + SUFFIX


def write_assignments(db: Database, year: int, folder: Path) -> list[Path]:
    """One package per (not retired) unit into ``folder``; returns the files written."""
    from ..store.settings import load_settings

    if not folder.is_dir():
        raise MessageError(Message("assign.no_folder", {"folder": str(folder)}))
    units = list_units(db, include_retired=False)
    if not units:
        raise MessageError(Message("assign.no_units"))
    items = live_summary_inputs(db, year, 12)
    if not items:
        raise MessageError(Message("assign.no_targets", {"year": year}))
    plans = unit_plans(db, year)
    settings = load_settings(db)
    me = own_unit(db)
    sender = {"name": getattr(settings, "issuing_body", "") or (me.name if me else "")}
    written = []
    for unit in units:
        rows = [
            {
                "code": i.code,
                "name": i.name,
                "unit": i.unit,
                "year": year,
                "months": 12,
                "sector": i.sector,
                "kind": str(i.kind),
                "direction": str(i.direction),
                "parent": i.parent,
                "decimals": i.decimals,
                "plan_upper": plans.get((unit.id, i.target_id)),
            }  # fmt: skip
            for i in items
        ]
        path = folder / package_name(unit.code, year)
        manifest = {
            "kind": "assignment",
            "unit": {"code": unit.code, "name": unit.name, "level": unit.level},
            "from": sender,
            "year": year,
            "rows": len(rows),
        }
        write_package(path, manifest, rows_csv(ASSIGNMENT_COLUMNS, rows))
        written.append(path)
    return written


@dataclass
class AssignmentReport:
    """What importing an assignment package did, or would do with ``dry_run``."""

    unit_code: str = ""
    year: int = 0
    targets_created: int = 0
    targets_updated: int = 0
    plans_set: int = 0
    level_set: str | None = None  # the office's level, when the package set it
    messages: list[Message] = field(default_factory=list)


def _parsed(package_rows: list[dict[str, str]], year: int, file: str) -> tuple[list[dict], list[Message]]:
    parsed, problems = [], []
    for line, row in enumerate(package_rows, start=2):
        where = Where(file=file, line=line)
        bad = [c for c in ("code", "name") if not row["code" if c == "code" else "name"]]
        for column in bad:
            problems.append(Message("assign.value", {"column": column, "text": ""}, where))
        if row["year"] != str(year):
            problems.append(Message("assign.year", {"found": row["year"], "year": year}, where))
        try:
            kind, direction = Kind(row["kind"] or "flow"), Direction(row["direction"] or "up")
        except ValueError:
            problems.append(Message("assign.value", {"column": "kind/direction", "text": row["kind"]}, where))
            continue
        decimals = None
        if row["decimals"]:
            if not (row["decimals"].isdigit() and 0 <= int(row["decimals"]) <= 4):
                problems.append(
                    Message("assign.value", {"column": "decimals", "text": row["decimals"]}, where)
                )
            else:
                decimals = int(row["decimals"])
        plan = None
        if row["plan_upper"]:
            try:
                plan = parse_plan(row["plan_upper"], "comma").text
            except PlanError:
                problems.append(
                    Message("assign.value", {"column": "plan_upper", "text": row["plan_upper"]}, where)
                )
        parsed.append({**row, "kind": kind, "direction": direction, "decimals": decimals, "plan": plan})
    return parsed, problems


@dataclass(frozen=True)
class AssignmentPreview:
    """What an assignment package will set up here, read before anything is written: for whom and from whom,
    the year, its targets (how many are new here) and sectors, the plans assigned (code, name, ĐVT, plan),
    and the level this office takes from it (``None``: its level stays)."""

    unit_code: str
    unit_name: str
    sender: str | None
    year: int
    targets: int
    new_targets: int
    sectors: list[str]
    plans: list[tuple[str, str, str, str]]
    level: str | None


def _checked(db: Database, path: str | Path) -> tuple[Package, list[dict]]:
    """The package and its parsed rows, or :class:`MessageError` with every reason it is refused."""
    package = read_package(path, expected_kind="assignment")
    parsed, problems = _parsed(package.rows, package.year, Path(path).name)
    codes = {r["code"].upper() for r in parsed}
    for line, row in enumerate(parsed, start=2):
        parent = row["parent"]
        if parent and parent.upper() not in codes and targets.target_id(db, parent) is None:
            problems.append(
                Message("assign.parent", {"parent": parent}, Where(file=Path(path).name, line=line))
            )
    if problems:
        raise MessageError(problems)
    return package, parsed


def preview_assignment(db: Database, path: str | Path) -> AssignmentPreview:
    """What importing the package would set up, checked as the import checks it; writes nothing."""
    package, parsed = _checked(db, path)
    return AssignmentPreview(
        unit_code=package.unit_code,
        unit_name=package.unit_name,
        sender=(package.manifest.get("from") or {}).get("name") or None,
        year=package.year,
        targets=len(parsed),
        new_targets=sum(targets.target_id(db, r["code"]) is None for r in parsed),
        sectors=list(dict.fromkeys(r["sector"] or sectors.DEFAULT_SECTOR for r in parsed)),
        plans=[(r["code"], r["name"], r["unit"], r["plan"]) for r in parsed if r["plan"] is not None],
        level=_level_taken(db, package),
    )


def import_assignment(db: Database, path: str | Path, dry_run: bool = False) -> AssignmentReport:
    """Import an assignment package: its targets become this office's targets of the year (created or
    updated), its plans this office's ``plan_upper``; all in one transaction, or nothing."""
    package, parsed = _checked(db, path)
    report = AssignmentReport(unit_code=package.unit_code, year=package.year)
    if not dry_run:
        from ..store.backup import backup_before_change

        backup_before_change(db, "import")
    try:
        with db.atomic():
            _write(db, package, parsed, report)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    except targets.InvalidParent as exc:
        raise MessageError(
            Message("assign.parent", {"parent": str(exc)}, Where(file=Path(path).name))
        ) from exc
    return report


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


def _write(db: Database, package, parsed: list[dict], report: AssignmentReport) -> None:
    ids = {}
    for row in parsed:
        existing = targets.target_id(db, row["code"])
        sector_id = sectors.get_or_create_sector(db, row["sector"] or None)
        parent_id = None
        if existing is not None:
            parent_id = db.execute("SELECT parent_id FROM targets WHERE id = ?", [existing]).fetchone()[0]
        tid = targets.upsert_target(
            db, code=row["code"], name=row["name"], unit=row["unit"], sector_id=sector_id,
            kind=row["kind"], direction=row["direction"], parent_id=parent_id,
        )  # fmt: skip
        ids[row["code"].upper()] = tid
        report.targets_created += existing is None
        report.targets_updated += existing is not None
        if targets.year_of_target(db, tid, package.year) == (False, False):
            targets.set_target_year(db, tid, package.year)
        if row["decimals"] is not None:
            targets.set_decimals(db, tid, row["decimals"])
        if row["plan"] is not None:
            targets.set_plan(db, tid, package.year, "upper", row["plan"])
            report.plans_set += 1
    for row in parsed:
        if row["parent"]:
            parent = ids.get(row["parent"].upper()) or targets.target_id(db, row["parent"])
            targets.update_target(db, ids[row["code"].upper()], parent_id=parent)
    sender = (package.manifest.get("from") or {}).get("name")
    set_own_unit(db, package.unit_code, package.unit_name, sender)
    _take_level(db, package, report)
    set_assigned_targets(db, package.year, list(ids.values()))


def _take_level(db: Database, package, report: AssignmentReport) -> None:
    """The receiving office becomes the level the package names for it (a commune, a ward) when its own
    level is still unset or the default."""
    from ..store.settings import set_setting

    level = _level_taken(db, package)
    if level is not None:
        set_setting(db, "level", level)
        report.level_set = level


def _level_taken(db: Database, package) -> str | None:
    """The level the package names for the receiving office, when the office's own stored level is still
    unset or the default (read raw: the settings' loader cannot tell an unset level from the default)."""
    from ..domain.levels import level_from_assignment

    row = db.execute("SELECT value FROM settings WHERE key = 'level'").fetchone()
    return level_from_assignment(row[0] if row else None, (package.manifest.get("unit") or {}).get("level"))
