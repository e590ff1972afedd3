"""The printed summary as HTML for QTextDocument (print, print preview, PDF and the on-screen view).

One builder for every output: the on-screen view shows ``table_html``; the printed document wraps it
with the heading, title, counts line and signature block (``document_html``). The table header is a
``<thead>``, which QTextDocument repeats at the top of every page.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from ..store.settings import Settings
from .heading import heading_for, heading_html, signature_html
from .table import ASSESSMENT, NAME, STT, UNIT, VALUE, PrintedTable, RowKind, TableRow

CENTERED = {STT, UNIT, ASSESSMENT}
TAIL_MARK = "Tổng hợp:"  # starts the counts line after the table (pdf.py keeps it with the signatures)


def _body(row_kind: RowKind, key: str, text: str, estimate: bool) -> str:
    body = escape(text)
    if estimate:
        body += " <i>(ước)</i>"
    if row_kind is RowKind.SECTOR:
        return f"<b>{body}</b>"
    if row_kind is RowKind.OF_WHICH or (row_kind is RowKind.SUB_TARGET and key == NAME):
        return f"<i>{body}</i>"
    return body


def _cell(
    row_kind: RowKind, key: str, text: str, estimate: bool, colspan: int = 1, valign: str = "middle"
) -> str:
    align = "center" if key in CENTERED else "left" if key == NAME else "right"
    style = ' style="padding-left: 12px"' if row_kind is RowKind.SUB_TARGET and key == NAME else ""
    span = f' colspan="{colspan}"' if colspan > 1 else ""
    return f'<td align="{align}" valign="{valign}"{span}{style}>{_body(row_kind, key, text, estimate)}</td>'


def table_html(
    table: PrintedTable,
    size_pt: float = 11,
    rows: Sequence[TableRow] | None = None,
    new_page: bool = False,
    valign: str = "middle",
) -> str:
    """The summary table (or the slice ``rows`` of it) with its two-row header as a ``<thead>``.

    ``new_page`` starts the table on a new page; ``valign="top"`` is used only to measure row heights.
    """
    total = sum(c.width for c in table.columns)
    widths = {c.key: f"{c.width / total * 100:.1f}%" for c in table.columns}
    page_break = " page-break-before: always;" if new_page else ""
    out = [
        f'<table width="100%" border="1" cellspacing="0" cellpadding="3" '
        f'style="border-collapse: collapse; border-color: black; font-size: {size_pt}pt;{page_break}">',
        "<thead>",
    ]
    for header_row in table.header_rows:
        out.append("<tr>")
        for h in header_row:
            width = f' width="{widths[h.key]}"' if h.key else ""
            out.append(
                f'<th align="center" valign="middle" colspan="{h.colspan}" '
                f'rowspan="{h.rowspan}"{width}><b>{escape(h.text)}</b></th>'
            )
        out.append("</tr>")
    out.append("</thead><tbody>")
    keys = table.keys
    for row in table.rows if rows is None else rows:
        out.append("<tr>")
        if row.kind in (RowKind.SECTOR, RowKind.OF_WHICH):
            stt = row.cells.get(STT)
            out.append(_cell(row.kind, STT, stt.text if stt else "", False, valign=valign))
            out.append(_cell(row.kind, NAME, row.cells[NAME].text, False, len(keys) - 1, valign))
        else:
            for key in keys:
                cell = row.cells[key]
                out.append(_cell(row.kind, key, cell.text, cell.estimate and key == VALUE, valign=valign))
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def document_html(
    table: PrintedTable,
    settings: Settings,
    when: date,
    font_family: str,
    size_pt: float = 11,
    breaks: Sequence[int] = (),
    tail_on_new_page: bool = False,
    valign: str = "middle",
) -> str:
    """The whole printed document: heading, title, table, counts line, notes and signature block.

    ``breaks`` are the indexes of the body rows that start a new page (each page repeats the header).
    """
    heading = heading_for(settings, when)
    notes = "".join(f"<div><i>{escape(n)}</i></div>" for n in table.notes)
    bounds = [0, *breaks, len(table.rows)]
    chunks = "".join(
        table_html(table, size_pt, table.rows[a:b], new_page=n > 0, valign=valign)
        for n, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False))
        if b > a or n == 0
    )
    tail_break = " page-break-before: always;" if tail_on_new_page else ""
    return (
        f"<html><body style=\"font-family: '{font_family}'; font-size: {size_pt}pt\">"
        + heading_html(heading)
        + f'<p align="center" style="margin-top: 14px; margin-bottom: 8px; font-size: 14pt">'
        f"<b>{escape(table.title)}</b></p>"
        + chunks
        + f'<div style="margin-top: 6px;{tail_break}"><b>{TAIL_MARK}</b> {escape(table.counts_line)}.</div>'
        + notes
        + signature_html(heading)
        + "</body></html>"
    )


def screen_html(table: PrintedTable, font_family: str, size_pt: float = 10) -> str:
    """What the summary dialog shows: the title, the counts line and the table, without the letterhead."""
    return (
        f"<html><body style=\"font-family: '{font_family}'; font-size: {size_pt}pt\">"
        f'<p align="center" style="font-size: {size_pt + 2}pt"><b>{escape(table.title)}</b></p>'
        f'<p align="center"><i>{escape(table.counts_line)}</i></p>'
        + table_html(table, size_pt)
        + "".join(f"<p><i>{escape(n)}</i></p>" for n in table.notes)
        + "</body></html>"
    )
