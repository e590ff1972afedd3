"""The entry workbook: a sheet per sector that a department fills in, read back by ``nxdesk import``.

Each sheet lists the sector's targets of the period with their plans and last year's figure, and empty
input cells: **Thực hiện** (the year-to-date value), **Ước/Chính thức** (a drop-down) and **Ghi chú**.
The sheet is protected without a password so only those cells take typing by accident; a hidden row
under the header holds the INTERCHANGE column names (``code``, ``value``…) that tell the reader which
column is which, and hidden columns carry ``year``, ``months`` and ``sector`` on every row.

Reading back (:func:`read_entry_workbook`) produces :class:`RawRow` objects with the INTERCHANGE column
names, so :func:`nxdesk.interchange.csv_import.import_rows` applies exactly the CSV import's validation
and its all-or-nothing write. Cells come back as:

- a number cell (openpyxl gives ``int``/``float``): exact, written out without grouping using the
  decimal mark the import runs with (``1401.351`` -> ``"1401,351"``), so it can never be ambiguous;
- a text cell ("1.401,351" typed on a PC whose Excel is not set to vi-VN): the vi-VN parser decides,
  and refuses what it cannot read unambiguously;
- a formula: its value as Excel last calculated it; a formula Excel never calculated is an error.

Rows where neither Thực hiện nor Ghi chú is filled are skipped (nothing to import). Messages name
the sheet and the cell: "sheet Kinh tế, cell G7 (value): '1.401' is ambiguous …".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from zipfile import BadZipFile

from sqlite_utils import Database

from ..domain.numbers import UNSHOWABLE, DecimalMark, NumberError, is_showable, parse_decimal
from ..domain.periods import Period
from ..domain.targets import allows_negative, is_count_unit
from ..interchange.csv_import import ImportReport, import_rows
from ..interchange.table import Issue, RawRow, TableError
from ..store.locks import is_locked
from ..store.summary import summary_inputs
from .docx_out import write_atomically
from .narrative import period_title
from .xlsx import put_text

MARKER = "nxdesk entry workbook v1"
READ_BACK = ("code", "name", "unit", "year", "months", "sector", "value", "status", "note")
STATUS_WORDS = {"ước": "estimate", "uoc": "estimate", "chính thức": "official", "chinh thuc": "official"}
HEADER_ROW, KEYS_ROW = 4, 5
FIRST_DATA_ROW = KEYS_ROW + 1

# (key, Vietnamese header, width); keys starting with "ref:" are shown for reference and never read back.
LAYOUT = (
    ("code", "Mã", 8),
    ("name", "Chỉ tiêu", 46),
    ("unit", "ĐVT", 11),
    ("ref:plan_upper", "KH tỉnh giao", 12),
    ("ref:plan_own", "KH huyện giao", 12),
    ("ref:last_year_value", "Cùng kỳ năm trước", 13),
    ("value", "Thực hiện", 14),
    ("status", "Ước / Chính thức", 14),
    ("note", "Ghi chú", 36),
    ("year", "Năm", 6),
    ("months", "Tháng", 6),
    ("sector", "Lĩnh vực", 10),
)
INPUT_KEYS = ("value", "status", "note")
HIDDEN_KEYS = ("year", "months", "sector")


@dataclass(frozen=True)
class SheetRow(RawRow):
    """A RawRow read from a worksheet: ``line`` is unique in the workbook; ``sheet``/``row`` locate it and
    ``letters`` gives each column's letter there."""

    sheet: str = ""
    row: int = 0
    letters: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SheetIssue(Issue):
    """An import issue located in the workbook: "sheet Kinh tế, cell G7 (value): reason"."""

    sheet: str = ""
    cell: str = ""

    def __str__(self) -> str:
        where = f"sheet {self.sheet}, " if self.sheet else ""
        where += f"cell {self.cell} ({self.column})" if self.cell else f"column {self.column}"
        return f"{where}: {self.reason}"


def _sheet_title(name: str, used: set[str]) -> str:
    title = re.sub(r"[\[\]:*?/\\]", "-", name).strip("'") or "Chung"
    title = title[:31]
    base, n = title, 2
    while title.lower() in used:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(title.lower())
    return title


def write_entry_workbook(db: Database, year: int, months: int, path: str | Path) -> Path:
    """Write the workbook of (year, months) for departments to fill in; returns the path."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    Period(year, months)  # refuses a cut-off month outside 1–12
    items = summary_inputs(db, year, months)
    sectors: dict[str, list] = {}
    for item in items:
        sectors.setdefault(item.sector, []).append(item)
    book = Workbook()
    book.remove(book.active)
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor="DDE4EE")
    input_fill = PatternFill("solid", fgColor="FFF8D6")
    letters = {key: get_column_letter(i) for i, (key, _, _) in enumerate(LAYOUT, start=1)}
    last = get_column_letter(len(LAYOUT) - len(HIDDEN_KEYS))
    used: set[str] = set()
    locked_note = is_locked(db, year, months)
    for sector, rows in (sectors or {"Chung": []}).items():
        ws = book.create_sheet(_sheet_title(sector, used))
        ws.merge_cells(f"A1:{last}1")
        put_text(ws["A1"], f"BIỂU NHẬP SỐ LIỆU {period_title(months, year)}")
        ws["A1"].font = Font(bold=True, size=13)
        ws["A1"].alignment = Alignment(horizontal="center")
        put_text(ws["A2"], f"Lĩnh vực: {sector}")
        ws["A2"].font = Font(bold=True)
        ws.merge_cells(f"A3:{last}3")
        hint = (
            "Chỉ điền các ô màu vàng: Thực hiện (lũy kế từ đầu năm đến hết kỳ), Ước / Chính thức, "
            "Ghi chú. Số viết kiểu Việt Nam (1.401,351) hoặc nhập số trực tiếp. "
            "Không sửa, thêm, xóa dòng, cột."
        )
        if locked_note:
            hint = "KỲ NÀY ĐÃ CHỐT SỐ LIỆU: số liệu nhập vào sẽ không được nhận. " + hint
        put_text(ws["A3"], hint)
        ws["A3"].font = Font(italic=True, color="C00000" if locked_note else "404040")
        ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[3].height = 32
        for col, (key, header, width) in enumerate(LAYOUT, start=1):
            letter = get_column_letter(col)
            cell = ws.cell(HEADER_ROW, col)
            put_text(cell, header)
            cell.font, cell.fill, cell.border = Font(bold=True), header_fill, border
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            put_text(ws.cell(KEYS_ROW, col), key)
            ws.column_dimensions[letter].width = width
            if key in HIDDEN_KEYS:
                ws.column_dimensions[letter].hidden = True
        ws.row_dimensions[KEYS_ROW].hidden = True
        put_text(ws.cell(KEYS_ROW, len(LAYOUT) + 1), MARKER)
        status = DataValidation(type="list", formula1='"Ước,Chính thức"', allow_blank=True)
        status.error, status.errorTitle = "Chọn Ước hoặc Chính thức", "Ước / Chính thức"
        ws.add_data_validation(status)
        for r, item in enumerate(rows, start=FIRST_DATA_ROW):
            values = {
                "code": item.code,
                "name": item.name,
                "unit": item.unit,
                "ref:plan_upper": item.plan_upper or "",
                "ref:plan_own": item.plan_own or "",
                "ref:last_year_value": item.last_year_value,
                "year": year,
                "months": months,
                "sector": sector,
            }
            for col, (key, _, _) in enumerate(LAYOUT, start=1):
                cell = ws.cell(r, col)
                value = values.get(key)
                if isinstance(value, float) and not is_showable(value):
                    put_text(cell, UNSHOWABLE)  # read back, it is refused until a real figure is typed
                elif isinstance(value, str):
                    put_text(cell, value)
                elif value is not None:
                    cell.value = value
                    cell.number_format = "#,##0" if float(value).is_integer() else "#,##0.###"
                if key not in HIDDEN_KEYS:
                    cell.border = border
                if key in INPUT_KEYS:
                    cell.fill = input_fill
                    cell.protection = Protection(locked=False)
                if key == "note":
                    cell.number_format = "@"  # typed text stays text, even "=SUM(A1)" or "-5 ha chưa rõ"
                    cell.alignment = Alignment(wrap_text=True)
            if item.parent:
                ws.cell(r, 2).alignment = Alignment(indent=2)
            status.add(f"{letters['status']}{r}")
        ws.freeze_panes = ws.cell(FIRST_DATA_ROW, 3)
        ws.print_title_rows = f"{HEADER_ROW}:{KEYS_ROW}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_area = f"A1:{last}{max(FIRST_DATA_ROW, FIRST_DATA_ROW + len(rows) - 1)}"
        ws.protection.sheet = True
        ws.protection.formatColumns = ws.protection.formatRows = ws.protection.formatCells = False
    return write_atomically(path, lambda tmp: book.save(tmp))


# -- reading back --------------------------------------------------------------------------------------
def _number_text(value: float | int, decimal: DecimalMark) -> str:
    if isinstance(value, int):
        return str(value)
    text = format(Decimal(repr(value)), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") if decimal == "comma" else text


def _text(value: object, key: str, decimal: DecimalMark) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        if key in ("note", "name", "code", "unit", "sector"):
            return _number_text(value, "dot" if key != "note" else decimal)
        return _number_text(value, decimal)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    text = str(value).strip()
    if key == "status":
        return STATUS_WORDS.get(" ".join(text.lower().split()), text)
    return text


def _keys_row(ws) -> tuple[int, dict[int, str]] | None:
    for row in ws.iter_rows(min_row=1, max_row=min(ws.max_row, 30)):
        keys = {c.column: c.value.strip() for c in row if isinstance(c.value, str)}
        if "code" in keys.values() and "value" in keys.values():
            return row[0].row, keys
    return None


def _typed_number(text: str, unit: str, decimal: DecimalMark | None, mark: DecimalMark) -> str:
    """A number typed as text, read by the vi-VN parser (``decimal`` None: decided from the text alone,
    ambiguous ones refused), rewritten without grouping in the import's decimal ``mark``."""
    number = parse_decimal(
        text, decimal, allow_negative=allows_negative(unit), integer_only=is_count_unit(unit)
    )
    out = format(number, "f")
    return out.replace(".", ",") if mark == "comma" else out


def read_entry_workbook(path: str | Path, decimal: DecimalMark | None = None) -> list[SheetRow]:
    """Every filled row of every sheet, as RawRows with the INTERCHANGE column names.

    Number cells are written out exactly, with a decimal comma; number texts go through the vi-VN
    parser (``decimal`` forces a mark for them) and are rewritten the same way, so the rows import with
    ``decimal="comma"``. Raises :class:`TableError` when the file is not an entry workbook, a formula has
    no value, or a typed number cannot be read (the cell is named)."""
    mark: DecimalMark = "comma"
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        values_book = load_workbook(path, data_only=True)
        formula_book = load_workbook(path, data_only=False)
    except (InvalidFileException, BadZipFile, OSError, KeyError, ValueError) as exc:
        raise TableError([Issue(1, "-", f"cannot read the workbook: {exc}")]) from exc
    rows: list[SheetRow] = []
    issues: list[Issue] = []
    line = 0
    found = False
    for ws in values_book.worksheets:
        located = _keys_row(ws)
        if located is None:
            continue
        found = True
        keys_row, keys = located
        columns = {col: key for col, key in keys.items() if key in READ_BACK}
        letters = {key: ws.cell(keys_row, col).column_letter for col, key in columns.items()}
        formulas = formula_book[ws.title]
        for r in range(keys_row + 1, ws.max_row + 1):
            raw = {key: ws.cell(r, col).value for col, key in columns.items()}
            for col, key in columns.items():
                if (
                    raw[key] is None
                    and isinstance(formulas.cell(r, col).value, str)
                    and str(formulas.cell(r, col).value).startswith("=")
                ):
                    issues.append(
                        SheetIssue(
                            r,
                            key,
                            "the formula has no calculated value; open the file in "
                            "Excel and save it again, or type the number",
                            sheet=ws.title,
                            cell=f"{letters[key]}{r}",
                        )
                    )
            cells = {key: _text(value, key, mark) for key, value in raw.items()}
            if isinstance(raw.get("value"), str) and cells.get("value"):
                try:
                    cells["value"] = _typed_number(cells["value"], cells.get("unit", ""), decimal, mark)
                except NumberError as exc:
                    where = f"{letters['value']}{r}"
                    issues.append(SheetIssue(r, "value", str(exc), sheet=ws.title, cell=where))
            if not cells.get("value") and not cells.get("note"):
                continue  # nothing filled in on this row
            line += 1
            rows.append(SheetRow(line, cells, sheet=ws.title, row=r, letters=letters))
    if not found:
        raise TableError(
            [
                Issue(
                    1,
                    "-",
                    "this is not an nxdesk entry workbook (no sheet has the hidden row "
                    "of column names; write one with nxdesk for the period)",
                )
            ]
        )
    if issues:
        raise TableError(issues)
    return rows


def locate(issues: list[Issue], rows: list[SheetRow]) -> list[Issue]:
    """Turn the importer's "line N, column C" into the sheet and cell the clerk can find."""
    by_line = {r.line: r for r in rows}

    def where(match: re.Match[str]) -> str:
        row = by_line.get(int(match.group(1)))
        return f"{row.sheet}!{row.row}" if row else match.group(0)

    located: list[Issue] = []
    for issue in issues:
        row = by_line.get(issue.line)
        reason = re.sub(r"\bline (\d+)\b", lambda m: "row " + where(m), issue.reason)
        if row is None:
            located.append(SheetIssue(issue.line, issue.column, reason))
            continue
        letter = row.letters.get(issue.column, "")
        located.append(
            SheetIssue(
                row.row, issue.column, reason, sheet=row.sheet, cell=f"{letter}{row.row}" if letter else ""
            )
        )
    return located


def import_workbook(
    db: Database, path: str | Path, decimal: DecimalMark | None = None, dry_run: bool = False
) -> ImportReport:
    """Import a filled entry workbook: the CSV import's validation and all-or-nothing write."""
    mark: DecimalMark = "comma"
    try:
        rows = read_entry_workbook(path, decimal)
    except TableError as exc:
        return ImportReport(issues=exc.issues, dry_run=dry_run)
    if not rows:
        empty = Issue(1, "value", "no Thực hiện or Ghi chú cell is filled in on any sheet: nothing to import")
        return ImportReport(dry_run=dry_run, issues=[empty])
    report = import_rows(db, list(rows), mark, dry_run)
    report.issues = locate(report.issues, rows)
    return report
