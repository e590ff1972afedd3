"""The summary table as a Word file (python-docx), from the document model: A4 landscape with the
printed table's margins, the heading, the title, the table with its header rows repeated on every page and
no row split, columns sized from their content as in the PDF, the counts line, signature and Nơi nhận."""

from __future__ import annotations

from pathlib import Path

from ..files import write_atomically
from ..store.settings import Settings
from .document import Document
from .docx_out import (
    _font,
    _heading_table,
    _line,
    _measure,
    _set_widths,
    _signature_table,
    new_document,
)
from .table import PrintedTable


def _cell_text(cell, text: str, size: float, *, bold=False, italic=False, align=None, keep=False) -> None:
    from docx.shared import Pt

    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    if align is not None:
        p.alignment = align
    _font(p.add_run(text.replace(" ", "\u00a0") if keep else text), size, bold, italic)


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    props = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    props.append(header)
    cant = OxmlElement("w:cantSplit")
    props.append(cant)


def _summary_grid(document, table: PrintedTable, doc: Document, measure) -> None:
    """The summary table as a Word table: header rows repeated on every page, rows never split, column
    widths from the content as in the PDF."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement

    from .html import column_percentages
    from .table import ASSESSMENT, NAME, NOTE, STT, UNIT, VALUE, RowKind

    size = doc.sizes.table
    width_mm = doc.page.text_width_mm
    shares = column_percentages(table, width_mm * 72 / 25.4, size, measure)
    keys = table.keys
    grid = document.add_table(rows=len(table.header_rows) + len(table.rows), cols=len(keys))
    grid.style = document.styles["Table Grid"]
    layout = OxmlElement("w:tblLayout")
    layout.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}type", "fixed")
    grid._tbl.tblPr.append(layout)
    _set_widths(grid, [width_mm * share / 100 for share in shares])
    centre, left, right = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT
    taken: set[tuple[int, int]] = set()
    for r, header_row in enumerate(table.header_rows):
        _repeat_header(grid.rows[r])
        c = 0
        for h in header_row:
            while (r, c) in taken:
                c += 1
            cell = grid.cell(r, c)
            if h.colspan > 1 or h.rowspan > 1:
                cell = cell.merge(grid.cell(r + h.rowspan - 1, c + h.colspan - 1))
            for rr in range(r, r + h.rowspan):
                for cc in range(c, c + h.colspan):
                    taken.add((rr, cc))
            _cell_text(cell, h.text, size, bold=True, align=centre)
            c += h.colspan
    first = len(table.header_rows)
    for offset, row in enumerate(table.rows):
        cells = grid.rows[first + offset].cells
        grid.rows[first + offset]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        if row.kind in (RowKind.SECTOR, RowKind.OF_WHICH):
            stt = row.cells.get(STT)
            _cell_text(cells[0], stt.text if stt else "", size, bold=True, align=centre)
            merged = cells[1].merge(cells[-1])
            _cell_text(
                merged,
                row.text(NAME),
                size,
                bold=row.kind is RowKind.SECTOR,
                italic=row.kind is RowKind.OF_WHICH,
            )
            continue
        for column, cell in zip(table.columns, cells, strict=True):
            value = row.cells[column.key]
            text = value.display if column.key == VALUE else value.text
            align = (
                centre
                if column.key in (STT, UNIT, ASSESSMENT)
                else left
                if column.key in (NAME, NOTE)
                else right
            )
            italic = row.kind is RowKind.SUB_TARGET and column.key == NAME
            _cell_text(cell, text, size, italic=italic, align=align, keep=not column.wraps)


def write_summary_docx(table: PrintedTable, settings: Settings | None, when, path: str | Path) -> Path:
    """The summary table as a Word file: A4 landscape with the model's margins, the heading, the title, the
    table (header repeated on every page), the counts line, notes, signature block and Nơi nhận."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    from .document import summary_document

    doc = summary_document(table, settings or Settings(), when)
    measure = _measure()
    document = new_document(doc)
    _heading_table(document, doc, measure)
    _line(document, doc.doc_type, WD_ALIGN_PARAGRAPH.CENTER)
    document.add_paragraph().paragraph_format.space_after = Pt(0)
    _summary_grid(document, table, doc, measure)
    part = doc.sections[0]
    counts = document.add_paragraph()
    counts.paragraph_format.space_before = Pt(4)
    _font(counts.add_run("Tổng hợp: "), doc.sizes.table, bold=True)
    _font(counts.add_run(part.counts_line + "."), doc.sizes.table)
    for note in part.notes:
        _font(document.add_paragraph().add_run(note), doc.sizes.table, italic=True)
    _signature_table(document, doc)
    return write_atomically(path, lambda tmp: document.save(str(tmp)))
