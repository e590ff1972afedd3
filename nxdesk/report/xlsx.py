"""The summary table as a formatted Excel workbook (openpyxl), built on :mod:`nxdesk.report.table`.

Same rows and columns as the printed table (sector group rows with Roman numerals, "Trong đó:",
columns without data left out), with the heading, số/ký hiệu, signature block and Nơi nhận of the
document model (:mod:`nxdesk.report.document`), merged header cells, borders, and print setup: A4
landscape with the printed table's margins, fit to one page wide, the header rows repeated on every
page, page numbers at the top centre from page 2.

Number formats. Excel always draws the thousands and decimal separators from the PC's regional
settings: in a format code ``,`` and ``.`` are placeholders, not literal characters. So the cells hold
real numbers with a format that shows exactly the decimals the printed table shows for that cell
(``#,##0`` when it shows none, ``#,##0.000`` when it shows three), and a PC set to Vietnamese shows
``1.401,351`` while an English one shows ``1,401.351`` — the clerk can still add, sort and chart them.
Writing the vi-VN characters literally would have turned every figure into text. Percentages are
stored unrounded (``181.9936…``, in percent, not as a fraction) and shown as the paper rounds them
(``182``, ``113,2``); estimates keep their number and show "(ước)" through the format
(``#,##0.000 "(ước)"``). Text cells that start with ``=``, ``+``, ``-`` or ``@`` are
stored as text with Excel's quote prefix, never as formulas (see :func:`put_text`).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from ..domain.numbers import is_showable
from ..domain.summary import Summary
from ..store.settings import Settings
from .document import Line, summary_document
from .html import column_percentages
from .table import ASSESSMENT, NAME, NOTE, STT, UNIT, VALUE, PrintedTable, RowKind, build_table

FONT = "Times New Roman"
FORMULA_START = ("=", "+", "-", "@")
PLAIN_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^\d+(?:,\d+)?$")
SHEET_UNITS = 150.0  # Excel width units across the printable width of an A4 landscape page at 12 pt
MM_PER_INCH = 25.4
LINE_HEIGHT = 18.0  # points per line of 12 pt text, with some air


def put_text(cell, text: str) -> None:
    """Store ``text`` as a string cell; a text starting with = + - @ gets the quote prefix, not a formula."""
    cell.value = text
    if text.startswith(FORMULA_START):
        cell.data_type = "s"
        cell.quotePrefix = True


def number_format(places: int | None, estimate: bool = False) -> str:
    """``#,##0`` when the paper shows no decimals, ``#,##0.0…`` with as many as it shows; an estimate
    shows "(ước)" after the number."""
    code = "#,##0" + ("." + "0" * places if places else "")
    return f'{code} "(ước)"' if estimate else code


def _options(line: Line) -> dict:
    """A model line as font options; a line with a rule under it is underlined (a sheet has no rules)."""
    options: dict = {"size": line.size}
    if line.bold:
        options["bold"] = True
    if line.italic:
        options["italic"] = True
    if line.underline or line.rule >= 1.0:
        options["underline"] = "single"
    return options


def sheet_widths(table: PrintedTable) -> list[float]:
    """Each column's Excel width: the printed table's shares (figures never wrap) of a landscape page."""
    return [max(4.0, share * SHEET_UNITS / 100) for share in column_percentages(table, 728.0, 12)]


def _lines(trow, table: PrintedTable, widths: list[float]) -> int:
    """How many lines the row's wrapped texts take (Excel does not grow rows written by openpyxl)."""
    lines = 1
    for column in table.columns:
        if column.wraps:
            text = trow.text(column.key)
            per_line = max(6, int(widths[table.columns.index(column)]) - 2)
            lines = max(lines, -(-len(text) // per_line))
    return lines


def _signature_spans(count: int, ncols: int, split: int) -> list[tuple[int, int]]:
    """The sheet columns each signature column spans: Nơi nhận left, the signer right, the preparer
    (when printed) between them."""
    if count == 1 or ncols < 3:
        return [(1, ncols)] * count
    if count == 2:
        return [(1, split), (split + 1, ncols)]
    middle = max(split + 1, (split + ncols) // 2)
    return [(1, split), (split + 1, middle), (middle + 1, ncols)][:count]


def write_summary_xlsx(
    summary: Summary, settings: Settings | None, path: str | Path, today: date | None = None
) -> Path:
    """Write the summary table of ``summary`` to ``path`` (.xlsx); returns the path."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    from ..files import write_atomically

    settings = settings or Settings()
    table: PrintedTable = build_table(summary, settings)
    widths = sheet_widths(table)
    document = summary_document(table, settings, today or date.today())
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
    left, right = document.heading.left, document.heading.right
    split = min(max(2, ncols // 3), ncols - 1) if ncols > 2 else 1
    row = 1
    for index in range(max(len(left), len(right))):
        if index < len(left):
            merged(row, 1, split, left[index].text, **_options(left[index]))
        if index < len(right):
            merged(row, split + 1, ncols, right[index].text, **_options(right[index]))
        row += 1
    row += 1
    merged(row, 1, ncols, table.title, **_options(document.doc_type))
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
            horizontal = "left" if column.key in (NAME, NOTE) else "right"
            if column.key in (STT, UNIT, ASSESSMENT):
                horizontal = "center"
            indent = 0 if horizontal == "center" else 1
            if trow.kind is RowKind.SUB_TARGET and column.key == NAME:
                indent = 2
            wrap = column.wraps
            cell.alignment = Alignment(
                horizontal=horizontal, vertical="center", wrap_text=wrap, indent=indent
            )
            if c is None or not c.text:
                continue
            if (
                column.numeric
                and c.number is not None
                and c.places is not None
                and is_showable(c.number)
                and (not column.key.startswith("plan_") or PLAIN_NUMBER.match(c.text))
            ):
                cell.value = c.number
                cell.number_format = number_format(c.places, c.estimate and column.key == VALUE)
            else:
                put_text(cell, c.display)
        ws.row_dimensions[row].height = LINE_HEIGHT * _lines(trow, table, widths)
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
    columns = document.signature
    spans = _signature_spans(len(columns), ncols, split)
    signed = [c for c in columns if c.name is not None]
    name_row = row + max((len(c.lines) + c.space_lines for c in signed), default=0)
    for column, (first, last_col) in zip(columns, spans, strict=True):
        r = row
        for line in column.lines:
            merged(r, first, last_col, line.text, **_options(line))
            if column.align_left:
                ws.cell(r, first).alignment = Alignment(horizontal="left", vertical="center")
            r += 1
        if column.name is not None:
            merged(name_row, first, last_col, column.name.text, **_options(column.name))
    row = max(name_row, row + max(len(c.lines) for c in columns) - 1)
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = ws.cell(header_bottom + 1, 3)
    ws.print_title_rows = f"{header_top}:{header_bottom}"
    ws.print_area = f"A1:{last}{row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    left_mm, top_mm, right_mm, bottom_mm = document.page.margins
    ws.page_margins.left = left_mm / MM_PER_INCH
    ws.page_margins.top = top_mm / MM_PER_INCH
    ws.page_margins.right = right_mm / MM_PER_INCH
    ws.page_margins.bottom = bottom_mm / MM_PER_INCH
    ws.page_margins.header = 10 / MM_PER_INCH
    ws.page_margins.footer = 0
    ws.HeaderFooter.differentFirst = True  # page 1 has no number
    ws.oddHeader.center.text = "&P"
    ws.oddHeader.center.size = document.sizes.page_number
    ws.oddHeader.center.font = FONT
    return write_atomically(path, lambda tmp: book.save(tmp))
