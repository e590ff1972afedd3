"""Import a file of figures, whichever kind: a CSV table (INTERCHANGE.md) or a filled entry workbook (.xlsx).
Both go through the same validation and all-or-nothing write; the command line and the window call this."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

from .domain.numbers import DecimalMark
from .interchange.csv_import import ImportReport, Progress, import_file

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
LONG_IMPORT_BYTES = 1 << 20  # a table this large takes a second or more: the window and the command line
# show how far its import is


def import_path(
    db: Database,
    path: str | Path,
    decimal: DecimalMark | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import the file whole or not at all; ``progress`` hears how far a CSV table's import is (0…1)."""
    if Path(path).suffix.lower() in WORKBOOK_SUFFIXES:
        from .interchange.workbook_reader import import_workbook

        return import_workbook(db, path, decimal, dry_run)
    return import_file(db, path, decimal, dry_run, progress)
