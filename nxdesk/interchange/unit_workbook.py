"""The entry workbook of a subordinate unit that has no nxdesk: written by this office for a period (the
unit's targets, the plans assigned to it, its last year's figures, its code and name in hidden cells), filled
in Excel by the unit and received like a figures package — checked whole, applied all or nothing for that
unit, with the same refusals.

Read back, the workbook is compared with what it was written from (names, units, the assigned plans, last
year's figures; only Thực hiện, Ước / Chính thức and Ghi chú may change) and becomes a figures package in
memory: the unit from the hidden cells, the period from the hidden period, the sha256 of the file's bytes,
and as the time it was written the workbook's last-saved time (Excel's document properties), else the
file's modification time — a workbook saved again after a correction is newer, so its differences are shown
before they replace anything."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from ..domain.messages import Message, MessageError, Where, register
from ..domain.periods import Period
from ..domain.targets import parse_status
from ..store.units import list_units, unit_by_code
from .entry_workbook import KEYS_ROW, MARKERS, UNIT_CELLS, write_entry_workbook
from .packages import Package, sha256
from .workbook_reader import WorkbookRefused, check_size, read_entry_workbook

WORKBOOK_SUFFIX = ".xlsx"

register(
    {
        "receive.workbook_no_unit": "this entry workbook was not written for a unit (it carries no unit "
        "code); write each unit's workbook with: nxdesk assign --year Y --months M -o DIR",
        "receive.workbook_empty": "nothing is filled in: no Thực hiện or Ghi chú cell on any sheet",
    }
)


def workbook_name(unit_code: str, year: int, months: int) -> str:
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", unit_code)
    return f"{safe}-{year}-{months:02d}-nhap{WORKBOOK_SUFFIX}"


def write_unit_workbooks(db: Database, year: int, months: int, folder: Path) -> list[Path]:
    """The entry workbook of (year, months) for every unit in use, into ``folder``."""
    Period(year, months)  # refuses a cut-off month outside 1–12
    written = []
    for unit in list_units(db, include_retired=False):
        path = folder / workbook_name(unit.code, year, months)
        write_entry_workbook(db, year, months, path, unit=unit)
        written.append(path)
    return written


def is_entry_workbook(path: str | Path) -> bool:
    """An Excel workbook (a zip with ``xl/workbook.xml``), not a package."""
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
    except (zipfile.BadZipFile, OSError):
        return False
    return "xl/workbook.xml" in names and "manifest.json" not in names


def _hidden_identity(path: Path) -> tuple[tuple[str, str, int, int] | None, object]:
    """(unit code, unit name, year, months) from the first sheet's hidden row, or None; and when the
    workbook says it was last saved (its document properties, None when it does not)."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        return _identity_in(book), book.properties.modified
    finally:
        book.close()


def _identity_in(book) -> tuple[str, str, int, int] | None:
    """The unit and period the first sheet's hidden keys row names, or None."""
    for ws in book.worksheets:
        row = next(ws.iter_rows(min_row=KEYS_ROW, max_row=KEYS_ROW, values_only=True), ())
        for col, value in enumerate(row):
            if isinstance(value, str) and value.strip() in MARKERS:
                cells = list(row[col : col + UNIT_CELLS[1] + 1]) + [None] * (UNIT_CELLS[1] + 1)
                year, months = cells[1], cells[2]
                code, name = cells[UNIT_CELLS[0]], cells[UNIT_CELLS[1]]
                known = isinstance(year, int) and isinstance(months, int)
                if known and isinstance(code, str | int) and str(code).strip():
                    return str(code).strip(), str(name or code).strip(), year, months
        return None


def _saved_at(path: Path, modified: object) -> str:
    """When the workbook was last saved (``modified``, its document properties' time), else the file's
    modification time."""
    if isinstance(modified, datetime):
        moment = modified if modified.tzinfo else modified.replace(tzinfo=UTC)
    else:
        moment = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _in_file(message: Message, file: str) -> Message:
    where = replace(message.where, file=file) if message.where else Where(file=file)
    return replace(message, where=where)


def _status(text: str) -> str:
    try:
        status = parse_status(text)
    except ValueError:
        return text  # refused by the package check, which names it
    return "" if status is None else str(status)


def read_unit_workbook(db: Database, path: str | Path) -> Package:
    """A filled unit workbook as a figures package (not yet checked against the store: ``check_figures``
    does that as for any package). Raises :class:`MessageError` with the reasons."""
    from .. import __version__
    from ..store.unit_summary import unit_inputs

    path = Path(path)
    where = Where(file=path.name)
    try:
        check_size(path)
        identity, modified = _hidden_identity(path)
    except WorkbookRefused as exc:
        raise MessageError([_in_file(m, path.name) for m in exc.messages]) from exc
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, TypeError) as exc:
        raise MessageError(Message("workbook.unreadable", {"detail": str(exc)}, where)) from exc
    if identity is None:
        raise MessageError(Message("receive.workbook_no_unit", where=where))
    code, name, year, months = identity
    unit = unit_by_code(db, code)
    params = {"code": code, "name": name}
    if unit is None:
        raise MessageError(Message("receive.unknown_unit", params, where))
    if unit.retired:
        raise MessageError(Message("receive.retired_unit", params, where))
    try:
        sheet_rows = read_entry_workbook(db, path, inputs=lambda y, m: unit_inputs(db, unit.id, y, m))
    except WorkbookRefused as exc:
        raise MessageError([_in_file(m, path.name) for m in exc.messages]) from exc
    if not sheet_rows:
        raise MessageError(Message("receive.workbook_empty", where=where))
    rows = [
        {
            "code": r.cells["code"],
            "name": r.cells.get("name", ""),
            "unit": r.cells.get("unit", ""),
            "year": r.cells["year"],
            "months": r.cells["months"],
            "value": r.cells.get("value", ""),
            "status": _status(r.cells.get("status", "")),
            "note": r.cells.get("note", ""),
        }
        for r in sheet_rows
    ]
    manifest = {
        "kind": "figures",
        "unit": {"code": unit.code, "name": name},
        "year": year,
        "months": months,
        "rows": len(rows),
        "written_at": _saved_at(path, modified),
        "nxdesk_version": f"entry workbook ({__version__})",
    }
    return Package(path, manifest, rows, sha256(path.read_bytes()))
