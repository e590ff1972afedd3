"""The summary table as a formatted Excel workbook (openpyxl), built on :mod:`nxdesk.report.table`.

Same rows and columns as the printed table (sector group rows with Roman numerals, "Trong đó:",
columns without data left out), with the document heading of the chosen style, merged header cells,
borders, and print setup: A4 landscape, fit to one page wide, the header rows repeated on every page,
page numbers in the footer.

Number formats. Excel always draws the thousands and decimal separators from the PC's regional
settings: in a format code ``,`` and ``.`` are placeholders, not literal characters. So the cells hold
real numbers with the codes ``#,##0`` (whole numbers) and ``#,##0.###`` (up to three decimals, no
trailing zeros, like the printed table) and a PC set to Vietnamese shows ``1.401,351`` while an
English one shows ``1,401.351`` — the clerk can still add, sort and chart them. Writing the vi-VN
characters literally would have turned every figure into text. Whole numbers get ``#,##0`` so no lone
decimal separator trails them. Percentages are stored unrounded (``181.9936…``, in percent, not as a
fraction) with the one-decimal format ``0.0``; estimates keep their number and show "(ước)" through
the format (``#,##0.### "(ước)"``). Text cells that start with ``=``, ``+``, ``-`` or ``@`` are
stored as text with Excel's quote prefix, never as formulas (see :func:`put_text`).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from ..domain.numbers import is_showable
from ..domain.summary import Summary
from ..store.settings import Settings
from .heading import STATE, heading_for
from .table import ASSESSMENT, NAME, STT, UNIT, VALUE, PrintedTable, RowKind, build_table

FONT = "Times New Roman"
FORMULA_START = ("=", "+", "-", "@")
PLAIN_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^\d+(?:,\d+)?$")
PCT_FORMAT = "0.0"
COLUMN_UNITS = 11  # Excel width units per unit of Column.width
LINE_HEIGHT = 18.0  # points per line of 12 pt text, with some air


def put_text(cell, text: str) -> None:
    """Store ``text`` as a string cell; a text starting with = + - @ gets the quote prefix, not a formula."""
    cell.value = text
    if text.startswith(FORMULA_START):
        cell.data_type = "s"
        cell.quotePrefix = True


def number_format(value: float, estimate: bool = False) -> str:
    """``#,##0`` for whole numbers, ``#,##0.###`` otherwise; an estimate shows "(ước)" after the number."""
    code = "#,##0" if float(value).is_integer() else "#,##0.###"
    return f'{code} "(ước)"' if estimate else code


def _heading_lines(settings: Settings, today: date) -> tuple[list[tuple[str, dict]], list[tuple[str, dict]]]:
    """Left and right heading blocks as (text, font options), from the printed document's heading."""
    h = heading_for(settings, today)
    left = ([(h.parent_body, {})] if h.parent_body else []) + [(h.issuing_body, {"bold": True})]
    if h.style == STATE:
        motto = {"bold": True, "underline": "single"}
        right = [(h.right_lines[0], {"bold": True}), (h.right_lines[1], motto)]
    else:
        left.append(("*", {}))
        right = [(h.right_lines[0], {"bold": True, "underline": "single"})]
    right.append((h.place_date, {"italic": True}))
    return left, right


def _lines(trow, table: PrintedTable) -> int:
    """How many lines the row's wrapped texts take (Excel does not grow rows written by openpyxl)."""
    lines = 1
    for column in table.columns:
        if column.key in (NAME, ASSESSMENT):
            text = trow.text(column.key)
            per_line = max(8, int(column.width * COLUMN_UNITS * 1.1) - 2)
            lines = max(lines, -(-len(text) // per_line))
    return lines


def write_summary_xlsx(
    summary: Summary, settings: Settings | None, path: str | Path, today: date | None = None
) -> Path:
    """Write the summary table of ``summary`` to ``path`` (.xlsx); returns the path."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    from .docx_out import write_atomically

    settings = settings or Settings()
    table: PrintedTable = build_table(summary)
    book = Workbook()
    ws = book.active
    ws.title = f"{summary.period.label} {summary.period.year}"[:31]
    ncols = len(table.columns)
    last = get_column_letter(ncols)
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)

    def font(**options) -> Font:
        return Font(name=FONT, size=options.pop("size", 12), **options)

    def merged(row: int, first: int, last_col: int, text: str, **options) -> None:
        if last_col > first:
            ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last_col)
        cell = ws.cell(row, first)
        put_text(cell, text)
        cell.font = font(**options)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    # -- heading ------------------------------------------------------------------------------------
    left, right = _heading_lines(settings, today or date.today())
    split = min(max(2, ncols // 3), ncols - 1) if ncols > 2 else 1
    row = 1
    for index in range(max(len(left), len(right))):
        if index < len(left):
            merged(row, 1, split, left[index][0], **left[index][1])
        if index < len(right):
            merged(row, split + 1, ncols, right[index][0], **right[index][1])
        row += 1
    row += 1
    merged(row, 1, ncols, table.title, bold=True, size=14)
    ws.row_dimensions[row].height = 36
    row += 2

    # -- header rows (merged as the printed table) ----------------------------------------------------
    header_top = row
    occupied: set[tuple[int, int]] = set()
    for offset, header_row in enumerate(table.header_rows):
        col = 1
        for h in header_row:
            while (header_top + offset, col) in occupied:
                col += 1
            r = header_top + offset
            if h.colspan > 1 or h.rowspan > 1:
                ws.merge_cells(
                    start_row=r, start_column=col, end_row=r + h.rowspan - 1, end_column=col + h.colspan - 1
                )
            for rr in range(r, r + h.rowspan):
                for cc in range(col, col + h.colspan):
                    occupied.add((rr, cc))
                    ws.cell(rr, cc).border = border
            cell = ws.cell(r, col)
            put_text(cell, h.text)
            cell.font = font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            col += h.colspan
    header_bottom = header_top + len(table.header_rows) - 1
    ws.row_dimensions[header_bottom].height = 32
    row = header_bottom + 1

    # -- body ---------------------------------------------------------------------------------------
    for trow in table.rows:
        group = trow.kind is RowKind.SECTOR
        for col, column in enumerate(table.columns, start=1):
            cell = ws.cell(row, col)
            cell.border = border
            c = trow.cells.get(column.key)
            bold = group or (trow.kind is RowKind.TARGET and column.key == STT)
            italic = trow.kind in (RowKind.OF_WHICH, RowKind.SUB_TARGET)
            cell.font = font(bold=bold, italic=italic)
            horizontal = "left" if column.key in (NAME, ASSESSMENT) else "right"
            if column.key in (STT, UNIT):
                horizontal = "center"
            indent = 0 if horizontal == "center" else 1
            if trow.kind is RowKind.SUB_TARGET and column.key == NAME:
                indent = 2
            wrap = column.key in (NAME, ASSESSMENT)
            cell.alignment = Alignment(
                horizontal=horizontal, vertical="center", wrap_text=wrap, indent=indent
            )
            if c is None or not c.text:
                continue
            if (
                column.numeric
                and c.number is not None
                and is_showable(c.number)
                and (not column.key.startswith("plan_") or PLAIN_NUMBER.match(c.text))
            ):
                cell.value = c.number
                if column.key.startswith("pct_"):
                    cell.number_format = PCT_FORMAT
                else:
                    cell.number_format = number_format(c.number, c.estimate and column.key == VALUE)
            else:
                put_text(cell, c.display)
        ws.row_dimensions[row].height = LINE_HEIGHT * _lines(trow, table)
        row += 1

    # -- counts line, notes, widths, print setup -----------------------------------------------------
    row += 1
    ws.cell(row, 1).value = None
    put_text(ws.cell(row, 2), table.counts_line)
    ws.cell(row, 2).font = font(bold=True)
    for note in table.notes:
        row += 1
        put_text(ws.cell(row, 2), note)
        ws.cell(row, 2).font = font(italic=True)
    row += 2
    signer = heading_for(settings, today or date.today())
    merged(row, 1, split, signer.signer_left, bold=True)
    for offset, line in enumerate(signer.signer_right):
        merged(row + offset, split + 1, ncols, line, bold=True)
    row += len(signer.signer_right) + 4  # room to sign
    if signer.preparer_name or signer.signer_name:
        merged(row, 1, split, signer.preparer_name, bold=True)
        merged(row, split + 1, ncols, signer.signer_name, bold=True)
    for col, column in enumerate(table.columns, start=1):
        ws.column_dimensions[get_column_letter(col)].width = max(5.0, column.width * COLUMN_UNITS)
    ws.freeze_panes = ws.cell(header_bottom + 1, 3)
    ws.print_title_rows = f"{header_top}:{header_bottom}"
    ws.print_area = f"A1:{last}{row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "Trang &P/&N"
    return write_atomically(path, lambda tmp: book.save(tmp))
