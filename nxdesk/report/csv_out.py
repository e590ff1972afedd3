"""The printed summary table as CSV: the same rows, columns and vi-VN text as the PDF and the screen.

For a clerk who opens it in Excel (UTF-8 with BOM, so Vietnamese shows correctly); the machine-readable
CSV with unrounded numbers is ``nxdesk summary --format csv`` (INTERCHANGE.md).
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from ..domain.text import safe_cell
from .table import NAME, STT, PrintedTable, RowKind


def header_labels(table: PrintedTable) -> list[str]:
    """One caption per column: a grouped column is "Kế hoạch năm 2024 - Tỉnh giao"."""
    groups: dict[str, str] = {}
    if len(table.header_rows) == 2:
        top, bottom = table.header_rows
        grouped = iter(bottom)
        for cell in top:
            if cell.key is None:
                for _ in range(cell.colspan):
                    sub = next(grouped)
                    groups[sub.key or ""] = f"{cell.text} - {sub.text}"
    return [groups.get(c.key, c.header) for c in table.columns]


def table_csv(table: PrintedTable) -> str:
    """The table as CSV text: a header line, then one line per printed row (group rows included). No
    cell is a live formula in a spreadsheet (:func:`domain.text.safe_cell`); numbers stay numbers."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in header_labels(table)])
    for row in table.rows:
        if row.kind in (RowKind.SECTOR, RowKind.OF_WHICH):
            cells = [row.text(STT), row.text(NAME)] + [""] * (len(table.columns) - 2)
        else:
            cells = [row.text(key) for key in table.keys]
        writer.writerow([safe_cell(c) for c in cells])
    return out.getvalue()


def write_table_csv(table: PrintedTable, path: Path | str) -> Path:
    """Write :func:`table_csv` to ``path`` (UTF-8 with BOM), whole or not at all."""
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    try:
        partial.write_text(table_csv(table), encoding="utf-8-sig", newline="")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target
