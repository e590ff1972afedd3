"""The CSV table's rows with a ``unit_code``: on a unit's row ``plan_upper`` is the plan this office assigns
to that unit and ``value`` that unit's figure (kept in ``unit_entries``, never in the office's own entries).

A file with a ``unit_code`` column is read here whole; its rows must all name a unit (the office's own rows
go in a file of their own). All or nothing."""

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
from ..domain.numbers import DecimalMark, NumberError, check_magnitude, parse_number
from ..domain.plans import PlanError, parse_plan
from ..store.locks import is_locked
from ..store.unit_entries import set_typed_unit_figures
from ..store.units import store_unit_plans, unit_by_code

ALLOWED = {"unit_code", "code", "name", "unit", "year", "months", "plan_upper", "value", "status", "note"}
STATUS_WORDS = {"estimate": "estimate", "official": "official", "ước": "estimate", "chính thức": "official"}

register(
    {
        "unit_rows.header": "unknown column(s) {columns} in a table with unit_code",
        "unit_rows.missing": "column {column} is needed",
        "unit_rows.own_row": "a row without unit_code: put the office's own rows in a file of their own",
        "unit_rows.unknown_unit": "no unit with code {code}",
        "unit_rows.unknown_target": "no target {code} in {year}",
        "unit_rows.bad": "'{text}' is not valid here",
        "unit_rows.locked": "{months}/{year} is locked",
        "unit_rows.unreadable": "the file cannot be read: {reason}",
    }
)


def has_unit_column(path: str | Path) -> bool:
    try:
        first = Path(path).read_bytes()[:4096].decode("utf-8-sig", errors="ignore").splitlines()
    except OSError:
        return False
    return bool(first) and "unit_code" in [h.strip().lower() for h in first[0].replace(";", ",").split(",")]


@dataclass
class UnitRowsReport:
    rows: int = 0
    plans_set: int = 0
    values_written: int = 0


def import_unit_rows(
    db: Database, path: str | Path, decimal: DecimalMark | None = None, dry_run: bool = False
) -> UnitRowsReport:
    file = Path(path).name
    try:
        text = unicodedata.normalize("NFC", Path(path).read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise MessageError(Message("unit_rows.unreadable", {"reason": str(exc)}, Where(file=file))) from exc
    first = text.splitlines()[0] if text else ""
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [h.strip().lower() for h in reader.fieldnames or []]
    reader.fieldnames = header
    unknown = [h for h in header if h and h not in ALLOWED]
    if unknown:
        raise MessageError(Message("unit_rows.header", {"columns": ", ".join(unknown)}, Where(file=file)))
    for column in ("unit_code", "code", "year"):
        if column not in header:
            raise MessageError(Message("unit_rows.missing", {"column": column}, Where(file=file)))
    plans, figures, problems = [], [], []
    for line, raw in enumerate(reader, start=2):
        row = {k: (v or "").strip() for k, v in raw.items() if k}
        if not any(row.values()):
            continue

        def bad(column: str, code: str = "unit_rows.bad", row=row, line=line, **params) -> None:
            problems.append(
                Message(code, params or {"text": row.get(column, "")}, Where(line=line, column=column))
            )

        if not row["unit_code"]:
            bad("unit_code", "unit_rows.own_row")
            continue
        unit = unit_by_code(db, row["unit_code"])
        if unit is None:
            bad("unit_code", "unit_rows.unknown_unit", code=row["unit_code"])
            continue
        if not (row["year"].isdigit() and 1900 <= int(row["year"]) <= 2200):
            bad("year")
            continue
        year = int(row["year"])
        found = db.execute(
            "SELECT t.id FROM targets t JOIN target_years ty ON ty.target_id = t.id AND ty.year = ?"
            " WHERE t.code = ? COLLATE NOCASE",
            [year, row["code"]],
        ).fetchone()
        if found is None:
            bad("code", "unit_rows.unknown_target", code=row["code"], year=year)
            continue
        target = found[0]
        if row.get("plan_upper"):
            try:
                plans.append((unit.id, target, year, parse_plan(row["plan_upper"], decimal or "comma").text))
            except PlanError:
                bad("plan_upper")
        if row.get("value"):
            months = row.get("months", "")
            if not (months.isdigit() and 1 <= int(months) <= 12):
                bad("months")
                continue
            if is_locked(db, year, int(months)):
                bad("months", "unit_rows.locked", year=year, months=months)
                continue
            try:
                value = check_magnitude(parse_number(row["value"], decimal), row["value"])
            except NumberError:
                bad("value")
                continue
            status = STATUS_WORDS.get((row.get("status") or "estimate").lower())
            if status is None:
                bad("status")
                continue
            figures.append((unit.id, target, year, int(months), value, status, row.get("note") or None))
    if problems:
        raise MessageError(problems)
    report = UnitRowsReport(rows=reader.line_num - 1, plans_set=len(plans), values_written=len(figures))
    if dry_run:
        return report
    with db.atomic():
        store_unit_plans(db, plans)
        set_typed_unit_figures(db, figures)
    return report
