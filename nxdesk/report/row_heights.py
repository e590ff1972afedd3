"""The printed summary table's row heights, as the page breaks need them (device pixels).

A row is as tall as its tallest cell plus a fixed gap (the cell padding and the border under it), so the
heights of every row come from one short copy of the document laid out once (:class:`Calibration`: the
gap, the wrapping columns' text widths, what lies above the table and after it) and either the cells'
texts broken into lines (:func:`estimated_layout`, before the document exists) or the real document's
cells (:func:`actual_layout`, once it is laid out). Needs a QGuiApplication.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPaintDevice,
    QTextDocument,
    QTextLayout,
    QTextTable,
)

from .table import NAME, PrintedTable, RowKind, TableRow


@dataclass(frozen=True)
class Layout:
    """Heights measured on an unpaginated layout (device pixels): from the page top to the first header
    line on page 1 (``above``) and on a page the table starts on (``top``), the header, each body row,
    and the tail (counts line, notes, signatures)."""

    above: float
    top: float
    header: float
    rows: list[float]
    tail: float


@dataclass(frozen=True)
class Calibration:
    """What a short copy of the document (one body row and a one-line row after it, laid out in one long
    page, cells top-aligned) tells about every copy: ``above``, ``header`` and ``top`` as in
    :class:`Layout`; ``gap``, what a row adds to its tallest cell; ``end``, from the top of the row after
    the last one to the document's end; ``line``, a body line's height; ``widths``, the text width of each
    wrapping column of a target row."""

    above: float
    header: float
    top: float
    gap: float
    end: float
    line: float
    widths: dict[int, float]


def block_top(layout: QAbstractTextDocumentLayout, qtable: QTextTable, row: int, column: int = 0) -> float:
    return layout.blockBoundingRect(qtable.cellAt(row, column).firstCursorPosition().block()).top()


def summary_tables(doc: QTextDocument) -> list[QTextTable]:
    """The summary table's chunks, in order (the heading and signature tables have no header rows)."""
    return [
        f
        for f in doc.rootFrame().childFrames()
        if isinstance(f, QTextTable) and f.format().headerRowCount() > 0
    ]


def tallest_cell(qtable: QTextTable, row: int) -> float:
    """The height of the tallest cell's text in ``row`` (cells hold one paragraph each): its lines'
    heights added up, which a page break inside the row (a chunk running over its page) does not change."""
    tallest = 0.0
    for column in range(qtable.columns()):
        text = qtable.cellAt(row, column).firstCursorPosition().block().layout()
        tallest = max(tallest, sum(text.lineAt(n).height() for n in range(text.lineCount())))
    return tallest


def sample_row(table: PrintedTable) -> TableRow:
    """The row the short copy prints: the first target's, whose cells fill every column."""
    return next((r for r in table.rows if r.kind is RowKind.TARGET), table.rows[0])


def read_calibration(doc: QTextDocument, alone: QTextDocument, table: PrintedTable) -> Calibration:
    """The :class:`Calibration` of ``doc``, the short copy printing :func:`sample_row` and a one-line row
    after it, and ``alone``, the table's header and first row on their own."""
    layout = doc.documentLayout()
    qtable = max(summary_tables(doc), key=lambda t: t.rows())
    first = len(table.header_rows)
    if qtable.rows() != first + 2:
        raise RuntimeError("the summary table was not laid out as expected")
    header_top = block_top(layout, qtable, 0)
    row_top, next_top = block_top(layout, qtable, first), block_top(layout, qtable, first + 1)
    widths: dict[int, float] = {}
    line = 0.0
    if sample_row(table).kind is RowKind.TARGET:
        for column, printed in enumerate(table.columns):
            if printed.wraps:  # figures never break into lines
                text = qtable.cellAt(first, column).firstCursorPosition().block().layout().lineAt(0)
                widths[column] = text.width()
                line = max(line, text.height())
    top = block_top(alone.documentLayout(), max(summary_tables(alone), key=lambda t: t.rows()), 0)
    return Calibration(
        above=header_top,
        header=row_top - header_top,
        top=top,
        gap=next_top - row_top - tallest_cell(qtable, first),
        end=doc.size().height() - next_top,
        line=line,
        widths=widths,
    )


def _layout(calibration: Calibration, rows: list[float]) -> Layout:
    tail = calibration.end - min(rows) if rows else calibration.end
    return Layout(calibration.above, calibration.top, calibration.header, rows, tail)


def _lines(text: str, font: QFont, width: float, device: QPaintDevice) -> int:
    layout = QTextLayout(text, font, device)
    layout.beginLayout()
    count = 0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        count += 1
    layout.endLayout()
    return max(count, 1)


def estimated_layout(
    table: PrintedTable, calibration: Calibration, font_family: str, size_pt: float, device: QPaintDevice
) -> Layout:
    """The :class:`Layout` the document will have, its rows' heights from their texts broken into lines at
    the wrapping columns' widths; :func:`actual_layout` tells whether it was right."""
    fonts: dict[bool, QFont] = {}
    for italic in (False, True):
        font = QFont(font_family)
        font.setPointSizeF(size_pt)
        font.setItalic(italic)
        fonts[italic] = font
    columns = [(column, table.keys[column]) for column in calibration.widths]
    rows = []
    for row in table.rows:
        lines = 1
        if row.kind in (RowKind.TARGET, RowKind.SUB_TARGET):
            for column, key in columns:
                text = row.text(key)
                if text:
                    italic = row.kind is RowKind.SUB_TARGET and key == NAME
                    lines = max(lines, _lines(text, fonts[italic], calibration.widths[column], device))
        rows.append(calibration.gap + lines * calibration.line)
    return _layout(calibration, rows)


def actual_layout(doc: QTextDocument, table: PrintedTable, calibration: Calibration) -> Layout | None:
    """The :class:`Layout` of ``doc`` (the document as printed, its table in chunks) read from its cells;
    None when its table is not the whole of ``table``."""
    first = len(table.header_rows)
    rows: list[float] = []
    for qtable in summary_tables(doc):
        rows.extend(calibration.gap + tallest_cell(qtable, r) for r in range(first, qtable.rows()))
    return _layout(calibration, rows) if len(rows) == len(table.rows) else None
