"""Reading a filled entry workbook back (the layout and the writer are in
:mod:`nxdesk.interchange.entry_workbook`): a workbook changes only figures, statuses, year-end expectations
and notes of the targets and period it was written for; everything else is compared with the store and
refused with its sheet and cell. The rows then go through the CSV import's validation and all-or-nothing
write."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

from ..domain.messages import Message, Where, register
from ..domain.numbers import UNSHOWABLE, DecimalMark, NumberError, format_number, is_showable
from ..domain.periods import Period
from ..domain.summary import SummaryInput
from ..domain.targets import parse_figure
from ..domain.text import TextError, clean_text, code_key
from ..store.summary import summary_inputs
from .csv_import import ImportReport, import_rows
from .entry_workbook import INPUT_KEYS, KEYS_ROW, MARKERS, NUMBER_INPUTS, places, sheet_title
from .table import RawRow

# Beyond any real entry form (a few hundred targets): refused before anything is unpacked.
MAX_UNPACKED_BYTES = 8_000_000
MAX_MEMBERS = 300
MAX_CELLS = 100_000

register(
    {
        "workbook.unreadable": "cannot read the workbook: {detail}",
        "workbook.not_entry_workbook": "this is not an nxdesk entry workbook (no sheet has the hidden row "
        "of column names; write one with nxdesk for the period)",
        "workbook.keys_missing": "the hidden row of column names is gone; write the workbook again "
        "with nxdesk and copy the figures into it",
        "workbook.too_large": "the file unpacks to {size} MB, far more than any entry form; it was not "
        "opened",
        "workbook.too_many_parts": "the file has {count} parts, far more than any entry form; it was not "
        "opened",
        "workbook.too_many_cells": "the file has {count} cells, far more than any entry form; it was not "
        "opened",
        "workbook.formula_no_value": "the formula has no calculated value; open the file in Excel and "
        "save it again, or type the number",
        "workbook.nothing_filled": "no Thực hiện or Ghi chú cell is filled in on any sheet: "
        "nothing to import",
        "workbook.cell_changed": "this cell may not be changed in the workbook (it was '{old}', it is "
        "'{new}'); only Thực hiện, Ước / Chính thức, Dự kiến cả năm and Ghi chú are read",
        "workbook.row_added": "a row was added; new targets are added in the plan editor, not the workbook",
        "workbook.row_twice": "the target {code} appears twice (also row {other})",
    }
)


@dataclass(frozen=True)
class SheetRow(RawRow):
    """A RawRow read from a worksheet: ``line`` is unique in the workbook; ``sheet``/``row`` locate it and
    ``letters`` gives each column's letter there."""

    sheet: str = ""
    row: int = 0
    letters: dict[str, str] = field(default_factory=dict)


def _at(sheet: str, cell: str) -> Where:
    return Where(sheet=sheet, cell=cell)


class WorkbookRefused(Exception):
    """The workbook is refused as a whole; ``messages`` say where and why."""

    def __init__(self, messages: list[Message]) -> None:
        self.messages = messages
        super().__init__("; ".join(map(str, messages)))


def check_size(path: str | Path) -> None:
    """Refuse a file whose unpacked size, member count or cell count is beyond any real entry form,
    from the zip's directory and a bounded scan, before openpyxl unpacks anything."""
    where = Where(file=Path(path).name)
    refusal: Message | None = None
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            unpacked = sum(m.file_size for m in members)
            if len(members) > MAX_MEMBERS:
                refusal = Message("workbook.too_many_parts", {"count": len(members)}, where)
            elif unpacked > MAX_UNPACKED_BYTES:
                refusal = Message("workbook.too_large", {"size": format_number(unpacked / 1e6, 0)}, where)
            else:
                cells = 0
                for member in members:
                    if member.filename.startswith("xl/worksheets/") and member.filename.endswith(".xml"):
                        with archive.open(member) as stream:
                            cells += stream.read(MAX_UNPACKED_BYTES + 1).count(b"<c ")
                if cells > MAX_CELLS:
                    refusal = Message("workbook.too_many_cells", {"count": format_number(cells)}, where)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise WorkbookRefused([Message("workbook.unreadable", {"detail": str(exc)}, where)]) from exc
    if refusal is not None:
        raise WorkbookRefused([refusal])


def _number_text(value: float | int | Decimal, decimal: DecimalMark = "comma") -> str:
    """A number exactly, without grouping; a fraction of exactly three digits gets a trailing zero so
    that no reader takes it for a thousands group (``1,234`` -> ``1,2340``)."""
    text = format(Decimal(repr(value)) if isinstance(value, float) else Decimal(value), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
        if "." in text and len(text.partition(".")[2]) == 3:
            text += "0"
    return text.replace(".", ",") if decimal == "comma" else text


def _shown(value: object) -> str:
    """A cell as the clerk sees it, for comparing with the store and for messages."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return _number_text(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)


def _same_text(cell: object, stored: str | None) -> bool:
    try:
        return clean_text(_shown(cell), "note") == clean_text(stored or "", "note")
    except TextError:
        return False


def _same_number(cell: object, stored: float | None) -> bool:
    if cell is None or cell == "":
        return stored is None
    if not is_showable(stored):
        return cell == UNSHOWABLE
    if isinstance(cell, bool) or not isinstance(cell, int | float):
        return False
    return stored is not None and abs(float(cell) - stored) <= 1e-9 * max(1.0, abs(stored))


def _keys_row(ws) -> tuple[int, dict[int, str]] | None:
    for row in ws.iter_rows(min_row=1, max_row=min(ws.max_row, 30)):
        keys = {c.column: c.value.strip() for c in row if isinstance(c.value, str)}
        if "code" in keys.values() and "value" in keys.values():
            return row[0].row, keys
    return None


def _written_period(ws, keys_row: int, keys: dict[int, str]) -> tuple[int, int] | None:
    for col, key in keys.items():
        if key in MARKERS:
            year, months = ws.cell(keys_row, col + 1).value, ws.cell(keys_row, col + 2).value
            if isinstance(year, int) and isinstance(months, int):
                return year, months
    return None


def _period_changed(book, located: dict, period: tuple[int, int]) -> list[Message]:
    """Every sheet must say, in its visible title and its hidden cells, the period it was written for."""
    try:
        title = sheet_title(Period(*period))
    except ValueError:
        return [Message("workbook.cell_changed", {"old": "", "new": f"{period[1]}/{period[0]}"})]
    issues = []
    for ws in book.worksheets:
        shown = ws["A1"].value
        if shown != title:
            issues.append(
                Message("workbook.cell_changed", {"old": title, "new": _shown(shown)}, _at(ws.title, "A1"))
            )
        own = _written_period(ws, *located[ws.title])
        if own is not None and own != period:
            issues.append(
                Message(
                    "workbook.cell_changed",
                    {"old": f"{period[1]}/{period[0]}", "new": f"{own[1]}/{own[0]}"},
                    _at(ws.title, f"A{KEYS_ROW}"),
                )
            )
    return issues


def _figure_text(
    value: object, number_format: str, item: SummaryInput, decimal: DecimalMark | None, where: Where
) -> tuple[str, Message | None]:
    """The import text of a figure cell: exact for a number cell (a percentage cell counts in percent),
    parsed with the target's precision for a typed text."""
    if value is None or value == "":
        return "", None
    if isinstance(value, bool):
        return "", Message("number.invalid", {"text": _shown(value)}, where)
    if isinstance(value, int | float):
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        if "%" in (number_format or ""):
            number *= 100
        return _number_text(number.normalize() if number == number.to_integral() else number), None
    text = _shown(value).strip()
    try:
        number = parse_figure(text, decimal, unit=item.unit, decimals=places(item))
    except NumberError as exc:
        return "", Message(f"number.{exc.code}", exc.params, where)
    return _number_text(number), None


def read_entry_workbook(
    db: Database,
    path: str | Path,
    decimal: DecimalMark | None = None,
    inputs: Callable[[int, int], list[SummaryInput]] | None = None,
) -> list[SheetRow]:
    """Every filled row of every sheet, as RawRows with the INTERCHANGE column names and the stored
    names, units and sectors, ready for ``import_rows(…, "comma")``. Raises :class:`WorkbookRefused`
    when the file is not an entry workbook, is too large, changes anything but the input cells, has a
    formula without a value, or a typed number cannot be read (each with its sheet and cell). ``inputs``
    gives what the workbook was written from, for (year, months): the office's summary inputs unless
    told otherwise (a subordinate unit's workbook is compared with that unit's)."""
    inputs = inputs or (lambda year, months: summary_inputs(db, year, months))
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    check_size(path)
    try:
        values_book = load_workbook(path, data_only=True)
        formula_book = load_workbook(path, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError, TypeError) as exc:
        raise WorkbookRefused([Message("workbook.unreadable", {"detail": str(exc)})]) from exc
    located = {ws.title: _keys_row(ws) for ws in values_book.worksheets}
    if not any(located.values()):
        raise WorkbookRefused([Message("workbook.not_entry_workbook")])
    issues = [
        Message("workbook.keys_missing", where=_at(title, f"A{KEYS_ROW}"))
        for title, found in located.items()
        if found is None
    ]
    if issues:
        raise WorkbookRefused(issues)
    period = None
    for ws in values_book.worksheets:
        period = period or _written_period(ws, *located[ws.title])  # type: ignore[misc]
    if period is not None:
        issues += _period_changed(values_book, located, period)
        if issues:
            raise WorkbookRefused(issues)
    rows: list[SheetRow] = []
    seen: dict[str, str] = {}
    stored: dict[tuple[int, int], dict[str, SummaryInput]] = {}

    def targets_of(year: int, months: int) -> dict[str, SummaryInput]:
        if (year, months) not in stored:
            stored[(year, months)] = {code_key(i.code): i for i in inputs(year, months)}
        return stored[(year, months)]

    for ws in values_book.worksheets:
        keys_row, keys = located[ws.title]  # type: ignore[misc]
        columns = {col: key for col, key in keys.items() if key not in MARKERS}
        letters = {key: ws.cell(keys_row, col).column_letter for col, key in columns.items()}
        formulas = formula_book[ws.title]
        for r in range(keys_row + 1, ws.max_row + 1):
            raw = {key: ws.cell(r, col).value for col, key in columns.items()}
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in raw.values()):
                continue

            def at(key: str, r: int = r, title: str = ws.title, letters: dict = letters) -> Where:
                return _at(title, f"{letters.get(key, 'A')}{r}")

            year, months = period or (raw.get("year"), raw.get("months"))
            if not isinstance(year, int) or not isinstance(months, int):
                issues.append(Message("workbook.row_added", where=at("code")))
                continue
            item = targets_of(year, months).get(code_key(_shown(raw.get("code"))))
            if item is None:
                issues.append(Message("workbook.row_added", where=at("code")))
                continue
            key_code = code_key(item.code)
            if key_code in seen:
                issues.append(
                    Message("workbook.row_twice", {"code": item.code, "other": seen[key_code]}, at("code"))
                )
                continue
            for key in ("year", "months"):
                if key in raw and raw[key] != {"year": year, "months": months}[key]:
                    old = {"year": year, "months": months}[key]
                    issues.append(
                        Message("workbook.cell_changed", {"old": old, "new": _shown(raw[key])}, at(key))
                    )
            seen[key_code] = f"{ws.title}!{r}"
            expected = {
                "name": item.name,
                "unit": item.unit,
                "sector": item.sector,
                "ref:plan_upper": item.plan_upper,
                "ref:plan_own": item.plan_own,
                "ref:plan_term": item.plan_term,
            }
            for key, value in expected.items():
                if key in raw and not _same_text(raw[key], value):
                    old = value or ""
                    issues.append(
                        Message("workbook.cell_changed", {"old": old, "new": _shown(raw[key])}, at(key))
                    )
            if "ref:last_year_value" in raw and not _same_number(
                raw["ref:last_year_value"], item.last_year_value
            ):
                old = format_number(item.last_year_value) if item.last_year_value is not None else ""
                new = _shown(raw["ref:last_year_value"])
                issues.append(
                    Message("workbook.cell_changed", {"old": old, "new": new}, at("ref:last_year_value"))
                )
            for col, key in columns.items():
                if key in INPUT_KEYS and raw[key] is None:
                    formula = formulas.cell(r, col).value
                    if isinstance(formula, str) and formula.startswith("="):
                        issues.append(Message("workbook.formula_no_value", where=at(key)))
            cells = {
                "code": item.code,
                "name": item.name,
                "unit": item.unit,
                "sector": item.sector,
                "year": str(year),
                "months": str(months),
            }
            for key in NUMBER_INPUTS:
                if key in raw:
                    fmt = ws.cell(r, next(c for c, k in columns.items() if k == key)).number_format
                    text, problem = _figure_text(raw[key], fmt, item, decimal, at(key))
                    cells[key] = text
                    if problem:
                        issues.append(problem)
            for key in ("status", "note"):
                if key in raw:
                    cells[key] = _shown(raw[key]).strip()
            if not any(cells.get(k) for k in INPUT_KEYS):
                continue  # nothing filled in on this row
            rows.append(SheetRow(len(rows) + 1, cells, sheet=ws.title, row=r, letters=letters))
    if issues:
        raise WorkbookRefused(sorted(issues, key=_cell_order([ws.title for ws in values_book.worksheets])))
    return rows


def _cell_order(titles: list[str]):
    """Messages in the order the clerk reads the workbook: sheet, row, column."""
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    def key(message: Message) -> tuple[int, int, int]:
        where = message.where
        if where is None or where.sheet not in titles or not where.cell:
            return (-1, 0, 0)
        letters, row = coordinate_from_string(where.cell)
        return (titles.index(where.sheet), row, column_index_from_string(letters))

    return key


def locate(issues: list[Message], rows: list[SheetRow]) -> list[Message]:
    """Turn the importer's "line N, column C" into the sheet and cell the clerk can find."""
    by_line = {r.line: r for r in rows}
    located: list[Message] = []
    for issue in issues:
        row = by_line.get(issue.where.line) if issue.where else None
        if row is None:
            located.append(issue)
            continue
        params = dict(issue.params)
        if isinstance(params.get("other"), int) and params["other"] in by_line:
            other = by_line[params["other"]]
            params["other"] = f"{other.sheet}!{other.row}"
        column = issue.where.column or ""
        letter = row.letters.get(column, row.letters.get("value", "A"))
        located.append(Message(issue.code, params, _at(row.sheet, f"{letter}{row.row}"), issue.severity))
    return located


def import_workbook(
    db: Database, path: str | Path, decimal: DecimalMark | None = None, dry_run: bool = False
) -> ImportReport:
    """Import a filled entry workbook: the CSV import's validation and all-or-nothing write."""
    try:
        rows = read_entry_workbook(db, path, decimal)
    except WorkbookRefused as exc:
        return ImportReport(issues=exc.messages, dry_run=dry_run)
    if not rows:
        return ImportReport(dry_run=dry_run, issues=[Message("workbook.nothing_filled")])
    report = import_rows(db, list(rows), "comma", dry_run)
    report.issues = locate(report.issues, rows)
    return report
