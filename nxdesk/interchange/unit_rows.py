"""The CSV table with a ``unit_code`` column: on a unit's row ``plan_upper`` is the plan this office assigns
to that unit and ``value`` that unit's figure (kept in ``unit_entries``, never in the office's own entries);
a row whose ``unit_code`` is empty is the office's own, read as the CSV table reads it (INTERCHANGE.md).

The file is checked whole — the units' rows here, the office's own rows by the CSV import's validation —
and written in one transaction, or nothing is."""

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
from ..store.backup import backup_before_change
from ..store.errors import BackupError
from ..store.locks import is_locked
from ..store.unit_entries import set_typed_unit_figures
from ..store.units import store_unit_plans, unit_by_code
from .csv_import import import_rows
from .table import ALIASES, COLUMNS, RawRow

UNIT_COLUMNS = {
    "unit_code",
    "code",
    "name",
    "unit",
    "year",
    "months",
    "plan_upper",
    "value",
    "status",
    "note",
}
ALLOWED = UNIT_COLUMNS | set(COLUMNS) | set(ALIASES)
STATUS_WORDS = {"estimate": "estimate", "official": "official", "ước": "estimate", "chính thức": "official"}

register(
    {
        "unit_rows.header": "unknown column(s) {columns} in a table with unit_code",
        "unit_rows.missing": "column {column} is needed",
        "unit_rows.own_column": "{column} is the office's own; leave it empty on a unit's row",
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
    own_rows: int = 0  # the office's own rows (unit_code empty)
    own_values_written: int = 0


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
    header = [ALIASES.get(h.strip().lower(), h.strip().lower()) for h in reader.fieldnames or []]
    reader.fieldnames = header
    unknown = [h for h in header if h and h not in ALLOWED]
    if unknown:
        raise MessageError(Message("unit_rows.header", {"columns": ", ".join(unknown)}, Where(file=file)))
    for column in ("unit_code", "code", "year"):
        if column not in header:
            raise MessageError(Message("unit_rows.missing", {"column": column}, Where(file=file)))
    plans, figures, problems = [], [], []
    own: list[RawRow] = []
    for line, raw in enumerate(reader, start=2):
        row = {k: (v or "").strip() for k, v in raw.items() if k}
        if not any(row.values()):
            continue

        def bad(column: str, message: str = "unit_rows.bad", /, _row=row, _line=line, **params) -> None:
            problems.append(
                Message(message, params or {"text": _row.get(column, "")}, Where(line=_line, column=column))
            )

        if not row["unit_code"]:  # the office's own row
            own.append(RawRow(line, {k: v for k, v in row.items() if k in COLUMNS}))
            continue
        for column in sorted(k for k, v in row.items() if v and k not in UNIT_COLUMNS):
            bad(column, "unit_rows.own_column", column=column)
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
    if own:
        checked = import_rows(db, own, decimal, dry_run=True)
        problems += [Message(m.code, m.params, m.where, m.severity) for m in checked.issues]
    if problems:
        raise MessageError(sorted(problems, key=lambda m: (m.where.line or 0) if m.where else 0))
    report = UnitRowsReport(
        rows=reader.line_num - 1, plans_set=len(plans), values_written=len(figures), own_rows=len(own)
    )
    if dry_run:
        return report
    if own:
        try:
            backup_before_change(db, "import")  # before the transaction, as every import that writes
        except BackupError as exc:
            raise MessageError(Message("import.no_backup", {"detail": str(exc)}, Where(file=file))) from exc
    with db.atomic():
        if own:
            written = import_rows(db, own, decimal)
            if written.issues:  # changed by another writer since the check
                raise MessageError(written.issues)
            report.own_values_written = written.values_written
        store_unit_plans(db, plans)
        set_typed_unit_figures(db, figures)
    return report
