"""The entry workbook: a sheet per sector that a department fills in, read back by ``nxdesk import``.

Each sheet lists the sector's targets of the period with their plans (named by the office's level:
"KH tỉnh giao", "KH xã giao", the term target when any) and last year's figure, and empty input cells:
**Thực hiện** (the year-to-date value), **Ước/Chính thức** (a drop-down), **Dự kiến cả năm** and
**Ghi chú**. The sheet is protected without a password so only those cells take typing by accident; a
hidden row under the header holds the INTERCHANGE column names (``code``, ``value``…) and the period
the workbook was written for, and hidden columns carry ``year``, ``months`` and ``sector`` on every row.

A workbook changes only the figures, statuses, year-end expectations and notes of the targets and
period it was written for. Reading it back (:mod:`nxdesk.interchange.workbook_reader`) compares every
other cell with the store and refuses the file, naming the sheet and cell, when a name, unit, plan,
hidden cell or code was edited, or a row added; a sheet whose hidden row of column names is gone
refuses the file too. The rows then go through :func:`nxdesk.interchange.csv_import.import_rows`, the
CSV import's validation and all-or-nothing write. Cells come back as:

- a number cell: exact (a cell formatted as a percentage, "70%", is 70);
- a text cell ("1.401,351"): the vi-VN parser with the target's precision decides (``28.500`` in a
  whole-count column is 28500), and refuses what it cannot read unambiguously;
- a formula: its value as Excel last calculated it; a formula Excel never calculated is an error.

Files far larger than any real entry form are refused before they are read (a zip bomb never unpacks).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sqlite_utils import Database

from ..domain.levels import PlanRole, words
from ..domain.numbers import UNSHOWABLE, is_showable
from ..domain.periods import Period
from ..domain.summary import SummaryInput
from ..domain.targets import default_decimals
from ..domain.text import printable, safe_cell
from ..files import write_atomically
from ..store.locks import is_locked
from ..store.settings import load_settings
from ..store.summary import summary_inputs

MARKER = "nxdesk entry workbook v2"
MARKERS = ("nxdesk entry workbook v1", MARKER)
HEADER_ROW, KEYS_ROW = 4, 5
FIRST_DATA_ROW = KEYS_ROW + 1
INPUT_KEYS = ("value", "status", "expected_year_end", "note")
HIDDEN_KEYS = ("year", "months", "sector")
NUMBER_INPUTS = ("value", "expected_year_end")
# A unit's workbook: its code and name in the hidden row, after the marker, the year and the month (these
# are the columns' distances from the marker's).
UNIT_CELLS = (3, 4)


class UnitIdentity(Protocol):
    id: int
    code: str
    name: str


def _layout(level: str | None, with_term: bool, for_unit: bool = False) -> tuple[tuple[str, str, int], ...]:
    """(key, Vietnamese header, width); keys starting with "ref:" are shown for reference, checked
    unchanged on reading back. A subordinate unit's workbook shows the plan this office assigned it ("KH
    tỉnh giao" written by a province) and has no own plan, term target or year-end expectation."""
    said = words(level)
    term = (("ref:plan_term", said.plan_label(PlanRole.TERM), 12),) if with_term and not for_unit else ()
    if for_unit:
        plans: tuple = (("ref:plan_upper", said.plan_label(PlanRole.OWN), 12),)
        expected: tuple = ()
    else:
        plans = (
            ("ref:plan_upper", said.plan_label(PlanRole.UPPER), 12),
            ("ref:plan_own", said.plan_label(PlanRole.OWN), 12),
        )
        expected = (("expected_year_end", "Dự kiến cả năm", 14),)
    return (
        ("code", "Mã", 8),
        ("name", "Chỉ tiêu", 46),
        ("unit", "ĐVT", 11),
        *plans,
        *term,
        ("ref:last_year_value", "Cùng kỳ năm trước", 13),
        ("value", "Thực hiện", 14),
        ("status", "Ước / Chính thức", 14),
        *expected,
        ("note", "Ghi chú", 36),
        ("year", "Năm", 6),
        ("months", "Tháng", 6),
        ("sector", "Lĩnh vực", 10),
    )


def sheet_title(period: Period) -> str:
    """The visible title of every sheet; reading back checks it against the hidden period."""
    return f"BIỂU NHẬP SỐ LIỆU {period.title}"


def _sheet_title(name: str, used: set[str]) -> str:
    title = re.sub(r"[\[\]:*?/\\]", "-", printable(name)).strip("'") or "Chung"
    title = title[:31]
    base, n = title, 2
    while title.lower() in used:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(title.lower())
    return title


def _put(cell, text: str) -> None:
    """A text cell that Excel never runs as a formula and that XML can hold."""
    text = printable(text)
    cell.value = text
    if text != safe_cell(text):
        cell.data_type = "s"
        cell.quotePrefix = True


def places(item: SummaryInput) -> int:
    """The decimals a target is shown and read with."""
    return item.decimals if item.decimals is not None else default_decimals(item.unit)


def number_format(decimals: int) -> str:
    return "#,##0" if decimals <= 0 else "#,##0." + "0" * decimals


def _current(item: SummaryInput) -> dict[str, object]:
    """The input cells as the store holds them now (a blank stays blank)."""
    status = {"estimate": "Ước", "official": "Chính thức"}.get(str(item.status)) if item.status else None
    current = {
        "value": item.value,
        "status": status if item.value is not None else None,
        "expected_year_end": item.expected_year_end,
        "note": item.note,
    }
    return {key: value for key, value in current.items() if value is not None}


def write_entry_workbook(
    db: Database,
    year: int,
    months: int,
    path: str | Path,
    unit: UnitIdentity | None = None,
    *,
    sectors: Collection[int] | None = None,
    prefill: bool = False,
) -> Path:
    """Write the workbook of (year, months) for departments to fill in; returns the path. With ``unit``,
    the workbook of a subordinate unit that has no nxdesk: its assigned plans and last year's figures, and
    its code and name in the hidden row (UNIT_CELLS), so that ``receive`` knows whose figures it holds.
    ``sectors``: the ids of the sectors to include (every sector when None). ``prefill``: the input cells
    start with the figures, statuses, the office's own year-end expectations and notes stored now, for the
    departments to confirm or correct; read back, a cell left as it was changes nothing."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    period = Period(year, months)  # refuses a cut-off month outside 1–12
    if unit is None:
        items = summary_inputs(db, year, months)
    else:
        from ..store.unit_summary import unit_inputs

        items = unit_inputs(db, unit.id, year, months)
    if sectors is not None:
        items = [i for i in items if i.sector_id in sectors]
    layout = _layout(load_settings(db).level, any(i.plan_term for i in items), for_unit=unit is not None)
    sectors: dict[str, list] = {}
    for item in items:
        sectors.setdefault(item.sector, []).append(item)
    book = Workbook()
    book.remove(book.active)
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor="DDE4EE")
    input_fill = PatternFill("solid", fgColor="FFF8D6")
    letters = {key: get_column_letter(i) for i, (key, _, _) in enumerate(layout, start=1)}
    last = get_column_letter(len(layout) - len(HIDDEN_KEYS))
    used: set[str] = set()
    locked_note = is_locked(db, year, months)
    for sector, rows in (sectors or {"Chung": []}).items():
        ws = book.create_sheet(_sheet_title(sector, used))
        ws.merge_cells(f"A1:{last}1")
        _put(ws["A1"], sheet_title(period))
        ws["A1"].font = Font(bold=True, size=13)
        ws["A1"].alignment = Alignment(horizontal="center")
        who = "" if unit is None else f"Đơn vị: {unit.name} (mã {unit.code}) — "
        _put(ws["A2"], f"{who}Lĩnh vực: {sector}")
        ws["A2"].font = Font(bold=True)
        ws.merge_cells(f"A3:{last}3")
        hint = (
            "Chỉ điền các ô màu vàng: Thực hiện (lũy kế từ đầu năm đến hết kỳ), Ước / Chính thức, "
            "Dự kiến cả năm, Ghi chú. Số viết kiểu Việt Nam (1.401,351) hoặc nhập số trực tiếp. "
            "Không sửa, thêm, xóa dòng, cột."
        )
        if locked_note:
            hint = "KỲ NÀY ĐÃ CHỐT SỐ LIỆU: số liệu nhập vào sẽ không được nhận. " + hint
        _put(ws["A3"], hint)
        ws["A3"].font = Font(italic=True, color="C00000" if locked_note else "404040")
        ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[3].height = 32
        for col, (key, header, width) in enumerate(layout, start=1):
            letter = get_column_letter(col)
            cell = ws.cell(HEADER_ROW, col)
            _put(cell, header)
            cell.font, cell.fill, cell.border = Font(bold=True), header_fill, border
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            _put(ws.cell(KEYS_ROW, col), key)
            ws.column_dimensions[letter].width = width
            if key in HIDDEN_KEYS:
                ws.column_dimensions[letter].hidden = True
        ws.row_dimensions[KEYS_ROW].hidden = True
        _put(ws.cell(KEYS_ROW, len(layout) + 1), MARKER)
        ws.cell(KEYS_ROW, len(layout) + 2).value = year
        ws.cell(KEYS_ROW, len(layout) + 3).value = months
        if unit is not None:
            _put(ws.cell(KEYS_ROW, len(layout) + 1 + UNIT_CELLS[0]), unit.code)
            _put(ws.cell(KEYS_ROW, len(layout) + 1 + UNIT_CELLS[1]), unit.name)
        status = DataValidation(type="list", formula1='"Ước,Chính thức"', allow_blank=True)
        status.error, status.errorTitle = "Chọn Ước hoặc Chính thức", "Ước / Chính thức"
        ws.add_data_validation(status)
        for r, item in enumerate(rows, start=FIRST_DATA_ROW):
            fmt = number_format(places(item))
            values = {
                "code": item.code,
                "name": item.name,
                "unit": item.unit,
                "ref:plan_upper": item.plan_upper or "",
                "ref:plan_own": item.plan_own or "",
                "ref:plan_term": item.plan_term or "",
                "ref:last_year_value": item.last_year_value,
                "year": year,
                "months": months,
                "sector": sector,
            }
            if prefill:
                values.update(_current(item))
            for col, (key, _, _) in enumerate(layout, start=1):
                cell = ws.cell(r, col)
                value = values.get(key)
                if isinstance(value, float) and not is_showable(value):
                    _put(cell, UNSHOWABLE)  # read back, it is refused until a real figure is typed
                elif isinstance(value, str):
                    _put(cell, value)
                elif value is not None:
                    cell.value = value
                if key == "ref:last_year_value" or key in NUMBER_INPUTS:
                    cell.number_format = fmt
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
