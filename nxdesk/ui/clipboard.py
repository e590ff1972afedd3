"""Putting a table on the clipboard as tab-separated text and as HTML, so Excel and Word paste a real table
with the figures as the window shows them (``1.401,351``)."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QGuiApplication

NONE: frozenset[int] = frozenset()


def table_tsv(rows: list[list[str]]) -> str:
    """One line a row, cells separated by tabs; a cell holding a tab, newline or quote is quoted."""

    def cell(text: str) -> str:
        if any(c in text for c in '\t\n"'):
            return '"' + text.replace('"', '""') + '"'
        return text

    return "\n".join("\t".join(cell(c) for c in row) for row in rows)


def table_html(
    rows: list[list[str]], header_rows: int = 0, right_aligned: frozenset[int] = frozenset()
) -> str:
    """An HTML table of ``rows`` (the first ``header_rows`` as headers), numbers right-aligned."""
    lines = ['<html><head><meta charset="utf-8"></head><body><table border="1" cellspacing="0">']
    for number, row in enumerate(rows):
        tag = "th" if number < header_rows else "td"
        cells = []
        for column, text in enumerate(row):
            align = ' align="right"' if tag == "td" and column in right_aligned else ""
            cells.append(f"<{tag}{align}>{escape(text).replace(chr(10), '<br>')}</{tag}>")
        lines.append("<tr>" + "".join(cells) + "</tr>")
    lines.append("</table></body></html>")
    return "\n".join(lines)


def put_table(rows: list[list[str]], header_rows: int = 0, right_aligned: frozenset[int] = NONE) -> None:
    """The table on the clipboard as tab-separated text and as HTML. The clipboard's data is made by Qt's
    text editor (data made in Python and handed to the clipboard crashes the interpreter's exit); its text
    is then replaced by the tab-separated rows, which Excel reads cell by cell."""
    from PySide6.QtWidgets import QTextEdit

    html = table_html(rows, header_rows, right_aligned)
    editor = QTextEdit()
    editor.setHtml(html)
    editor.selectAll()
    data = editor.createMimeDataFromSelection()
    data.html()  # the editor makes its formats on the first reading: now, so that the text set next stays
    data.setText(table_tsv(rows))
    data.setHtml(html)
    QGuiApplication.clipboard().setMimeData(data)
