"""The printed summary as HTML for QTextDocument (print, print preview, PDF and the on-screen view).

One builder for every output: the on-screen view shows ``table_html``; the printed document wraps it
with the heading, title, counts line and signature block (``document_html``). The table header is a
``<thead>``, which QTextDocument repeats at the top of every page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from .document import Document, Heading, Line, SignatureColumn
from .figures import unbreakable
from .table import ASSESSMENT, NAME, NOTE, STT, UNIT, VALUE, PrintedTable, RowKind, TableRow

Measure = Callable[[str, float, bool], float]  # (text, size pt, bold) -> width in points
CELL_PAD_PT = 9.0  # padding and borders of a table cell, both sides


def _rough_width(text: str, size: float, bold: bool) -> float:
    return len(text) * size * (0.62 if bold else 0.5)


def column_percentages(
    table: PrintedTable, width_pt: float, size_pt: float, measure: Measure = _rough_width
) -> list[float]:
    """Each column's share of the table width (percent): a figure column as wide as its widest figure or
    its header's longest word, so that no figure or plan is broken; the wrapping columns (name,
    assessment, notes) share the rest by their character widths."""
    fixed: dict[str, float] = {}
    headers = {h.key: h.text for row in table.header_rows for h in row if h.key}
    body = [r for r in table.rows if r.kind in (RowKind.TARGET, RowKind.SUB_TARGET)]
    for column in table.columns:
        if column.wraps:
            continue
        content = max((measure(r.cells[column.key].display, size_pt, False) for r in body), default=0.0)
        words = headers.get(column.key, column.header).split()
        header = max((measure(w, size_pt, True) for w in words), default=0.0)
        sector = measure("XIV", size_pt, True) if column.key == STT else 0.0
        fixed[column.key] = max(content, header, sector) + CELL_PAD_PT
    rest = max(width_pt - sum(fixed.values()), width_pt * 0.3)
    flexible = sum(c.width for c in table.columns if c.wraps) or 1.0
    widths = [fixed.get(c.key, rest * c.width / flexible) for c in table.columns]
    total = sum(widths)
    return [w / total * 100 for w in widths]


CENTERED = {STT, UNIT, ASSESSMENT}
LEFT = {NAME, NOTE}
TAIL_MARK = "Tổng hợp:"  # starts the counts line after the table (pdf.py keeps it with the signatures)


def _body(row_kind: RowKind, key: str, text: str, estimate: bool, wraps: bool = True) -> str:
    body = escape(text) if wraps else f'<span style="white-space: nowrap">{escape(unbreakable(text))}</span>'
    if estimate:
        body += "\u00a0<i>(ước)</i>"
    if row_kind is RowKind.SECTOR:
        return f"<b>{body}</b>"
    if row_kind is RowKind.OF_WHICH or (row_kind is RowKind.SUB_TARGET and key == NAME):
        return f"<i>{body}</i>"
    return body


def _cell(
    row_kind: RowKind,
    key: str,
    text: str,
    estimate: bool,
    colspan: int = 1,
    valign: str = "middle",
    wraps: bool = True,
) -> str:
    align = "center" if key in CENTERED else "left" if key in LEFT else "right"
    style = ' style="padding-left: 12px"' if row_kind is RowKind.SUB_TARGET and key == NAME else ""
    span = f' colspan="{colspan}"' if colspan > 1 else ""
    body = _body(row_kind, key, text, estimate, wraps)
    return f'<td align="{align}" valign="{valign}"{span}{style}>{body}</td>'


def table_html(
    table: PrintedTable,
    size_pt: float = 11,
    rows: Sequence[TableRow] | None = None,
    new_page: bool = False,
    valign: str = "middle",
    percentages: Sequence[float] | None = None,
) -> str:
    """The summary table (or the slice ``rows`` of it) with its two-row header as a ``<thead>``.

    ``new_page`` starts the table on a new page; ``valign="top"`` is used only to measure row heights.
    """
    if percentages is None:
        shares = column_percentages(table, 728.0, size_pt)
        widths = {c.key: f"{share:.1f}%" for c, share in zip(table.columns, shares, strict=True)}
    else:  # exactly as given: the printed document's widths, so its layout needs no second pass
        widths = {c.key: f"{share!r}%" for c, share in zip(table.columns, percentages, strict=True)}
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
            for column in table.columns:
                cell = row.cells[column.key]
                estimate = cell.estimate and column.key == VALUE
                out.append(
                    _cell(row.kind, column.key, cell.text, estimate, valign=valign, wraps=column.wraps)
                )
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def line_html(
    line: Line, measure: Measure = _rough_width, align: str = "center", cell_pt: float = 0.0
) -> str:
    """One heading or signature line; under a line with a ``rule`` a small gap where the painter draws
    the rule (QTextDocument's <hr> is a grey hairline)."""
    body = escape(line.text) if line.text else "&nbsp;"
    if line.bold:
        body = f"<b>{body}</b>"
    if line.italic:
        body = f"<i>{body}</i>"
    if line.underline:
        body = f"<u>{body}</u>"
    margin = f"margin-top: {line.space_before:g}pt;"
    out = (
        f'<p align="{align}" style="font-size: {line.size:g}pt; margin-bottom: 0; {margin}'
        f' white-space: pre">{body}</p>'
    )
    if line.rule:  # room for the rule the painter draws under the line (see pdf.draw_rules)
        out += '<p style="font-size: 5pt; margin-top: 0; margin-bottom: 0">&nbsp;</p>'
    return out


def heading_html(heading: Heading, measure: Measure = _rough_width, width_pt: float = 728.0) -> str:
    """The two-column heading: issuing body and số on the left, the title lines and place-date right."""
    left_pt = width_pt * heading.left_share
    left = "".join(line_html(line, measure, cell_pt=left_pt) for line in heading.left)
    right = "".join(line_html(line, measure, cell_pt=width_pt - left_pt) for line in heading.right)
    share = round(heading.left_share * 100)
    return (
        '<table width="100%" cellspacing="0" cellpadding="0">'
        f'<tr><td width="{share}%" align="center" valign="top">{left}</td>'
        f'<td width="{100 - share}%" align="center" valign="top">{right}</td></tr></table>'
    )


def signature_html(columns: Sequence[SignatureColumn], measure: Measure = _rough_width) -> str:
    """The signature block's columns side by side: Nơi nhận, [người lập biểu], the signing authority."""
    cells = []
    widths = [34] + [66 // (len(columns) - 1)] * (len(columns) - 1) if len(columns) > 1 else [100]
    for column, width in zip(columns, widths, strict=False):
        align = "left" if column.align_left else "center"
        body = "".join(line_html(line, measure, align) for line in column.lines)
        if column.name is not None:
            size = column.name.size
            body += (
                f'<p style="font-size: {size:g}pt; margin-top: 0; margin-bottom: 0">'
                + "<br>" * column.space_lines
                + "&nbsp;</p>"
            )
            body += line_html(column.name, measure, align)
        cells.append(f'<td width="{width}%" align="{align}" valign="top">{body}</td>')
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 10pt">'
        f"<tr>{''.join(cells)}</tr></table>"
    )


def document_html(
    doc: Document,
    font_family: str,
    breaks: Sequence[int] = (),
    tail_on_new_page: bool = False,
    valign: str = "middle",
    measure: Measure = _rough_width,
    percentages: Sequence[float] | None = None,
) -> str:
    """The whole printed summary: heading, title, table, counts line, notes and signature block.

    ``breaks`` are the indexes of the body rows that start a new page (each page repeats the header);
    ``percentages`` the table's column widths (see :func:`table_html`).
    """
    section = doc.sections[0]
    table = section.table
    assert table is not None
    size_pt = doc.sizes.table
    notes = "".join(f"<div><i>{escape(n)}</i></div>" for n in section.notes)
    bounds = [0, *breaks, len(table.rows)]
    chunks = "".join(
        table_html(table, size_pt, table.rows[a:b], new_page=n > 0, valign=valign, percentages=percentages)
        for n, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False))
        if b > a or n == 0
    )
    tail_break = " page-break-before: always;" if tail_on_new_page else ""
    return (
        f"<html><body style=\"font-family: '{font_family}'; font-size: {size_pt}pt\">"
        + heading_html(doc.heading, measure)
        + '<p style="font-size: 12pt; margin: 0">&nbsp;</p>'
        + line_html(doc.doc_type, measure)
        + '<p style="font-size: 6pt; margin: 0">&nbsp;</p>'
        + chunks
        + f'<div style="margin-top: 6px;{tail_break}"><b>{TAIL_MARK}</b> {escape(section.counts_line)}.</div>'
        + notes
        + signature_html(doc.signature, measure)
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


def clipboard_html(table: PrintedTable, font_family: str = "Times New Roman", size_pt: float = 11) -> str:
    """The table as HTML for the clipboard: Word pastes it as a real table with borders, header and
    figures that do not break."""
    font = f"font-family: '{font_family}';"
    body = table_html(table, size_pt).replace("border-color: black;", f"border-color: black; {font}")
    title = f'<p align="center" style="{font} font-size: 14pt"><b>{escape(table.title)}</b></p>'
    return f'<html><head><meta charset="utf-8"></head><body>{title}{body}</body></html>'
